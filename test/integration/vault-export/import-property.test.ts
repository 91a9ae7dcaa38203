import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../electron/core/errors';
import { sealExport } from '../../../electron/core/vault/export-file';
import { importEncrypted } from '../../../electron/core/vault/export-import';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import type { StoredToken, VaultData } from '../../../electron/core/vault/vault-schema';
import { getKind } from '../../../shared/kinds/catalog';
import { isEndpointAddress } from '../../../shared/kinds/settings-spec';
import { TOKEN_KIND_IDS } from '../../../shared/model/types';
import type { TokenKindId } from '../../../shared/model/types';
import { buildVault } from './vault-builder';
import { FAST, PASSWORD } from './plain-fixtures';

/**
 * Whatever a sealed export file holds, an import never yields a setting its kind
 * does not declare importable, a path, a date later than tomorrow, a confirmed
 * endpoint, or a change to the settings of a record that was already here.
 */

const NOW = new Date('2026-11-22T09:00:00Z');
const LATEST = NOW.getTime() + 86_400_000;
const box = new AesSecretBox(randomBytes(32));

const ALL_DECLARED = [...new Set(TOKEN_KIND_IDS.flatMap((kind) => Object.keys(getKind(kind)?.settings ?? {})))];
const importable = (kind: TokenKindId) => new Set(Object.entries(getKind(kind)?.settings ?? {}).flatMap(([key, rule]) => (rule.import === 'never' ? [] : [key])));
const endpoints = (kind: TokenKindId) => new Set(Object.entries(getKind(kind)?.settings ?? {}).flatMap(([key, rule]) => (rule.import === 'endpoint' ? [key] : [])));

/** A program or a file on some PC, in any spelling an attacker would try. */
const PATHS = [
  '/usr/bin/evil',
  '/tmp/x/cryptcp',
  'C:\\Windows\\System32\\cmd.exe',
  'c:/evil.exe',
  '\\\\attacker\\share\\cryptcp.exe',
  '~/evil',
  './evil',
  '..\\evil',
  'file:///etc/passwd',
];
const looksLikePath = (value: string) => /^(\/|\\|~|\.\.?[\\/]|[A-Za-z]:[\\/]|file:)/i.test(value);

/** Mostly dates a real file has, sometimes one just ahead, far ahead (2099) or no date at all. */
const dateArbitrary = fc.oneof(
  { weight: 60, arbitrary: fc.integer({ min: -2000, max: 0 }).map((days) => new Date(NOW.getTime() + days * 86_400_000).toISOString()) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 48 }).map((hours) => new Date(NOW.getTime() + hours * 3_600_000).toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom('2099-01-01T00:00:00.000Z', '2030-06-01T00:00:00+03:00') },
  { weight: 1, arbitrary: fc.constantFrom('yesterday', '') },
);

const settingValue = fc.oneof(
  fc.constantFrom(...PATHS),
  fc.constantFrom('on', 'off', 'true', 'false', 'sandbox', 'production', 'custom', 'openssl', 'cryptcp', 'accepted', 'rejected', '7707083893'),
  fc.constantFrom('https://evil.example/token', 'http://127.0.0.1:9/api/v3/true-api', 'https://user:pw@evil.example/x', 'javascript:alert(1)', 'http://evil.example/x'),
  fc.constantFrom('3fa85f64-5717-4562-b3fc-2c963f66afa6', 'AABBCCDDEEFF00112233445566778899AABBCCDD'),
  dateArbitrary,
  fc.string({ maxLength: 40 }),
  fc.constantFrom<unknown>(42, null, ['https://evil.example'], { nested: '/bin/sh' }),
);

const settingKey = fc.oneof(
  fc.constantFrom(...ALL_DECLARED),
  fc.constantFrom('confirmedHosts', '__proto__', 'constructor', 'login', 'tool', 'signerPath'),
  fc.string({ minLength: 1, maxLength: 12 }),
);

const idArbitrary = fc.oneof(fc.constantFrom('__proto__', 'x'.repeat(200), 'org-1', 'tok-1', 'mine-org', 'mine-crpt', 'mine-smdo'), fc.string({ minLength: 1, maxLength: 20 }));

const tokenArbitrary = fc.record({
  organisation: fc.nat(),
  id: idArbitrary,
  kind: fc.constantFrom(...TOKEN_KIND_IDS),
  label: fc.constantFrom('Честный знак, СУЗ', 'СМДО', 'РИС', 'Бухгалтерия'),
  systemName: fc.constantFrom('', 'СУЗ clientToken', 'buh_1c'),
  secret: fc.constantFrom('secret-aaaaaaaa', 'secret-bbbbbbbb', 'mine-crpt-token-1', 'mine-smdo-key-1'),
  login: fc.option(fc.constantFrom('login-1', 'attacker-login', ''), { nil: undefined }),
  obtainedAt: dateArbitrary,
  expiresAt: fc.option(dateArbitrary, { nil: null }),
  smdoKeySetAt: fc.option(dateArbitrary, { nil: null }),
  settings: fc.dictionary(settingKey, settingValue, { maxKeys: 12 }),
  extra: fc.dictionary(fc.constantFrom('confirmedHosts', 'secretCipher', 'loginCipher', 'hint', 'certificateExpiresAt', 'trusted'), settingValue, { maxKeys: 3 }),
  history: fc.array(fc.record({ secret: fc.constantFrom('old-1', 'old-2', 'secret-aaaaaaaa'), obtainedAt: dateArbitrary, replacedAt: dateArbitrary }), { maxLength: 3 }),
});

const fileArbitrary = fc.record({
  organisations: fc.uniqueArray(
    fc.record({ id: idArbitrary, name: fc.constantFrom('АО «Вектор»', 'ЧУП «Лютик»', 'Новая'), taxId: fc.constantFrom('', '7707083893', '192345678'), createdAt: dateArbitrary }),
    { minLength: 1, maxLength: 3, selector: (organisation) => organisation.id },
  ),
  tokens: fc.array(tokenArbitrary, { maxLength: 5 }),
});

type HostileFile = typeof fileArbitrary extends fc.Arbitrary<infer T> ? T : never;

async function seal(file: HostileFile): Promise<Buffer> {
  const tokens = file.tokens.map((token) => ({
    fields: {
      ...token.extra,
      id: token.id,
      organisationId: file.organisations[token.organisation % file.organisations.length]?.id,
      kind: token.kind,
      label: token.label,
      systemName: token.systemName,
      techEmail: '',
      notes: '',
      obtainedAt: token.obtainedAt,
      expiresAt: token.expiresAt,
      smdoKeySetAt: token.smdoKeySetAt,
      settings: token.settings,
    },
    secrets: { secret: token.secret, ...(token.login === undefined ? {} : { login: token.login }) },
    history: token.history.map((entry) => ({ fields: { obtainedAt: entry.obtainedAt, expiresAt: null, replacedAt: entry.replacedAt }, secrets: { secret: entry.secret } })),
  }));
  const payload = { kind: 'token-assistant-vault', exportedAt: NOW.toISOString(), schemaVersion: 1, organisations: file.organisations, tokens };
  return sealExport(Buffer.from(JSON.stringify(payload), 'utf8'), PASSWORD, FAST);
}

/** The user's own vault: a Честный знак connection with its signer and refresh, and an СМДО record with its address. */
async function usersVault(): Promise<VaultData> {
  const data = await buildVault(
    {
      organisations: [{ id: 'mine-org', name: 'АО «Вектор»', taxId: '7707083893', createdAt: '2025-01-01T00:00:00.000Z' }],
      tokens: [
        {
          id: 'mine-crpt',
          organisationId: 'mine-org',
          kind: 'crpt',
          label: 'Честный знак, СУЗ',
          systemName: 'СУЗ clientToken',
          techEmail: '',
          secret: 'mine-crpt-token-1',
          expiresAt: '2026-11-22T12:00:00.000Z',
          obtainedAt: '2026-11-22T02:00:00.000Z',
          notes: '',
          history: [],
        },
        {
          id: 'mine-smdo',
          organisationId: 'mine-org',
          kind: 'smdo',
          label: 'СМДО',
          systemName: '',
          techEmail: '',
          secret: 'mine-smdo-key-1',
          expiresAt: null,
          obtainedAt: '2026-10-01T00:00:00.000Z',
          notes: '',
          history: [],
        },
      ],
    },
    box,
  );
  const [crpt, smdo] = data.tokens;
  if (!crpt || !smdo) throw new Error('seed');
  crpt.settings = {
    stand: 'production',
    trueApiBase: 'https://markirovka.crpt.ru/api/v3/true-api',
    omsConnection: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    signer: 'openssl',
    certPath: '/home/buh/cert.pem',
    keyPath: '/home/buh/key.pem',
    autoRefresh: 'on',
  };
  crpt.certificateExpiresAt = '2027-06-30T00:00:00.000Z';
  smdo.settings = { tokenUrl: 'https://smdo.example.by/token' };
  smdo.loginCipher = await box.encrypt('user-login');
  return data;
}

const confirmedHosts = (token: StoredToken): unknown => (token as { confirmedHosts?: unknown }).confirmedHosts ?? [];
const STORED_FIELDS = new Set([
  'id',
  'organisationId',
  'kind',
  'label',
  'systemName',
  'techEmail',
  'secretCipher',
  'hint',
  'expiresAt',
  'obtainedAt',
  'notes',
  'history',
  'settings',
  'loginCipher',
  'certificateExpiresAt',
  'smdoKeySetAt',
  'confirmedHosts',
]);

describe('importing whatever a sealed file holds (property)', () => {
  it('never yields an undeclared setting, a path, a date after tomorrow, a confirmed endpoint, or a change to the user’s settings', async () => {
    const current = await usersVault();
    await fc.assert(
      fc.asyncProperty(fileArbitrary, async (file) => {
        let next: VaultData;
        try {
          next = (await importEncrypted(await seal(file), PASSWORD, current, box, { now: NOW })).next;
        } catch (error) {
          // Refusing is always allowed, but only as a message for the person, never a crash.
          expect(error).toBeInstanceOf(AppFailure);
          expect((error as AppFailure).code).toBe('invalid_file');
          return;
        }
        const fileIds = new Set([...file.organisations.map((organisation) => organisation.id), ...file.tokens.map((token) => token.id)]);
        const mine = new Map(current.tokens.map((token) => [token.id, token]));
        for (const organisation of next.organisations) {
          expect(Date.parse(organisation.createdAt)).toBeLessThanOrEqual(LATEST);
          if (organisation.id !== 'mine-org') expect(fileIds.has(organisation.id)).toBe(false);
        }
        for (const token of next.tokens) {
          for (const field of Object.keys(token)) expect(STORED_FIELDS.has(field)).toBe(true);
          expect(Date.parse(token.obtainedAt)).toBeLessThanOrEqual(LATEST);
          if (token.smdoKeySetAt !== null) expect(Date.parse(token.smdoKeySetAt)).toBeLessThanOrEqual(LATEST);
          for (const entry of token.history) {
            expect(Date.parse(entry.obtainedAt)).toBeLessThanOrEqual(LATEST);
            expect(Date.parse(entry.replacedAt)).toBeLessThanOrEqual(LATEST);
          }
          const before = mine.get(token.id);
          if (before) {
            // The user's record: its settings, signer, refresh and certificate stay exactly as they were.
            expect(token.settings).toEqual(before.settings);
            expect(token.certificateExpiresAt).toBe(before.certificateExpiresAt);
            expect(token.kind).toBe(before.kind);
            expect(confirmedHosts(token)).toEqual(confirmedHosts(before));
            continue;
          }
          expect(fileIds.has(token.id)).toBe(false);
          expect(token.id.length).toBeLessThanOrEqual(64);
          expect(confirmedHosts(token)).toEqual([]);
          expect(token.certificateExpiresAt).toBeNull();
          const allowed = importable(token.kind);
          for (const [key, value] of Object.entries(token.settings)) {
            expect(allowed.has(key)).toBe(true);
            expect(typeof value).toBe('string');
            expect(looksLikePath(value)).toBe(false);
            if (endpoints(token.kind).has(key)) expect(isEndpointAddress(value)).toBe(true);
            if (key === 'checkedAt') expect(Date.parse(value)).toBeLessThanOrEqual(LATEST);
          }
          expect(token.settings.autoRefresh).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
