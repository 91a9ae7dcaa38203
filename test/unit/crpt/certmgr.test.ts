import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCertmgrDate, parseCertmgrList, parseDistinguishedName } from '../../../electron/core/certificates/certmgr';
import { attributeOid, decodeHexAttribute, normaliseInn } from '../../../electron/core/certificates/certificate-info';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('certmgr -list parser', () => {
  const list = parseCertmgrList(fixture('certmgr-list-umy.txt'));

  it('finds every certificate block', () => {
    expect(list.map((item) => item.thumbprint)).toEqual([
      '8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345',
      '2B7E151628AED2A6ABF7158809CF4F3C762E7160',
      '0D4E8C1F6A2B3C4D5E6F7A8B9C0D1E2F3A4B5C6D',
    ]);
  });

  it('reads a company director’s УКЭП: owner, organisation, ИНН ЮЛ, ИНН, ОГРН, validity, key link', () => {
    expect(list[0]).toEqual({
      thumbprint: '8F3A1C9B2D4E5F60718293A4B5C6D7E8F9012345',
      serialNumber: '01d9c3a6f2b1e0d09a5f2c6b00070001',
      owner: 'ООО "Ромашка"',
      person: 'Иванов Иван Иванович',
      organisation: 'ООО "Ромашка"',
      title: 'Генеральный директор',
      inn: '771234567859',
      innLe: '7707083893',
      taxId: '7707083893',
      ogrn: '1027700132195',
      snils: '11223344595',
      issuer: 'Федеральное казначейство',
      notBefore: '2025-03-14T08:12:45.000Z',
      notAfter: '2026-06-14T08:22:45.000Z',
      source: 'cryptopro',
      hasPrivateKey: true,
      container: 'HDIMAGE\\\\romashka.000\\8A1F',
    });
  });

  it('reads a sole trader (ОГРНИП, English names, SHA1 Hash with 0x, no key link)', () => {
    expect(list[1]).toMatchObject({
      owner: 'Петров Пётр Петрович',
      organisation: '',
      inn: '500100732259',
      taxId: '500100732259',
      ogrn: '304500116000157',
      hasPrivateKey: false,
      issuer: 'ООО "Компания "Тензор"',
    });
  });

  it('decodes hex NumericString values and the legacy 00-prefixed ИНН', () => {
    expect(list[2]).toMatchObject({ innLe: '7736050003', inn: '7736050003', ogrn: '1027700070518', owner: 'ООО "Чужая"', hasPrivateKey: true });
  });

  it('understands the Russian labels of a Russian locale', () => {
    const [item] = parseCertmgrList(fixture('certmgr-list-umy-ru.txt'));
    expect(item).toMatchObject({
      thumbprint: 'C1B2A39485766758493A2B1C0D9E8F7A6B5C4D3E',
      organisation: 'ПАО "Газпром"',
      innLe: '7736050003',
      inn: '3612345678',
      person: 'Сидоров Сидор Сидорович',
      notAfter: '2027-05-02T12:10:00.000Z',
      hasPrivateKey: true,
      container: 'FAT12_E\\gazprom-buh',
    });
  });

  it('answers an empty list for output without certificates', () => {
    expect(parseCertmgrList('Certmgr 1.1\n=====\nEmpty certificate list\n[ErrorCode: 0x8010002c]\n')).toEqual([]);
  });
});

describe('names and values', () => {
  it('splits a CryptoAPI name with quotes, doubled quotes and commas inside values', () => {
    const name = parseDistinguishedName('STREET="ул. Ленина, д. 1", O="ООО ""Ромашка""", L=г. Москва, д. 5, CN=Иванов');
    expect(name.get('STREET')).toBe('ул. Ленина, д. 1');
    expect(name.get('2.5.4.10')).toBe('ООО "Ромашка"');
    expect(name.get('L')).toBe('г. Москва, д. 5');
    expect(name.get('2.5.4.3')).toBe('Иванов');
  });

  it('maps every spelling of the Russian attributes to its OID', () => {
    for (const name of ['INN', 'ИНН', 'OID.1.2.643.3.131.1.1', '1.2.643.3.131.1.1']) expect(attributeOid(name)).toBe('1.2.643.3.131.1.1');
    for (const name of ['INNLE', 'ИНН ЮЛ', 'ИННЮЛ', 'OID.1.2.643.100.4']) expect(attributeOid(name)).toBe('1.2.643.100.4');
    for (const name of ['OGRN', 'ОГРН']) expect(attributeOid(name)).toBe('1.2.643.100.1');
  });

  it('decodes DER string values given as #hex', () => {
    expect(decodeHexAttribute('#120a37373037303833383933')).toBe('7707083893');
    expect(decodeHexAttribute('#0c0ad09ed09ed09e2031')).toBe('ООО 1');
    expect(decodeHexAttribute('#1e0404100411')).toBe('АБ');
    expect(decodeHexAttribute('plain')).toBe('plain');
  });

  it('normalises ИНН', () => {
    expect(normaliseInn('007707083893')).toBe('7707083893');
    expect(normaliseInn('771234567859')).toBe('771234567859');
    expect(normaliseInn(' 7707 083 893 ')).toBe('7707083893');
  });

  it('parses certmgr dates', () => {
    expect(parseCertmgrDate('14/03/2025  08:12:45 UTC')).toBe('2025-03-14T08:12:45.000Z');
    expect(parseCertmgrDate('2025-03-14 08:12:45')).toBe('2025-03-14T08:12:45.000Z');
    expect(parseCertmgrDate('?')).toBe('');
  });
});
