import { AppFailure } from '../errors';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { cryptoProDetail, extractCryptoProCodes } from '../signing/cryptopro-errors';
import { normaliseThumbprint } from '../signing/cryptopro-signer';
import { locateCryptoProTool, type LocateOptions } from '../signing/locate-cryptopro';
import { ProcessFailure, runProcess } from '../signing/run-process';
import { attributeOid, decodeHexAttribute, subjectFields, OID, type CertificateInfo } from './certificate-info';

/**
 * `certmgr -list -store uMy` of CryptoPro CSP: blocks numbered `1-------`,
 * each a list of `Label : value` lines. English labels (CSP 4 and 5, also under
 * LC_ALL=C) and the Russian ones of a Russian locale are both understood.
 */

const LABELS: Record<string, keyof RawEntry> = {
  issuer: 'issuer',
  'издатель': 'issuer',
  subject: 'subject',
  'субъект': 'subject',
  serial: 'serial',
  'серийный номер': 'serial',
  'sha1 hash': 'sha1',
  'sha1 thumbprint': 'sha1',
  'sha1 отпечаток': 'sha1',
  'отпечаток sha1': 'sha1',
  'not valid before': 'notBefore',
  'выдан': 'notBefore',
  'действителен с': 'notBefore',
  'not valid after': 'notAfter',
  'истекает': 'notAfter',
  'действителен по': 'notAfter',
  'privatekey link': 'privateKey',
  'ссылка на ключ': 'privateKey',
  container: 'container',
  'контейнер': 'container',
};

interface RawEntry {
  issuer?: string;
  subject?: string;
  serial?: string;
  sha1?: string;
  notBefore?: string;
  notAfter?: string;
  privateKey?: string;
  container?: string;
}

/** Splits a CryptoAPI name (`CN=…, O="ООО ""Ромашка""", ИНН ЮЛ=…`) into attributes keyed by OID. */
export function parseDistinguishedName(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  let i = 0;
  const length = text.length;
  while (i < length) {
    while (i < length && (text[i] === ' ' || text[i] === ',' || text[i] === ';')) i += 1;
    const eq = text.indexOf('=', i);
    if (eq < 0) break;
    const name = text.slice(i, eq).trim();
    i = eq + 1;
    let value = '';
    if (text[i] === '"') {
      i += 1;
      while (i < length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else {
          value += text[i];
          i += 1;
        }
      }
      while (i < length && text[i] !== ',') i += 1;
    } else {
      // Unquoted: up to the next «, NAME=»; a comma inside a value is kept.
      const rest = text.slice(i);
      const next = rest.search(/,\s*(?:OID\.)?[\p{L}\d. _-]{1,40}=/u);
      value = (next < 0 ? rest : rest.slice(0, next)).trim();
      i += next < 0 ? rest.length : next;
    }
    const oid = attributeOid(name);
    if (name && !attributes.has(oid)) attributes.set(oid, decodeHexAttribute(value.trim()));
  }
  return attributes;
}

/** `21/03/2023  09:25:40 UTC` (or ISO-like `2023-03-21 09:25:40`) → ISO 8601. */
export function parseCertmgrDate(text: string): string {
  const dmy = /(\d{2})[/.](\d{2})[/.](\d{4})\s+(\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (dmy) {
    const [, d, m, y, hh, mm, ss] = dmy;
    return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss))).toISOString();
  }
  const ymd = /(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (ymd) {
    const [, y, m, d, hh, mm, ss] = ymd;
    return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss))).toISOString();
  }
  return '';
}

/** Parses the whole `certmgr -list` output into certificates; blocks without a thumbprint are skipped. */
export function parseCertmgrList(output: string): CertificateInfo[] {
  const blocks = output.split(/^\s*\d+-{3,}\s*$/m).slice(1);
  const result: CertificateInfo[] = [];
  for (const block of blocks) {
    const raw: RawEntry = {};
    for (const line of block.split(/\r?\n/)) {
      if (/^\s/.test(line)) continue; // continuation lines (Extended Key Usage)
      const match = /^([^:]+?)\s*:\s?(.*)$/.exec(line);
      if (!match) continue;
      const key = LABELS[(match[1] ?? '').trim().toLowerCase()];
      if (key && raw[key] === undefined) raw[key] = (match[2] ?? '').trim();
    }
    const thumbprint = normaliseThumbprint(raw.sha1 ?? '');
    if (!thumbprint) continue;
    const subject = parseDistinguishedName(raw.subject ?? '');
    const issuer = parseDistinguishedName(raw.issuer ?? '');
    const privateKey = (raw.privateKey ?? '').trim().toLowerCase();
    result.push({
      thumbprint,
      serialNumber: (raw.serial ?? '').replace(/^0x/i, '').replace(/\s/g, '').toLowerCase(),
      ...subjectFields(subject),
      issuer: issuer.get(OID.commonName) ?? issuer.get(OID.organisation) ?? '',
      notBefore: parseCertmgrDate(raw.notBefore ?? ''),
      notAfter: parseCertmgrDate(raw.notAfter ?? ''),
      source: 'cryptopro',
      hasPrivateKey: privateKey.startsWith('yes') || privateKey.startsWith('есть') || privateKey.startsWith('да'),
      ...(raw.container ? { container: raw.container } : {}),
    });
  }
  return result;
}

export interface ListCryptoProOptions {
  /** The folder the user chose in the native dialog (the vault's app settings); searched before the standard ones. */
  chosenFolder?: string;
  /** The store; the user's Personal store by default. */
  store?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  language?: Language;
  locate?: Omit<LocateOptions, 'chosenFolder' | 'language'>;
}

/** SCARD_E_NO_SUCH_CERTIFICATE: what certmgr answers for an empty store. */
const EMPTY_STORE = 0x8010002c;

/** Lists the certificates of the CryptoPro store (`certmgr -list -store uMy`). */
export async function listCryptoProCertificates(options: ListCryptoProOptions = {}): Promise<CertificateInfo[]> {
  const language = options.language ?? 'ru';
  const certmgr = await locateCryptoProTool('certmgr', {
    ...options.locate,
    ...(options.chosenFolder ? { chosenFolder: options.chosenFolder } : {}),
    language,
  });
  // English labels on Linux and macOS, whatever the user's locale; Windows prints in its own code page.
  const env = options.env ?? (process.platform === 'win32' ? process.env : { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' });
  let output: string;
  try {
    const result = await runProcess(certmgr, ['-list', '-store', options.store ?? 'uMy'], {
      timeoutMs: options.timeoutMs ?? 30_000,
      env,
      encoding: 'auto',
    });
    output = result.stdoutText;
  } catch (error) {
    if (error instanceof ProcessFailure && error.kind === 'exit') {
      const text = error.outputText;
      if (extractCryptoProCodes(text).includes(EMPTY_STORE)) return [];
      throw new AppFailure('signing_failed', message('cert_list_failed', language, { detail: cryptoProDetail(text) || error.message }));
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppFailure('signer_unavailable', message('cert_list_failed', language, { detail }));
  }
  return parseCertmgrList(output);
}
