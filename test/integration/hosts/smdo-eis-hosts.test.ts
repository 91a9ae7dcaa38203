/**
 * Issue #9, item 3, tried as an attacker would: a `.tavault` file «with your
 * client's vault» whose СМДО record points at the attacker's server and whose
 * ЕИС record names the attacker's check address. The login, the key and the
 * identifier must not leave until the user confirms that host, and then work.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EIS_CHECK_SETTINGS } from '../../../shared/kinds/eis-check-settings';
import { message } from '../../../shared/texts/messages';
import { startEisEmulator } from '../../fixtures/eis-emulator';
import type { EisEmulator } from '../../fixtures/eis-emulator';
import { call, failure } from '../../support/router-calls';
import { IDENTIFIER } from '../eis/eis-token';
import { exportFile, importFile, startPc, storedToken } from './pc';
import type { Pc } from './pc';
import { startRecordingServer } from './recording-server';
import type { RecordingServer } from './recording-server';

const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';
const NEW_KEY = 'Zq4_wE8rTy2uIo6pAs1dFg5hJk9';
const THIRD_KEY = 'Mn7_bV3cXz1aSd5fGh8jKl2Qw4e';
const NOW = new Date('2026-11-22T09:00:00Z');
const basic = (login: string, key: string) => `Basic ${Buffer.from(`${login}:${key}`, 'utf8').toString('base64')}`;

let attacker: Pc;
let victim: Pc;
let server: RecordingServer;

beforeEach(async () => {
  [attacker, victim, server] = await Promise.all([startPc(NOW), startPc(NOW), startRecordingServer()]);
});

afterEach(async () => {
  await Promise.all([attacker.close(), victim.close(), server.close()]);
});

/** The attacker's own vault: an СМДО record set up against their server (confirmed on their PC), exported. */
async function hostileSmdoFile(): Promise<Buffer> {
  const { id: organisationId } = await call(attacker, 'saveOrganisation', { name: 'Райисполком', taxId: '' });
  await call(attacker, 'smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: `${server.url}/token`, confirmTypedHost: true });
  server.requests.length = 0;
  return exportFile(attacker);
}

describe('an imported СМДО token address', () => {
  it('gets nothing at «Проверить», «Скопировать токен доступа» or after a key rotation until the user confirms it; then they work', async () => {
    const token = await importFile(victim, await hostileSmdoFile(), 'smdo');
    const question = {
      code: 'host_not_confirmed',
      confirm: { tokenId: token.id, origin: server.url, sends: ['login', 'key'] },
      message: message('host_not_confirmed_smdo', 'ru', { host: server.url }),
    };

    expect(await failure(victim, 'smdoCheck', { tokenId: token.id })).toEqual(question);
    expect(await failure(victim, 'smdoCopyAccessToken', { tokenId: token.id })).toEqual(question);
    expect(victim.clipboard.text).toBe('');

    // The key rotation saves the new key (nothing is sent by saving), and its check asks too. Re-sending
    // the stored address as «typed» does not confirm it: the record already had it from the file.
    await call(victim, 'smdoSave', {
      organisationId: token.organisationId,
      label: token.label,
      key: NEW_KEY,
      tokenUrl: token.settings.tokenUrl ?? '',
      replacesTokenId: token.id,
      rotation: true,
      confirmTypedHost: true,
    });
    expect(await failure(victim, 'smdoCheck', { tokenId: token.id })).toEqual(question);
    expect(server.requests).toEqual([]);

    // «Подтвердить и повторить»
    expect(await call(victim, 'confirmHost', { tokenId: token.id, origin: server.url })).toEqual({ confirmed: true, origin: server.url });
    expect(await call(victim, 'smdoCheck', { tokenId: token.id })).toMatchObject({ ok: true });
    expect(server.requests.map((request) => request.authorization)).toEqual([basic(LOGIN, NEW_KEY)]);
    await call(victim, 'smdoCopyAccessToken', { tokenId: token.id });
    expect(victim.clipboard.text).toBe('c3RvbGVuLWJ1dC13b3JraW5n');
  });

  it('loses its confirmation when the address changes, and a click cannot confirm another host than the record’s', async () => {
    const token = await importFile(victim, await hostileSmdoFile(), 'smdo');
    await call(victim, 'confirmHost', { tokenId: token.id, origin: server.url });
    const other = await startRecordingServer();
    try {
      // The generic save (as an older renderer or a page script would send it) points the record elsewhere.
      const { id, label, organisationId, notes } = token;
      // (Each save brings a key not saved before: a renewal with a known key is refused on its own.)
      await call(victim, 'saveToken', {
        organisationId,
        kind: 'smdo',
        label,
        systemName: '',
        techEmail: '',
        secret: NEW_KEY,
        expiresAt: null,
        notes,
        replacesTokenId: id,
        settings: { tokenUrl: `${other.url}/token` },
      });
      expect((await failure(victim, 'smdoCheck', { tokenId: id })).confirm).toEqual({ tokenId: id, origin: other.url, sends: ['login', 'key'] });
      // A confirmation for the old host does not carry over, nor can it be given now: the record points elsewhere.
      expect((await failure(victim, 'confirmHost', { tokenId: id, origin: server.url })).message).toBe(message('host_confirm_changed', 'ru'));
      // Back to the first address: it must be confirmed again.
      await call(victim, 'saveToken', {
        organisationId,
        kind: 'smdo',
        label,
        systemName: '',
        techEmail: '',
        secret: THIRD_KEY,
        expiresAt: null,
        notes,
        replacesTokenId: id,
        settings: { tokenUrl: `${server.url}/token` },
      });
      expect((await failure(victim, 'smdoCheck', { tokenId: id })).code).toBe('host_not_confirmed');
      expect(other.requests).toEqual([]);
      expect(server.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('an address the user types in the СМДО screen is confirmed by that, and another one typed later replaces it', async () => {
    const { id: organisationId } = await call(victim, 'saveOrganisation', { name: 'Райисполком', taxId: '' });
    const typed = await call(victim, 'smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: server.url, confirmTypedHost: true });
    await call(victim, 'smdoCheck', { tokenId: typed.id });
    expect(server.requests).toHaveLength(1);
    // The same screen without the flag (a renderer that did not say the user typed it): not confirmed.
    const unsaid = await call(victim, 'smdoSave', { organisationId, label: 'СМДО 2', login: LOGIN, key: KEY, tokenUrl: server.url });
    expect((await failure(victim, 'smdoCheck', { tokenId: unsaid.id })).code).toBe('host_not_confirmed');
    expect(server.requests).toHaveLength(1);
  });
});

describe('an imported ЕИС check address', () => {
  let emulator: EisEmulator;

  beforeEach(async () => {
    emulator = await startEisEmulator({ validIdentifier: IDENTIFIER });
  });

  afterEach(async () => {
    await emulator.close();
  });

  it('gets no identifier at «Проверить» until the user confirms it; then the check works', async () => {
    const { id: organisationId } = await call(attacker, 'saveOrganisation', { name: 'ГКУ «Заказчик»', taxId: '' });
    await call(attacker, 'saveToken', {
      organisationId,
      kind: 'eis',
      label: 'РИС',
      systemName: '',
      techEmail: '',
      secret: IDENTIFIER,
      expiresAt: '2027-06-30T21:00:00Z',
      notes: '',
      settings: { [EIS_CHECK_SETTINGS.endpoint]: emulator.endpoint },
    });
    const token = await importFile(victim, await exportFile(attacker), 'eis');
    const origin = new URL(emulator.endpoint).origin;

    // The screen shows the imported address and sends it back as it is, even claiming the user typed it.
    for (const confirmTypedHost of [undefined, true]) {
      const refused = await failure(victim, 'eisCheck', { tokenId: token.id, endpoint: emulator.endpoint, ...(confirmTypedHost ? { confirmTypedHost } : {}) });
      expect(refused).toEqual({
        code: 'host_not_confirmed',
        confirm: { tokenId: token.id, origin, sends: ['identifier'] },
        message: message('host_not_confirmed_eis', 'ru', { host: origin }),
      });
    }
    expect(emulator.requests).toEqual([]);

    await call(victim, 'confirmHost', { tokenId: token.id, origin });
    expect(await call(victim, 'eisCheck', { tokenId: token.id, endpoint: emulator.endpoint })).toMatchObject({ accepted: true });
    expect(emulator.requests.map((request) => request.soapToken)).toEqual([IDENTIFIER]);
    expect(storedToken(victim, token.id).settings[EIS_CHECK_SETTINGS.endpoint]).toBe(emulator.endpoint);
  });

  it('an address typed anew in the check form is the user’s and is asked at once', async () => {
    const { id: organisationId } = await call(victim, 'saveOrganisation', { name: 'ГКУ «Заказчик»', taxId: '' });
    const { id: tokenId } = await call(victim, 'saveToken', {
      organisationId,
      kind: 'eis',
      label: 'РИС',
      systemName: '',
      techEmail: '',
      secret: IDENTIFIER,
      expiresAt: '2027-06-30T21:00:00Z',
      notes: '',
    });
    expect(await call(victim, 'eisCheck', { tokenId, endpoint: emulator.endpoint, confirmTypedHost: true })).toMatchObject({ accepted: true });
    expect(emulator.requests).toHaveLength(1);
  });
});
