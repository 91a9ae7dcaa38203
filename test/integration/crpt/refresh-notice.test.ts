/**
 * Issue 10, point 18 (a): a Честный знак refresh kills the token in the program that used it.
 * After each automatic refresh the core says, in an OS notification, that the token changed
 * and where the new one goes; a click copies it and opens the record. Against the stand
 * emulator with the real openssl signer, the core on a manual clock.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCrptService } from '../../../electron/core/providers/crpt/client';
import { findStand } from '../../../electron/core/providers/crpt/stands';
import type { EventPayloads } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import type { TokenView } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { formatPortalDateTime } from '../../../shared/time/portal-time';
import { resolvingTransport } from '../../support/resolving-transport';
import { startTestCore, type TestCore } from '../../support/test-core';
import { ping, startWorldForApp, type CrptWorld } from './setup';

const MINUTE = 60_000;
const LIFETIME = 10 * 60 * MINUTE;
/** Past the latest automatic refresh moment (15 minutes before the end, up to 5 earlier), still before the end. */
const SHORTLY_BEFORE_END = LIFETIME - 14 * MINUTE;
const ORGANISATION = 'ООО «Ромашка»';
const LABEL = 'СУЗ, склад 1';

let world: CrptWorld;
let t: TestCore;
let organisationId: string;
const hosts: Record<string, string> = {};
const opened: EventPayloads['openToken'][] = [];

async function call<T>(name: string, payload: unknown): Promise<Result<T>> {
  return (await t.core.router.handle(name, payload)) as Result<T>;
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const stored = (tokenId: string): TokenView | undefined =>
  t.core.vault
    .snapshot()
    .organisations.flatMap((organisation) => organisation.tokens)
    .find((token) => token.id === tokenId);

async function obtain(autoRefresh: boolean, label = LABEL): Promise<{ token: TokenView; secret: string }> {
  const token = value(
    await call<TokenView>('crptSetupConnection', {
      organisationId,
      label,
      stand: 'sandbox',
      trueApiBase: '',
      omsConnection: world.emulator.connection,
      signer: { kind: 'openssl', certPath: world.pki.user.cert, keyPath: world.pki.user.key },
      autoRefresh,
      // Each test has its own record on the emulator's one connection, obtained after the previous one was deleted.
      acceptSharedConnection: true,
    }),
  );
  return { token, secret: await t.core.vault.revealSecret(token.id) };
}

beforeAll(async () => {
  world = await startWorldForApp();
  // Automatic refresh is for the official stands only: the sandbox's name reaches the emulator, like a hosts file.
  hosts[new URL(findStand('sandbox')?.trueApiBase ?? '').origin] = world.emulator.url;
  t = await startTestCore({
    now: new Date(),
    crpt: (clock) => ({ service: (language) => createCrptService({ language, clock, transport: resolvingTransport(hosts) }) }),
  });
  t.core.on('openToken', (payload) => opened.push(payload));
  organisationId = value(await call<{ id: string }>('saveOrganisation', { name: ORGANISATION, taxId: '' })).id;
  t.signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  for (const which of ['certificate', 'key'] as const) value(await call('crptChooseSignerFile', { which }));
  await t.core.startReminders();
});

afterAll(async () => {
  await t?.core.dispose();
  t?.cleanup();
  await world?.close();
});

describe('after an automatic refresh the user is told where the new token goes', () => {
  it('names the record, the new end with its zone and every program of the kind’s destinations; never the token; a click copies it and opens the record', async () => {
    const { token, secret: first } = await obtain(true);
    expect(t.notifier.shown).toEqual([]);

    t.clock.advance(SHORTLY_BEFORE_END);
    await vi.waitFor(() => expect(t.notifier.shown).toHaveLength(1), { timeout: 10_000 });
    const renewed = stored(token.id);
    expect(renewed?.history).toHaveLength(1);
    const second = await t.core.vault.revealSecret(token.id);
    expect(second).not.toBe(first);
    expect(world.emulator.tokenStatus(first)).toBe('replaced');

    const notice = t.notifier.shown[0];
    expect(notice?.title).toBe(message('crpt_refreshed_title', 'ru'));
    const body = notice?.body ?? '';
    expect(body).toContain(`${ORGANISATION} · ${LABEL}`);
    expect(body).toContain('Прежний токен отключён');
    // The destinations of shared/kinds/crpt.ts for a СУЗ token: the marking program's field and the API header.
    expect(body).toContain('Программа маркировки (АСУ ТП) — поле «clientToken» / «Токен СУЗ» в настройках подключения к СУЗ');
    expect(body).toContain('СУЗ (API) — HTTP-заголовок clientToken каждого запроса к СУЗ');
    expect(body).not.toContain('True API');
    // The time says its zone.
    expect(body).toContain(`до ${formatPortalDateTime(new Date(renewed?.expiresAt ?? ''))} (МСК)`);
    // The token service can take this over.
    expect(body).toContain('«Выдача токенов программам»');
    const everything = JSON.stringify(t.notifier.shown.map(({ title, body: text }) => ({ title, text })));
    for (const secret of [first, second]) {
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(secret.slice(-6));
    }

    // One click: the new token on the clipboard, the record opened (not the renewal wizard).
    notice?.click();
    await vi.waitFor(() => expect(t.clipboard.text).toBe(second));
    expect(opened.at(-1)).toEqual({ tokenId: token.id, renew: false });
    expect(await ping(world.emulator, second)).toBe(200);
    value(await call('deleteToken', { tokenId: token.id }));
  });

  it('a refresh by hand or a failed automatic one sends no «paste the new token» notice', async () => {
    const { token } = await obtain(true, 'СУЗ, склад 2');
    const before = t.notifier.shown.length;
    // By hand: the user is on the page and sees it.
    value(await call<TokenView>('crptRefreshToken', { tokenId: token.id }));
    expect(t.notifier.shown).toHaveLength(before);

    // Automatically, with the stand down: only the failure is said.
    world.emulator.inject('sign-in', { kind: 'status', status: 503, body: { code: '503', error_message: 'Сервис временно недоступен' } }, 10);
    t.clock.advance(SHORTLY_BEFORE_END);
    await vi.waitFor(() => expect(stored(token.id)?.settings.autoRefreshFailed).toBe('true'), { timeout: 10_000 });
    await vi.waitFor(() => expect(t.notifier.shown).toHaveLength(before + 1));
    expect(t.notifier.shown.at(-1)?.title).toBe(message('crpt_auto_refresh_failed_title', 'ru'));
    world.emulator.clearFaults();
    value(await call('deleteToken', { tokenId: token.id }));
  });
});
