import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * What the app remembers about updates between starts, in its own small file next to the
 * vault (`updates.json`): the switch, the version the user agreed to install and the one
 * they put off, and the last check. No secret is in it. A missing or damaged file means
 * the defaults: checks on, no consent (a consent is never invented).
 */
export const UPDATES_FILE = 'updates.json';

const prefsSchema = z.object({
  enabled: z.boolean().catch(true),
  consentVersion: z.string().max(64).nullable().catch(null),
  dismissedVersion: z.string().max(64).nullable().catch(null),
  lastCheckedAt: z.iso.datetime({ offset: true }).nullable().catch(null),
});

export type UpdatePrefs = z.infer<typeof prefsSchema>;

export const DEFAULT_UPDATE_PREFS: UpdatePrefs = { enabled: true, consentVersion: null, dismissedVersion: null, lastCheckedAt: null };
const MAX_FILE_BYTES = 16 * 1024;

export class UpdatePrefsFile {
  private readonly path: string;

  constructor(private readonly dataDir: string) {
    this.path = join(dataDir, UPDATES_FILE);
  }

  read(): UpdatePrefs {
    try {
      const text = readFileSync(this.path, 'utf8');
      if (text.length > MAX_FILE_BYTES) return { ...DEFAULT_UPDATE_PREFS };
      const parsed = prefsSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : { ...DEFAULT_UPDATE_PREFS };
    } catch {
      return { ...DEFAULT_UPDATE_PREFS };
    }
  }

  /** Written whole to a temporary file and renamed over, so a crash leaves the old or the new file. */
  write(prefs: UpdatePrefs): void {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(prefs, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, this.path);
  }
}
