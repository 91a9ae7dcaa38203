import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app-core';
import type { Core } from '../../../electron/core/app-core';
import { AesSecretBox } from '../../../electron/core/vault/aes-secret-box';
import { ManualClock, RecordingClipboard, RecordingFileOpener, RecordingFileSaver, RecordingOpener } from '../../support/os-fakes';
import { call, failure } from '../../support/router-calls';

/** The vault transfer through the core router: export on one PC, import on another (another data dir, another key). */

const PASSWORD = 'перенос-на-новый-пк';
const dirs: string[] = [];

interface Pc {
  core: Core;
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
  const core = await createCore({
    dataDir,
    secretBox: new AesSecretBox(randomBytes(32)),
    clipboard,
    opener: new RecordingOpener(),
    clock: new ManualClock(new Date('2026-11-22T09:00:00Z')),
    fileSaver,
    fileOpener,
  });
  return { core, fileSaver, fileOpener, clipboard };
}

async function seed(pc: Pc): Promise<void> {
  const org = await call(pc, 'saveOrganisation', { name: 'ООО «Ромашка»', taxId: '191234567' });
  const other = await call(pc, 'saveOrganisation', { name: 'ЧУП «Лютик»', taxId: '' });
  const first = await call(pc, 'saveToken', {
    organisationId: org.id,
    kind: 'oais',
    label: 'Бухгалтерия',
    systemName: 'buh_1c',
    techEmail: 'it@romashka.by',
    secret: '3f2b8c1e-4d5a-4e6f-9a7b-1c2d3e4f5a6b',
    expiresAt: '2027-02-01T09:00:00Z',
    notes: '',
  });
  // A renewal: the first secret goes into the history.
  await call(pc, 'saveToken', {
    organisationId: org.id,
    kind: 'oais',
    label: 'Бухгалтерия',
    systemName: 'buh_1c',
    techEmail: 'it@romashka.by',
    secret: '9a7b1c2d-3e4f-4a6b-8c1e-3f2b4d5a4e6f',
    expiresAt: '2027-05-01T09:00:00Z',
    notes: 'после продления',
    replacesTokenId: first.id,
  });
  await call(pc, 'smdoSave', {
    organisationId: other.id,
    label: 'СМДО, канцелярия',
    login: 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s',
    key: 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df',
    tokenUrl: 'https://smdo.example.by/token',
  });
}

/** Every token with its secret and the secrets of its history, by organisation name and label. */
async function contents(pc: Pc): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const organisation of (await call(pc, 'getSnapshot', {})).organisations) {
    for (const token of organisation.tokens) {
      const { secret } = await call(pc, 'revealToken', { tokenId: token.id });
      out[`${organisation.name} / ${organisation.taxId} / ${token.label}`] = {
        secret,
        kind: token.kind,
        expiresAt: token.expiresAt,
        settings: token.settings,
        smdoKeySetAt: token.smdoKeySetAt,
        history: token.history.map((entry) => entry.hint),
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
  it('imports every token with its secret into a fresh vault, and a second import adds nothing', async () => {
    const source = await startPc();
    await seed(source);
    const file = await exportFrom(source);
    expect(file.toString('utf8')).not.toContain('9a7b1c2d');

    const target = await startPc();
    target.fileOpener.queued.push(file);
    const first = await call(target, 'importVault', { password: PASSWORD });
    expect(first).toMatchObject({ imported: true, added: { organisations: 2, tokens: 2 } });
    expect(await contents(target)).toEqual(await contents(source));

    target.fileOpener.queued.push(file);
    const again = await call(target, 'importVault', { password: PASSWORD });
    expect(again).toEqual({
      imported: true,
      added: { organisations: 0, tokens: 0 },
      updated: { organisations: 0, tokens: 0 },
      skipped: { organisations: 2, tokens: 2 },
    });
    expect(await contents(target)).toEqual(await contents(source));
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
    expect(csv).not.toContain('9a7b1c2d');
    expect(csv).not.toContain('vN8_qL2x');
  });
});
