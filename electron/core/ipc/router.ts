import type { z } from 'zod';
import { isRequestName } from '../../../shared/ipc/channels';
import type { RequestName } from '../../../shared/ipc/channels';
import { requestSchemas } from '../../../shared/ipc/contract';
import type { ParsedRequest, RequestOutput } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/result';
import type { Result } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { AppFailure } from '../errors';
import { errorName, stackFrames } from '../logging/stack-frames';

export type Handlers = {
  [N in RequestName]: (input: ParsedRequest<N>) => Promise<RequestOutput<N>> | RequestOutput<N>;
};

/** Where the router reports failures it did not expect; never given payloads or messages. */
export type FailureLog = (entry: { request: string; errorName: string; stack: string }) => void;

export interface Router {
  /** Validates and dispatches one request; never throws, never leaks a stack or a secret. */
  handle(name: unknown, payload: unknown): Promise<Result<unknown>>;
}

export function createRouter(handlers: Handlers, language: () => Language, log: FailureLog): Router {
  return {
    async handle(name, payload) {
      if (!isRequestName(name)) {
        return fail({ code: 'unknown_request', message: message('unknown_request', language()) });
      }
      const schema: z.ZodType = requestSchemas[name];
      const parsed = schema.safeParse(payload ?? {});
      if (!parsed.success) {
        return fail({ code: 'invalid_payload', message: message('invalid_payload', language()) });
      }
      try {
        const handler = handlers[name] as (input: unknown) => unknown;
        return ok(await handler(parsed.data));
      } catch (error) {
        if (error instanceof AppFailure) return fail(error.toAppError());
        log({ request: name, errorName: errorName(error), stack: stackFrames(error) });
        return fail({ code: 'internal', message: message('internal', language()) });
      }
    },
  };
}
