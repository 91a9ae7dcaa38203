import { describe, expect, it } from 'vitest';
import { cryptoProFailure, extractCryptoProCodes, formatHresult } from '../../../electron/core/signing/cryptopro-errors';
import { candidatePaths, locateCryptoProTool, standardCryptoProDirs } from '../../../electron/core/signing/locate-cryptopro';
import { cryptoProSignArgs, normaliseThumbprint, toBase64Der } from '../../../electron/core/signing/cryptopro-signer';
import { AppFailure } from '../../../electron/core/errors';

const ctx = { tool: 'cryptcp', thumbprint: 'AB'.repeat(20) };

describe('CryptoPro error mapping', () => {
  it('finds the codes CryptoPro prints', () => {
    expect(extractCryptoProCodes('Ошибка: Неправильный параметр набора ключей.\n[ErrorCode: 0x8009001f]')).toEqual([0x8009001f]);
    expect(extractCryptoProCodes('Error number 0x800b010a (-2146762486).')).toEqual([0x800b010a]);
    expect(extractCryptoProCodes('[ErrorCode: 0x00000000]')).toEqual([]);
    expect(extractCryptoProCodes('Thumbprint 0x8f3a1c9b2d4e5f60718293a4b5c6d7e8f9012345')).toEqual([]);
    expect(formatHresult(0x8009001f)).toBe('0x8009001F');
  });

  const cases: [string, string, RegExp][] = [
    ['no key container access', 'Ошибка: Неправильный параметр набора ключей.\n[ErrorCode: 0x8009001f]', /нет доступа к контейнеру закрытого ключа \(0x8009001F\)/],
    ['keyset missing', 'Keyset does not exist\n[ErrorCode: 0x80090016]', /контейнер закрытого ключа не найден \(0x80090016\)/],
    ['chain', 'Цепочка сертификатов не построена.\n[ErrorCode: 0x800b010a]', /цепочку сертификатов.*\(0x800B010A\)/],
    ['untrusted root', '[ErrorCode: 0x800b0109]', /корневого центра/],
    ['revocation', '[ErrorCode: 0x80092013]', /не отозван/],
    ['expired certificate', '[ErrorCode: 0x800b0101]', /срок действия сертификата истёк/],
    ['wrong PIN', 'Введен неправильный PIN.\n[ErrorCode: 0x8010006b]', /Неверный PIN-код/],
    ['PIN blocked', '[ErrorCode: 0x8010006c]', /заблокирован/],
    ['PIN needed, no window', '[ErrorCode: 0x80090022]', /нужен PIN-код/],
    ['certificate not found', 'Не удалось найти сертификаты\n[ErrorCode: 0x2000012d]', /не найден в хранилище «Личное»/],
    ['licence expired (code)', '[ErrorCode: 0x8007065b]', /лицензии КриптоПро/],
    ['licence expired (text only)', 'Срок действия лицензии истек.', /лицензии КриптоПро/],
    ['licence expired (English)', 'Error: License is expired.', /лицензии КриптоПро/],
    ['wrong PIN (text only)', 'Неверный пин-код', /Неверный PIN-код/],
  ];
  it.each(cases)('%s', (_name, output, expected) => {
    const failure = cryptoProFailure(output, ctx);
    expect(failure).toBeInstanceOf(AppFailure);
    expect(failure.code).toBe('signing_failed');
    expect(failure.message).toMatch(expected);
  });

  it('keeps the tool’s own words for anything else, without the banner', () => {
    const failure = cryptoProFailure('CryptCP 5.0 (c) "КРИПТО-ПРО", 2002-2022.\nОшибка: Что-то совсем новое.\n[ErrorCode: 0x80091234]', ctx);
    expect(failure.message).toBe('КриптоПро (cryptcp) не смог подписать данные (0x80091234): Ошибка: Что-то совсем новое.');
  });
});

describe('CryptoPro command lines and output', () => {
  it('builds the documented argument lists', () => {
    const tp = '8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345';
    expect(cryptoProSignArgs('cryptcp', tp, 'in', 'out', false)).toEqual(['-sign', '-thumbprint', tp, '-nochain', '-der', 'in', 'out']);
    expect(cryptoProSignArgs('cryptcp', tp, 'in', 'out', true)).toEqual(['-sign', '-thumbprint', tp, '-nochain', '-der', '-detached', 'in', 'out']);
    expect(cryptoProSignArgs('csptest', tp, 'in', 'out', true)).toEqual(['-sfsign', '-sign', '-in', 'in', '-out', 'out', '-my', tp, '-base64', '-add', '-detached']);
    expect(cryptoProSignArgs('csptest', tp, 'in', 'out', false)).toEqual(['-sfsign', '-sign', '-in', 'in', '-out', 'out', '-my', tp, '-base64', '-add']);
  });

  it('normalises thumbprints as people copy them', () => {
    expect(normaliseThumbprint('8f 3a 1c 9b 2d 4e 5f 60 71 82 93 a4 b5 c6 d7 e8 f9 01 23 45')).toBe('8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345');
    expect(normaliseThumbprint('\u200e0x8f3a1c9b2d4e5f60718293a4b5c6d7e8f9012345')).toBe('8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345');
    expect(normaliseThumbprint('8f3a')).toBeNull();
  });

  it('turns DER or wrapped base64 into one line of base64', () => {
    const der = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]);
    expect(toBase64Der(der)).toBe('MAMCAQU=');
    expect(toBase64Der(Buffer.from('MAMC\r\nAQU=\r\n'))).toBe('MAMCAQU=');
    expect(toBase64Der(Buffer.from('-----BEGIN CMS-----\nMAMCAQU=\n-----END CMS-----\n'))).toBe('MAMCAQU=');
    expect(toBase64Der(Buffer.from('not base64 at all!'))).toBe('');
  });
});

describe('locating CryptoPro', () => {
  it('knows the standard folders', () => {
    expect(standardCryptoProDirs('linux', {}, 'x64')).toEqual(['/opt/cprocsp/bin/amd64', '/opt/cprocsp/bin']);
    expect(standardCryptoProDirs('linux', {}, 'arm64')[0]).toBe('/opt/cprocsp/bin/aarch64');
    expect(standardCryptoProDirs('win32', { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' })).toEqual([
      'C:\\Program Files\\Crypto Pro\\CSP',
      'C:\\Program Files (x86)\\Crypto Pro\\CSP',
    ]);
  });

  it('tries cryptcp’s Windows names and takes the first that exists', async () => {
    const env = { ProgramFiles: 'C:\\Program Files' };
    const paths = candidatePaths('cryptcp', { platform: 'win32', env });
    expect(paths).toContain('C:\\Program Files\\Crypto Pro\\CSP\\cryptcp.x64.exe');
    const found = await locateCryptoProTool('csptest', { platform: 'win32', env, isExecutable: async (p) => p === 'C:\\Program Files (x86)\\Crypto Pro\\CSP\\csptest.exe' });
    expect(found).toBe('C:\\Program Files (x86)\\Crypto Pro\\CSP\\csptest.exe');
  });

  it('says where it looked when nothing is there', async () => {
    const error = await locateCryptoProTool('cryptcp', { platform: 'linux', env: {}, arch: 'x64', isExecutable: async () => false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('signer_unavailable');
    expect((error as AppFailure).message).toContain('/opt/cprocsp/bin/amd64/cryptcp');
    expect((error as AppFailure).message).toContain('КриптоПро CSP');
  });

  it('looks in the folder the user chose first, then in the standard ones', async () => {
    const tried: string[] = [];
    const found = await locateCryptoProTool('cryptcp', {
      platform: 'linux',
      env: {},
      arch: 'x64',
      chosenFolder: '/srv/cprocsp',
      isExecutable: async (p) => (tried.push(p), p === '/opt/cprocsp/bin/amd64/cryptcp'),
    });
    expect(found).toBe('/opt/cprocsp/bin/amd64/cryptcp');
    expect(tried[0]).toBe('/srv/cprocsp/cryptcp');
  });

  it('never looks on a network share, even when the chosen folder or %ProgramFiles% names one', () => {
    const env = { ProgramFiles: '\\\\evil\\share', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
    for (const chosenFolder of ['\\\\evil\\share\\CSP', '//evil/share/CSP']) {
      const paths = candidatePaths('csptest', { platform: 'win32', env, chosenFolder });
      expect(paths).toEqual(['C:\\Program Files (x86)\\Crypto Pro\\CSP\\csptest.exe']);
    }
  });
});
