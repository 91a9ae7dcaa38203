import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestName } from '../../../shared/ipc/channels';
import type { RequestInput } from '../../../shared/ipc/contract';
import { smdoKeyRotationDueAt } from '../../../shared/kinds/smdo';
import { tokenUrgency, urgencyLabel } from '../../../shared/kinds/token-urgency';
import { reminderMomentsFor } from '../../../shared/reminders/policy';
import { subjectsFromSnapshot } from '../../../shared/reminders/subject';
import { message } from '../../../shared/texts/messages';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';
import { call as callOn, failure as failureOn } from '../../support/router-calls';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

/** smdoSave and smdoCheck through the core router, against the local СМДО emulator. */

const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';

let emulator: SmdoEmulator;
let app: TestCore;

const call = <N extends RequestName>(name: N, payload: RequestInput<N>) => callOn(app, name, payload);
const failure = <N extends RequestName>(name: N, payload: RequestInput<N>) => failureOn(app, name, payload);

async function organisation(): Promise<string> {
  return (await call('saveOrganisation', { name: 'Райисполком', taxId: '' })).id;
}

beforeEach(async () => {
  emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
  app = await startTestCore();
});

afterEach(async () => {
  await app.core.dispose();
  app.cleanup();
  await emulator.close();
});

describe('СМДО through the core', () => {
  it('saves the login and key as a record without expiry and checks them', async () => {
    const organisationId = await organisation();
    const token = await call('smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true });
    expect(token).toMatchObject({
      kind: 'smdo',
      expiresAt: null,
      // The login is stored encrypted with the key and never comes back (see login-at-rest.test.ts).
      settings: { tokenUrl: emulator.tokenUrl },
      smdoKeySetAt: app.clock.now().toISOString(),
    });
    expect(JSON.stringify(token)).not.toContain(KEY);
    expect((await call('revealToken', { tokenId: token.id })).secret).toBe(KEY);

    const checked = await call('smdoCheck', { tokenId: token.id });
    expect(checked.ok).toBe(true);
    // Valid for the server's expires_in (3600 s) from the moment of the request, on the core's clock.
    expect(Date.parse(checked.expiresAt)).toBe(app.clock.now().getTime() + 3600_000);
    // «Проверить» always asks the server anew.
    await call('smdoCheck', { tokenId: token.id });
    expect(emulator.issued).toHaveLength(2);
  });

  it('shows and copies the stored login on request, wiped from the clipboard like the key', async () => {
    const organisationId = await organisation();
    const token = await call('smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true });
    expect(await call('smdoLogin', { tokenId: token.id, action: 'reveal' })).toEqual({ login: LOGIN });
    expect(await call('smdoLogin', { tokenId: token.id, action: 'copy' })).toEqual({ clearsAfterSeconds: 60 });
    expect(await app.clipboard.readText()).toBe(LOGIN);
    app.clock.advance(60_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await app.clipboard.readText()).toBe('');
  });

  it('copies a live access token: the cached one while it lasts, a new one after it ends, wiped from the clipboard', async () => {
    const organisationId = await organisation();
    const token = await call('smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true });
    const first = await call('smdoCopyAccessToken', { tokenId: token.id });
    expect(first).toMatchObject({ fromCache: false, clearsAfterSeconds: 60, expiresAt: new Date(app.clock.now().getTime() + 3600_000).toISOString() });
    expect(await app.clipboard.readText()).toBe(emulator.issued[0]);

    app.clock.advance(30 * 60_000);
    const again = await call('smdoCopyAccessToken', { tokenId: token.id });
    expect(again.fromCache).toBe(true);
    expect(emulator.issued).toHaveLength(1);
    expect(await app.clipboard.readText()).toBe(emulator.issued[0]);

    // Within the last minute of its hour the cached token is not handed out any more.
    app.clock.advance(29 * 60_000 + 30_000);
    const fresh = await call('smdoCopyAccessToken', { tokenId: token.id });
    expect(fresh.fromCache).toBe(false);
    expect(emulator.issued).toHaveLength(2);
    expect(await app.clipboard.readText()).toBe(emulator.issued[1]);
    app.clock.advance(61_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await app.clipboard.readText()).toBe('');
  });

  it('says in Russian that the key is wrong, and a rotation keeps the old key in the history', async () => {
    const organisationId = await organisation();
    const token = await call('smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true });
    const newKey = emulator.rotateKey();
    const error = await failure('smdoCheck', { tokenId: token.id });
    expect(error.message).toBe(message('smdo_invalid_credentials', 'ru'));

    app.clock.advance(60_000);
    const rotated = await call('smdoSave', {
      organisationId,
      label: 'СМДО',
      login: LOGIN,
      key: newKey,
      tokenUrl: emulator.tokenUrl,
      replacesTokenId: token.id,
    });
    expect(rotated.id).toBe(token.id);
    expect(rotated.history).toHaveLength(1);
    expect(rotated.smdoKeySetAt).toBe(app.clock.now().toISOString());
    expect((await call('smdoCheck', { tokenId: token.id })).ok).toBe(true);
  });

  it('refuses a malformed login, key or server address with the catalog messages', async () => {
    const organisationId = await organisation();
    const base = { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true };
    expect((await failure('smdoSave', { ...base, login: 'a:b' })).message).toBe(message('smdo_login_format', 'ru'));
    expect((await failure('smdoSave', { ...base, key: 'short' })).message).toBe(message('smdo_key_format', 'ru'));
    const address = await failure('smdoSave', { ...base, tokenUrl: 'http://smdo.example.by/token' });
    expect(address).toMatchObject({ field: 'tokenUrl', message: message('smdo_server_url', 'ru') });
    expect(address.message).toContain('/token Токен-помощник допишет сам');
  });

  it('takes the server address alone and adds /token itself, or keeps a whole token address', async () => {
    const organisationId = await organisation();
    const base = { organisationId, label: 'СМДО', login: LOGIN, key: KEY, confirmTypedHost: true };
    const fromBase = await call('smdoSave', { ...base, tokenUrl: ` ${emulator.url}/ ` });
    expect(fromBase.settings.tokenUrl).toBe(`${emulator.url}/token`);
    expect((await call('smdoCheck', { tokenId: fromBase.id })).ok).toBe(true);
    expect(emulator.requests.at(-1)?.path).toBe('/token');

    const gateway = await call('smdoSave', { ...base, tokenUrl: 'https://smdo.example.by/gateway' });
    expect(gateway.settings.tokenUrl).toBe('https://smdo.example.by/gateway/token');
    const whole = await call('smdoSave', { ...base, tokenUrl: 'https://smdo.example.by:8243/token/' });
    expect(whole.settings.tokenUrl).toBe('https://smdo.example.by:8243/token');
  });

  it('refuses a rotation with the key already stored, and changes neither the date nor the history', async () => {
    const organisationId = await organisation();
    const token = await call('smdoSave', { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true });
    app.clock.advance(86_400_000);
    // The rotation form: no login, no notes, rotation: true, the record's label and address, the key pasted again (with a stray space).
    const error = await failure('smdoSave', {
      organisationId,
      label: 'СМДО',
      key: ` ${KEY} `,
      tokenUrl: emulator.tokenUrl,
      replacesTokenId: token.id,
      rotation: true,
    });
    expect(error).toMatchObject({ code: 'invalid_field', field: 'key', message: message('smdo_same_key', 'ru') });
    expect(error.message).toContain('account.gov.by откройте «Разработчикам» → «Приложения» → приложение СМДО → «Подробнее» → «Безопасность», нажмите «Обновить»');
    const stored = app.core.vault.snapshot().organisations[0]?.tokens[0];
    expect(stored).toMatchObject({ smdoKeySetAt: token.smdoKeySetAt, obtainedAt: token.obtainedAt });
    expect(stored?.history).toHaveLength(0);
  });

  it('re-saves the setup wizard with the same key (Back, then Next) without counting a rotation', async () => {
    const organisationId = await organisation();
    const typed = { organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true, notes: '' };
    const first = await call('smdoSave', typed);
    app.clock.advance(60_000);
    const again = await call('smdoSave', { ...typed, replacesTokenId: first.id });
    expect(again).toMatchObject({ id: first.id, smdoKeySetAt: first.smdoKeySetAt, obtainedAt: first.obtainedAt, history: [] });

    // Other fields may change on the way back; the key stays, so it is still no rotation.
    const renamed = await call('smdoSave', { ...typed, label: 'СМДО, канцелярия', notes: 'ВСЭД: Администрирование → СМДО', replacesTokenId: first.id });
    expect(renamed).toMatchObject({ label: 'СМДО, канцелярия', notes: 'ВСЭД: Администрирование → СМДО', smdoKeySetAt: first.smdoKeySetAt, history: [] });
    expect((await call('revealToken', { tokenId: first.id })).secret).toBe(KEY);

    // A different key typed on the way back is a new key: dated now, the old one in the history.
    const changed = await call('smdoSave', { ...typed, key: `${KEY}x`, replacesTokenId: first.id });
    expect(changed.smdoKeySetAt).toBe(app.clock.now().toISOString());
    expect(changed.history).toHaveLength(1);
  });

  describe('the day the key was last updated on the portal (keyUpdatedOn)', () => {
    const DAY_MS = 86_400_000;
    // The test clock stands at 2026-11-22T09:00:00Z, 12:00 in Minsk.
    const typed = (organisationId: string) => ({ organisationId, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost: true });

    it('counts the key from that day (noon in Minsk): the reminders fall 75, 82 and 89 days after it', async () => {
      const organisationId = await organisation();
      const token = await call('smdoSave', { ...typed(organisationId), keyUpdatedOn: ' 22.09.2026 ' });
      expect(token.smdoKeySetAt).toBe('2026-09-22T09:00:00.000Z');
      const setAt = Date.parse(token.smdoKeySetAt ?? '');

      const subject = subjectsFromSnapshot(app.core.vault.snapshot()).find((candidate) => candidate.what === 'smdo-key');
      expect(subject?.dueAt).toBe(token.smdoKeySetAt);
      const moments = subject ? reminderMomentsFor(subject, new Date(setAt), new Date(setAt + 120 * DAY_MS)) : [];
      expect(moments.map((moment) => (Date.parse(moment.at) - setAt) / DAY_MS)).toEqual([75, 82, 89]);
      // All three still ahead of today: the first on 6 December.
      expect(moments[0]?.at).toBe('2026-12-06T09:00:00.000Z');
      expect(Date.parse(moments[0]?.at ?? '')).toBeGreaterThan(app.clock.now().getTime());

      // The dashboard counts from the same day: three calendar months on, 22 December.
      const urgency = tokenUrgency(token, app.clock.now(), 14);
      expect(urgency).toMatchObject({ subject: 'key-rotation', state: 'ok', deadline: '2026-12-22T09:00:00.000Z' });
    });

    it('marks a key last updated more than three months ago as due at once', async () => {
      const organisationId = await organisation();
      const token = await call('smdoSave', { ...typed(organisationId), keyUpdatedOn: '14.08.2026' });
      expect(token.smdoKeySetAt).toBe('2026-08-14T09:00:00.000Z');
      expect(smdoKeyRotationDueAt(new Date(token.smdoKeySetAt ?? '')).getTime()).toBeLessThan(app.clock.now().getTime());
      const urgency = tokenUrgency(token, app.clock.now(), 14);
      expect(urgency.state).toBe('soon');
      expect(urgencyLabel(urgency, 'ru')).toBe('Пора сменить ключ');
    });

    it('takes today as the present moment while noon in Minsk is still ahead, and refuses tomorrow', async () => {
      const organisationId = await organisation();
      app.clock.advance(20 * 3_600_000); // 2026-11-23 08:00 in Minsk
      const today = await call('smdoSave', { ...typed(organisationId), keyUpdatedOn: '23.11.2026' });
      expect(today.smdoKeySetAt).toBe(app.clock.now().toISOString());
      const tomorrow = await failure('smdoSave', { ...typed(organisationId), keyUpdatedOn: '24.11.2026' });
      expect(tomorrow).toMatchObject({ code: 'invalid_field', field: 'keyUpdatedOn', message: message('smdo_key_date_future', 'ru') });
    });

    it('refuses a malformed, impossible, future or too old date with a Russian message on the field, and saves nothing', async () => {
      const organisationId = await organisation();
      const cases = [
        ['сентябрь', message('smdo_key_date_format', 'ru')],
        ['2026-09-22', message('smdo_key_date_format', 'ru')],
        ['31.02.2026', message('smdo_key_date_invalid', 'ru')],
        ['01.01.2027', message('smdo_key_date_future', 'ru')],
        ['21.11.2021', message('smdo_key_date_too_old', 'ru', { years: '5' })],
      ] as const;
      for (const [keyUpdatedOn, expected] of cases) {
        const error = await failure('smdoSave', { ...typed(organisationId), keyUpdatedOn });
        expect(error, keyUpdatedOn).toMatchObject({ code: 'invalid_field', field: 'keyUpdatedOn', message: expected });
      }
      expect(message('smdo_key_date_format', 'ru')).toContain('ДД.ММ.ГГГГ');
      expect(message('smdo_key_date_too_old', 'ru', { years: '5' })).toContain('5 лет');
      expect(app.core.vault.snapshot().organisations[0]?.tokens).toHaveLength(0);
      // Five years back to the day is still accepted.
      expect((await call('smdoSave', { ...typed(organisationId), keyUpdatedOn: '22.11.2021' })).smdoKeySetAt).toBe('2021-11-22T09:00:00.000Z');
    });

    it('applies a date given on the way back with the same key, without counting a rotation', async () => {
      const organisationId = await organisation();
      const first = await call('smdoSave', typed(organisationId));
      expect(first.smdoKeySetAt).toBe(app.clock.now().toISOString());
      app.clock.advance(60_000);
      const dated = await call('smdoSave', { ...typed(organisationId), keyUpdatedOn: '22.09.2026', replacesTokenId: first.id });
      expect(dated).toMatchObject({ id: first.id, smdoKeySetAt: '2026-09-22T09:00:00.000Z', obtainedAt: first.obtainedAt, history: [] });
    });

    it('is ignored by a rotation, which always dates the new key now', async () => {
      const organisationId = await organisation();
      const token = await call('smdoSave', { ...typed(organisationId), keyUpdatedOn: '22.09.2026' });
      const newKey = emulator.rotateKey();
      app.clock.advance(DAY_MS);
      const rotation = { organisationId, label: 'СМДО', key: newKey, tokenUrl: emulator.tokenUrl, replacesTokenId: token.id, rotation: true };
      // Even a date that would be refused is not looked at.
      const rotated = await call('smdoSave', { ...rotation, keyUpdatedOn: '31.02.2026' });
      expect(rotated.smdoKeySetAt).toBe(app.clock.now().toISOString());
      expect(rotated.history).toHaveLength(1);
      const again = await call('smdoSave', { ...rotation, key: `${newKey}x`, keyUpdatedOn: '01.10.2026' });
      expect(again.smdoKeySetAt).toBe(app.clock.now().toISOString());
    });
  });
});
