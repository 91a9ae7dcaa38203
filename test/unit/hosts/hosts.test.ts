import { describe, expect, it } from 'vitest';
import { crptAutoRefreshAllowed, endpointOriginOf, isOfficialOrigin, originOf } from '../../../shared/hosts';
import { acceptableChallenge } from '../../../electron/core/providers/crpt/challenge';

describe('the host a record’s credentials go to', () => {
  it('is the origin, however the address is written', () => {
    expect(originOf(' HTTPS://SMDO.Example.BY:443/gateway/token ')).toBe('https://smdo.example.by');
    expect(originOf('https://smdo.example.by:8243/token')).toBe('https://smdo.example.by:8243');
    expect(originOf('http://127.0.0.1:41117/token')).toBe('http://127.0.0.1:41117');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('not a url')).toBeNull();
  });

  it('an official stand is official only as the seeds name it: another port or a look-alike name is not', () => {
    expect(isOfficialOrigin('https://markirovka.crpt.ru')).toBe(true);
    expect(isOfficialOrigin('https://suzgrid.crpt.ru:16443')).toBe(true);
    expect(isOfficialOrigin('http://markirovka.crpt.ru')).toBe(false);
    expect(isOfficialOrigin('https://markirovka.crpt.ru:8443')).toBe(false);
    expect(isOfficialOrigin('https://markirovka.crpt.ru.evil.example')).toBe(false);
    expect(originOf('https://markirovka.crpt.ru@evil.example/api/v3/true-api')).toBe('https://evil.example');
  });

  it('is read from the setting of each kind, and automatic refresh needs an official stand', () => {
    expect(endpointOriginOf('smdo', { tokenUrl: 'https://smdo.example.by/token' })).toBe('https://smdo.example.by');
    expect(endpointOriginOf('eis', { checkEndpoint: 'https://int.zakupki.gov.ru/eis-integration/services/getDocsIP' })).toBe('https://int.zakupki.gov.ru');
    expect(endpointOriginOf('oais', { tokenUrl: 'https://x.example' })).toBeNull();
    expect(crptAutoRefreshAllowed({ stand: 'sandbox', trueApiBase: 'https://markirovka.sandbox.crptech.ru/api/v3/true-api' })).toBe(true);
    expect(crptAutoRefreshAllowed({ stand: 'custom', trueApiBase: 'http://127.0.0.1:8080/api/v3/true-api' })).toBe(false);
    expect(crptAutoRefreshAllowed({})).toBe(false);
  });
});

describe('a True API challenge', () => {
  it('is short printable ASCII; anything else is not signed', () => {
    expect(acceptableChallenge('NSJKLVHIRNBERJFHKJSDGHBEHJKSDFGH')).toBe(true);
    expect(acceptableChallenge('A'.repeat(1024))).toBe(true);
    expect(acceptableChallenge('A'.repeat(1025))).toBe(false);
    expect(acceptableChallenge('')).toBe(false);
    expect(acceptableChallenge('ABC\u0000DEF')).toBe(false);
    expect(acceptableChallenge('ABC\tDEF')).toBe(false);
    expect(acceptableChallenge('ABC\u202EDEF')).toBe(false);
    expect(acceptableChallenge('Договор')).toBe(false);
  });
});
