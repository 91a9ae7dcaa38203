import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createCore } from '../../../electron/core/app-core';
import type { Core, CoreOptions } from '../../../electron/core/app-core';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { ManualClock, RecordingClipboard, RecordingOpener } from '../../support/os-fakes';

/**
 * A real core, as test/support/test-core.ts starts one, except that a test may
 * plug in the Electron adapters under test for any port.
 */
export interface MainCore {
  core: Core;
  clock: ManualClock;
  dataDir: string;
  cleanup(): Promise<void>;
}

export const NOW = new Date('2026-11-22T09:00:00Z');
export const DAY_MS = 86_400_000;

export async function startMainCore(ports: Partial<Omit<CoreOptions, 'dataDir' | 'clock'>> = {}): Promise<MainCore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'token-assistant-main-'));
  const clock = new ManualClock(NOW);
  const core = await createCore({
    dataDir,
    clock,
    secretBox: new AesSecretBox(randomBytes(32)),
    clipboard: new RecordingClipboard(),
    opener: new RecordingOpener(),
    ...ports,
  });
  return {
    core,
    clock,
    dataDir,
    cleanup: async () => {
      await core.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An ISO instant `days` from the test's now (negative: in the past). */
export const inDays = (days: number): string => new Date(NOW.getTime() + days * DAY_MS).toISOString();
