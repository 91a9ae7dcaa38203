/** Certificates of the user: parsed X.509 files and the CryptoPro store. */
export type { CertificateInfo } from './certificate-info';
export { normaliseInn } from './certificate-info';
export { parseCertificate, readCertificateFile, certificateDers } from './parse-x509';
export { listCryptoProCertificates, parseCertmgrList, parseDistinguishedName } from './certmgr';

/** Days left before the certificate expires (negative once expired), for reminders. */
export function certificateDaysLeft(notAfter: string, now: Date): number {
  return Math.floor((Date.parse(notAfter) - now.getTime()) / 86_400_000);
}
