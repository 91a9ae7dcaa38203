import type { RequestInput, RequestOutput } from '../../../shared/ipc/contract';
import type { RequestName } from '../../../shared/ipc/channels';
import type { TestApp } from './fixtures';

/**
 * Puts data in place through the same router the page talks to, for tests whose
 * subject comes after this point (renewal, recovery, …). The page hears about it
 * through the vaultChanged event, as it would in the app.
 */
export async function ask<N extends RequestName>(app: TestApp, name: N, input: RequestInput<N>): Promise<RequestOutput<N>> {
  const result = await app.core.router.handle(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as RequestOutput<N>;
}

export async function seedToken(
  app: TestApp,
  token: Omit<RequestInput<'saveToken'>, 'organisationId' | 'notes' | 'label'> & { organisation: string; label?: string; notes?: string },
): Promise<RequestOutput<'saveToken'>> {
  const { organisation, ...rest } = token;
  const snapshot = await ask(app, 'getSnapshot', {});
  const existing = snapshot.organisations.find((candidate) => candidate.name === organisation);
  const organisationId = existing?.id ?? (await ask(app, 'saveOrganisation', { name: organisation, taxId: '' })).id;
  return ask(app, 'saveToken', { label: '', notes: '', ...rest, organisationId });
}
