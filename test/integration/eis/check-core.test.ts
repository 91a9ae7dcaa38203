import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EIS_CHECK_SETTINGS, lastEisCheck } from '../../../shared/kinds/eis-check-settings';
import type { TokenView } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { startEisEmulator } from '../../fixtures/eis-emulator';
import type { EisEmulator } from '../../fixtures/eis-emulator';
import { saveTokenOfNewOrganisation } from '../../support/router-calls';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';
import { IDENTIFIER, saveEisToken } from './eis-token';

/** eisCheck through the core router: the stored identifier goes to a real local SOAP service; the address and verdict are remembered. */

let app: TestCore;
let emulator: EisEmulator;

beforeEach(async () => {
  app = await startTestCore();
  emulator = await startEisEmulator({ validIdentifier: IDENTIFIER });
});

afterEach(async () => {
  await emulator.close();
  await app.core.dispose();
  app.cleanup();
});

function storedToken(tokenId: string): TokenView {
  const token = app.core.vault
    .snapshot()
    .organisations.flatMap((organisation) => organisation.tokens)
    .find((candidate) => candidate.id === tokenId);
  if (!token) throw new Error('token vanished');
  return token;
}

describe('checking the stored ЕИС identifier from the app', () => {
  it('says the identifier is accepted, remembers the address and the time of the check', async () => {
    const tokenId = await saveEisToken(app);
    const result = await app.core.router.handle('eisCheck', { tokenId, endpoint: ` ${emulator.endpoint} `, confirmTypedHost: true });
    expect(result).toEqual({ ok: true, value: { accepted: true, checkedAt: app.clock.now().toISOString() } });
    expect(emulator.requests.map((request) => request.soapToken)).toEqual([IDENTIFIER]);
    const token = storedToken(tokenId);
    expect(token.settings[EIS_CHECK_SETTINGS.endpoint]).toBe(emulator.endpoint);
    expect(lastEisCheck(token.settings)).toEqual({ checkedAt: app.clock.now().toISOString(), outcome: 'accepted' });
  });

  it('turns the invalid-token fault into the Russian reason and records the rejection', async () => {
    const tokenId = await saveEisToken(app, 'deadbeef-0000-4000-8000-000000000000');
    const result = await app.core.router.handle('eisCheck', { tokenId, endpoint: emulator.endpoint, confirmTypedHost: true });
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as { accepted: boolean; reason?: string };
    expect(value.accepted).toBe(false);
    expect(value.reason).toContain(message('eis_identifier_rejected', 'ru', { detail: '' }).slice(0, 60));
    expect(value.reason).not.toContain('deadbeef-0000');
    expect(lastEisCheck(storedToken(tokenId).settings)?.outcome).toBe('rejected');
  });

  it('refuses an address that is not https without asking anyone, naming the field', async () => {
    const tokenId = await saveEisToken(app);
    const result = await app.core.router.handle('eisCheck', { tokenId, endpoint: 'http://zakupki.example/getDocsIP', confirmTypedHost: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_field', field: 'endpoint', message: message('eis_endpoint', 'ru') } });
    expect(emulator.requests).toHaveLength(0);
    expect(storedToken(tokenId).settings[EIS_CHECK_SETTINGS.endpoint]).toBeUndefined();
  });

  it('keeps the typed address and the identifier when the service is down, and says so', async () => {
    const tokenId = await saveEisToken(app);
    emulator.failNext({ kind: 'server-error-html' });
    const result = await app.core.router.handle('eisCheck', { tokenId, endpoint: emulator.endpoint, confirmTypedHost: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('127.0.0.1');
    expect(result.error.message).not.toContain(IDENTIFIER);
    const token = storedToken(tokenId);
    expect(token.settings[EIS_CHECK_SETTINGS.endpoint]).toBe(emulator.endpoint);
    expect(lastEisCheck(token.settings)).toBeNull();
    expect(await app.core.vault.revealSecret(tokenId)).toBe(IDENTIFIER);
  });

  it('is refused for a token of another kind', async () => {
    const tokenId = await saveTokenOfNewOrganisation(
      app,
      { name: 'ООО «Склад»', taxId: '' },
      {
        kind: 'tpsclient',
        label: '',
        systemName: 'TPSClient',
        techEmail: 'it@sklad.by',
        secret: 'a085d755-1d26-3af1-a2b8-e34759278719',
        expiresAt: '2027-01-30T21:00:00Z',
        notes: '',
      },
    );
    const result = await app.core.router.handle('eisCheck', { tokenId, endpoint: emulator.endpoint, confirmTypedHost: true });
    expect(result.ok).toBe(false);
    expect(emulator.requests).toHaveLength(0);
  });

  it('never writes the identifier into the vault file in the clear', async () => {
    const tokenId = await saveEisToken(app);
    await app.core.router.handle('eisCheck', { tokenId, endpoint: emulator.endpoint, confirmTypedHost: true });
    const files = ['vault.json'].map((name) => join(app.dataDir, name));
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain(IDENTIFIER);
  });
});
