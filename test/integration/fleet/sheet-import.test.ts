import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';
import { call, failure } from '../../support/router-calls';
import { message } from '../../../shared/texts/messages';

const FIXTURE = readFileSync(join(__dirname, '../../fixtures/sheets/excel-ru-cp1251.csv'));
const flush = () => new Promise((resolve) => setImmediate(resolve));
const HEADER = 'Организация;УНП/ИНН;Вид токена;Название записи;Действует до;E-mail';

async function preview(t: TestCore, bytes: Buffer) {
  t.fileOpener.queued.push(bytes);
  return call(t, 'previewSpreadsheet', {});
}

describe('import from a spreadsheet', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.core.dispose();
    t?.cleanup();
    t = undefined;
  });

  it('reads the table Russian Excel saves (cp1251, «;», CRLF): every row with its errors in Russian, nothing saved yet', async () => {
    t = await startTestCore();
    const shown = await preview(t, FIXTURE);
    expect(shown).toMatchObject({ encoding: 'windows-1251', delimiter: ';', valid: 4 });
    expect(t.fileOpener.limits).toEqual([{ maxBytes: 2 * 1024 * 1024 }]);
    const byLine = new Map(shown?.rows.map((row) => [row.line, row]));
    expect(shown?.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(byLine.get(2)).toMatchObject({
      kind: 'oais',
      problems: [],
      expired: false,
      cells: { organisation: 'ООО «Ромашка»', label: 'Бухгалтерия 1С', techEmail: 'buh@romashka.by' },
    });
    // A past date is kept: the record shows as expired and reminds at once.
    expect(byLine.get(3)).toMatchObject({ kind: 'tpsclient', problems: [], expired: true });
    expect(byLine.get(4)).toMatchObject({ kind: 'eis', problems: [] });
    expect(byLine.get(12)).toMatchObject({ kind: 'oais', problems: [] });
    const problemOf = (line: number) => byLine.get(line)?.problems;
    expect(problemOf(5)).toEqual([{ column: 'taxId', message: message('tax_id_length', 'ru', { count: '8' }) }]);
    expect(problemOf(6)).toEqual([{ column: 'kind', message: message('sheet_kind_automatic', 'ru', { kind: 'Честный знак' }) }]);
    expect(problemOf(7)).toEqual([{ column: 'expiresAt', message: message('date_invalid', 'ru') }]);
    expect(problemOf(8)).toEqual([{ column: 'expiresAt', message: message('sheet_date_format', 'ru', { value: '2027-05-01' }) }]);
    expect(problemOf(9)).toEqual([{ column: 'organisation', message: message('sheet_formula', 'ru', { char: '=' }) }]);
    expect(problemOf(10)).toEqual([{ column: null, message: message('sheet_duplicate_row', 'ru', { line: '2' }) }]);
    expect(problemOf(11)).toEqual([{ column: 'techEmail', message: message('email', 'ru') }]);
    expect(problemOf(13)?.[0]?.column).toBe('expiresAt');
    expect(t.core.vault.snapshot().organisations).toEqual([]);
  });

  it('«Импортировать» creates the organisations (reusing one with the same number) and records without a token, which remind at once', async () => {
    t = await startTestCore();
    const existing = await call(t, 'saveOrganisation', { name: 'Ромашка (наша)', taxId: '191 234 567' });
    const shown = await preview(t, FIXTURE);
    expect(shown?.rows.find((row) => row.line === 2)?.existingOrganisation).toBe('Ромашка (наша)');
    const result = await call(t, 'importSpreadsheet', { previewId: shown?.previewId ?? '' });
    expect(result).toEqual({ organisationsCreated: 2, organisationsReused: 1, records: 4 });

    const snapshot = t.core.vault.snapshot();
    expect(snapshot.organisations.map((organisation) => [organisation.name, organisation.taxId, organisation.tokens.length])).toEqual([
      ['ЗАО «Лютик»', '7707083893', 1],
      ['ООО «Берёзка»', '191555555', 1],
      ['Ромашка (наша)', '191234567', 2],
    ]);
    const tokens = snapshot.organisations.flatMap((organisation) => organisation.tokens);
    expect(tokens.every((token) => token.needsToken === true && token.hint === '' && token.history.length === 0)).toBe(true);
    const customs = tokens.find((token) => token.kind === 'tpsclient');
    expect(customs).toMatchObject({ organisationId: existing.id, systemName: 'TPSClient', techEmail: 'it@romashka.by', label: 'Таможня' });
    expect(tokens.find((token) => token.kind === 'eis')?.expiresAt).toBe('2028-12-30T21:00:00.000Z');

    // No token to copy: a clear answer, not a decryption error.
    expect(await failure(t, 'copyToken', { tokenId: customs?.id ?? '' })).toMatchObject({ code: 'not_found', message: message('token_needed', 'ru') });
    // The expired one is announced as soon as the reminders run.
    await t.core.startReminders();
    await flush();
    expect(t.notifier.shown.some((shown) => shown.body.includes('Ромашка (наша)'))).toBe(true);

    // The first token of such a record: saved by the wizard's renewal, no history entry, no longer «нужен токен».
    const renewed = await call(t, 'saveToken', {
      organisationId: existing.id,
      kind: 'tpsclient',
      label: 'Таможня',
      systemName: 'TPSClient',
      techEmail: 'it@romashka.by',
      secret: 'a085d755-1d26-3af1-a2b8-e34759278719',
      expiresAt: new Date(t.clock.now().getTime() + 60 * 86_400_000).toISOString(),
      notes: '',
      replacesTokenId: customs?.id ?? '',
    });
    expect(renewed.needsToken).toBeUndefined();
    expect(renewed.history).toEqual([]);
    expect(await call(t, 'revealToken', { tokenId: renewed.id })).toEqual({ secret: 'a085d755-1d26-3af1-a2b8-e34759278719' });

    // Kept across a restart; the same table again brings nothing new.
    await t.core.dispose();
    const reopened = await t.reopen();
    t = reopened;
    const again = await preview(t, FIXTURE);
    expect(again?.valid).toBe(0);
    expect(again?.rows.find((row) => row.line === 2)?.problems[0]?.message).toBe(
      message('sheet_record_exists', 'ru', { organisation: 'Ромашка (наша)', kind: 'ОАИС', label: 'Бухгалтерия 1С' }),
    );
    expect(await failure(t, 'importSpreadsheet', { previewId: again?.previewId ?? '' })).toMatchObject({ code: 'invalid_file', message: message('sheet_nothing_valid', 'ru') });
  });

  it('reads UTF-8 with and without a BOM, «,» as the delimiter and quoted cells; a stale or repeated import brings nothing', async () => {
    t = await startTestCore();
    const text = 'Организация,УНП/ИНН,Вид токена,Название записи,Действует до\r\n"ООО ""Ёлка"", филиал",191000001,ЕИС,"Закупки, основной",01.10.2027\n';
    const withBom = await preview(t, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    expect(withBom).toMatchObject({ encoding: 'utf-8', delimiter: ',', valid: 1 });
    expect(withBom?.rows[0]?.cells).toMatchObject({ organisation: 'ООО "Ёлка", филиал', label: 'Закупки, основной', taxId: '191000001' });
    const plain = await preview(t, Buffer.from(text, 'utf8'));
    expect(plain).toMatchObject({ encoding: 'utf-8', valid: 1 });
    // The first preview was replaced by the second: its id imports nothing.
    expect((await failure(t, 'importSpreadsheet', { previewId: withBom?.previewId ?? '' })).message).toBe(message('sheet_preview_stale', 'ru'));
    await call(t, 'importSpreadsheet', { previewId: plain?.previewId ?? '' });
    expect((await failure(t, 'importSpreadsheet', { previewId: plain?.previewId ?? '' })).message).toBe(message('sheet_preview_stale', 'ru'));
    expect(t.core.vault.snapshot().organisations).toHaveLength(1);
  });

  it('a cancelled dialog answers null; a table without the needed columns says which', async () => {
    t = await startTestCore();
    expect(await call(t, 'previewSpreadsheet', {})).toBeNull();
    t.fileOpener.queued.push(Buffer.from('Клиент;Номер\r\nООО «Ромашка»;1\r\n', 'utf8'));
    expect(await failure(t, 'previewSpreadsheet', {})).toMatchObject({
      code: 'invalid_file',
      message: message('sheet_columns', 'ru', { columns: '«Вид токена», «Действует до»' }),
    });
  });
});

describe('hostile tables are refused or bounded, never crash and save nothing', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.core.dispose();
    t?.cleanup();
    t = undefined;
  });

  it('binary, huge, 10 000 rows, an unmatched quote, thousands of columns', async () => {
    t = await startTestCore();
    const refused = async (bytes: Buffer) => {
      t?.fileOpener.queued.push(bytes);
      return failure(t as TestCore, 'previewSpreadsheet', {});
    };
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    expect(await refused(xlsx)).toMatchObject({ code: 'invalid_file', message: message('sheet_binary', 'ru') });
    expect(await refused(Buffer.from('\ufeffОрганизация', 'utf16le'))).toMatchObject({ message: message('sheet_binary', 'ru') });
    // A dialog that handed over more than it was asked for: the core's own cap still holds.
    expect(await refused(Buffer.alloc(2 * 1024 * 1024 + 1, 0x41))).toMatchObject({ message: message('sheet_too_large', 'ru', { limit: '2' }) });
    const many = [HEADER, ...Array.from({ length: 10_000 }, (_, index) => `ООО «Номер ${index}»;;ОАИС;Запись;01.01.2028;`)].join('\r\n');
    expect(await refused(Buffer.from(many, 'utf8'))).toMatchObject({ message: message('sheet_too_many_rows', 'ru', { limit: '2000' }) });
    expect((await refused(Buffer.from(`${HEADER}\r\n"ООО «Ромашка»;191234567;ОАИС;Запись;01.01.2028;\r\n`, 'utf8'))).message).toMatch(
      /^Таблицу не удалось разобрать: ошибка в строке/,
    );
    expect((await refused(Buffer.from(`${HEADER}\r\n${'x;'.repeat(3000)}\r\n`, 'utf8'))).code).toBe('invalid_file');
    expect(t.core.vault.snapshot().organisations).toEqual([]);
  });

  it('formula cells (=, +, -, @) in any column are refused per row, so they never reach the audit list or another table', async () => {
    t = await startTestCore();
    const rows = [
      HEADER,
      '=HYPERLINK("http://evil");;ОАИС;a;01.01.2028;',
      'ООО «А»;;ОАИС;+1+1;01.01.2028;',
      'ООО «Б»;;@SUM(1);b;01.01.2028;',
      'ООО «В»;;ОАИС;c;-2+3;',
      'ООО «Г»;;ОАИС;d;01.01.2028;',
    ];
    t.fileOpener.queued.push(Buffer.from(rows.join('\n'), 'utf8'));
    const shown = await call(t, 'previewSpreadsheet', {});
    expect(shown?.rows.map((row) => row.problems.map((problem) => problem.column))).toEqual([['organisation'], ['label'], ['kind'], ['expiresAt'], []]);
    await call(t, 'importSpreadsheet', { previewId: shown?.previewId ?? '' });
    expect(t.core.vault.snapshot().organisations.map((organisation) => organisation.name)).toEqual(['ООО «Г»']);
  });
});
