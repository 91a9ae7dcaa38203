/**
 * «Выдача токенов программам» through the core's router, as the Settings page drives it:
 * the real server on a loopback port, the real vault on disk. Attacks on the requests
 * are refused by the core, not by the form.
 */
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestName } from '../../../shared/ipc/channels';
import type { RequestInput, RequestOutput } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { message } from '../../../shared/texts/messages';
import { DEFAULT_SERVICE_PORT } from '../../../shared/token-service/limits';
import { sha256Hex } from '../../../electron/core/token-service/program-keys';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';
import { call } from './service-world';

const SECRET = '2f1c7e0a-9b3d-4c55-8e21-6a7b9c0d1e2f';
let world: TestCore;
const occupied: Server[] = [];

async function ask<N extends RequestName>(name: N, input: RequestInput<N>, core = world): Promise<RequestOutput<N>> {
  const result = await core.core.router.handle(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as RequestOutput<N>;
}

function attempt(name: RequestName, input: unknown): Promise<Result<unknown>> {
  return world.core.router.handle(name, input);
}

/** A port nobody listens on now (taken from the OS, then released). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function busyPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  occupied.push(server);
  return (server.address() as { port: number }).port;
}

async function seedOais(core = world): Promise<string> {
  const organisation = await ask('saveOrganisation', { name: 'ООО «Василёк»', taxId: '' }, core);
  const token = await ask(
    'saveToken',
    {
      organisationId: organisation.id,
      kind: 'oais',
      label: 'Бухгалтерия',
      systemName: 'buh',
      techEmail: 'it@vasilek.by',
      secret: SECRET,
      expiresAt: '2027-01-15T08:00:00.000Z',
      notes: '',
    },
    core,
  );
  return token.id;
}

beforeEach(async () => {
  world = await startTestCore();
});

afterEach(async () => {
  await world.core.dispose();
  world.cleanup();
  for (const server of occupied.splice(0)) server.close();
});

describe('the in-app token service', () => {
  it('is off by default, at the default port, with no programs', async () => {
    const state = await ask('tokenServiceState', {});
    expect(state).toMatchObject({ enabled: false, port: DEFAULT_SERVICE_PORT, status: 'off', url: null, programs: [], journal: [] });
  });

  it('on: a program added with a key reads its token, the key exists only in the answer, revoking gives 401, a browser gets 403', async () => {
    const tokenId = await seedOais();
    const port = await freePort();
    const state = await ask('tokenServiceConfigure', { enabled: true, port });
    expect(state).toMatchObject({ enabled: true, port, status: 'running', url: `http://127.0.0.1:${port}` });
    expect((await call(port, '/v1/health')).body).toEqual({ status: 'ok' });

    const added = await ask('tokenServiceAddProgram', { name: '  1С Бухгалтерия ', tokenIds: [tokenId, tokenId] });
    expect(added.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(added.program).toMatchObject({ name: '1С Бухгалтерия', tokenIds: [tokenId], lastAccessAt: null });

    const read = await call(port, `/v1/tokens/${tokenId}`, { key: added.key });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ token: SECRET, expiresAt: '2027-01-15T08:00:00.000Z' });
    const listed = await call(port, '/v1/tokens', { key: added.key });
    expect(listed.body.tokens).toEqual([{ id: tokenId, kind: 'oais', organisation: 'ООО «Василёк»', expiresAt: '2027-01-15T08:00:00.000Z' }]);

    const fromPage = await call(port, `/v1/tokens/${tokenId}`, { key: added.key, headers: { origin: 'https://evil.example' } });
    expect(fromPage.status).toBe(403);
    expect(fromPage.text).not.toContain(SECRET);

    // Only the hash is stored; the key itself is nowhere on disk.
    const vaultText = readFileSync(join(world.dataDir, 'vault.json'), 'utf8');
    expect(vaultText).toContain(sha256Hex(added.key));
    expect(vaultText).not.toContain(added.key);

    const journal = (await ask('tokenServiceState', {})).journal;
    expect(journal[0]).toMatchObject({ program: null, tokenId: null, status: 403 });
    expect(journal[1]).toMatchObject({ program: '1С Бухгалтерия', tokenId: null, status: 200 });
    expect(journal[2]).toMatchObject({ program: '1С Бухгалтерия', tokenId, status: 200 });
    expect((await ask('tokenServiceState', {})).programs[0]?.lastAccessAt).not.toBeNull();

    await ask('tokenServiceRevokeProgram', { programId: added.program.id });
    expect((await call(port, `/v1/tokens/${tokenId}`, { key: added.key })).status).toBe(401);
  });

  it('the journal and last access survive a restart and go into the audit CSV, without the key or the token', async () => {
    const tokenId = await seedOais();
    const port = await freePort();
    await ask('tokenServiceConfigure', { enabled: true, port });
    const { key } = await ask('tokenServiceAddProgram', { name: '=HYPERLINK("x")', tokenIds: [tokenId] });
    expect((await call(port, `/v1/tokens/${tokenId}`, { key })).status).toBe(200);
    await world.core.dispose();

    const again = await world.reopen();
    try {
      const state = await ask('tokenServiceState', {}, again);
      expect(state.journal).toHaveLength(1);
      expect(state.programs[0]?.lastAccessAt).toBe(state.journal[0]?.at);
      await ask('exportAudit', {}, again);
      const csv = again.fileSaver.saved.at(-1)?.content ?? '';
      expect(csv).toContain('Журнал выдачи токенов программам');
      expect(csv).toContain(`'=HYPERLINK(""x"")`);
      expect(csv).toMatch(/;Бухгалтерия;200\r\n/);
      expect(csv).not.toContain(key);
      expect(csv).not.toContain(SECRET);
    } finally {
      await again.core.dispose();
    }
  });

  it('starts with the app when it was on, and stops with it', async () => {
    const port = await freePort();
    await ask('tokenServiceConfigure', { enabled: true, port });
    await world.core.dispose();
    await expect(call(port, '/v1/health')).rejects.toThrow();

    const again = await world.reopen();
    try {
      expect((await ask('tokenServiceState', {}, again)).status).toBe('failed');
      await again.core.startTokenService();
      expect((await ask('tokenServiceState', {}, again)).status).toBe('running');
      expect((await call(port, '/v1/health')).status).toBe(200);
    } finally {
      await again.core.dispose();
    }
    await expect(call(port, '/v1/health')).rejects.toThrow();
  });

  it('a busy port: refused next to the field with nothing changed; at start-up the same message is shown', async () => {
    const port = await busyPort();
    const refused = await attempt('tokenServiceConfigure', { enabled: true, port });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_field', field: 'port' } });
    if (!refused.ok) expect(refused.error.message).toBe(message('token_service_port_busy', 'ru', { port: String(port), suggestion: String(port + 1) }));
    expect(await ask('tokenServiceState', {})).toMatchObject({ enabled: false, status: 'off' });

    // Running on a free port, a move to a busy one keeps it where it was.
    const free = await freePort();
    await ask('tokenServiceConfigure', { enabled: true, port: free });
    expect((await attempt('tokenServiceConfigure', { port })).ok).toBe(false);
    expect(await ask('tokenServiceState', {})).toMatchObject({ port: free, status: 'running' });
    expect((await call(free, '/v1/health')).status).toBe(200);
    await world.core.dispose();

    // The port became busy while the app was closed.
    const stolen = createServer();
    await new Promise<void>((resolve) => stolen.listen(free, '127.0.0.1', resolve));
    occupied.push(stolen);
    const again = await world.reopen();
    try {
      await again.core.startTokenService();
      const state = await ask('tokenServiceState', {}, again);
      expect(state).toMatchObject({ enabled: true, status: 'failed' });
      expect(state.problem).toContain(String(free));
    } finally {
      await again.core.dispose();
    }
  });

  it('the core refuses bad requests whatever the form checked', async () => {
    const tokenId = await seedOais();
    expect(await attempt('tokenServiceConfigure', { enabled: true, port: 80 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await attempt('tokenServiceConfigure', { port: 70000 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await attempt('tokenServiceConfigure', { port: 5000.5 })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await attempt('tokenServiceConfigure', { enabled: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(await attempt('tokenServiceAddProgram', { name: 'erp', tokenIds: [tokenId], keySha256: 'a'.repeat(64) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(await attempt('tokenServiceAddProgram', { name: '   ', tokenIds: [tokenId] })).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(await attempt('tokenServiceAddProgram', { name: 'x'.repeat(101), tokenIds: [tokenId] })).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(await attempt('tokenServiceAddProgram', { name: 'a\u0000b', tokenIds: [tokenId] })).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(await attempt('tokenServiceAddProgram', { name: 'erp', tokenIds: [] })).toMatchObject({ ok: false, error: { field: 'tokenIds' } });
    expect(await attempt('tokenServiceAddProgram', { name: 'erp', tokenIds: ['not-a-record'] })).toMatchObject({ ok: false, error: { field: 'tokenIds' } });
    expect(await attempt('tokenServiceAddProgram', { name: 'erp', tokenIds: Array.from({ length: 501 }, () => tokenId) })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    await ask('tokenServiceAddProgram', { name: 'ERP', tokenIds: [tokenId] });
    expect(await attempt('tokenServiceAddProgram', { name: 'erp', tokenIds: [tokenId] })).toMatchObject({ ok: false, error: { field: 'name' } });
    expect(await attempt('tokenServiceRevokeProgram', { programId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // The health link is built by the core from its own port; off, it opens nothing.
    expect(await attempt('tokenServiceOpenHealth', {})).toMatchObject({ ok: false, error: { field: 'port' } });
    expect(world.opener.opened).toEqual([]);
    expect((await ask('tokenServiceState', {})).programs).toHaveLength(1);
  });

  it("the test link opens exactly the service's /v1/health", async () => {
    const port = await freePort();
    await ask('tokenServiceConfigure', { enabled: true, port });
    await ask('tokenServiceOpenHealth', {});
    expect(world.opener.opened).toEqual([`http://127.0.0.1:${port}/v1/health`]);
  });

  it('an expired stored token answers 409, a deleted record 404', async () => {
    const tokenId = await seedOais();
    const port = await freePort();
    await ask('tokenServiceConfigure', { enabled: true, port });
    const { key } = await ask('tokenServiceAddProgram', { name: 'erp', tokenIds: [tokenId] });
    world.clock.advance(Date.parse('2027-02-01T00:00:00Z') - world.clock.now().getTime());
    expect((await call(port, `/v1/tokens/${tokenId}`, { key })).status).toBe(409);
    await ask('deleteToken', { tokenId });
    expect((await call(port, `/v1/tokens/${tokenId}`, { key })).status).toBe(404);
  });
});
