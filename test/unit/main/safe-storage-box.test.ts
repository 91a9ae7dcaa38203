import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
let boxDir: string;
/** The adapter as main/index.ts creates it, over a data folder of its own. */
const createBox = () => createSafeStorageBox(boxDir);

beforeEach(() => {
  resetElectron();
  setPlatform('linux');
  boxDir = mkdtempSync(join(tmpdir(), 'token-assistant-box-'));
});

afterEach(async () => {
  setPlatform(realPlatform);
  await running?.cleanup();
  running = null;
  rmSync(boxDir, { recursive: true, force: true });
});

describe('the safeStorage secret box', () => {
  it('round-trips a secret, as base64 text that does not contain it', async () => {
    const box = await createBox();
    const cipher = await box.encrypt(SECRET);
    expect(cipher).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(cipher).not.toContain(SECRET);
    await expect(box.decrypt(cipher)).resolves.toBe(SECRET);
  });

  it.each([
    ['linux', 'gnome_libsecret', true, 'os-keychain'],
    ['linux', 'kwallet6', true, 'os-keychain'],
    ['linux', 'basic_text', true, 'choice-needed'],
    ['darwin', 'basic_text', true, 'os-keychain'],
    ['win32', 'unknown', true, 'os-keychain'],
    ['linux', 'gnome_libsecret', false, 'unavailable'],
  ] as const)('on %s with backend %s (available: %s) reports %s', async (platform, backend, available, state) => {
    setPlatform(platform);
    safeStorage.backend = backend;
    safeStorage.available = available;
    expect((await createBox()).state).toBe(state);
  });

  it("keeps a real core's token encrypted on disk and gives it back", async () => {
    running = await startMainCore({ secretBox: await createBox() });
    const { id } = await call(running, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const token = await call(running, 'saveToken', tokenOf(id));
    expect(await call(running, 'revealToken', { tokenId: token.id })).toEqual({ secret: SECRET });
    expect(vaultFiles(running.dataDir)).not.toContain(SECRET);
    expect((await call(running, 'getSnapshot', {})).encryption).toBe('os-keychain');
  });

  it('refuses to save a token without a keychain, says what to do in Russian, and stores nothing', async () => {
    safeStorage.available = false;
    running = await startMainCore({ secretBox: await createBox() });
    const { id } = await call(running, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const error = await failure(running, 'saveToken', tokenOf(id));
    expect(error).toEqual({ code: 'encryption_unavailable', message: message('keychain_unavailable', 'ru') });
    expect(error.message).toMatch(/^Системное хранилище ключей недоступно.*перезапустите приложение\.$/);
    expect((await call(running, 'getSnapshot', {})).organisations[0]?.tokens).toEqual([]);
    expect(vaultFiles(running.dataDir)).not.toContain(SECRET);
    expect((await call(running, 'getSnapshot', {})).encryption).toBe('unavailable');
  });

  it('cannot reveal a stored token once the keychain is gone, and says so in Russian', async () => {
    running = await startMainCore({ secretBox: await createBox() });
    const { id } = await call(running, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '' });
    const token = await call(running, 'saveToken', tokenOf(id));
    safeStorage.available = false;
    expect(await failure(running, 'revealToken', { tokenId: token.id })).toMatchObject({
      code: 'encryption_unavailable',
      message: message('encryption_unavailable', 'ru'),
    });
  });
});
