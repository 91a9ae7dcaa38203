import { describe, expect, it } from 'vitest';
import { certificateDaysLeft, certificateExpiryText } from '../../../shared/certificates/expiry';
import { innMismatchOf } from '../../../electron/core/certificates/inn-match';

const now = new Date('2026-12-05T12:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

describe('a certificate’s end as a person reads it', () => {
  it.each([
    [30.5, 'истекает через 30 дней'],
    [21.2, 'истекает через 21 день'],
    [2.5, 'истекает через 2 дня'],
    [0.5, 'истекает сегодня'],
    [-0.5, 'истёк сегодня'],
    [-3.5, 'истёк 3 дня назад'],
  ])('%s days → «%s»', (days, text) => {
    expect(certificateExpiryText(inDays(days), now, 'ru')).toBe(text);
  });

  it('counts whole days and is negative once ended', () => {
    expect(certificateDaysLeft(inDays(7.9), now)).toBe(7);
    expect(certificateDaysLeft(inDays(-0.1), now)).toBe(-1);
  });
});

describe('which ИНН must be the organisation’s', () => {
  const company = { innLe: '7707083893', inn: '771234567859' };
  it('the certificate’s ИНН ЮЛ or ИНН, an old «00» 12-digit company ИНН included', () => {
    expect(innMismatchOf('7707083893', company, undefined)).toBeNull();
    expect(innMismatchOf('771234567859', company, undefined)).toBeNull();
    expect(innMismatchOf('7736050003', { innLe: '', inn: '007736050003' }, undefined)).toBeNull();
    expect(innMismatchOf('7736050003', company, undefined)).toEqual({ signedInn: '7707083893', organisationInn: '7736050003', source: 'certificate' });
  });

  it('the МЧД’s ИНН when given; nothing to compare without an organisation ИНН or a certificate ИНН', () => {
    expect(innMismatchOf('7736050003', company, '7736050003')).toBeNull();
    expect(innMismatchOf('7736050003', company, '7710140679')).toMatchObject({ signedInn: '7710140679', source: 'mchd' });
    expect(innMismatchOf('', company, undefined)).toBeNull();
    expect(innMismatchOf('190000000', company, undefined)).toBeNull();
    expect(innMismatchOf('7736050003', { innLe: '', inn: '' }, undefined)).toBeNull();
    expect(innMismatchOf('7736050003', null, undefined)).toBeNull();
  });
});
