import 'reflect-metadata'; // @peculiar/x509 needs a Reflect metadata polyfill before it loads
import { X509Certificate } from '@peculiar/x509';
import { createHash } from 'node:crypto';
import { AppFailure } from '../errors';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { readSignerFile } from '../signing/signer-file';
import { attributeOid, decodeHexAttribute, subjectFields, OID, type CertificateInfo } from './certificate-info';

const PEM_BLOCK = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----([\s\S]*?)-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g;

/** The DER of every certificate in a file: PEM (one or several), DER, or bare base64. */
export function certificateDers(content: Uint8Array | string): Buffer[] {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (buffer.length > 0 && buffer[0] === 0x30) return [buffer];
  const text = buffer.toString('latin1');
  const blocks = [...text.matchAll(PEM_BLOCK)].map((match) => Buffer.from((match[1] ?? '').replace(/\s+/g, ''), 'base64'));
  if (blocks.length > 0) return blocks;
  const bare = text.replace(/\s+/g, '');
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(bare)) {
    const der = Buffer.from(bare, 'base64');
    if (der[0] === 0x30) return [der];
  }
  return [];
}

function attributesOf(json: ReturnType<X509Certificate['subjectName']['toJSON']>): Map<string, string> {
  const map = new Map<string, string>();
  for (const rdn of json) {
    for (const [name, values] of Object.entries(rdn)) {
      const oid = attributeOid(name);
      const first = values[0];
      if (first !== undefined && !map.has(oid)) map.set(oid, decodeHexAttribute(first));
    }
  }
  return map;
}

/** Parses one certificate (DER, or the first of a PEM file) with @peculiar/x509. */
export function parseCertificate(content: Uint8Array | string, language: Language = 'ru'): CertificateInfo {
  const der = certificateDers(content)[0];
  if (!der) throw new AppFailure('certificate_unreadable', message('cert_unreadable', language));
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(new Uint8Array(der));
  } catch {
    throw new AppFailure('certificate_unreadable', message('cert_unreadable', language));
  }
  const subject = attributesOf(cert.subjectName.toJSON());
  const issuer = attributesOf(cert.issuerName.toJSON());
  return {
    thumbprint: createHash('sha1').update(der).digest('hex').toUpperCase(),
    serialNumber: cert.serialNumber.toLowerCase(),
    ...subjectFields(subject),
    issuer: issuer.get(OID.commonName) ?? issuer.get(OID.organisation) ?? '',
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    source: 'file',
  };
}

/** Reads a certificate file (the one given to the OpenSSL signer, at most 64 KiB) and parses every certificate in it. */
export async function readCertificateFile(path: string, language: Language = 'ru'): Promise<CertificateInfo[]> {
  // A missing, oversized or special file (FIFO, /dev/zero) gets its own answer, not «файл повреждён».
  const content = await readSignerFile(path, language, 'certPath');
  const ders = certificateDers(content);
  if (ders.length === 0) throw new AppFailure('certificate_unreadable', message('cert_unreadable', language));
  return ders.map((der) => parseCertificate(der, language));
}
