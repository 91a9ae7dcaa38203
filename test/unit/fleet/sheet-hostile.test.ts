import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/core/errors';
import { decodeSheet } from '../../../electron/core/fleet/decode-sheet';
import { readSheet } from '../../../electron/core/fleet/read-sheet';
import { columnsOf, kindFromText, readSheetRows } from '../../../electron/core/fleet/sheet-rows';

const NOW = new Date('2026-11-22T09:00:00Z');
const HEADER = 'Организация;УНП/ИНН;Вид токена;Название записи;Действует до;E-mail';

/** The whole reading the core does on a chosen file; throws only AppFailure('invalid_file'). */
function readAll(bytes: Buffer) {
  const decoded = decodeSheet(bytes, 'ru');
  const sheet = readSheet(decoded.text, 'ru');
  const { positions, missing } = columnsOf(sheet.rows[0]?.cells ?? []);
  if (missing.length > 0) return { rows: [], records: [] };
  return readSheetRows(sheet, positions, [], NOW, 'ru');
}

function refusedOrRead(bytes: Buffer): ReturnType<typeof readAll> | 'refused' {
  try {
    return readAll(bytes);
  } catch (error) {
    if (error instanceof AppFailure && error.code === 'invalid_file') return 'refused';
    throw error;
  }
}

describe('kinds as people write them', () => {
  it.each([
    ['ОАИС', 'oais'],
    ['оаис «система-система»', 'oais'],
    ['Е-Паслуга', 'oais'],
    ['TPSClient', 'tpsclient'],
    ['ТПС', 'tpsclient'],
    ['ОАИС для TPSClient (таможня)', 'tpsclient'],
    ['ЕИС', 'eis'],
    ['еис сервисы отдачи', 'eis'],
    ['СМДО', 'smdo'],
    ['Честный знак', 'crpt'],
    ['ЧЗ', 'crpt'],
  ] as const)('«%s» is %s', (text, kind) => {
    expect(kindFromText(text)).toBe(kind);
  });

  it('an unknown word is no kind', () => {
    expect(kindFromText('Налоговая')).toBeNull();
    expect(kindFromText('')).toBeNull();
  });
});

describe('hostile input (fast-check)', () => {
  it('any bytes are refused as a file or read row by row; nothing else is thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        const outcome = refusedOrRead(Buffer.from(bytes));
        if (outcome !== 'refused') expect(outcome.records.length).toBeLessThanOrEqual(outcome.rows.length);
      }),
      { numRuns: 300 },
    );
  });

  it('any cells under the right header: each row either imports with a checked date and number, or says what is wrong; formulas never import', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        'ОАИС',
        'TPSClient',
        'ЕИС',
        'СМДО',
        '191234567',
        '7707083893',
        '01.01.2028',
        '31.02.2027',
        "=cmd|' /C calc'!A0",
        '+1',
        '@SUM(A1)',
        '-1',
        '"',
        ';',
        '\r\n',
        'a'.repeat(400),
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { maxLength: 30 }), fc.constantFrom(';', ','), (rows, delimiter) => {
        const text = [HEADER.replaceAll(';', delimiter), ...rows.map((cells) => cells.join(delimiter))].join('\r\n');
        const outcome = refusedOrRead(Buffer.from(text, 'utf8'));
        if (outcome === 'refused') return;
        for (const row of outcome.rows) {
          // Up to 300 characters a cell is shown whole; a longer one is cut (and refused).
          for (const value of Object.values(row.cells)) expect(value.length).toBeLessThanOrEqual(300);
          if (row.problems.length > 0) continue;
          expect(Object.values(row.cells).some((value) => /^[=+\-@]/.test(value))).toBe(false);
          expect(['oais', 'tpsclient', 'eis']).toContain(row.kind);
          expect(Number.isFinite(Date.parse(row.expiresAt ?? ''))).toBe(true);
        }
        expect(outcome.records.length).toBe(outcome.rows.filter((row) => row.problems.length === 0).length);
      }),
      { numRuns: 200 },
    );
  });

  it('Windows-1251 bytes of any Russian text decode as that text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ «»;,.'.split('')), { minLength: 1, maxLength: 200 }), (chars) => {
        // After a header, as in a real table: a few Cyrillic bytes alone can happen to be valid UTF-8 («Яё» is DF B8).
        const text = `Организация;${chars.join('')}`;
        const bytes = Buffer.from(
          Array.from(text, (char) => {
            const encoded = new TextEncoder().encode(char);
            return cp1251(char) ?? encoded[0] ?? 0;
          }),
        );
        expect(decodeSheet(bytes, 'ru')).toEqual({ text, encoding: 'windows-1251' });
      }),
      { numRuns: 100 },
    );
  });
});

/** The Windows-1251 byte of a Russian letter or a sign used above (TextDecoder has no encoder for it). */
function cp1251(char: string): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
  if (char === 'ё') return 0xb8;
  if (char === 'Ё') return 0xa8;
  if (char === '«') return 0xab;
  if (char === '»') return 0xbb;
  return code < 0x80 ? code : undefined;
}
