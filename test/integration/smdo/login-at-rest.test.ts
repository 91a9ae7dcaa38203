import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { openExport, sealExport } from '../../../electron/core/vault/export-file';
import { Vault } from '../../../electron/core/vault/vault';
import { BACKUP_FILE, VAULT_FILE } from '../../../electron/core/vault/vault-file';
import type { VaultSnapshot } from '../../../shared/model/types';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';
import { ManualClock, RecordingClipboard, RecordingFileOpener, RecordingFileSaver, RecordingOpener } from '../../support/os-fakes';
import { call, failure } from '../../support/router-calls';
import { BrokenSecretBox } from '../../unit/vault/fixtures';

/**
 * The СМДО login is a credential («логин и ключ хранятся в зашифрованном виде»):
 * it is stored encrypted with the key, never in a token's settings, never in
 * what the renderer gets, the export file's clear text or the audit list; an
 * older vault that kept it in clear is sealed when opened.
 */

const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';
const PASSWORD = 'перенос-на-новый-пк';
const START = new Date('2026-11-22T09:00:00Z');

interface Pc {
  core: Core;
  dataDir: string;
  key: Buffer;
  clock: ManualClock;
  fileSaver: RecordingFileSaver;
  fileOpener: RecordingFileOpener;
  /** Every snapshot the core pushed to the renderer. */
  pushed: VaultSnapshot[];
}

const dirs: string[] = [];
const cores: Core[] = [];
const emulators: SmdoEmulator[] = [];

async function startPc(options: { dataDir?: string; key?: Buffer } = {}): Promise<Pc> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'token-assistant-login-'));
  if (!options.dataDir) dirs.push(dataDir);
  const key = options.key ?? randomBytes(32);
  const clock = new ManualClock(START);
  const fileSaver = new RecordingFileSaver();
  const fileOpener = new RecordingFileOpener();
  const core = await createCore({
    dataDir,
    secretBox: new AesSecretBox(key),
    clipboard: new RecordingClipboard(),
    opener: new RecordingOpener(),
    clock,
    fileSaver,
    fileOpener,
  });
  cores.push(core);
  const pushed: VaultSnapshot[] = [];
  core.on('vaultChanged', (snapshot) => pushed.push(snapshot));
  return { core, dataDir, key, clock, fileSaver, fileOpener, pushed };
}

async function emulator(): Promise<SmdoEmulator> {
  const started = await startSmdoEmulator({ login: LOGIN, key: KEY });
  emulators.push(started);
  return started;
}

function file(pc: Pc, name: string): string {
  return readFileSync(join(pc.dataDir, name), 'utf8');
}

type RawVault = { tokens: Record<string, unknown>[] } & Record<string, unknown>;

function rawVault(dataDir: string, name = VAULT_FILE): RawVault {
  return JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as RawVault;
}

/** The login must not be anywhere in it, whole or as a recognisable piece. */
function expectNoLogin(text: string): void {
  expect(text).not.toContain(LOGIN);
  expect(text).not.toContain(LOGIN.slice(0, 10));
  expect(text).not.toContain(LOGIN.slice(-10));
}

/** An organisation and an СМДО record saved through the router, as the setup wizard does. */
async function seedSmdo(pc: Pc, tokenUrl: string): Promise<{ organisationId: string; tokenId: string }> {
  const organisationId = (await call(pc, 'saveOrganisation', { name: 'Райисполком', taxId: '600000001' })).id;
  const token = await call(pc, 'smdoSave', { organisationId, label: 'СМДО, канцелярия', login: LOGIN, key: KEY, tokenUrl, confirmTypedHost: true });
  return { organisationId, tokenId: token.id };
}

/** Rewrites a vault file as a version before loginCipher wrote it: the login in clear in settings. */
function asOlderVersion(raw: RawVault, login: string): RawVault {
  const copy = structuredClone(raw);
  for (const token of copy.tokens) {
    if (token.kind !== 'smdo') continue;
    delete token.loginCipher;
    token.settings = { login, ...(token.settings as Record<string, string>) };
  }
  return copy;
}

afterEach(async () => {
  for (const core of cores.splice(0)) await core.dispose();
  for (const started of emulators.splice(0)) await started.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the СМДО login at rest', () => {
  it('is stored encrypted with the key, never in settings, the files or what the renderer sees, and «Проверить» still works', async () => {
    const server = await emulator();
    const pc = await startPc();
    const { organisationId, tokenId } = await seedSmdo(pc, server.tokenUrl);
    // One more change, so vault.backup.json holds the state with the СМДО record too.
    await call(pc, 'saveOrganisation', { name: 'ЧУП «Лютик»', taxId: '' });

    const stored = rawVault(pc.dataDir).tokens.find((token) => token.id === tokenId);
    expect(stored?.settings).toEqual({ tokenUrl: server.tokenUrl });
    expect(typeof stored?.loginCipher).toBe('string');
    expect(await new AesSecretBox(pc.key).decrypt(String(stored?.loginCipher))).toBe(LOGIN);
    expectNoLogin(file(pc, VAULT_FILE));
    expectNoLogin(file(pc, BACKUP_FILE));
    expect(file(pc, BACKUP_FILE)).toContain('loginCipher');

    expectNoLogin(JSON.stringify(await call(pc, 'getSnapshot', {})));
    expect(pc.pushed.length).toBeGreaterThan(0);
    expectNoLogin(JSON.stringify(pc.pushed));

    expect((await call(pc, 'smdoCheck', { tokenId })).ok).toBe(true);
    expect(server.issued).toHaveLength(1);

    // The rotation form has no login and sends none: the stored one stays and keeps working.
    pc.clock.advance(60_000);
    const newKey = server.rotateKey();
    const rotated = await call(pc, 'smdoSave', { organisationId, label: 'СМДО, канцелярия', key: newKey, tokenUrl: server.tokenUrl, replacesTokenId: tokenId });
    expect(rotated.id).toBe(tokenId);
    expect(rotated.history).toHaveLength(1);
    expectNoLogin(JSON.stringify(rotated));
    expect(await pc.core.vault.revealLogin(tokenId)).toBe(LOGIN);
    expect((await call(pc, 'smdoCheck', { tokenId })).ok).toBe(true);
    expectNoLogin(file(pc, VAULT_FILE));
    expectNoLogin(file(pc, BACKUP_FILE));
    expectNoLogin(JSON.stringify(pc.pushed));
  });

  it('still needs a login for a new record, and a rotation that sends one stores it encrypted again', async () => {
    const server = await emulator();
    const pc = await startPc();
    const { organisationId, tokenId } = await seedSmdo(pc, server.tokenUrl);
    const missing = await failure(pc, 'smdoSave', { organisationId, label: 'СМДО', key: KEY, tokenUrl: server.tokenUrl });
    expect(missing.field).toBe('login');
    expect(missing.message).toMatch(/[а-я]/);

    pc.clock.advance(60_000);
    const newKey = server.rotateKey();
    await call(pc, 'smdoSave', { organisationId, label: 'СМДО', login: ` ${LOGIN} `, key: newKey, tokenUrl: server.tokenUrl, replacesTokenId: tokenId });
    expect(await pc.core.vault.revealLogin(tokenId)).toBe(LOGIN);
    expect((await call(pc, 'smdoCheck', { tokenId })).ok).toBe(true);
    expectNoLogin(file(pc, VAULT_FILE));
  });

  it('never goes into settings or a draft by any other way either', async () => {
    const pc = await startPc();
    const organisationId = (await call(pc, 'saveOrganisation', { name: 'Райисполком', taxId: '' })).id;
    // A generic saveToken that carries it in settings (an older renderer): encrypted all the same.
    const token = await call(pc, 'saveToken', {
      organisationId,
      kind: 'smdo',
      label: 'СМДО',
      systemName: '',
      techEmail: '',
      secret: KEY,
      expiresAt: null,
      notes: '',
      settings: { login: LOGIN, tokenUrl: 'https://smdo.example.by/token' },
    });
    expect(token.settings).toEqual({ tokenUrl: 'https://smdo.example.by/token' });
    expect(await pc.core.vault.revealLogin(token.id)).toBe(LOGIN);
    expect(() => pc.core.vault.updateTokenSettings(token.id, { login: LOGIN })).toThrow();
    await call(pc, 'saveDraft', {
      key: 'smdo-draft',
      draft: { kind: 'smdo', stepIndex: 1, organisationId, replacesTokenId: '', values: { login: LOGIN, label: 'СМДО' } },
    });
    expect(pc.core.vault.snapshot().drafts['smdo-draft']?.values).toEqual({ label: 'СМДО' });
    expectNoLogin(file(pc, VAULT_FILE));
    expectNoLogin(file(pc, BACKUP_FILE));
  });

  it('is not in the audit list', async () => {
    const server = await emulator();
    const pc = await startPc();
    await seedSmdo(pc, server.tokenUrl);
    expect(await call(pc, 'exportAudit', {})).toEqual({ saved: true });
    const csv = pc.fileSaver.saved.at(-1)?.content ?? '';
    expect(csv).toContain('СМДО, канцелярия');
    expectNoLogin(csv);
    expect(csv).not.toContain(KEY);
  });
});

describe('an older vault with the login in clear', () => {
  it('is sealed when opened: login encrypted, removed from settings, both files rewritten, nothing else changed', async () => {
    const server = await emulator();
    const first = await startPc();
    const { organisationId, tokenId } = await seedSmdo(first, server.tokenUrl);
    first.clock.advance(60_000);
    await call(first, 'smdoSave', { organisationId, label: 'СМДО, канцелярия', login: LOGIN, key: server.rotateKey(), tokenUrl: server.tokenUrl, replacesTokenId: tokenId });
    await call(first, 'saveToken', {
      organisationId,
      kind: 'oais',
      label: 'Бухгалтерия',
      systemName: 'buh_1c',
      techEmail: 'it@example.by',
      secret: '3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b',
      expiresAt: '2027-02-01T09:00:00Z',
      notes: '',
    });
    await first.core.dispose();

    // The same vault as a version before loginCipher wrote it, backup included.
    const current = rawVault(first.dataDir);
    const older = asOlderVersion(current, LOGIN);
    writeFileSync(join(first.dataDir, VAULT_FILE), JSON.stringify(older, null, '\t'));
    writeFileSync(join(first.dataDir, BACKUP_FILE), JSON.stringify(older, null, '\t'));
    expect(file(first, VAULT_FILE)).toContain(LOGIN);

    const reopened = await startPc({ dataDir: first.dataDir, key: first.key });
    expectNoLogin(file(reopened, VAULT_FILE));
    expectNoLogin(file(reopened, BACKUP_FILE));
    const migrated = rawVault(reopened.dataDir);
    const smdoRecord = migrated.tokens.find((token) => token.id === tokenId);
    expect(smdoRecord?.settings).toEqual({ tokenUrl: server.tokenUrl });
    expect(await new AesSecretBox(first.key).decrypt(String(smdoRecord?.loginCipher))).toBe(LOGIN);
    // Nothing lost or changed but the login's place: the other records, the history, the dates.
    const withoutCipher = structuredClone(migrated);
    for (const token of withoutCipher.tokens) delete token.loginCipher;
    const olderWithoutLogin = structuredClone(older);
    for (const token of olderWithoutLogin.tokens) delete (token.settings as Record<string, string>).login;
    expect(withoutCipher).toEqual(olderWithoutLogin);
    expect(rawVault(reopened.dataDir, BACKUP_FILE)).toEqual(migrated);

    expectNoLogin(JSON.stringify(await call(reopened, 'getSnapshot', {})));
    expect((await call(reopened, 'smdoCheck', { tokenId })).ok).toBe(true);
    expect((await call(reopened, 'getSnapshot', {})).organisations[0]?.tokens.find((token) => token.id === tokenId)?.history).toHaveLength(1);
  });

  it('opens unchanged when the keychain is locked, keeps the login from the renderer, and is sealed at the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'token-assistant-login-'));
    dirs.push(dataDir);
    const key = randomBytes(32);
    const first = await Vault.open({ dataDir, secretBox: new AesSecretBox(key) });
    const organisationId = first.saveOrganisation({ name: 'Райисполком', taxId: '' }).id;
    const token = await first.saveToken(
      {
        organisationId,
        kind: 'smdo',
        label: 'СМДО',
        systemName: '',
        techEmail: '',
        secret: KEY,
        expiresAt: null,
        notes: '',
        settings: { tokenUrl: 'https://smdo.example.by/token' },
      },
      { login: LOGIN },
    );
    const older = JSON.stringify(asOlderVersion(rawVault(dataDir), LOGIN), null, '\t');
    writeFileSync(join(dataDir, VAULT_FILE), older);

    const locked = await Vault.open({ dataDir, secretBox: new BrokenSecretBox() });
    expect(readFileSync(join(dataDir, VAULT_FILE), 'utf8')).toBe(older);
    expectNoLogin(JSON.stringify(locked.snapshot()));
    expect(await locked.revealLogin(token.id)).toBe(LOGIN);

    const unlocked = await Vault.open({ dataDir, secretBox: new AesSecretBox(key) });
    expect(await unlocked.revealLogin(token.id)).toBe(LOGIN);
    expectNoLogin(readFileSync(join(dataDir, VAULT_FILE), 'utf8'));
    expectNoLogin(readFileSync(join(dataDir, BACKUP_FILE), 'utf8'));
  });
});

describe('moving the vault to another PC', () => {
  it('carries the login sealed in the file, re-encrypts it with the other machine’s key, and «Проверить» works there', async () => {
    const server = await emulator();
    const source = await startPc();
    const { tokenId } = await seedSmdo(source, server.tokenUrl);
    expect(await call(source, 'exportVault', { password: PASSWORD })).toEqual({ saved: true });
    const exported = Buffer.from(source.fileSaver.saved.at(-1)?.content ?? '', 'utf8');
    expectNoLogin(exported.toString('utf8'));
    // Inside the sealed payload it travels among the secrets, not the fields.
    const payload = JSON.parse((await openExport(exported, PASSWORD)).toString('utf8')) as { tokens: { fields: { settings: object }; secrets: object }[] };
    expect(payload.tokens[0]?.secrets).toEqual({ secret: KEY, login: LOGIN });
    expect(payload.tokens[0]?.fields.settings).toEqual({ tokenUrl: server.tokenUrl });

    const target = await startPc();
    target.fileOpener.queued.push(exported);
    expect(await call(target, 'importVault', { password: PASSWORD })).toMatchObject({ imported: true, added: { organisations: 1, tokens: 1 } });
    // The record has an id of its own on this PC (a file's ids are never taken).
    const [imported] = rawVault(target.dataDir).tokens;
    const importedId = String(imported?.id);
    expect(importedId).not.toBe(tokenId);
    expect(await new AesSecretBox(target.key).decrypt(String(imported?.loginCipher))).toBe(LOGIN);
    await expect(new AesSecretBox(source.key).decrypt(String(imported?.loginCipher))).rejects.toThrow();
    expectNoLogin(file(target, VAULT_FILE));
    expectNoLogin(file(target, BACKUP_FILE));
    expectNoLogin(JSON.stringify(target.pushed));
    // An address from a file is not confirmed on this PC: the user confirms it when asked (issue #9).
    await call(target, 'confirmHost', { tokenId: importedId, origin: new URL(server.tokenUrl).origin });
    expect((await call(target, 'smdoCheck', { tokenId: importedId })).ok).toBe(true);

    // The merge still recognises the record: a second import adds nothing.
    target.fileOpener.queued.push(exported);
    expect(await call(target, 'importVault', { password: PASSWORD })).toMatchObject({ added: { organisations: 0, tokens: 0 }, skipped: { organisations: 1, tokens: 1 } });
  }, 30_000);

  it('reads a file from a version that kept the login in clear without storing it in clear', async () => {
    const server = await emulator();
    const source = await startPc();
    await seedSmdo(source, server.tokenUrl);
    expect(await call(source, 'exportVault', { password: PASSWORD })).toEqual({ saved: true });
    const payload = JSON.parse((await openExport(Buffer.from(source.fileSaver.saved.at(-1)?.content ?? '', 'utf8'), PASSWORD)).toString('utf8')) as {
      tokens: { fields: { settings: Record<string, string> }; secrets: Record<string, string> }[];
    };
    for (const token of payload.tokens) {
      token.fields.settings = { login: token.secrets.login ?? '', ...token.fields.settings };
      delete token.secrets.login;
    }
    const olderFile = await sealExport(Buffer.from(JSON.stringify(payload), 'utf8'), PASSWORD, { N: 2 ** 10, r: 8, p: 1 });

    const target = await startPc();
    target.fileOpener.queued.push(olderFile);
    expect(await call(target, 'importVault', { password: PASSWORD })).toMatchObject({ added: { tokens: 1 } });
    expectNoLogin(file(target, VAULT_FILE));
    const importedId = String(rawVault(target.dataDir).tokens[0]?.id);
    expect(await target.core.vault.revealLogin(importedId)).toBe(LOGIN);
    // An address from a file is not confirmed on this PC: the user confirms it when asked (issue #9).
    await call(target, 'confirmHost', { tokenId: importedId, origin: new URL(server.tokenUrl).origin });
    expect((await call(target, 'smdoCheck', { tokenId: importedId })).ok).toBe(true);

    // The same older file into the vault that already has the record: a duplicate, not a second record.
    source.fileOpener.queued.push(olderFile);
    expect(await call(source, 'importVault', { password: PASSWORD })).toMatchObject({ added: { tokens: 0 }, skipped: { tokens: 1 } });
    expectNoLogin(file(source, VAULT_FILE));
  }, 30_000);
});
