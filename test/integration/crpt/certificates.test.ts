import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateDaysLeft, parseCertificate, readCertificateFile } from '../../../electron/core/certificates';
import { AppFailure } from '../../../electron/core/errors';
import { createTestPki, type TestPki } from '../../fixtures/openssl/test-pki';
import { X509Certificate, createHash } from 'node:crypto';

let pki: TestPki;
beforeAll(async () => {
  pki = await createTestPki();
});
afterAll(async () => {
  await pki.cleanup();
});

describe('X.509 parsing with @peculiar/x509 (certificates made by openssl)', () => {
  it('reads owner, organisation, ИНН, ИНН ЮЛ, ОГРН, thumbprint and validity of a УКЭП-like certificate', async () => {
    const pem = await readFile(pki.user.cert, 'utf8');
    const info = parseCertificate(pem);
    const node = new X509Certificate(pem);
    expect(info).toMatchObject({
      owner: 'ООО "Ромашка"',
      organisation: 'ООО "Ромашка"',
      person: 'Иванов Иван Иванович',
      title: 'Генеральный директор',
      inn: pki.user.inn,
      innLe: pki.user.innLe,
      taxId: pki.user.innLe,
      ogrn: pki.user.ogrn,
      snils: '11223344595',
      issuer: 'Тестовый УЦ Токен-помощника',
      serialNumber: '01a2b3c4d5e6f708',
      source: 'file',
    });
    expect(info.thumbprint).toBe(node.fingerprint.replace(/:/g, ''));
    expect(info.notAfter).toBe(new Date(node.validTo).toISOString());
    expect(info.notBefore).toBe(new Date(node.validFrom).toISOString());
    expect(certificateDaysLeft(info.notAfter, new Date(info.notBefore))).toBe(30);
  });

  it('reads DER as well as PEM, and every certificate of a bundle', async () => {
    const pem = await readFile(pki.user.cert, 'utf8');
    const der = new X509Certificate(pem).raw;
    expect(parseCertificate(der).thumbprint).toBe(createHash('sha1').update(der).digest('hex').toUpperCase());
    const bundle = `${pem}\n${await readFile(pki.caCert, 'utf8')}`;
    const { writeFile } = await import('node:fs/promises');
    const path = `${pki.dir}/bundle.pem`;
    await writeFile(path, bundle);
    const list = await readCertificateFile(path);
    expect(list.map((item) => item.owner)).toEqual(['ООО "Ромашка"', 'Тестовый УЦ Токен-помощника']);
  });

  it('refuses what is not a certificate, in Russian', async () => {
    expect(() => parseCertificate('hello')).toThrow(AppFailure);
    expect(() => parseCertificate(Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01]))).toThrow(/Не удалось прочитать сертификат/);
    await expect(readCertificateFile(`${pki.dir}/missing.pem`)).rejects.toThrow('Файл не найден: «missing.pem»');
  });
});
