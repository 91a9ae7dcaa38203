import { describe, expect, it } from 'vitest';
import { allowedPortalUrl } from '../../../shared/portals';

describe('which links the app opens in the browser', () => {
  it.each([
    'https://account.gov.by',
    'https://account.gov.by/systemSystem/applicationSystemOrg/v1',
    'https://zakupki.gov.ru/epz/main/public/home.html',
    'https://markirovka.crpt.ru/',
  ])('opens the official portal %s', (url) => expect(allowedPortalUrl(url)).not.toBeNull());

  it.each([
    'http://account.gov.by/',
    'https://account.gov.by.evil.example/',
    'https://evil.example/?https://account.gov.by',
    'https://user:pass@account.gov.by/',
    'https://account.gov.by:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => expect(allowedPortalUrl(url)).toBeNull());
});
