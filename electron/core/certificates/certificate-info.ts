/**
 * What the UI and the CLI show of a qualified certificate (УКЭП), whichever way
 * it was read: an X.509 file (OpenSSL) or a CryptoPro store listing.
 */
export interface CertificateInfo {
  /** SHA-1 of the DER, 40 upper-case hex digits: CryptoPro selects a certificate by it. */
  thumbprint: string;
  /** Serial number, lower-case hex without leading 0x. */
  serialNumber: string;
  /** Who the certificate belongs to: CN, or surname and given names. */
  owner: string;
  /** Surname and given names (SN + G) of the person, when present. */
  person: string;
  /** Organisation (O), empty for a person or a sole trader. */
  organisation: string;
  /** Position (T), when present. */
  title: string;
  /** ИНН of the person or sole trader (OID 1.2.643.3.131.1.1), normalised: an old 12-digit «00…» form of a company ИНН becomes 10 digits. */
  inn: string;
  /** ИНН ЮЛ of the organisation (OID 1.2.643.100.4). */
  innLe: string;
  /** The ИНН Честный знак authorises: ИНН ЮЛ when there is one, else ИНН. */
  taxId: string;
  /** ОГРН (1.2.643.100.1) or ОГРНИП (1.2.643.100.5). */
  ogrn: string;
  /** СНИЛС (1.2.643.100.3). */
  snils: string;
  /** Issuer's CN (the certification authority). */
  issuer: string;
  /** ISO 8601 instants. */
  notBefore: string;
  notAfter: string;
  source: 'file' | 'cryptopro';
  /** CryptoPro: whether the store links a private key container. */
  hasPrivateKey?: boolean;
  /** CryptoPro: the key container name. */
  container?: string;
}

export const OID = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  givenName: '2.5.4.42',
  title: '2.5.4.12',
  organisation: '2.5.4.10',
  inn: '1.2.643.3.131.1.1',
  innLe: '1.2.643.100.4',
  ogrn: '1.2.643.100.1',
  ogrnip: '1.2.643.100.5',
  snils: '1.2.643.100.3',
} as const;

/** Names a Russian УКЭП subject uses, in every spelling the tools print (CryptoAPI, OpenSSL, Russian labels). */
const ALIASES: Record<string, string> = {
  CN: OID.commonName,
  SN: OID.surname,
  S_N: OID.surname,
  SURNAME: OID.surname,
  G: OID.givenName,
  GN: OID.givenName,
  GIVENNAME: OID.givenName,
  T: OID.title,
  TITLE: OID.title,
  O: OID.organisation,
  INN: OID.inn,
  'ИНН': OID.inn,
  INNLE: OID.innLe,
  'ИННЮЛ': OID.innLe,
  'ИНН ЮЛ': OID.innLe,
  OGRN: OID.ogrn,
  'ОГРН': OID.ogrn,
  OGRNIP: OID.ogrnip,
  'ОГРНИП': OID.ogrnip,
  SNILS: OID.snils,
  'СНИЛС': OID.snils,
};

/** Maps an attribute name as printed (`CN`, `ИНН ЮЛ`, `OID.1.2.643.100.4`, `1.2.643.3.131.1.1`) to its OID. */
export function attributeOid(name: string): string {
  const trimmed = name.trim();
  const bare = trimmed.replace(/^OID\./i, '');
  if (/^\d+(\.\d+)+$/.test(bare)) return bare;
  return ALIASES[trimmed.toUpperCase()] ?? ALIASES[trimmed] ?? trimmed.toUpperCase();
}

/** Only digits; a legacy company ИНН written as 12 digits with «00» in front becomes 10. */
export function normaliseInn(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 12 && digits.startsWith('00')) return digits.slice(2);
  return digits;
}

/** Builds the common fields from attribute values keyed by OID (first value of each). */
export function subjectFields(
  attributes: ReadonlyMap<string, string>,
): Pick<CertificateInfo, 'owner' | 'person' | 'organisation' | 'title' | 'inn' | 'innLe' | 'taxId' | 'ogrn' | 'snils'> {
  const get = (oid: string): string => (attributes.get(oid) ?? '').trim();
  const person = [get(OID.surname), get(OID.givenName)].filter(Boolean).join(' ');
  const inn = normaliseInn(get(OID.inn));
  const innLe = normaliseInn(get(OID.innLe));
  return {
    owner: get(OID.commonName) || person || get(OID.organisation),
    person,
    organisation: get(OID.organisation),
    title: get(OID.title),
    inn,
    innLe,
    taxId: innLe || inn,
    ogrn: get(OID.ogrn).replace(/\D/g, '') || get(OID.ogrnip).replace(/\D/g, ''),
    snils: get(OID.snils).replace(/\D/g, ''),
  };
}

/**
 * Decodes a value @peculiar/x509 or CryptoAPI leaves as `#hex` (a string type it does not map,
 * such as the NumericString in which ИНН, ОГРН and СНИЛС are encoded).
 */
export function decodeHexAttribute(value: string): string {
  if (!value.startsWith('#')) return value;
  const bytes = Buffer.from(value.slice(1), 'hex');
  if (bytes.length < 2) return '';
  const tag = bytes[0] ?? 0;
  let length = bytes[1] ?? 0;
  let offset = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i += 1) length = (length << 8) | (bytes[offset + i] ?? 0);
    offset += count;
  }
  const content = bytes.subarray(offset, offset + length);
  switch (tag) {
    case 0x0c: // UTF8String
      return content.toString('utf8');
    case 0x1e: // BMPString, UTF-16BE
      return Buffer.from(content).swap16().toString('utf16le');
    case 0x12: // NumericString
    case 0x13: // PrintableString
    case 0x16: // IA5String
    case 0x14: // TeletexString
      return content.toString('latin1');
    default:
      return content.toString('utf8');
  }
}
