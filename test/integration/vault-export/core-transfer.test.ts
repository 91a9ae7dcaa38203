import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { VAULT_FILE } from '../../../electron/core/vault/vault-file';
import type { VaultData } from '../../../electron/core/vault/vault-schema';
import { ManualClock, RecordingClipboard, RecordingFileOpener, RecordingFileSaver, RecordingOpener } from '../../support/os-fakes';
import { call, failure } from '../../support/router-calls';
import { readVault } from './vault-builder';
import { CHECK_ENDPOINT, CRPT_SETTINGS, SMDO_LOGIN } from '../../fixtures/realistic-settings';

/** The vault transfer through the core router: export on one PC, import on another (another data dir, another key). */

const PASSWORD = 'перенос-на-новый-пк';
const dirs: string[] = [];

interface Pc {
  core: Core;
  dataDir: string;
  box: AesSecretBox;
  clock: ManualClock;
  fileSaver: RecordingFileSaver;
  fileOpener: RecordingFileOpener;
  clipboard: RecordingClipboard;
}

async function startPc(): Promise<Pc> {
  const dataDir = mkdtempSync(join(tmpdir(), 'token-assistant-transfer-'));
  dirs.push(dataDir);
  const fileSaver = new RecordingFileSaver();
  const fileOpener = new RecordingFileOpener();
  const clipboard = new RecordingClipboard();
  const box = new AesSecretBox(randomBytes(32));
  const clock = new ManualClock(new Date('2026-11-22T09:00:00Z'));
  const core = await createCore({
    dataDir,
    secretBox: box,
    clipboard,
    opener: new RecordingOpener(),
    clock,
    fileSaver,
    fileOpener,
  });
  return { core, dataDir, box, clock, fileSaver, fileOpener, clipboard };
}

const DAY_MS = 86_400_000;

/**
 * A realistic vault: four organisations, all five kinds, renewals in the history,
 * an СМДО login (kept as loginCipher) with a rotated key, an ЕИС check endpoint and
 * a Честный знак connection in the settings. The clock moves between saves, as days pass.
 */
async function seed(pc: Pc): Promise<void> {
  const later = (days: number) => pc.clock.advance(days * DAY_MS);
  const romashka = await call(pc, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '191234567' });
  const lyutik = await call(pc, 'saveOrganisation', { name: 'ЧУП «Лютик»', taxId: '192345678' });
  const vector = await call(pc, 'saveOrganisation', { name: 'АО «Вектор»', taxId: '7707083893' });
  const petrov = await call(pc, 'saveOrganisation', { name: 'ИП Петров', taxId: '' });
  const first = await call(pc, 'saveToken', {
    organisationId: romashka.id,
    kind: 'oais',
    label: 'Бухгалтерия',
    systemName: 'buh_1c',
    techEmail: 'it@romashka.by',
    secret: '3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b',
    expiresAt: '2026-12-01T09:00:00Z',
    notes: '',
  });
  later(3);
  // A renewal: the first secret goes into the history.
  await call(pc, 'saveToken', {
    organisationId: romashka.id,
    kind: 'oais',
    label: 'Бухгалтерия',
    systemName: 'buh_1c',
    techEmail: 'it@romashka.by',
    secret: '9a7b1c2d-3e4f-4a6b-8c1e-3f2b4d5a4e6f',
    expiresAt: '2027-05-01T09:00:00Z',
    notes: 'после продления',
    replacesTokenId: first.id,
  });
  await call(pc, 'saveToken', {
    organisationId: romashka.id,
    kind: 'tpsclient',
    label: 'Таможня, TPSClient',
    systemName: 'TPSClient',
    techEmail: 'customs@romashka.by',
    secret: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
    expiresAt: '2027-02-15T12:00:00Z',
    notes: '',
  });
  const smdo = await call(pc, 'smdoSave', {
    organisationId: lyutik.id,
    label: 'СМДО, канцелярия',
    login: SMDO_LOGIN,
    key: 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df',
    tokenUrl: 'https://smdo.example.by/token',
    keyUpdatedOn: '15.09.2026',
  });
  later(2);
  // The key rotated on the portal: the login stays, the old key goes into the history.
  await call(pc, 'smdoSave', {
    organisationId: lyutik.id,
    label: 'СМДО, канцелярия',
    key: 'Tq4_zW8nHs2LpV6xRc9Kb3Jm7Gf',
    tokenUrl: 'https://smdo.example.by/token',
    replacesTokenId: smdo.id,
    rotation: true,
  });
  await call(pc, 'saveToken', {
    organisationId: vector.id,
    kind: 'eis',
    label: 'РИС закупок',
    systemName: '',
    techEmail: '',
    secret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
    expiresAt: '2027-12-31T20:59:00Z',
    notes: 'выдал администратор ЛК Заказчика',
    settings: { checkEndpoint: CHECK_ENDPOINT, checkedAt: '2026-11-20T10:00:00.000Z', checkOutcome: 'accepted' },
  });
  // Signer file paths are written only by the crpt feature after main's dialog, so this one goes to the vault directly.
  await pc.core.vault.saveToken({
    organisationId: vector.id,
    kind: 'crpt',
    label: 'Честный знак, СУЗ',
    systemName: '',
    techEmail: '',
    secret: 'c9e1f2a3-b4d5-4e6f-8a7b-9c0d1e2f3a4b',
    expiresAt: new Date(pc.clock.now().getTime() + 10 * 3_600_000).toISOString(),
    notes: '',
    settings: CRPT_SETTINGS,
    certificateExpiresAt: '2027-06-30T00:00:00Z',
  });
  await call(pc, 'saveToken', {
    organisationId: petrov.id,
    kind: 'oais',
    label: 'Е-декларирование',
    systemName: 'edecl_petrov',
    techEmail: 'petrov@mail.by',
    secret: '0e1f2a3b-4c5d-4e6f-a7b8-c9d0e1f2a3b4',
    expiresAt: '2026-12-05T09:00:00Z',
    notes: '',
  });
}

/**
 * Every token by organisation name, УНП/ИНН and label: its secret and СМДО login as
 * the core reveals them, its fields and settings, and its history with the old secrets
 * (read from vault.json with this PC's key: the router never hands them out).
 */
async function contents(pc: Pc): Promise<Record<string, unknown>> {
  const stored = JSON.parse(readFileSync(join(pc.dataDir, VAULT_FILE), 'utf8')) as VaultData;
  const oldSecrets = new Map((await readVault(stored, pc.box)).tokens.map((token) => [token.id, token.history.map((entry) => entry.secret)]));
  const out: Record<string, unknown> = {};
  for (const organisation of (await call(pc, 'getSnapshot', {})).organisations) {
    for (const token of organisation.tokens) {
      const { secret } = await call(pc, 'revealToken', { tokenId: token.id });
      out[`${organisation.name} / ${organisation.taxId} / ${token.label}`] = {
        secret,
        login: await pc.core.vault.revealLogin(token.id),
        kind: token.kind,
        systemName: token.systemName,
        techEmail: token.techEmail,
        hint: token.hint,
        expiresAt: token.expiresAt,
        obtainedAt: token.obtainedAt,
        settings: token.settings,
        certificateExpiresAt: token.certificateExpiresAt,
        smdoKeySetAt: token.smdoKeySetAt,
        history: token.history,
        historySecrets: oldSecrets.get(token.id),
        notes: token.notes,
      };
    }
  }
  return out;
}

async function exportFrom(pc: Pc): Promise<Buffer> {
  expect(await call(pc, 'exportVault', { password: PASSWORD })).toEqual({ saved: true });
  const file = pc.fileSaver.saved.at(-1);
  if (!file) throw new Error('nothing saved');
  expect(file.name).toMatch(/\.tavault$/);
  return Buffer.from(file.content, 'utf8');
}

afterEach(async () => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('moving the vault to another PC', () => {
  it('imports every token with its secret, login, settings and history into a fresh vault, and a second import adds nothing', async () => {
    const source = await startPc();
    await seed(source);
    const file = await exportFrom(source);
    const text = file.toString('utf8');
    for (const secret of ['9a7b1c2d', '3f2b8c1e', SMDO_LOGIN, 'Tq4_zW8n', 'vN8_qL2x', 'a1b2c3d4e5f6', 'c9e1f2a3']) expect(text).not.toContain(secret);
    const exported = await contents(source);
    // The Честный знак record comes without its signer (a key file's path) and with automatic refresh
    // off: the user chooses the signer again on this PC, and the certificate's expiry is read then.
    const crptKey = 'АО «Вектор» / 7707083893 / Честный знак, СУЗ';
    const { signer: _signer, certPath: _cert, keyPath: _key, autoRefresh: _auto, ...connection } = CRPT_SETTINGS;
    const expected = { ...exported, [crptKey]: { ...(exported[crptKey] as object), settings: connection, certificateExpiresAt: null } };

    // The new PC's clock is where the old one's is (the seeding moved it on by days).
    const target = await startPc();
    target.clock.advance(source.clock.now().getTime() - target.clock.now().getTime());
    target.fileOpener.queued.push(file);
    const first = await call(target, 'importVault', { password: PASSWORD });
    expect(first).toMatchObject({ imported: true, added: { organisations: 4, tokens: 6 } });
    const imported = await contents(target);
    expect(imported).toEqual(expected);
    // What the seeding put in, checked by name: a field lost on both sides would pass the comparison above.
    expect(imported['ООО «Ромашка» / 191234567 / Бухгалтерия']).toMatchObject({
      secret: '9a7b1c2d-3e4f-4a6b-8c1e-3f2b4d5a4e6f',
      expiresAt: '2027-05-01T09:00:00.000Z',
      historySecrets: ['3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b'],
      notes: 'после продления',
    });
    expect(imported['ООО «Ромашка» / 191234567 / Таможня, TPSClient']).toMatchObject({
      kind: 'tpsclient',
      systemName: 'TPSClient',
      secret: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
    });
    expect(imported['ЧУП «Лютик» / 192345678 / СМДО, канцелярия']).toMatchObject({
      kind: 'smdo',
      secret: 'Tq4_zW8nHs2LpV6xRc9Kb3Jm7Gf',
      login: SMDO_LOGIN,
      settings: { tokenUrl: 'https://smdo.example.by/token' },
      smdoKeySetAt: '2026-11-27T09:00:00.000Z',
      historySecrets: ['vN8_qL2xKp5RmT7wZc3Hb9Ys1Df'],
    });
    expect(imported['АО «Вектор» / 7707083893 / РИС закупок']).toMatchObject({
      kind: 'eis',
      secret: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
      login: null,
      settings: { checkEndpoint: CHECK_ENDPOINT, checkedAt: '2026-11-20T10:00:00.000Z', checkOutcome: 'accepted' },
    });
    expect(imported[crptKey]).toMatchObject({ kind: 'crpt', settings: connection, certificateExpiresAt: null });
    expect(imported['ИП Петров /  / Е-декларирование']).toMatchObject({ expiresAt: '2026-12-05T09:00:00.000Z', history: [], historySecrets: [] });

    target.fileOpener.queued.push(file);
    const again = await call(target, 'importVault', { password: PASSWORD });
    expect(again).toEqual({
      imported: true,
      added: { organisations: 0, tokens: 0 },
      updated: { organisations: 0, tokens: 0 },
      skipped: { organisations: 4, tokens: 6 },
    });
    expect(await contents(target)).toEqual(expected);
  }, 30_000);

  it('refuses a wrong password in Russian and changes nothing', async () => {
    const source = await startPc();
    await seed(source);
    const file = await exportFrom(source);
    const target = await startPc();
    await call(target, 'saveOrganisation', { name: 'ИП Иванов', taxId: '' });
    const before = await call(target, 'getSnapshot', {});

    target.fileOpener.queued.push(file);
    const error = await failure(target, 'importVault', { password: 'совсем-не-тот-пароль' });
    expect(error.code).toBe('wrong_password');
    expect(error.message).toMatch(/[а-я]/);
    expect(await call(target, 'getSnapshot', {})).toEqual(before);
  }, 30_000);

  it('answers «not imported» when the open dialog is cancelled, and refuses a short export password', async () => {
    const pc = await startPc();
    expect(await call(pc, 'importVault', { password: PASSWORD })).toMatchObject({ imported: false });
    const error = await failure(pc, 'exportVault', { password: 'короткий' });
    expect(error.field).toBe('password');
    expect(error.message).toContain('10');
    expect(pc.fileSaver.saved).toEqual([]);
  });

  it('saves the audit list as CSV without any secret', async () => {
    const pc = await startPc();
    await seed(pc);
    expect(await call(pc, 'exportAudit', {})).toEqual({ saved: true });
    const csv = pc.fileSaver.saved.at(-1)?.content ?? '';
    expect(csv).toContain('ООО «Ромашка»');
    expect(csv).toContain('Бухгалтерия');
    expect(csv).toContain('АО «Вектор»');
    for (const secret of ['9a7b1c2d', '3f2b8c1e', SMDO_LOGIN, 'Tq4_zW8n', 'vN8_qL2x', 'a1b2c3d4e5f6', 'c9e1f2a3']) expect(csv).not.toContain(secret);
  });
});
