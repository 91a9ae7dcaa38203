import type { TokenKindId } from '../model/types';
import type { LocalText } from './types';

/**
 * What the dashboard needs to know of each kind: its name, how it is obtained, how its expiry reads,
 * what its secret is called. Kept apart from the catalog (the wizards' steps, fields and settings, with
 * their validators) so that the app's first screen loads without them (issue #12). The kind specs take
 * their title, acquisition and expiryIsDate from here; a test checks the secret's label against the fields.
 */
export interface KindBasics {
  title: LocalText;
  acquisition: 'manual' | 'automatic';
  /** The expiry is a calendar date (ЕИС «Срок действия»), not an instant. */
  expiryIsDate: boolean;
  /** The label of the kind's secret field: «Токен», «Идентификатор», «Ключ». */
  secretLabel: LocalText;
}

const TOKEN: LocalText = { ru: 'Токен', en: 'Token' };

export const KIND_BASICS: Record<TokenKindId, KindBasics> = {
  oais: {
    title: { ru: 'Токен ОАИС «система-система»', en: 'OAIS “system-to-system” token' },
    acquisition: 'manual',
    expiryIsDate: false,
    secretLabel: TOKEN,
  },
  tpsclient: {
    title: { ru: 'Токен ОАИС для TPSClient (таможня)', en: 'OAIS token for TPSClient (customs)' },
    acquisition: 'manual',
    expiryIsDate: false,
    secretLabel: TOKEN,
  },
  smdo: {
    title: { ru: 'Доступ к API СМДО (логин и ключ)', en: 'СМДО API access (login and key)' },
    acquisition: 'automatic',
    expiryIsDate: false,
    secretLabel: { ru: 'Ключ', en: 'Key' },
  },
  eis: {
    title: { ru: 'Идентификатор для сервисов отдачи ЕИС', en: 'ЕИС data services identifier' },
    acquisition: 'manual',
    expiryIsDate: true,
    secretLabel: { ru: 'Идентификатор', en: 'Identifier' },
  },
  crpt: {
    title: { ru: 'Честный знак: токен СУЗ или True API', en: 'Честный знак: СУЗ or True API token' },
    acquisition: 'automatic',
    expiryIsDate: false,
    secretLabel: TOKEN,
  },
};
