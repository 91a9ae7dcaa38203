import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestName } from '../../../shared/ipc/channels';
import type { RequestInput } from '../../../shared/ipc/contract';
import { message } from '../../../shared/texts/messages';
import { formatPortalDateTime } from '../../../shared/time/portal-time';
import { call as callOn, failure as failureOn } from '../../support/router-calls';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';

/** «Изменить» through the core router: the wizard's rules, the history of changes, and the attacks a page could try. */

const SECRET = 'a085d755-1d26-3af1-a2b8-e34759278719';
const OTHER_SECRET = 'b195e866-2e37-4bf2-b3c9-f45860389820';
const DAY = 86_400_000;

let app: TestCore;
const call = <N extends RequestName>(name: N, payload: RequestInput<N>) => callOn(app, name, payload);
const failure = <N extends RequestName>(name: N, payload: RequestInput<N>) => failureOn(app, name, payload);
/** A request as a compromised page could send it, past the renderer's types. */
const raw = (name: string, payload: unknown) => app.core.router.handle(name, payload);

async function oaisRecord(organisationName = 'ООО «Василёк»', secret = SECRET) {
  const organisation = await call('saveOrganisation', { name: organisationName, taxId: '' });
  const token = await call('saveToken', {
    organisationId: organisation.id,
    kind: 'oais',
    label: 'Склад',
    systemName: 'warehouse-1',
    techEmail: 'it@vasilek.by',
    secret,
    expiresAt: new Date(app.clock.now().getTime() + 30 * DAY).toISOString(),
    notes: '',
  });
  return { organisationId: organisation.id, tokenId: token.id };
}

beforeEach(async () => {
  app = await startTestCore();
});

afterEach(async () => {
  await app.core.dispose();
  app.cleanup();
});

describe('«Изменить» on a record', () => {
  it('changes label, e-mail, system name, expiry and notes, and records what changed and when, never the secret', async () => {
    const { organisationId, tokenId } = await oaisRecord();
    const newExpiry = new Date(app.clock.now().getTime() + 60 * DAY);
    newExpiry.setUTCSeconds(0, 0);
    const edited = await call('updateRecord', {
      organisationId,
      tokenId,
      changes: { label: ' Склад №2 ', techEmail: 'admin@vasilek.by', systemName: 'warehouse-2', expiresAt: formatPortalDateTime(newExpiry), notes: 'Звонить Ивану' },
    });
    expect(edited).toMatchObject({ label: 'Склад №2', techEmail: 'admin@vasilek.by', systemName: 'warehouse-2', expiresAt: newExpiry.toISOString(), notes: 'Звонить Ивану' });
    const at = app.clock.now().toISOString();
    expect(edited.edits).toEqual(
      expect.arrayContaining([
        { at, field: 'label', from: 'Склад', to: 'Склад №2' },
        { at, field: 'techEmail', from: 'it@vasilek.by', to: 'admin@vasilek.by' },
        { at, field: 'systemName', from: 'warehouse-1', to: 'warehouse-2' },
        { at, field: 'notes' },
      ]),
    );
    expect(edited.edits?.find((entry) => entry.field === 'expiresAt')).toMatchObject({ at, to: newExpiry.toISOString() });
    // The secret is the same, and the renewal history is untouched.
    expect((await call('revealToken', { tokenId })).secret).toBe(SECRET);
    expect(edited.history).toEqual([]);
    // The file keeps the edit history across a restart, and no secret in clear.
    const file = readFileSync(join(app.dataDir, 'vault.json'), 'utf8');
    expect(file).not.toContain(SECRET);
    const reopened = await app.reopen();
    try {
      const snapshot = (await reopened.core.router.handle('getSnapshot', {})) as { ok: true; value: { organisations: { tokens: { edits: unknown[] }[] }[] } };
      expect(snapshot.value.organisations[0]?.tokens[0]?.edits).toHaveLength(5);
    } finally {
      await reopened.core.dispose();
    }
  });

  it('refuses what the wizard refuses, next to the field, and changes nothing', async () => {
    const { organisationId, tokenId } = await oaisRecord();
    const email = await failure('updateRecord', { organisationId, tokenId, changes: { techEmail: 'not an e-mail' } });
    expect(email).toMatchObject({ code: 'invalid_field', field: 'techEmail', message: message('email', 'ru') });
    const past = await failure('updateRecord', { organisationId, tokenId, changes: { expiresAt: '01.01.2020 10:00' } });
    expect(past).toMatchObject({ field: 'expiresAt', message: message('date_in_past', 'ru') });
    const format = await failure('updateRecord', { organisationId, tokenId, changes: { expiresAt: '2026-12-01' } });
    expect(format).toMatchObject({ field: 'expiresAt', message: message('date_format', 'ru') });
    const required = await failure('updateRecord', { organisationId, tokenId, changes: { expiresAt: ' ' } });
    expect(required).toMatchObject({ field: 'expiresAt', message: message('required', 'ru') });
    const system = await failure('updateRecord', { organisationId, tokenId, changes: { systemName: 'склад 1' } });
    expect(system).toMatchObject({ field: 'systemName', message: message('system_name', 'ru') });
    const snapshot = await call('getSnapshot', {});
    expect(snapshot.organisations[0]?.tokens[0]).toMatchObject({ techEmail: 'it@vasilek.by', systemName: 'warehouse-1', edits: [] });
  });

  it('refuses notes that quote a secret of the vault (this record’s or another’s)', async () => {
    const { organisationId, tokenId } = await oaisRecord();
    await oaisRecord('ООО «Ромашка»', OTHER_SECRET);
    for (const notes of [`токен ${SECRET}`, `старый: ${OTHER_SECRET}`]) {
      const refused = await failure('updateRecord', { organisationId, tokenId, changes: { notes } });
      expect(refused).toMatchObject({ field: 'notes', message: message('notes_contain_secret', 'ru') });
    }
    const file = readFileSync(join(app.dataDir, 'vault.json'), 'utf8');
    expect(file).not.toContain(OTHER_SECRET);
  });

  it('a TPSClient record keeps its fixed system name, as in the wizard', async () => {
    const organisation = await call('saveOrganisation', { name: 'Таможенный брокер', taxId: '' });
    const token = await call('saveToken', {
      organisationId: organisation.id,
      kind: 'tpsclient',
      label: '',
      systemName: 'TPSClient',
      techEmail: 'a@b.by',
      secret: SECRET,
      expiresAt: new Date(app.clock.now().getTime() + 30 * DAY).toISOString(),
      notes: '',
    });
    const refused = await failure('updateRecord', { organisationId: organisation.id, tokenId: token.id, changes: { systemName: 'Other' } });
    expect(refused).toMatchObject({ field: 'systemName', message: message('system_name_tpsclient', 'ru') });
  });

  it('changes the СМДО server address; the new host is unconfirmed until the user confirms it', async () => {
    const organisation = await call('saveOrganisation', { name: 'Райисполком', taxId: '' });
    const token = await call('smdoSave', {
      organisationId: organisation.id,
      label: 'СМДО',
      login: 'login-1',
      key: 'key-123456789',
      tokenUrl: 'https://smdo.example.by',
      confirmTypedHost: true,
    });
    const edited = await call('updateRecord', { organisationId: organisation.id, tokenId: token.id, changes: { settings: { tokenUrl: 'https://smdo2.example.by/' } } });
    expect(edited.settings.tokenUrl).toBe('https://smdo2.example.by/token');
    expect(edited.edits?.[0]).toMatchObject({ field: 'tokenUrl', from: 'https://smdo.example.by/token', to: 'https://smdo2.example.by/token' });
    expect(app.core.vault.hostConfirmed(token.id, 'https://smdo2.example.by')).toBe(false);
    const bad = await failure('updateRecord', { organisationId: organisation.id, tokenId: token.id, changes: { settings: { tokenUrl: 'ftp://smdo.example.by' } } });
    expect(bad).toMatchObject({ field: 'tokenUrl', message: message('smdo_server_url', 'ru') });
    // The login stays in the core, untouched.
    expect(JSON.stringify(edited)).not.toContain('login-1');
  });

  it('changes a Честный знак record’s stand and connection; a custom stand switches automatic refresh off', async () => {
    const organisation = await call('saveOrganisation', { name: 'ООО «Маркер»', taxId: '7707083893' });
    const token = await call('saveToken', {
      organisationId: organisation.id,
      kind: 'crpt',
      label: 'СУЗ',
      systemName: '',
      techEmail: '',
      secret: 'client-token-0123456789',
      expiresAt: new Date(app.clock.now().getTime() + 10 * 3_600_000).toISOString(),
      notes: '',
      settings: {
        stand: 'sandbox',
        trueApiBase: 'https://markirovka.sandbox.crptech.ru/api/v3/true-api',
        omsConnection: '11b1abc1-f1ee-11db-1a11-f11ac11111e1',
        autoRefresh: 'on',
      },
    });
    const ids = { organisationId: organisation.id, tokenId: token.id };
    const production = await call('updateRecord', {
      ...ids,
      changes: { settings: { stand: 'production', omsConnection: '22B2ABC2-F2EE-22DB-2A22-F22AC22222E2', inn: '7707083893' } },
    });
    expect(production.settings).toMatchObject({
      stand: 'production',
      trueApiBase: 'https://markirovka.crpt.ru/api/v3/true-api',
      omsConnection: '22b2abc2-f2ee-22db-2a22-f22ac22222e2',
      inn: '7707083893',
      autoRefresh: 'on',
    });
    const custom = await call('updateRecord', { ...ids, changes: { settings: { stand: 'custom', trueApiBase: 'https://stand.example.ru/api/v3/true-api/' } } });
    expect(custom.settings).toMatchObject({ stand: 'custom', trueApiBase: 'https://stand.example.ru/api/v3/true-api', autoRefresh: 'off' });
    expect(await failure('updateRecord', { ...ids, changes: { settings: { omsConnection: 'not-a-uuid' } } })).toMatchObject({ field: 'omsConnection' });
    expect(await failure('updateRecord', { ...ids, changes: { settings: { inn: '7707083890' } } })).toMatchObject({ field: 'inn', message: message('crpt_inn_format', 'ru') });
    expect(await failure('updateRecord', { ...ids, changes: { settings: { stand: 'elsewhere' } } })).toMatchObject({ field: 'stand' });
    // A Честный знак expiry comes from the stand, never typed.
    expect(await failure('updateRecord', { ...ids, changes: { expiresAt: '01.01.2030 10:00' } })).toMatchObject({
      field: 'expiresAt',
      message: message('record_field_not_editable', 'ru', { field: 'expiresAt' }),
    });
  });
});

describe('«Изменить»: what a compromised page may try is refused by the core', () => {
  it('a new secret, the kind or the organisation in the request is refused before any handler runs', async () => {
    const { organisationId, tokenId } = await oaisRecord();
    for (const changes of [
      { secret: OTHER_SECRET },
      { kind: 'crpt' },
      { organisationId: 'elsewhere' },
      { hint: '…7777' },
      { obtainedAt: '2020-01-01T00:00:00Z' },
      { history: [] },
      { edits: [] },
    ]) {
      const result = await raw('updateRecord', { organisationId, tokenId, changes });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(await raw('updateRecord', { organisationId, tokenId, secret: OTHER_SECRET, changes: {} })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect((await call('revealToken', { tokenId })).secret).toBe(SECRET);
    expect((await call('getSnapshot', {})).organisations[0]?.tokens[0]).toMatchObject({ kind: 'oais', label: 'Склад', edits: [] });
  });

  it('another organisation’s record is not found, and stays as it was', async () => {
    const mine = await oaisRecord('ООО «Моё»');
    const theirs = await oaisRecord('ООО «Чужое»', OTHER_SECRET);
    const refused = await failure('updateRecord', { organisationId: mine.organisationId, tokenId: theirs.tokenId, changes: { label: 'перехвачено' } });
    expect(refused).toMatchObject({ code: 'not_found', message: message('not_found_token', 'ru') });
    const snapshot = await call('getSnapshot', {});
    const token = snapshot.organisations.flatMap((organisation) => organisation.tokens).find((candidate) => candidate.id === theirs.tokenId);
    expect(token).toMatchObject({ organisationId: theirs.organisationId, label: 'Склад' });
  });

  it('a setting the kind does not let a person type (signer paths, refresh, an unknown key, a login) is refused', async () => {
    const { organisationId, tokenId } = await oaisRecord();
    for (const key of ['tokenUrl', 'certPath', 'keyPath', 'toolPath', 'autoRefresh', 'login', 'anything']) {
      const refused = await failure('updateRecord', { organisationId, tokenId, changes: { settings: { [key]: 'x' } } });
      expect(refused).toMatchObject({ code: 'invalid_field', field: key });
    }
    const organisation = await call('saveOrganisation', { name: 'ООО «Маркер»', taxId: '' });
    const crpt = await call('saveToken', {
      organisationId: organisation.id,
      kind: 'crpt',
      label: '',
      systemName: '',
      techEmail: '',
      secret: 'client-token-0123456789',
      expiresAt: null,
      notes: '',
      settings: { stand: 'sandbox' },
    });
    for (const key of ['certPath', 'keyPath', 'signer', 'thumbprint', 'autoRefresh', 'autoRefreshFailed']) {
      const refused = await failure('updateRecord', { organisationId: organisation.id, tokenId: crpt.id, changes: { settings: { [key]: '/etc/passwd' } } });
      expect(refused).toMatchObject({ code: 'invalid_field', field: key });
    }
  });
});
