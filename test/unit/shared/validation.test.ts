import { describe, expect, it } from 'vitest';
import { fieldWarning } from '../../../shared/validation/field-warnings';
import { normaliseSecret, validateField, validatePortalExpiry, validateTaxId } from '../../../shared/validation/fields';
import { getKind } from '../../../shared/kinds/catalog';
import type { KindSpec } from '../../../shared/kinds/types';
import { message } from '../../../shared/texts/messages';

const now = new Date('2026-11-22T09:00:00Z');
const oais = getKind('oais') as KindSpec;
const tpsclient = getKind('tpsclient') as KindSpec;

describe('the information system name (portal rule: digits, Latin letters, - and _)', () => {
  it.each(['buh_1c', 'ERP-2', 'test_js', 'A'])('accepts %s', (name) => {
    expect(validateField(oais, 'systemName', name, now)).toBeNull();
  });

  it.each(['Бухгалтерия', 'my system', 'erp.2', 'erp/2', 'buh@1c'])('rejects %s', (name) => {
    expect(validateField(oais, 'systemName', name, now)?.code).toBe('system_name');
  });

  it('requires exactly TPSClient for customs software, catching the capital-I look-alike', () => {
    expect(validateField(tpsclient, 'systemName', 'TPSClient', now)).toBeNull();
    expect(validateField(tpsclient, 'systemName', 'TPSCIient', now)?.code).toBe('system_name_tpsclient');
    expect(validateField(tpsclient, 'systemName', 'tpsclient', now)?.code).toBe('system_name_tpsclient');
  });
});

describe('the tech specialist e-mail', () => {
  it.each(['it@company.by', 'kap@nces.by', 'first.last+token@mail.example.ru'])('accepts %s', (email) => {
    expect(validateField(oais, 'techEmail', email, now)).toBeNull();
  });
  it.each(['it@company', 'company.by', 'it @company.by', 'it@@company.by'])('rejects %s', (email) => {
    expect(validateField(oais, 'techEmail', email, now)?.code).toBe('email');
  });
  it('is required', () => {
    expect(validateField(oais, 'techEmail', '  ', now)?.code).toBe('required');
  });
});

describe('the token as «Показать токен» shows it', () => {
  it('accepts the portal form and strips what copying adds', () => {
    expect(normaliseSecret(' "a085d755-1d26-3af1-a2b8-e34759278719"\n')).toBe('a085d755-1d26-3af1-a2b8-e34759278719');
    expect(validateField(tpsclient, 'secret', ' a085d755-1d26-3af1-a2b8-e34759278719 ', now)).toBeNull();
  });
  it.each(['a085d755-1d26-3af1-a2b8', 'a085d7551d263af1a2b8e34759278719', 'z085d755-1d26-3af1-a2b8-e34759278719'])(
    'warns about %s, unlike the seed’s one example, but lets it be saved: the seeds define no format',
    (secret) => {
      expect(validateField(tpsclient, 'secret', secret, now)).toBeNull();
      expect(fieldWarning(tpsclient, 'secret', secret)?.code).toBe('token_format_unusual');
    },
  );
  it('does not warn about a token like the example, and refuses what is too short to be one', () => {
    expect(fieldWarning(tpsclient, 'secret', 'a085d755-1d26-3af1-a2b8-e34759278719')).toBeNull();
    expect(validateField(tpsclient, 'secret', 'Токен', now)?.code).toBe('token_too_short');
  });
});

describe('the expiry as the portal shows it', () => {
  it('accepts a date in the future within the lifetime and returns the Minsk instant', () => {
    expect(validatePortalExpiry(tpsclient, '15.02.2027 11:00', now)).toEqual({ instant: new Date('2027-02-15T08:00:00Z') });
  });
  it('refuses a date already past', () => {
    expect(validatePortalExpiry(tpsclient, '15.01.2026 11:00', now)).toMatchObject({ code: 'date_in_past' });
  });
  it('refuses a TPSClient expiry far beyond three months, a likely mistyped year', () => {
    const problem = validatePortalExpiry(tpsclient, '15.02.2028 11:00', now);
    expect(problem).toMatchObject({ code: 'date_too_far', params: { months: '3' } });
    if (!('code' in problem)) return;
    // The limit reads naturally in either language: no doubled full stop, no Russian abbreviation in English.
    expect(message(problem.code, 'ru', problem.params)).toMatch(/^Срок действия больше 3 мес\. Проверьте год/);
    expect(message(problem.code, 'en', problem.params)).toMatch(/^The validity exceeds 3 months\./);
  });
  it('passes on format errors from the parser', () => {
    expect(validatePortalExpiry(oais, '31.02.2027 10:00', now)).toMatchObject({ code: 'date_invalid' });
    expect(validatePortalExpiry(oais, '2027-02-01', now)).toMatchObject({ code: 'date_format' });
  });
});

describe('УНП and ИНН', () => {
  it('accepts an empty value, a 9-digit УНП and ИНН with valid check digits', () => {
    expect(validateTaxId('')).toBeNull();
    expect(validateTaxId('190542056')).toBeNull();
    expect(validateTaxId('7707083893')).toBeNull(); // 10-digit ИНН of a well-known bank
    expect(validateTaxId('500100732259')).toBeNull(); // 12-digit ИНН, valid check digits
  });
  it.each(['7707083894', '500100732250'])('refuses the ИНН %s by its check digit', (taxId) => {
    expect(validateTaxId(taxId)?.code).toBe('tax_id');
  });
  it.each([
    ['12345', '5'],
    ['19123456', '8'],
    ['1234567890123', '13'],
  ])('says how many digits %s has instead of blaming a check digit', (taxId, count) => {
    expect(validateTaxId(taxId)).toEqual({ field: 'taxId', code: 'tax_id_length', params: { count } });
  });
  it('refuses letters as letters', () => {
    expect(validateTaxId('УНП123456')?.code).toBe('tax_id_digits');
  });
});
