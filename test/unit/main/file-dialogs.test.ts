import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileOpener, createFileSaver } from '../../../electron/main/adapters/desktop-adapters';
import { FileRefusedError } from '../../../electron/core/files/read-regular-file';
import { message } from '../../../shared/texts/messages';
import { call, failure, saveTokenOfNewOrganisation } from '../../support/router-calls';
import { app, dialog, resetElectron } from './fake-electron';
import { inDays, startMainCore } from './main-core';

vi.mock('electron', () => import('./fake-electron'));

const ICS = { name: 'Календарь', extensions: ['ics'] };
const noWindow = () => null;
const someWindow = { id: 1 } as unknown as BrowserWindow;

let documents: string;

beforeEach(() => {
  resetElectron();
  documents = mkdtempSync(join(tmpdir(), 'token-assistant-documents-'));
  app.paths.documents = documents;
});

afterEach(() => rmSync(documents, { recursive: true, force: true }));

describe('the save dialog adapter', () => {
  it('suggests the name in Documents with the filter, then writes the text where the user chose', async () => {
    const target = join(documents, 'сроки.ics');
    dialog.saveAnswers.push({ canceled: false, filePath: target });
    await expect(createFileSaver(noWindow).saveText('tokens.ics', 'BEGIN:VCALENDAR\r\nЕИС\r\n', ICS)).resolves.toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('BEGIN:VCALENDAR\r\nЕИС\r\n');
    expect(dialog.calls).toEqual([{ window: null, options: { defaultPath: join(documents, 'tokens.ics'), filters: [ICS] } }]);
  });

  it('is modal to the window when there is one', async () => {
    dialog.saveAnswers.push({ canceled: false, filePath: join(documents, 'a.ics') });
    await createFileSaver(() => someWindow).saveText('a.ics', 'x', ICS);
    expect(dialog.calls[0]?.window).toBe(someWindow);
  });

  it.each([
    ['cancelled', { canceled: true, filePath: '' }],
    ['closed without a path', { canceled: false, filePath: '' }],
  ])('answers false and writes nothing when %s', async (_how, answer) => {
    dialog.saveAnswers.push(answer);
    await expect(createFileSaver(noWindow).saveText('tokens.ics', 'x', ICS)).resolves.toBe(false);
    expect(existsSync(join(documents, 'tokens.ics'))).toBe(false);
  });

  it('saves the reminder calendar of a real core, and reports a cancelled dialog as not saved', async () => {
    const running = await startMainCore({ fileSaver: createFileSaver(noWindow) });
    try {
      await saveTokenOfNewOrganisation(
        running,
        { name: 'ГКУ «Заказчик»', taxId: '' },
        { kind: 'eis', label: 'РИС', systemName: '', techEmail: '', secret: 'eis-identifier-0001', expiresAt: inDays(40), notes: '' },
      );
      const target = join(documents, 'calendar.ics');
      dialog.saveAnswers.push({ canceled: false, filePath: target });
      expect(await call(running, 'exportCalendar', {})).toMatchObject({ saved: true });
      const written = readFileSync(target, 'utf8');
      expect(written).toContain('BEGIN:VCALENDAR');
      expect(written).toContain('ГКУ');
      expect(written).not.toContain('eis-identifier-0001');

      expect(await call(running, 'exportCalendar', {})).toMatchObject({ saved: false });
    } finally {
      await running.cleanup();
    }
  });
});

describe('the open dialog adapter', () => {
  it('opens in Documents for one file and returns its bytes', async () => {
    const source = join(documents, 'backup.tavault');
    writeFileSync(source, Buffer.from([0, 1, 2, 250]));
    dialog.openAnswers.push({ canceled: false, filePaths: [source] });
    const bytes = await createFileOpener(() => someWindow).openFile({ name: 'Хранилище', extensions: ['tavault'] }, { maxBytes: 1024 });
    expect(bytes).toEqual(Buffer.from([0, 1, 2, 250]));
    expect(dialog.calls).toEqual([
      { window: someWindow, options: { defaultPath: documents, filters: [{ name: 'Хранилище', extensions: ['tavault'] }], properties: ['openFile'] } },
    ]);
  });

  it.each([
    ['cancelled', { canceled: true, filePaths: [] }],
    ['cancelled with a stale path', { canceled: true, filePaths: ['/nonexistent/file'] }],
    ['closed with no file', { canceled: false, filePaths: [] }],
  ])('answers null when %s', async (_how, answer) => {
    dialog.openAnswers.push(answer);
    await expect(createFileOpener(noWindow).openFile(ICS, { maxBytes: 1024 })).resolves.toBeNull();
  });
});

describe('the open dialog adapter, given what is not an export file', () => {
  const MIB = 1024 * 1024;
  const LIMIT = { maxBytes: 50 * MIB };

  async function refusal(path: string, limits = LIMIT): Promise<unknown> {
    dialog.openAnswers.push({ canceled: false, filePaths: [path] });
    return createFileOpener(noWindow)
      .openFile(ICS, limits)
      .then(
        () => 'read',
        (error: unknown) => error,
      );
  }

  it('reads a file of exactly the limit', async () => {
    const path = join(documents, 'exact.tavault');
    writeFileSync(path, Buffer.alloc(1024, 0x41));
    dialog.openAnswers.push({ canceled: false, filePaths: [path] });
    expect(await createFileOpener(noWindow).openFile(ICS, { maxBytes: 1024 })).toHaveLength(1024);
  });

  it('refuses a file over the limit without reading it', async () => {
    const path = join(documents, 'huge.tavault');
    writeFileSync(path, '');
    // Sparse: 50 MiB + 1 byte on paper, nothing on disk.
    truncateSync(path, 50 * MIB + 1);
    expect(await refusal(path)).toMatchObject({ reason: 'too-large' });
  });

  it('refuses /dev/zero, which never ends', async () => {
    expect(await refusal('/dev/zero')).toMatchObject({ reason: 'not-a-regular-file' });
  });

  it('refuses a FIFO at once instead of waiting for a writer for ever', async () => {
    const fifo = join(documents, 'pipe.tavault');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(await refusal(fifo)).toMatchObject({ reason: 'not-a-regular-file' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a folder, and a path that is gone, as unreadable or not a file', async () => {
    expect(await refusal(documents)).toMatchObject({ reason: 'not-a-regular-file' });
    const gone = await refusal(join(documents, 'deleted.tavault'));
    expect(gone).toBeInstanceOf(FileRefusedError);
    expect(gone).toMatchObject({ reason: 'unreadable' });
    expect(String((gone as Error).message)).not.toContain(documents);
  });

  it('through a real core, «Загрузить из файла» on a FIFO or /dev/zero answers in Russian and changes nothing', async () => {
    const running = await startMainCore({ fileOpener: createFileOpener(noWindow) });
    try {
      const fifo = join(documents, 'pipe.tavault');
      execFileSync('mkfifo', [fifo]);
      for (const path of [fifo, '/dev/zero']) {
        dialog.openAnswers.push({ canceled: false, filePaths: [path] });
        expect(await failure(running, 'importVault', { password: 'пароль-из-письма' })).toEqual({
          code: 'invalid_file',
          message: message('import_not_a_regular_file', 'ru'),
        });
      }
      const huge = join(documents, 'huge.tavault');
      writeFileSync(huge, '');
      truncateSync(huge, 50 * MIB + 1);
      dialog.openAnswers.push({ canceled: false, filePaths: [huge] });
      expect(await failure(running, 'importVault', { password: 'пароль-из-письма' })).toEqual({
        code: 'invalid_file',
        message: message('import_file_too_large', 'ru', { limit: '50' }),
      });
      expect((await call(running, 'getSnapshot', {})).organisations).toEqual([]);
    } finally {
      await running.cleanup();
    }
  });
});
