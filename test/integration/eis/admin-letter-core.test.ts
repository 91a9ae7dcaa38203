import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

/** eisAdminLetter through the core router: the letter goes to the clipboard; with the identifier it is wiped later. */

const IDENTIFIER = '7f3c9a12-5b8e-4d21-a6f0-93e1c4b7d205';
let app: TestCore;

beforeEach(async () => {
  app = await startTestCore();
});

afterEach(async () => {
  await app.core.dispose();
  app.cleanup();
});

async function eisToken(): Promise<string> {
  const organisation = await app.core.router.handle('saveOrganisation', { name: 'ГКУ «Заказчик»', taxId: '' });
  if (!organisation.ok) throw new Error(organisation.error.message);
  const token = await app.core.router.handle('saveToken', {
    organisationId: (organisation.value as { id: string }).id,
    kind: 'eis',
    label: 'РИС',
    systemName: '',
    techEmail: '',
    secret: IDENTIFIER,
    expiresAt: '2027-06-30T21:00:00Z',
    notes: '',
  });
  if (!token.ok) throw new Error(token.error.message);
  return (token.value as { id: string }).id;
}

describe('the letter to the РИС administrator', () => {
  it('is copied without the identifier and stays on the clipboard', async () => {
    const tokenId = await eisToken();
    const result = await app.core.router.handle('eisAdminLetter', { tokenId, includeIdentifier: false });
    expect(result.ok).toBe(true);
    const value = (result as { value: { text: string; clearsAfterSeconds: number } }).value;
    expect(value.clearsAfterSeconds).toBe(0);
    expect(value.text).toContain('ГКУ «Заказчик»');
    expect(value.text).toContain('01.07.2027');
    expect(value.text).not.toContain(IDENTIFIER);
    expect(await app.clipboard.readText()).toBe(value.text);
  });

  it('with the identifier, is wiped after the clipboard timeout', async () => {
    const tokenId = await eisToken();
    const result = await app.core.router.handle('eisAdminLetter', { tokenId, includeIdentifier: true });
    const value = (result as { value: { text: string; clearsAfterSeconds: number } }).value;
    expect(value.text).toContain(IDENTIFIER);
    expect(value.clearsAfterSeconds).toBeGreaterThan(0);
    app.clock.advance(value.clearsAfterSeconds * 1000);
    await Promise.resolve();
    expect(await app.clipboard.readText()).not.toContain(IDENTIFIER);
  });
});
