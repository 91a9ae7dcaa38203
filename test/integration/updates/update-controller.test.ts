import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { message } from '../../../shared/texts/messages';
import type { UpdateState } from '../../../shared/updates/update-state';
import { AppFailure } from '../../../electron/core/errors';
import { CHECK_TIMEOUT_MS, DAY_MS, RETRY_AFTER_FAILURE_MS, UpdateController } from '../../../electron/core/updates/update-controller';
import { UPDATES_FILE, UpdatePrefsFile } from '../../../electron/core/updates/update-prefs';
import { ManualClock } from '../../support/os-fakes';
import { LocalUpdateFeed, installerName, startUpdateServer } from '../../support/update-server';
import type { UpdateServer } from '../../support/update-server';

/**
 * The update decisions of electron/core/updates, in plain Node, against a real HTTP server
 * on 127.0.0.1 that serves latest.yml and the installer, read by electron-updater's own
 * generic provider. Time is the core's manual clock: «daily» is a day the test advances.
 */

const NOW = new Date('2026-12-05T09:00:00Z');
let server: UpdateServer;
let dataDir: string;
let clock: ManualClock;
let feed: LocalUpdateFeed;
let changes: UpdateState[];
let errors: unknown[];

beforeEach(async () => {
  server = await startUpdateServer();
  dataDir = mkdtempSync(join(tmpdir(), 'token-assistant-updates-'));
  clock = new ManualClock(NOW);
  feed = new LocalUpdateFeed(server.url);
  changes = [];
  errors = [];
});

afterEach(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function controller(currentVersion = '0.1.0', options: { feed?: LocalUpdateFeed | null } = {}): UpdateController {
  return new UpdateController({
    feed: options.feed === undefined ? feed : options.feed,
    currentVersion,
    clock,
    prefs: new UpdatePrefsFile(dataDir),
    language: () => 'ru',
    onChange: (state) => changes.push(state),
    onError: (error) => errors.push(error),
  });
}

/** Starts the controller and waits until its first check has an answer. */
async function started(updates: UpdateController): Promise<UpdateState> {
  updates.start();
  await vi.waitFor(() => expect(['checking', 'idle']).not.toContain(updates.state().phase));
  return updates.state();
}

async function advanceAndSettle(updates: UpdateController, ms: number): Promise<UpdateState> {
  const before = server.requests.length;
  clock.advance(ms);
  await vi.waitFor(() => {
    expect(server.requests.length).toBeGreaterThan(before);
    expect(updates.state().phase).not.toBe('checking');
  });
  return updates.state();
}

describe('which version is offered', () => {
  it('offers a newer release from latest.yml with its notes as plain text, and asks nothing of the installer yet', async () => {
    server.publish('0.2.0', { notes: '## Что нового\n- Напоминания о СМДО\n- Быстрее открывается список', releaseDate: '2026-12-01T10:00:00.000Z' });
    const state = await started(controller('0.1.0'));
    expect(state.phase).toBe('available');
    expect(state.offer).toEqual({
      version: '0.2.0',
      notes: 'Что нового\n• Напоминания о СМДО\n• Быстрее открывается список',
      releaseDate: '2026-12-01T10:00:00.000Z',
      prerelease: false,
    });
    expect(state.consented).toBe(false);
    expect(server.requests).toEqual(['/latest.yml']);
    expect(feed.installOnQuit).toBe(false);
  });

  it('offers nothing when the feed has the same or an older version (never a downgrade)', async () => {
    server.publish('0.1.0');
    expect((await started(controller('0.1.0'))).phase).toBe('up-to-date');
    server.publish('0.0.9');
    const older = controller('0.1.0');
    const state = await started(older);
    expect(state).toMatchObject({ phase: 'up-to-date', offer: null });
  });

  it('a release build is not offered a beta; a beta build is offered the next beta and the release', async () => {
    server.publish('0.2.0-beta.1');
    expect((await started(controller('0.1.0'))).phase).toBe('up-to-date');
    const beta = await started(controller('0.2.0-beta.0'));
    expect(beta.offer).toMatchObject({ version: '0.2.0-beta.1', prerelease: true });
    server.publish('0.2.0');
    expect((await started(controller('0.2.0-beta.1'))).offer).toMatchObject({ version: '0.2.0', prerelease: false });
  });

  it('a feed whose version is not a version is a plain failure, not an offer', async () => {
    server.serveLatestYml('version: latest-and-greatest\npath: x.exe\nsha512: abc\n');
    const state = await started(controller());
    expect(state.phase).toBe('failed');
    expect(state.offer).toBeNull();
    expect(state.failure).toMatchObject({ code: 'invalid_answer', message: message('update_failed_invalid_answer', 'ru') });
  });

  it('HTML and scripts in the release notes reach the window as text only', async () => {
    server.publish('0.3.0', {
      notes:
        '<h2>Новое</h2><ul><li>Трей &laquo;по-новому&raquo;</li><li><img src=x onerror="alert(1)">Быстрее</li></ul><script>alert("x")</script><p>Ссылка: <a href="javascript:alert(1)">тут</a></p>',
    });
    const { offer } = await started(controller());
    expect(offer?.notes).toBe('Новое\n\n• Трей «по-новому»\n• Быстрее\nСсылка: тут');
    expect(offer?.notes).not.toMatch(/[<>]|alert|javascript/);
  });
});

describe('consent, download and install on quit', () => {
  it('downloads only after «Установить при выходе» for that version, then allows the install on quit', async () => {
    server.publish('0.2.0');
    const updates = controller();
    await started(updates);
    expect(server.requests).not.toContain(`/${installerName('0.2.0')}`);

    const state = await updates.consent('0.2.0');
    expect(state).toMatchObject({ phase: 'ready', consented: true });
    expect(feed.downloaded).toEqual([`/${installerName('0.2.0')}`]);
    expect(feed.installOnQuit).toBe(true);
    expect(changes.map((change) => change.phase)).toContain('downloading');
  });

  it('refuses a consent for a version that is not the one on offer (a stale banner)', async () => {
    server.publish('0.2.0');
    const updates = controller();
    await started(updates);
    await expect(updates.consent('0.3.0')).rejects.toThrow(AppFailure);
    await expect(updates.consent('0.3.0')).rejects.toThrow(message('update_offer_changed', 'ru'));
    expect(feed.downloaded).toEqual([]);
    expect(feed.installOnQuit).toBe(false);
  });

  it('a consent survives a restart; a newer version needs a new consent', async () => {
    server.publish('0.2.0');
    server.misbehave('installer-404');
    const first = controller();
    await started(first);
    const failed = await first.consent('0.2.0');
    expect(failed.phase).toBe('failed');
    expect(failed.failure).toMatchObject({ code: 'download_failed', message: message('update_failed_download_failed', 'ru', { version: '0.2.0' }) });
    expect(feed.installOnQuit).toBe(false);
    first.stop();

    // The next start downloads the agreed version by itself.
    server.misbehave('none');
    const second = controller();
    expect(
      (
        await vi.waitFor(async () => {
          const state = await started(second);
          expect(state.phase).not.toBe('downloading');
          return state;
        })
      ).phase,
    ).toBe('ready');
    second.stop();

    // 0.3.0 arrives: offered, not downloaded.
    server.publish('0.3.0');
    feed.setInstallOnQuit(false);
    const third = await started(controller());
    expect(third).toMatchObject({ phase: 'available', consented: false, offer: { version: '0.3.0' } });
    expect(feed.downloaded).toEqual([`/${installerName('0.2.0')}`]);
  });

  it('a tampered installer is not kept for the install', async () => {
    server.publish('0.2.0');
    server.misbehave('installer-corrupt');
    const updates = controller();
    await started(updates);
    const state = await updates.consent('0.2.0');
    expect(state).toMatchObject({ phase: 'failed', failure: { code: 'download_failed' } });
    expect(feed.installOnQuit).toBe(false);
  });

  it('«Не сейчас» hides this version; a newer one shows again', async () => {
    server.publish('0.2.0');
    const updates = controller();
    await started(updates);
    expect(updates.dismiss('0.2.0')).toMatchObject({ dismissed: true, phase: 'available' });
    server.publish('0.3.0');
    const next = await advanceAndSettle(updates, DAY_MS);
    expect(next).toMatchObject({ dismissed: false, offer: { version: '0.3.0' } });
  });
});

describe('when it checks', () => {
  it('checks at start, then once a day, not more', async () => {
    server.publish('0.1.0');
    const updates = controller();
    await started(updates);
    expect(server.requests).toEqual(['/latest.yml']);
    expect(updates.state().nextCheckAt).toBe(new Date(NOW.getTime() + DAY_MS).toISOString());
    clock.advance(DAY_MS - 60_000);
    expect(server.requests).toHaveLength(1);
    server.publish('0.2.0');
    const state = await advanceAndSettle(updates, 60_000);
    expect(server.requests).toEqual(['/latest.yml', '/latest.yml']);
    expect(state).toMatchObject({ phase: 'available', lastCheckedAt: new Date(NOW.getTime() + DAY_MS).toISOString() });
    const saved = JSON.parse(readFileSync(join(dataDir, UPDATES_FILE), 'utf8')) as { lastCheckedAt: string };
    expect(saved.lastCheckedAt).toBe(state.lastCheckedAt);
  });

  it('the switch off: no request at start or later, and a pending install is withdrawn', async () => {
    server.publish('0.2.0');
    const updates = controller();
    await started(updates);
    await updates.consent('0.2.0');
    expect(feed.installOnQuit).toBe(true);

    const off = await updates.setEnabled(false);
    expect(off).toMatchObject({ enabled: false, phase: 'disabled', offer: null, consented: false, nextCheckAt: null });
    expect(feed.installOnQuit).toBe(false);
    updates.stop();

    const asked = server.requests.length;
    const restarted = controller();
    restarted.start();
    clock.advance(3 * DAY_MS);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(asked);
    expect(restarted.state()).toMatchObject({ enabled: false, phase: 'disabled' });
    await expect(restarted.checkNow()).resolves.toMatchObject({ phase: 'disabled' });
    expect(server.requests).toHaveLength(asked);

    // On again: it checks at once; the earlier consent does not come back by itself.
    const on = await restarted.setEnabled(true);
    expect(on).toMatchObject({ enabled: true, phase: 'available', consented: false });
  });

  it('a build without a feed says it does not update itself and never fails', async () => {
    const updates = controller('0.1.0', { feed: null });
    updates.start();
    expect(updates.state()).toMatchObject({ phase: 'unsupported', enabled: true });
    await expect(updates.checkNow()).rejects.toThrow(message('update_unsupported', 'ru'));
    expect(server.requests).toEqual([]);
  });
});

describe('failures are said plainly and never stop the app', () => {
  const cases = [
    { mode: 404, code: 'not_found', text: 'update_failed_not_found' },
    { mode: 'drop', code: 'offline', text: 'update_failed_offline' },
    { mode: 500, code: 'unknown', text: 'update_failed_unknown' },
  ] as const;
  for (const { mode, code, text } of cases) {
    it(`${String(mode)} → «${message(text, 'ru').slice(0, 40)}…», retried in an hour`, async () => {
      server.misbehave(mode);
      const updates = controller();
      const state = await started(updates);
      expect(state).toMatchObject({ phase: 'failed', failure: { code, message: message(text, 'ru') }, offer: null });
      expect(state.nextCheckAt).toBe(new Date(NOW.getTime() + RETRY_AFTER_FAILURE_MS).toISOString());
      // The error's own text (an URL, a server's words) never reaches the user.
      expect(state.failure?.message).not.toContain('127.0.0.1');
      server.misbehave('none');
      server.publish('0.2.0');
      expect(await advanceAndSettle(updates, RETRY_AFTER_FAILURE_MS)).toMatchObject({ phase: 'available', failure: null });
    });
  }

  it('a server that never answers is given up after 30 s on the core clock', async () => {
    server.misbehave('hang');
    const updates = controller();
    updates.start();
    await vi.waitFor(() => expect(server.requests).toEqual(['/latest.yml']));
    expect(updates.state().phase).toBe('checking');
    clock.advance(CHECK_TIMEOUT_MS);
    await vi.waitFor(() => expect(updates.state().phase).toBe('failed'));
    expect(updates.state().failure).toMatchObject({ code: 'timeout', message: message('update_failed_timeout', 'ru') });
    updates.stop();
  });

  it('a damaged updates.json means the defaults, and a consent is never invented', async () => {
    writeFileSync(join(dataDir, UPDATES_FILE), '{"enabled": "yes", "consentVersion": 7, ');
    server.publish('0.2.0');
    const state = await started(controller());
    expect(state).toMatchObject({ enabled: true, phase: 'available', consented: false });
    expect(feed.downloaded).toEqual([]);
  });

  it('an updates.json that cannot be written does not stop a check', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    writeFileSync(dataDir, 'a file where the folder should be');
    server.publish('0.2.0');
    const state = await started(controller());
    expect(state.phase).toBe('available');
    expect(errors.length).toBeGreaterThan(0);
    rmSync(dataDir, { force: true });
  });
});
