import { message } from '../../../../shared/texts/messages';
import { AppFailure } from '../../errors';
import type { TOKEN_SERVICE_REQUEST_NAMES } from '../../../../shared/ipc/features/token-service-names';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof TOKEN_SERVICE_REQUEST_NAMES)[number];

/**
 * «Выдача токенов программам». The page sends only what the user chose (on/off, a port,
 * a name and record ids); every rule is the core's (electron/core/token-service/app-service.ts).
 */
export function createTokenServiceHandlers(deps: HandlerDeps): Pick<Handlers, Name> {
  const { vault, opener, tokenService, clipboard } = deps;
  const language = () => vault.view().settings.language;

  return {
    tokenServiceState: () => tokenService.view(language()),
    tokenServiceConfigure: (patch) => tokenService.configure(patch, language()),
    tokenServiceAddProgram: async (input) => {
      const lang = language();
      const added = tokenService.addProgram(input, lang);
      // The program relies on fresh tokens: Честный знак records it reads keep refreshing themselves.
      await tokenService.keepRefreshing(added.program.tokenIds);
      return { ...added, state: tokenService.view(lang) };
    },
    tokenServiceRevokeProgram: ({ programId }) => {
      const lang = language();
      tokenService.revokeProgram(programId, lang);
      return tokenService.view(lang);
    },
    tokenServiceOpenHealth: async () => {
      await opener.open(tokenService.healthUrl(language()));
      return { opened: true };
    },
    tokenServiceCopyKey: async ({ key }) => {
      if (!tokenService.isProgramKey(key)) throw new AppFailure('not_found', message('token_service_unknown_program', language()));
      const clearsAfterSeconds = vault.view().settings.clipboardClearSeconds;
      await clipboard.copy(key, clearsAfterSeconds);
      return { clearsAfterSeconds };
    },
  };
}
