import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { exportAuditCsv } from '../../../electron/core/vault/export-import';
import { START } from '../../unit/vault/fixtures';
import { day } from './plain-fixtures';
import { buildVault } from './vault-builder';
import type { PlainToken, PlainVault } from './vault-builder';

const box = new AesSecretBox(randomBytes(32));

/** RFC 4180 with `;`, as Excel reads it; the BOM and the final CRLF are checked separately. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function token(overrides: Partial<PlainToken> & Pick<PlainToken, 'id' | 'organisationId' | 'secret'>): PlainToken {
  return { kind: 'oais', label: '', systemName: '', techEmail: '', expiresAt: null, obtainedAt: day(-10), notes: '', history: [], ...overrides };
}

describe('the audit CSV', () => {
  it('is UTF-8 with a BOM, ;-separated, CRLF, one row per token and one per organisation without tokens', async () => {
    const plain: PlainVault = {
      organisations: [
        { id: 'o2', name: 'ЧУП «Василёк»; филиал', taxId: '', createdAt: day(-100) },
        { id: 'o1', name: 'ООО "Ромашка"', taxId: '190000000', createdAt: day(-100) },
        { id: 'o3', name: 'Альфа', taxId: '7707083893', createdAt: day(-100) },
      ],
      tokens: [
        token({
          id: 't1',
          organisationId: 'o1',
          kind: 'tpsclient',
          label: 'TPSClient',
          systemName: 'TPSClient',
          techEmail: 'decl@romashka.by',
          secret: 'a085d755-1d26-3af1-a2b8-e34759278719',
          obtainedAt: day(-10),
          expiresAt: day(80),
        }),
        token({
          id: 't2',
          organisationId: 'o1',
          kind: 'oais',
          label: 'Бухгалтерия 1С',
          systemName: 'buh_1c',
          techEmail: 'it@romashka.by',
          secret: 'b185d755-1d26-3af1-a2b8-e34759278710',
          obtainedAt: day(-80),
          expiresAt: day(5),
        }),
        token({ id: 't3', organisationId: 'o2', kind: 'eis', label: 'ЕИС', secret: 'eis-identifier-123456', obtainedAt: day(-400), expiresAt: day(-2) }),
        token({
          id: 't4',
          organisationId: 'o2',
          kind: 'smdo',
          label: 'СМДО',
          systemName: 'smdoLogin',
          secret: 'smdo-key-abcdefgh',
          notes: 'ключ smdo-key-abcdefgh',
          expiresAt: null,
        }),
      ],
    };
    const csv = exportAuditCsv(await buildVault(plain, box), 'ru', START);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Организация', 'УНП/ИНН', 'Вид', 'Название', 'Система', 'Эл. почта', 'Получен', 'Действует до', 'Осталось дней', 'Состояние'],
      ['Альфа', '7707083893', '', '', '', '', '', '', '', 'Нет токенов'],
      ['ООО "Ромашка"', '190000000', 'ОАИС «система-система»', 'Бухгалтерия 1С', 'buh_1c', 'it@romashka.by', '03.09.2026 12:00', '27.11.2026 12:00', '5', 'Скоро истекает'],
      ['ООО "Ромашка"', '190000000', 'ОАИС для TPSClient', 'TPSClient', 'TPSClient', 'decl@romashka.by', '12.11.2026 12:00', '10.02.2027 12:00', '80', 'Действует'],
      ['ЧУП «Василёк»; филиал', '', 'СМДО', 'СМДО', 'smdoLogin', '', '12.11.2026 12:00', '', '', 'Бессрочный'],
      ['ЧУП «Василёк»; филиал', '', 'ЕИС, сервисы отдачи', 'ЕИС', '', '', '18.10.2025 12:00', '20.11.2026 12:00', '-2', 'Истёк'],
    ]);
    // The quoting itself, as Excel needs it.
    expect(csv).toContain('"ООО ""Ромашка"""');
    expect(csv).toContain('"ЧУП «Василёк»; филиал"');
    // No secret, no hint, no notes.
    for (const secret of ['a085d755', 'b185d755', 'eis-identifier', 'smdo-key', '…8719', 'ключ']) expect(csv).not.toContain(secret);
  });

  it('has English headers and states in English', async () => {
    const csv = exportAuditCsv(
      await buildVault(
        {
          organisations: [{ id: 'o', name: 'Alpha', taxId: '', createdAt: day(0) }],
          tokens: [token({ id: 't', organisationId: 'o', secret: 'x'.repeat(20), expiresAt: day(100) })],
        },
        box,
      ),
      'en',
      START,
    );
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Organisation', 'Tax ID', 'Kind', 'Name', 'System', 'E-mail', 'Obtained', 'Valid until', 'Days left', 'State']);
    expect(rows[1]?.at(-1)).toBe('Valid');
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const plain: PlainVault = {
      organisations: [{ id: 'o', name: '=HYPERLINK("http://evil.example","жми")', taxId: '+79990000000', createdAt: day(0) }],
      tokens: [token({ id: 't', organisationId: 'o', label: '@SUM(A1:A9)', systemName: '-2+3', techEmail: '\t=1', secret: 'y'.repeat(20) })],
    };
    const [, row] = parseCsv(exportAuditCsv(await buildVault(plain, box), 'ru', START).slice(1));
    expect(row?.slice(0, 6)).toEqual(['\'=HYPERLINK("http://evil.example","жми")', "'+79990000000", 'ОАИС «система-система»', "'@SUM(A1:A9)", "'-2+3", "'\t=1"]);
  });

  it('never contains a secret and neutralises every formula, whatever people type (property)', async () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Я', ' ', ';', '"', '\n', '\r', '=', '+', '-', '@', '\t', '1', '«'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: text, taxId: text, label: text, systemName: text, techEmail: text, notes: text }), { minLength: 1, maxLength: 5 }),
        async (entries) => {
          const plain: PlainVault = { organisations: [], tokens: [] };
          const secrets: string[] = [];
          entries.forEach((entry, index) => {
            const secret = `SECRET-${randomBytes(8).toString('hex')}`;
            const old = `OLDSECRET-${randomBytes(8).toString('hex')}`;
            secrets.push(secret, old);
            plain.organisations.push({ id: `o${index}`, name: entry.name, taxId: entry.taxId, createdAt: day(0) });
            plain.tokens.push(
              token({
                id: `t${index}`,
                organisationId: `o${index}`,
                label: entry.label,
                systemName: entry.systemName,
                techEmail: entry.techEmail,
                notes: `${entry.notes}${secret}`,
                secret,
                expiresAt: day(index * 7),
                history: [{ secret: old, obtainedAt: day(-100), expiresAt: day(-10), replacedAt: day(-10) }],
              }),
            );
          });
          const data = await buildVault(plain, box);
          const csv = exportAuditCsv(data, 'ru', START);
          for (const secret of secrets) expect(csv).not.toContain(secret);
          for (const stored of data.tokens) {
            expect(csv).not.toContain(stored.secretCipher);
            expect(csv).not.toContain(stored.hint);
          }
          const rows = parseCsv(csv.slice(1)).slice(1);
          expect(rows).toHaveLength(entries.length);
          const expected = (value: string) => (/^\s*[=+\-@]|^ *[\t\r\n]/.test(value) ? `'${value}` : value);
          // Rows are sorted by organisation name; match them back through the УНП/ИНН-free fields.
          const cells = rows.map((row) => row.slice(0, 6).filter((_cell, index) => index !== 2));
          const wanted = entries.map((entry) => [entry.name, entry.taxId, entry.label, entry.systemName, entry.techEmail].map(expected));
          expect([...cells].sort()).toEqual([...wanted].sort());
          for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r\n]/);
        },
      ),
      { numRuns: 100 },
    );
  });
  it('neutralises a formula after leading spaces, in full-width characters or after a line feed; the days left stay a number', async () => {
    const plain: PlainVault = {
      organisations: [{ id: 'o', name: '  =HYPERLINK("http://evil.example")', taxId: '＋79990000000', createdAt: day(0) }],
      tokens: [
        token({ id: 't', organisationId: 'o', label: '＝SUM(A1:A9)', systemName: '\n=1+1', techEmail: '\u00a0@evil', secret: 'y'.repeat(20), expiresAt: day(-3) }),
        token({ id: 'u', organisationId: 'o', kind: 'eis', label: '－2', systemName: '＠x', techEmail: 'it@company.by', secret: 'z'.repeat(20), expiresAt: day(12) }),
      ],
    };
    const [, first, second] = parseCsv(exportAuditCsv(await buildVault(plain, box), 'ru', START).slice(1));
    expect(first?.slice(0, 6)).toEqual(['\'  =HYPERLINK("http://evil.example")', "'＋79990000000", 'ОАИС «система-система»', "'＝SUM(A1:A9)", "'\n=1+1", "'\u00a0@evil"]);
    expect(first?.[8]).toBe('-3');
    expect(second?.slice(3, 6)).toEqual(["'－2", "'＠x", 'it@company.by']);
    expect(second?.[8]).toBe('12');
    // Harmless text is left as typed, leading spaces included.
    const calm = parseCsv(
      exportAuditCsv(await buildVault({ organisations: [{ id: 'o', name: '  ООО «Ромашка»', taxId: '190000000', createdAt: day(0) }], tokens: [] }, box), 'ru', START).slice(1),
    );
    expect(calm[1]?.slice(0, 2)).toEqual(['  ООО «Ромашка»', '190000000']);
  });

  it('no cell starts, after leading spaces, with a formula trigger unless it is a plain number (property)', async () => {
    const TRIGGERS = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\t', '\r', '\n']);
    const PLAIN_NUMBER = /^[+-]?\d+$/;
    const unit = fc.constantFrom('a', 'Я', '1', ' ', '\u00a0', '\u3000', '\t', '\r', '\n', ';', '"', "'", '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20');
    const text = fc.string({ unit, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: text, taxId: text, label: text, systemName: text, techEmail: text, expires: fc.option(fc.integer({ min: -400, max: 400 }), { nil: null }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (entries) => {
          const plain: PlainVault = { organisations: [], tokens: [] };
          entries.forEach((entry, index) => {
            plain.organisations.push({ id: `o${index}`, name: entry.name, taxId: entry.taxId, createdAt: day(0) });
            plain.tokens.push(
              token({
                id: `t${index}`,
                organisationId: `o${index}`,
                label: entry.label,
                systemName: entry.systemName,
                techEmail: entry.techEmail,
                secret: `SECRET-${index}-abcdefgh`,
                expiresAt: entry.expires === null ? null : day(entry.expires),
              }),
            );
          });
          const rows = parseCsv(exportAuditCsv(await buildVault(plain, box), 'ru', START).slice(1));
          expect(rows).toHaveLength(entries.length + 1);
          for (const row of rows) {
            expect(row).toHaveLength(10);
            for (const cell of row) {
              const trimmed = cell.replace(/^[ \u00a0\u3000]+/, '');
              if (PLAIN_NUMBER.test(trimmed)) continue;
              expect(TRIGGERS.has(trimmed.charAt(0)), JSON.stringify(cell)).toBe(false);
            }
          }
          // What people typed stays readable: as it was, or behind one apostrophe.
          const typed = rows.slice(1).flatMap((row) => [row[0], row[1], row[3], row[4], row[5]]);
          const original = entries.flatMap((entry) => [entry.name, entry.taxId, entry.label, entry.systemName, entry.techEmail]);
          for (const cell of typed)
            expect(
              original.some((value) => cell === value || cell === `'${value}`),
              JSON.stringify(cell),
            ).toBe(true);
          // The days left are numbers, negative ones included.
          for (const row of rows.slice(1)) expect(row[8]).toMatch(/^(-?\d+)?$/);
        },
      ),
      { numRuns: 200 },
    );
  });
});
