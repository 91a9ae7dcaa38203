import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafeStorageBox } from '../../../electron/main/adapters/safe-storage-box';
import { message } from '../../../shared/texts/messages';
import { call, failure } from '../../support/router-calls';
import { resetElectron, safeStorage } from './fake-electron';
import { inDays, startMainCore } from './main-core';
import type { MainCore } from './main-core';

vi.mock('electron', () => import('./fake-electron'));

const SECRET = 'a085d755-1d26-3af1-a2b8-e34759278719';
const realPlatform = process.platform;
const setPlatform = (platform: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: platform, configurable: true });

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

/** Every file the vault wrote, as text. */
const vaultFiles = (dataDir: string) =>
  readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');

let running: MainCore | null = null;

beforeEach(() => {
  resetElectron();
  setPlatform('linux');
});

afterEach(async () => {
  setPlatform(realPlatform);
  await running?.cleanup();
  running = null;
});

describe('the safeStorage secret box', () => {
  it('round-trips a secret, as base64 text that does not contain it', async () => {
    const box = await createSafeStorageBox();
    const cipher = await box.encrypt(SECRET);
    expect(cipher).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(cipher).not.toContain(SECRET);
    await expect(box.decrypt(cipher)).resolves.toBe(SECRET);
  });

  it.each([
    ['linux', 'gnome_libsecret', true, 'os-keychain'],
    ['linux', 'kwallet6', true, 'os-keychain'],
    ['linux', 'basic_text', true, 'basic-text'],
    ['darwin', 'basic_text', true, 'os-keychain'],
    ['win32', 'unknown', true, 'os-keychain'],
    ['linux', 'gnome_libsecret', false, 'unavailable'],
  ] as const)('on %s with backend %s (available: %s) reports %s', async (platform, backend, available, state) => {
    setPlatform(platform);
    safeStorage.backend = backend;
    safeStorage.available = available;
    expect((await createSafeStorageBox()).state).toBe(state);
  });

  it('keeps a real core\'s token encrypted on disk and gives it back', async () => {
    running = await startMainCore({ secretBox: await createSafeStorageBox() });
    const { id } = await call(running, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const token = await call(running, 'saveToken', tokenOf(id));
    expect(await call(running, 'revealToken', { tokenId: token.id })).toEqual({ secret: SECRET });
    expect(vaultFiles(running.dataDir)).not.toContain(SECRET);
    expect((await call(running, 'getSnapshot', {})).encryption).toBe('os-keychain');
  });

  it('with only basic_text on Linux, the core warns the user in Russian', async () => {
    safeStorage.backend = 'basic_text';
    running = await startMainCore({ secretBox: await createSafeStorageBox() });
    const snapshot = await call(running, 'getSnapshot', {});
    expect(snapshot.encryption).toBe('basic-text');
    expect(JSON.stringify(snapshot.notices)).toContain(message('encryption_basic_text', 'ru'));
  });

  it('refuses to save a token without a keychain, with the app\'s Russian message and no stored secret', async () => {
    safeStorage.available = false;
    running = await startMainCore({ secretBox: await createSafeStorageBox() });
    const { id } = await call(running, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const error = await failure(running, 'saveToken', tokenOf(id));
    expect(error).toEqual({ code: 'encryption_unavailable', message: message('encryption_unavailable', 'ru') });
    expect(error.message).toMatch(/^Хранилище ключей системы недоступно/);
    expect((await call(running, 'getSnapshot', {})).organisations[0]?.tokens).toEqual([]);
    expect(vaultFiles(running.dataDir)).not.toContain(SECRET);
  });

  it('cannot reveal a stored token once the keychain is gone, and says so in Russian', async () => {
    running = await startMainCore({ secretBox: await createSafeStorageBox() });
    const { id } = await call(running, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const token = await call(running, 'saveToken', tokenOf(id));
    safeStorage.available = false;
    expect(await failure(running, 'revealToken', { tokenId: token.id })).toMatchObject({
      code: 'encryption_unavailable',
      message: message('encryption_unavailable', 'ru'),
    });
  });
});
