/**
 * A Честный знак record given out by the in-app service: the stand emulator stands in for
 * the official sandbox stand (as a hosts file would), real openssl signatures, the real core.
 * The stored token is handed out while more than 15 minutes remain; then one sign-in through
 * the broker and the app's own refresh serves every request that arrives meanwhile, and the
 * vault holds the token the programs got.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { fetchTransport } from '../../../electron/core/http/json-client';
import type { Transport } from '../../../electron/core/http/json-client';
import { createCrptService } from '../../../electron/core/providers/crpt/client';
import { findStand } from '../../../electron/core/providers/crpt/stands';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import type { RequestName } from '../../../shared/ipc/channels';
import type { RequestInput, RequestOutput } from '../../../shared/ipc/contract';
import { ManualClock, QueuedSignerPicker, RecordingClipboard, RecordingOpener } from '../../support/test-core';
import { startWorldForApp } from '../crpt/setup';
import type { CrptWorld } from '../crpt/setup';
import { call } from './service-world';

const MINUTE = 60_000;
const SANDBOX = new URL(findStand('sandbox')?.trueApiBase ?? '').origin;

let world: CrptWorld;
let core: Core;
let dataDir: string;
let clock: ManualClock;

async function ask<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestOutput<N>> {
  const result = await core.router.handle(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as RequestOutput<N>;
}

function resolving(hosts: Record<string, string>): Transport {
  const send = fetchTransport();
  return (request) => {
    const origin = new URL(request.url).origin;
    const local = hosts[origin];
    return send(local === undefined ? request : { ...request, url: `${local}${request.url.slice(origin.length)}` });
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  world = await startWorldForApp();
  dataDir = mkdtempSync(join(tmpdir(), 'token-assistant-service-crpt-'));
  clock = new ManualClock(new Date());
  const signerPicker = new QueuedSignerPicker();
  signerPicker.files.push(world.pki.user.cert, world.pki.user.key);
  core = await createCore({
    dataDir,
    clock,
    secretBox: new AesSecretBox(randomBytes(32)),
    clipboard: new RecordingClipboard(),
    opener: new RecordingOpener(),
    signerPicker,
    crpt: { service: (language) => createCrptService({ language, clock, transport: resolving({ [SANDBOX]: world.emulator.url }) }) },
  });
  await ask('crptChooseSignerFile', { which: 'certificate' });
  await ask('crptChooseSignerFile', { which: 'key' });
}, 60_000);

afterAll(async () => {
  await core?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
  await world?.close();
});

describe('a Честный знак token through the in-app service', () => {
  it('the stored token while fresh; near its end one sign-in for 20 parallel requests, saved in the vault; automatic refresh switched on', async () => {
    const organisation = await ask('saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const record = await ask('crptSetupConnection', {
      organisationId: organisation.id,
      label: 'СУЗ, склад 1',
      stand: 'sandbox',
      trueApiBase: '',
      omsConnection: world.emulator.connection,
      signer: { kind: 'openssl', certPath: world.pki.user.cert, keyPath: world.pki.user.key },
      autoRefresh: false,
    });
    const first = (await ask('revealToken', { tokenId: record.id })).secret;
    const signInsAtStart = world.emulator.signIns.length;

    const port = await freePort();
    await ask('tokenServiceConfigure', { enabled: true, port });
    const { key } = await ask('tokenServiceAddProgram', { name: 'ПО маркировки', tokenIds: [record.id] });
    // A program relies on fresh tokens: the record now refreshes itself.
    expect(core.vault.snapshot().organisations[0]?.tokens[0]?.settings.autoRefresh).toBe('on');

    const fresh = await call(port, `/v1/tokens/${record.id}`, { key });
    expect(fresh.status).toBe(200);
    expect(fresh.body.token).toBe(first);
    expect(fresh.body.expiresAt).toBe(record.expiresAt);
    expect(world.emulator.signIns.length).toBe(signInsAtStart);
    const listed = await call(port, '/v1/tokens', { key });
    expect(listed.body.tokens).toEqual([{ id: record.id, kind: 'suz', organisation: 'ООО «Ромашка»', expiresAt: record.expiresAt }]);

    // 14 minutes before the end: a new token, one sign-in however many programs ask at once.
    clock.advance(Date.parse(record.expiresAt ?? '') - clock.now().getTime() - 14 * MINUTE);
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(port, `/v1/tokens/${record.id}`, { key })));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 20 }, () => 200));
    const renewed = answers[0]?.body.token ?? '';
    expect(renewed).not.toBe(first);
    expect(new Set(answers.map((answer) => answer.body.token))).toEqual(new Set([renewed]));
    expect(world.emulator.signIns.length).toBe(signInsAtStart + 1);
    expect(world.emulator.tokenStatus(renewed)).toBe('live');
    // The app shows the token the programs got, with the old one in its history.
    expect((await ask('revealToken', { tokenId: record.id })).secret).toBe(renewed);
    expect(core.vault.snapshot().organisations[0]?.tokens[0]?.history).toHaveLength(1);
  }, 60_000);
});
