import type { Router } from '../../electron/core/ipc/router';
import type { RequestName } from '../../shared/ipc/channels';
import type { RequestInput, RequestOutput } from '../../shared/ipc/contract';
import type { AppError } from '../../shared/ipc/result';

/** Requests through a running core's router, as the renderer makes them, for tests that hold such a core. */

/** Whatever holds the core: a TestCore, a test's «PC». */
export interface WithRouter {
  readonly core: { readonly router: Router };
}

/** The request's answer; the test fails with the request's name and message if it is refused. */
export async function call<N extends RequestName>(holder: WithRouter, name: N, payload: RequestInput<N>): Promise<RequestOutput<N>> {
  const result = await holder.core.router.handle(name, payload);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as RequestOutput<N>;
}

/** The error the request is refused with; the test fails if it is answered. */
export async function failure<N extends RequestName>(holder: WithRouter, name: N, payload: RequestInput<N>): Promise<AppError> {
  const result = await holder.core.router.handle(name, payload);
  if (result.ok) throw new Error(`${name} was expected to fail`);
  return result.error;
}

/** A new organisation and one token of it, saved as the «Получить токен» wizard saves them; the token's id. */
export async function saveTokenOfNewOrganisation(
  holder: WithRouter,
  organisation: RequestInput<'saveOrganisation'>,
  token: Omit<RequestInput<'saveToken'>, 'organisationId'>,
): Promise<string> {
  const { id: organisationId } = await call(holder, 'saveOrganisation', organisation);
  return (await call(holder, 'saveToken', { ...token, organisationId })).id;
}
