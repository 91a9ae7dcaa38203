import type { ROTATION_REQUEST_NAMES } from '../../../../shared/ipc/features/rotation-names';
import { smdoKeyRotationChecklist } from '../../../../shared/kinds/smdo';
import { locateToken } from '../../../../shared/model/locate-token';
import { message } from '../../../../shared/texts/messages';
import { normaliseSecret } from '../../../../shared/validation/fields';
import { AppFailure } from '../../errors';
import type { HandlerDeps } from '../handlers';
import type { Handlers } from '../router';

type Name = (typeof ROTATION_REQUEST_NAMES)[number];

/** What a typed key may hold to be kept: no line breaks or control characters (nothing a paste of a key brings). */
const UNPRINTABLE = /[\p{Cc}\p{Cf}]/u;

/**
 * An СМДО key rotation survives a restart (issue 10, point 17): once the checklist reaches the
 * portal's «Обновить» the old key may be dead, so the step and the new key typed so far are
 * kept in the vault (the key encrypted) until the new key is saved, which ends the rotation.
 */
export function createRotationHandlers({ vault }: Pick<HandlerDeps, 'vault'>): Pick<Handlers, Name> {
  const language = () => vault.view().settings.language;
  const smdoRecord = (tokenId: string) => {
    const found = locateToken(vault.view(), tokenId);
    if (!found) throw new AppFailure('not_found', message('not_found_token', language()));
    if (found.token.kind !== 'smdo') throw new AppFailure('invalid_field', message('unknown_request', language()), 'kind');
    return found.token;
  };

  return {
    smdoRotationSave: async ({ tokenId, stepIndex, key }) => {
      smdoRecord(tokenId);
      if (stepIndex >= smdoKeyRotationChecklist.length) throw new AppFailure('invalid_payload', message('invalid_payload', language()));
      const typed = key === undefined ? undefined : normaliseSecret(key);
      if (typed !== undefined && UNPRINTABLE.test(typed)) throw new AppFailure('invalid_field', message('smdo_key_format', language()), 'key');
      return vault.saveSmdoRotation(tokenId, { stepIndex, ...(typed !== undefined ? { key: typed } : {}) });
    },

    smdoRotationResume: async ({ tokenId }) => {
      smdoRecord(tokenId);
      return vault.revealSmdoRotation(tokenId);
    },

    smdoRotationDiscard: ({ tokenId }) => {
      smdoRecord(tokenId);
      vault.discardSmdoRotation(tokenId);
      return { discarded: true };
    },
  };
}
