import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';
import { IDENTIFIER, saveEisToken } from './eis-token';

/** eisAdminLetter through the core router: the letter goes to the clipboard; with the identifier it is wiped later. */

let app: TestCore;

beforeEach(async () => {
  app = await startTestCore();
});

afterEach(async () => {
  await app.core.dispose();
  app.cleanup();
});

describe('the letter to the РИС administrator', () => {
  it('is copied without the identifier and stays on the clipboard', async () => {
    const tokenId = await saveEisToken(app);
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
    const tokenId = await saveEisToken(app);
    const result = await app.core.router.handle('eisAdminLetter', { tokenId, includeIdentifier: true });
    const value = (result as { value: { text: string; clearsAfterSeconds: number } }).value;
    expect(value.text).toContain(IDENTIFIER);
    expect(value.clearsAfterSeconds).toBeGreaterThan(0);
    app.clock.advance(value.clearsAfterSeconds * 1000);
    await Promise.resolve();
    expect(await app.clipboard.readText()).not.toContain(IDENTIFIER);
  });
});
