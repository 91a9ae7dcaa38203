import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableKinds } from '../../../shared/kinds/catalog';
import { renewalRoute, routeLine } from '../../../shared/kinds/renewal-route';
import { SEEDS, normalise } from '../../support/seed-sentences';

/** Issue 10, point 15: the short route shown at the start of a renewal follows each kind's seed. */

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return normalise(readFileSync(path.join(SEEDS, file), 'utf8'));
}

const routeText = (kind: 'oais' | 'tpsclient' | 'eis') => (renewalRoute(kind)?.steps ?? []).map((line) => line.ru).join('\n');

describe('the renewal route (issue 10, point 15)', () => {
  it('every kind renewed by typing a token into its wizard past step 1 has a route to its own portal, in both languages', () => {
    const renewedByHand = availableKinds().filter((kind) => kind.acquisition === 'manual' && kind.steps.findIndex((step) => step.fields?.includes('secret')) > 0);
    expect(renewedByHand.map((kind) => kind.id).sort()).toEqual(['eis', 'oais', 'tpsclient']);
    for (const kind of renewedByHand) {
      const route = renewalRoute(kind.id);
      expect(route, kind.id).not.toBeNull();
      expect(new URL(route?.portal.url ?? '').origin).toBe(new URL(kind.portalUrl).origin);
      for (const line of route?.steps ?? []) {
        expect(line.ru.trim(), kind.id).not.toBe('');
        expect(line.en.trim(), kind.id).not.toBe('');
        expect(line.en.includes('{{system}}')).toBe(line.ru.includes('{{system}}'));
      }
    }
    // Renewed elsewhere: the СМДО key by its rotation checklist, Честный знак by a click or by itself.
    expect(renewalRoute('smdo')).toBeNull();
    expect(renewalRoute('crpt')).toBeNull();
  });

  it('ОАИС and TPSClient: sign in, the legal entity profile, the system card, «Обновить токен»; only TPSClient names who (seed 001)', () => {
    for (const kind of ['oais', 'tpsclient'] as const) {
      const text = routeText(kind);
      expect(text).toContain('профиль юридического лица');
      expect(text).toContain('«Разработчикам» → «Система ОАИС»');
      expect(text).toContain('«Обновить токен»');
    }
    expect(routeText('tpsclient')).toMatch(/директор .*или суперпользователь/);
    // Seed 000 does not say who may press «Обновить токен»: the ОАИС route names no role.
    expect(routeText('oais')).not.toMatch(/директор|суперпользователь|Уполномоченное/i);
    expect(routeText('oais')).toContain('строгой аутентификации');
  });

  it('ЕИС: the organisation administrator in ЛК Заказчика issues the identifier again (seed 003)', () => {
    expect(routeText('eis')).toContain('администратора организации');
    expect(routeText('eis')).toContain('«Администрирование»');
    expect(routeText('eis')).not.toContain('Обновить токен');
  });

  it('names the record’s system, or a generic phrase when it has none', () => {
    expect(routeLine('справа от {{system}}.', 'buh_1c', 'вашей системы')).toBe('справа от buh_1c.');
    expect(routeLine('справа от {{system}}.', '  ', 'вашей системы')).toBe('справа от вашей системы.');
  });
});

describe.skipIf(!existsSync(SEEDS))('the seeds behind the route', () => {
  it('say what the route repeats', () => {
    expect(seed('000')).toContain('профиль юридического лица');
    expect(seed('001')).toMatch(/руководителю предприятия или суперпользователю/);
    expect(seed('003')).toContain('под учетной записью администратора организации');
  });
});
