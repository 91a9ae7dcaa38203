import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { createSafeStorageBox } from '../../../electron/main/adapters/safe-storage-box';
import { message } from '../../../shared/texts/messages';
import { call, failure } from '../../support/router-calls';
import { ManualClock, RecordingClipboard, RecordingOpener } from '../../support/os-fakes';
import { resetElectron, safeStorage } from './fake-electron';
import { NOW, inDays } from './main-core';

vi.mock('electron', () => import('./fake-electron'));

/**
 * Issue 9, item 8: on Linux without a keychain Electron's safeStorage falls back to
 * `basic_text`, a fixed key that anyone with the vault file can undo. The old box
 * stored secrets under it after a dismissible warning. Now nothing is stored until
 * the user sets a vault passphrase or explicitly accepts weak storage.
 */

const SECRET = 'a085d755-1d26-3af1-a2b8-e34759278719';
const PASSPHRASE = 'зелёный чайник на окне';
const realPlatform = process.platform;
const setPlatform = (platform: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: platform, configurable: true });

let dataDir: string;
const cores: Core[] = [];

/** Starts the app's core the way main/index.ts does, over the same data folder each time (a restart). */
async function start(): Promise<{ core: Core }> {
  const core = await createCore({
    dataDir,
    clock: new ManualClock(NOW),
    secretBox: await createSafeStorageBox(dataDir),
    clipboard: new RecordingClipboard(),
    opener: new RecordingOpener(),
  });
  cores.push(core);
  return { core };
}

async function restart(previous: { core: Core }): Promise<{ core: Core }> {
  await previous.core.dispose();
  return start();
}

const tokenOf = (organisationId: string) => ({
  organisationId,
  kind: 'oais' as const,
  label: '',
  systemName: 'buh_1c',
  techEmail: 'it@romashka.by',
  secret: SECRET,
  expiresAt: inDays(60),
  notes: '',
});

const files = () =>
  readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(dataDir, entry.name), 'utf8'))
    .join('\n');

/** What safeStorage's basic_text fixed key produces for the secret: readable by anyone who has the file. */
const weakCipher = async (plain: string) => (await safeStorage.encryptStringAsync(plain)).toString('base64');

beforeEach(() => {
  resetElectron();
  setPlatform('linux');
  safeStorage.backend = 'basic_text';
  dataDir = mkdtempSync(join(tmpdir(), 'token-assistant-keychain-'));
});

afterEach(async () => {
  setPlatform(realPlatform);
  for (const core of cores.splice(0)) await core.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('Linux without a keychain (safeStorage basic_text)', () => {
  it('stores no secret before the user chooses, and says what to do', async () => {
    const app = await start();
    expect((await call(app, 'getSnapshot', {})).encryption).toBe('choice-needed');
    const { id } = await call(app, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const error = await failure(app, 'saveToken', tokenOf(id));
    expect(error).toEqual({ code: 'encryption_unavailable', message: message('keychain_choice_required', 'ru') });
    expect((await call(app, 'getSnapshot', {})).organisations[0]?.tokens).toEqual([]);
    expect(files()).not.toContain(SECRET);
    expect(files()).not.toContain(await weakCipher(SECRET));
  });

  it('with a passphrase: secrets are AES-GCM under the scrypt key, asked again after a restart; a wrong one is refused clearly', async () => {
    let app = await start();
    expect(await failure(app, 'keychainSetPassphrase', { passphrase: 'короткий', confirmation: 'короткий' })).toMatchObject({
      message: message('keychain_passphrase_short', 'ru', { min: '10' }),
      field: 'passphrase',
    });
    expect(await failure(app, 'keychainSetPassphrase', { passphrase: PASSPHRASE, confirmation: `${PASSPHRASE}!` })).toMatchObject({
      message: message('keychain_passphrase_mismatch', 'ru'),
      field: 'confirmation',
    });
    expect(await call(app, 'keychainSetPassphrase', { passphrase: PASSPHRASE, confirmation: PASSPHRASE })).toEqual({ encryption: 'passphrase' });
    const { id } = await call(app, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const token = await call(app, 'saveToken', tokenOf(id));

    const stored = files();
    expect(stored).not.toContain(SECRET);
    expect(stored).not.toContain(PASSPHRASE);
    expect(stored).not.toContain(await weakCipher(SECRET));
    const choice = JSON.parse(readFileSync(join(dataDir, 'keychain.json'), 'utf8')) as Record<string, unknown>;
    expect(choice).toMatchObject({ version: 1, choice: 'passphrase', passphrase: { params: { N: 131072, r: 8, p: 1 } } });
    expect(statSync(join(dataDir, 'keychain.json')).mode & 0o077).toBe(0);

    app = await restart(app);
    expect((await call(app, 'getSnapshot', {})).encryption).toBe('passphrase-locked');
    expect(await failure(app, 'revealToken', { tokenId: token.id })).toEqual({ code: 'encryption_unavailable', message: message('keychain_locked', 'ru') });
    const { id: otherId } = await call(app, 'saveOrganisation', { name: 'ООО «Лютик»', taxId: '' });
    expect((await failure(app, 'saveToken', tokenOf(otherId))).message).toBe(message('keychain_locked', 'ru'));

    expect(await failure(app, 'keychainUnlock', { passphrase: 'не тот пароль хранилища' })).toEqual({
      code: 'invalid_field',
      message: message('keychain_wrong_passphrase', 'ru'),
      field: 'passphrase',
    });
    expect(await call(app, 'keychainUnlock', { passphrase: PASSPHRASE })).toEqual({ encryption: 'passphrase' });
    expect(await call(app, 'revealToken', { tokenId: token.id })).toEqual({ secret: SECRET });
  });

  it('accepting weak storage is an explicit, recorded choice that the UI shows as weak', async () => {
    let app = await start();
    expect(await call(app, 'keychainAcceptWeak', {})).toEqual({ encryption: 'basic-text' });
    const { id } = await call(app, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const token = await call(app, 'saveToken', tokenOf(id));
    expect(JSON.parse(readFileSync(join(dataDir, 'keychain.json'), 'utf8'))).toMatchObject({ version: 1, choice: 'weak' });

    app = await restart(app);
    const snapshot = await call(app, 'getSnapshot', {});
    expect(snapshot.encryption).toBe('basic-text');
    expect(snapshot.notices.map((notice) => notice.code)).toContain('encryption_basic_text');
    expect(await call(app, 'revealToken', { tokenId: token.id })).toEqual({ secret: SECRET });
  });

  it('secrets stored weakly by an older version move under the passphrase once it is set, backup included', async () => {
    // An older version stored this under basic_text without asking.
    let app = await start();
    await call(app, 'keychainAcceptWeak', {});
    const { id } = await call(app, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const token = await call(app, 'saveToken', tokenOf(id));
    rmSync(join(dataDir, 'keychain.json'));
    app = await restart(app);
    expect((await call(app, 'getSnapshot', {})).encryption).toBe('choice-needed');

    await call(app, 'keychainSetPassphrase', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
    expect(files()).not.toContain(await weakCipher(SECRET));
    app = await restart(app);
    await call(app, 'keychainUnlock', { passphrase: PASSPHRASE });
    expect(await call(app, 'revealToken', { tokenId: token.id })).toEqual({ secret: SECRET });
  });

  it('a tampered keychain.json (a huge scrypt cost) is refused, not run', async () => {
    let app = await start();
    await call(app, 'keychainSetPassphrase', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
    const path = join(dataDir, 'keychain.json');
    const choice = JSON.parse(readFileSync(path, 'utf8')) as { passphrase: { params: { N: number } } };
    choice.passphrase.params.N = 2 ** 30;
    (await import('node:fs')).writeFileSync(path, JSON.stringify(choice));
    app = await restart(app);
    expect((await call(app, 'getSnapshot', {})).encryption).toBe('unavailable');
    const { id } = await call(app, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    expect((await failure(app, 'saveToken', tokenOf(id))).message).toBe(message('keychain_file_unreadable', 'ru', { file: path }));
  });
});

describe('safeStorage asks for re-encryption (shouldReEncrypt)', () => {
  it('every stored secret is encrypted again under the new key', async () => {
    safeStorage.backend = 'gnome_libsecret';
    let app = await start();
    const { id } = await call(app, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const first = await call(app, 'saveToken', tokenOf(id));
    const second = await call(app, 'saveToken', { ...tokenOf(id), secret: 'b196e866-2e37-4bf2-b3c9-f45860389820' });
    const before = JSON.parse(readFileSync(join(dataDir, 'vault.json'), 'utf8')) as { tokens: { secretCipher: string }[] };
    expect(before.tokens.every((token) => Buffer.from(token.secretCipher, 'base64')[0] === 1)).toBe(true);

    safeStorage.keyVersion = 2; // the OS rotated the key
    app = await restart(app);
    expect(await call(app, 'revealToken', { tokenId: first.id })).toEqual({ secret: SECRET });
    for (const file of ['vault.json', 'vault.backup.json']) {
      const after = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { tokens: { secretCipher: string }[] };
      expect(after.tokens.map((token) => Buffer.from(token.secretCipher, 'base64')[0])).toEqual([2, 2]);
    }
    expect(await call(app, 'revealToken', { tokenId: second.id })).toEqual({ secret: 'b196e866-2e37-4bf2-b3c9-f45860389820' });
  });
});
