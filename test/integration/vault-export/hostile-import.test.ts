import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { sealExport } from '../../../electron/core/vault/export-file';
import { VAULT_FILE } from '../../../electron/core/vault/vault-file';
import type { VaultData } from '../../../electron/core/vault/vault-schema';
import { message } from '../../../shared/texts/messages';
import { ManualClock, RecordingClipboard, RecordingFileOpener, RecordingFileSaver, RecordingOpener } from '../../support/os-fakes';
import { call, failure } from '../../support/router-calls';
import { FAST } from './plain-fixtures';

/**
 * The attack of issue #9, as it was made: someone sends «the vault of your client»
 * with its password. The file is built with the real export format (sealExport)
 * and imported through the router request «Загрузить из файла» uses.
 */

const PASSWORD = 'пароль-который-прислали-письмом';
const NOW = new Date('2026-11-22T09:00:00Z');
const HOUR_MS = 3_600_000;
const dirs: string[] = [];
const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

interface Pc {
  core: Core;
  dataDir: string;
  clock: ManualClock;
  fileOpener: RecordingFileOpener;
}

async function startPc(): Promise<Pc> {
  const dataDir = tempDir('token-assistant-hostile-');
  const fileOpener = new RecordingFileOpener();
  const clock = new ManualClock(NOW);
  const core = await createCore({
    dataDir,
    secretBox: new AesSecretBox(randomBytes(32)),
    clipboard: new RecordingClipboard(),
    opener: new RecordingOpener(),
    clock,
    fileSaver: new RecordingFileSaver(),
    fileOpener,
  });
  return { core, dataDir, clock, fileOpener };
}

/** The attacker's server: answers a True API challenge, takes any token request, and remembers every request. */
async function attackerServer(): Promise<{ base: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    response.setHeader('content-type', 'application/json');
    if (request.url?.endsWith('/auth/key')) response.end(JSON.stringify({ uuid: randomUUID(), data: 'ATTACKER-CHALLENGE' }));
    else response.end(JSON.stringify({ access_token: 'x', token_type: 'Bearer', expires_in: 3600, token: 'x' }));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** A program the file names: if it ever runs, it leaves a marker file behind. */
function markerProgram(): { toolPath: string; marker: string } {
  const dir = tempDir('token-assistant-program-');
  const marker = join(dir, 'RAN');
  const toolPath = join(dir, 'cryptcp');
  writeFileSync(toolPath, `#!/bin/sh\necho ran > '${marker}'\nexit 1\n`);
  chmodSync(toolPath, 0o755);
  return { toolPath, marker };
}

interface HostileToken {
  fields: Record<string, unknown>;
  secrets: Record<string, string>;
  history: { fields: Record<string, unknown>; secrets: Record<string, string> }[];
}

function hostileFile(organisations: Record<string, unknown>[], tokens: HostileToken[]): Promise<Buffer> {
  const payload = { kind: 'token-assistant-vault', exportedAt: NOW.toISOString(), schemaVersion: 1, organisations, tokens };
  return sealExport(Buffer.from(JSON.stringify(payload), 'utf8'), PASSWORD, FAST);
}

const organisation = (id: string, name = 'АО «Вектор»', taxId = '7707083893') => ({ id, name, taxId, createdAt: '2026-01-10T09:00:00.000Z' });

function crptToken(id: string, organisationId: string, settings: Record<string, unknown>, extra: Record<string, unknown> = {}): HostileToken {
  return {
    fields: {
      id,
      organisationId,
      kind: 'crpt',
      label: 'Честный знак, СУЗ',
      systemName: 'СУЗ clientToken',
      techEmail: '',
      hint: '…here',
      notes: '',
      // Expired an hour ago: an automatic refresh would be due at once.
      expiresAt: new Date(NOW.getTime() - HOUR_MS).toISOString(),
      obtainedAt: new Date(NOW.getTime() - 11 * HOUR_MS).toISOString(),
      settings,
      certificateExpiresAt: '2027-06-30T00:00:00.000Z',
      smdoKeySetAt: null,
      ...extra,
    },
    secrets: { secret: 'expired-client-token-0001' },
    history: [],
  };
}

function stored(pc: Pc): VaultData {
  return JSON.parse(readFileSync(join(pc.dataDir, VAULT_FILE), 'utf8')) as VaultData;
}

/** Lets the core's timers and whatever they start run: the clock moves, and real time passes for child processes and sockets. */
async function letTimePass(pc: Pc): Promise<void> {
  for (let step = 0; step < 10; step += 1) {
    pc.clock.advance(60_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a hostile .tavault file sent with its password', () => {
  it('that names a program and turns on automatic refresh of an expired token: nothing runs, nothing is asked', async () => {
    const server = await attackerServer();
    const { toolPath, marker } = markerProgram();
    const file = await hostileFile(
      [organisation('org-1')],
      [
        crptToken('tok-1', 'org-1', {
          stand: 'custom',
          trueApiBase: `${server.base}/api/v3/true-api`,
          omsConnection: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
          signer: 'cryptcp',
          thumbprint: 'AABBCCDDEEFF00112233445566778899AABBCCDD',
          toolPath,
          autoRefresh: 'on',
          autoRefreshFailed: 'false',
        }),
      ],
    );
    const pc = await startPc();
    try {
      await pc.core.startReminders();
      pc.fileOpener.queued.push(file);
      expect(await call(pc, 'importVault', { password: PASSWORD })).toMatchObject({ imported: true, added: { organisations: 1, tokens: 1 } });
      await letTimePass(pc);

      expect(existsSync(marker)).toBe(false);
      expect(server.requests).toEqual([]);
      const [token] = stored(pc).tokens;
      // The connection came in; how to sign and whether to do it unattended did not.
      expect(token?.settings).toEqual({ stand: 'custom', trueApiBase: `${server.base}/api/v3/true-api`, omsConnection: '3fa85f64-5717-4562-b3fc-2c963f66afa6' });
      expect(JSON.stringify(token)).not.toContain(toolPath);
      const view = (await call(pc, 'getSnapshot', {})).organisations[0]?.tokens[0];
      expect(view?.settings.autoRefresh).not.toBe('on');
    } finally {
      await pc.core.dispose();
    }
  }, 30_000);

  it('with any path in any setting, under any spelling: no path is stored', async () => {
    const file = await hostileFile(
      [organisation('org-1')],
      [
        crptToken('tok-1', 'org-1', {
          stand: 'production',
          omsConnection: '/usr/bin/evil',
          inn: 'C:\\Windows\\System32\\cmd.exe',
          signer: 'openssl',
          certPath: '/etc/passwd',
          keyPath: '\\\\attacker\\share\\key.pem',
          trueApiBase: 'file:///etc/passwd',
          tool: '/bin/sh',
        }),
      ],
    );
    const pc = await startPc();
    try {
      pc.fileOpener.queued.push(file);
      await call(pc, 'importVault', { password: PASSWORD });
      expect(stored(pc).tokens[0]?.settings).toEqual({ stand: 'production' });
    } finally {
      await pc.core.dispose();
    }
  });

  it('with ids no request can name (`__proto__`, 200 characters): the records get ids of their own and can be used', async () => {
    const longId = 'x'.repeat(200);
    const file = await hostileFile([organisation('__proto__')], [crptToken(longId, '__proto__', { stand: 'sandbox' })]);
    const pc = await startPc();
    try {
      pc.fileOpener.queued.push(file);
      await call(pc, 'importVault', { password: PASSWORD });
      const snapshot = await call(pc, 'getSnapshot', {});
      const imported = snapshot.organisations[0];
      expect(imported?.name).toBe('АО «Вектор»');
      expect(imported?.id).toMatch(/^[0-9a-f-]{36}$/);
      const tokenId = imported?.tokens[0]?.id ?? '';
      expect(tokenId).toMatch(/^[0-9a-f-]{36}$/);
      expect(tokenId).not.toBe(longId);
      // Addressable through the contract (ids of at most 64 characters).
      expect(await call(pc, 'revealToken', { tokenId })).toEqual({ secret: 'expired-client-token-0001' });
      expect(Object.getPrototypeOf(stored(pc).organisations[0])).toBe(Object.prototype);
    } finally {
      await pc.core.dispose();
    }
  });

  it('that brings a field the vault does not import (a confirmed host, a ciphertext): it is left behind', async () => {
    const file = await hostileFile(
      [organisation('org-1')],
      [
        crptToken(
          'tok-1',
          'org-1',
          { stand: 'custom', trueApiBase: 'https://evil.example/api/v3/true-api' },
          {
            confirmedHosts: ['https://evil.example'],
            secretCipher: 'smuggled',
            loginCipher: 'smuggled',
          },
        ),
      ],
    );
    const pc = await startPc();
    try {
      pc.fileOpener.queued.push(file);
      await call(pc, 'importVault', { password: PASSWORD });
      const [token] = stored(pc).tokens;
      // No confirmation travels with a file (the hosts work may add the field with an empty default).
      expect((token as { confirmedHosts?: unknown } | undefined)?.confirmedHosts ?? []).toEqual([]);
      expect(token).not.toHaveProperty('loginCipher');
      expect(token?.secretCipher).not.toBe('smuggled');
    } finally {
      await pc.core.dispose();
    }
  });
});

describe('a hostile file merged into the user’s own records', () => {
  const USER_URL = 'https://smdo.example.by/token';

  async function pcWithSmdo(): Promise<{ pc: Pc; tokenId: string }> {
    const pc = await startPc();
    const { id: organisationId } = await call(pc, 'saveOrganisation', { name: 'ЧУП «Лютик»', taxId: '192345678' });
    const saved = await call(pc, 'smdoSave', { organisationId, label: 'СМДО, канцелярия', login: 'user-login-1', key: 'UserKey_Tq4zW8nHs2LpV6xRc9', tokenUrl: USER_URL });
    return { pc, tokenId: saved.id };
  }

  function smdoToken(obtainedAt: string, tokenUrl: string): HostileToken {
    return {
      fields: {
        id: 'any',
        organisationId: 'org-1',
        kind: 'smdo',
        label: 'СМДО, канцелярия',
        systemName: '',
        techEmail: '',
        notes: '',
        expiresAt: null,
        obtainedAt,
        settings: { tokenUrl },
        smdoKeySetAt: obtainedAt,
      },
      secrets: { secret: 'AttackerKey_zW8nHs2LpV6xRc9Kb', login: 'attacker-login' },
      history: [],
    };
  }

  it('dated 2099, to win the merge and replace the address of the user’s own record: refused, nothing changes', async () => {
    const server = await attackerServer();
    const { pc } = await pcWithSmdo();
    try {
      const before = await call(pc, 'getSnapshot', {});
      const storedBefore = stored(pc);
      pc.fileOpener.queued.push(await hostileFile([organisation('org-1', 'Лютик', '192345678')], [smdoToken('2099-01-01T00:00:00.000Z', `${server.base}/token`)]));
      const error = await failure(pc, 'importVault', { password: PASSWORD });
      expect(error).toMatchObject({ code: 'invalid_file', message: message('import_future_date', 'ru', { date: '2099-01-01T00:00:00.000Z' }) });
      expect(await call(pc, 'getSnapshot', {})).toEqual(before);
      expect(stored(pc).tokens).toEqual(storedBefore.tokens);
    } finally {
      await pc.core.dispose();
    }
  });

  it('dated now, so that it is the newer version: its key comes in, the user’s address stays', async () => {
    const server = await attackerServer();
    const { pc, tokenId } = await pcWithSmdo();
    try {
      pc.clock.advance(HOUR_MS);
      pc.fileOpener.queued.push(await hostileFile([organisation('org-1', 'Лютик', '192345678')], [smdoToken(pc.clock.now().toISOString(), `${server.base}/token`)]));
      expect(await call(pc, 'importVault', { password: PASSWORD })).toMatchObject({ updated: { tokens: 1 } });
      const token = (await call(pc, 'getSnapshot', {})).organisations[0]?.tokens.find((candidate) => candidate.id === tokenId);
      expect(token?.settings).toEqual({ tokenUrl: USER_URL });
      expect(token?.history).toHaveLength(1);
    } finally {
      await pc.core.dispose();
    }
  });
});

describe('files too large or too costly to open', () => {
  it('more than 50 MiB: refused before any work, with the limit in the message', async () => {
    const pc = await startPc();
    try {
      pc.fileOpener.queued.push(Buffer.alloc(50 * 1024 * 1024 + 1, 0x41));
      const error = await failure(pc, 'importVault', { password: PASSWORD });
      expect(error).toMatchObject({ code: 'invalid_file', message: message('import_file_too_large', 'ru', { limit: '50' }) });
      // The open dialog was told the cap, so a real one never reads more.
      expect(pc.fileOpener.limits).toEqual([{ maxBytes: 50 * 1024 * 1024 }]);
    } finally {
      await pc.core.dispose();
    }
  });

  it('a key derivation asking for 512 MiB of memory: refused before deriving', async () => {
    const file = await hostileFile([], []);
    const [header = '', body = ''] = file.toString('utf8').split('\n');
    const costly = `${header.replace(/"N":\d+/, `"N":${2 ** 19}`)}\n${body}\n`;
    const pc = await startPc();
    try {
      pc.fileOpener.queued.push(Buffer.from(costly, 'utf8'));
      const started = Date.now();
      const error = await failure(pc, 'importVault', { password: PASSWORD });
      expect(error).toMatchObject({ code: 'invalid_file', message: message('import_key_derivation_too_costly', 'ru', { limit: '256' }) });
      expect(Date.now() - started).toBeLessThan(500);
    } finally {
      await pc.core.dispose();
    }
  });

  it('a compressed payload that unpacks to more than 64 MiB: refused', async () => {
    const bomb = await sealExport(Buffer.alloc(65 * 1024 * 1024, 0x20), PASSWORD, FAST);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const pc = await startPc();
    try {
      pc.fileOpener.queued.push(bomb);
      const error = await failure(pc, 'importVault', { password: PASSWORD });
      expect(error).toMatchObject({ code: 'invalid_file', message: message('import_payload_too_large', 'ru', { limit: '64' }) });
    } finally {
      await pc.core.dispose();
    }
  });

  it('a token with thousands of history entries or settings keys: refused as too many entries', async () => {
    const pc = await startPc();
    try {
      const history = Array.from({ length: 1000 }, (_, index) => ({
        fields: { obtainedAt: '2026-01-01T00:00:00.000Z', expiresAt: null, replacedAt: '2026-01-02T00:00:00.000Z' },
        secrets: { secret: `old-${index}` },
      }));
      pc.fileOpener.queued.push(await hostileFile([organisation('org-1')], [{ ...crptToken('tok-1', 'org-1', {}), history }]));
      expect(await failure(pc, 'importVault', { password: PASSWORD })).toMatchObject({ message: message('import_too_many_entries', 'ru') });

      const settings = Object.fromEntries(Array.from({ length: 1000 }, (_, index) => [`key${index}`, 'value']));
      pc.fileOpener.queued.push(await hostileFile([organisation('org-1')], [crptToken('tok-1', 'org-1', settings)]));
      expect(await failure(pc, 'importVault', { password: PASSWORD })).toMatchObject({ message: message('import_too_many_entries', 'ru') });
      expect((await call(pc, 'getSnapshot', {})).organisations).toEqual([]);
    } finally {
      await pc.core.dispose();
    }
  });
});
