import { describe, expect, it } from 'vitest';
import { crptDestinationsText, crptRefreshedNotice } from '../../../electron/core/providers/crpt/refreshed-notice';
import { requireOwnConnection } from '../../../electron/core/providers/crpt/shared-connection';
import { AppFailure } from '../../../electron/core/errors';
import { describeConnectionUsers, recordsOnConnection } from '../../../shared/kinds/crpt-shared-connection';
import type { OrganisationView, TokenView } from '../../../shared/model/types';

const CONNECTION = '11b1abc1-f1ee-11db-1a11-f11ac11111e1';

function token(id: string, settings: Record<string, string>, kind: TokenView['kind'] = 'crpt'): TokenView {
  return {
    id,
    organisationId: 'org',
    kind,
    label: `Запись ${id}`,
    systemName: '',
    techEmail: '',
    hint: '',
    expiresAt: '2026-12-05T20:00:00.000Z',
    obtainedAt: '2026-12-05T10:00:00.000Z',
    notes: '',
    history: [],
    settings,
    certificateExpiresAt: null,
    smdoKeySetAt: null,
  };
}

function organisation(name: string, tokens: TokenView[]): OrganisationView {
  return { id: name, name, taxId: '', tokens } as OrganisationView;
}

describe('records on one omsConnection (seed 004: one live token per connection)', () => {
  const snapshot = {
    organisations: [
      organisation('ООО «Ромашка»', [token('a', { omsConnection: CONNECTION }), token('t', { purpose: 'trueapi' }), token('o', { omsConnection: CONNECTION }, 'oais')]),
      organisation('ООО «Лютик»', [token('b', { purpose: 'suz', omsConnection: CONNECTION.toUpperCase() }), token('c', { omsConnection: CONNECTION.replace('e1', 'e2') })]),
    ],
  };

  it('finds the other СУЗ records whatever the case or spaces, leaving out the record itself, True API and other kinds', () => {
    expect(recordsOnConnection(snapshot, ` ${CONNECTION.toUpperCase()} `).map((user) => user.tokenId)).toEqual(['a', 'b']);
    expect(recordsOnConnection(snapshot, CONNECTION, 'a').map((user) => user.tokenId)).toEqual(['b']);
    expect(recordsOnConnection(snapshot, '')).toEqual([]);
    expect(describeConnectionUsers(recordsOnConnection(snapshot, CONNECTION))).toBe('ООО «Ромашка» · Запись a», «ООО «Лютик» · Запись b');
  });

  it('the core refuses with crpt_shared_connection next to omsConnection, naming the other record', () => {
    let thrown: unknown;
    try {
      requireOwnConnection(snapshot, CONNECTION, 'a', 'ru');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppFailure);
    expect((thrown as AppFailure).toAppError()).toEqual({
      code: 'crpt_shared_connection',
      field: 'omsConnection',
      message: expect.stringContaining('уже использует запись «ООО «Лютик» · Запись b»'),
    });
    expect(() => requireOwnConnection(snapshot, CONNECTION.replace('e1', 'e3'), undefined, 'ru')).not.toThrow();
  });
});

describe('the «paste the new token» notice', () => {
  it('a СУЗ token goes to the marking program and the СУЗ API header', () => {
    expect(crptDestinationsText({ purpose: 'suz' }, 'ru')).toBe(
      'СУЗ (API) — HTTP-заголовок clientToken каждого запроса к СУЗ; Программа маркировки (АСУ ТП) — поле «clientToken» / «Токен СУЗ» в настройках подключения к СУЗ',
    );
  });

  it('a True API token names True API’s header, in English too, with the zone of its time', () => {
    const { title, body } = crptRefreshedNotice(token('t', { purpose: 'trueapi' }), organisation('LLC Daisy', []), 'en');
    expect(title).toBe('The Честный знак token was refreshed: paste the new one');
    expect(body).toContain('LLC Daisy · Запись t');
    expect(body).toContain('True API — the Authorization: Bearer <token> header');
    expect(body).not.toContain('СУЗ (API)');
    expect(body).toContain('until 05.12.2026 23:00 (Moscow time)');
  });
});
