import { AppFailure } from '../errors';
import type { ErrorCode } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/model/types';
import { message, type MessageCode } from '../../../shared/texts/messages';

/**
 * CryptoPro's tools print a line such as `[ErrorCode: 0x8009001f]` and a
 * localised sentence (cp1251 on Windows). The usual failures become a Russian
 * message that says what to do; anything else keeps the tool's own words.
 */

interface KnownError {
  codes: readonly number[];
  /** Matches the tool's text when it prints no code (licence messages, PIN prompts). */
  text?: RegExp;
  message: MessageCode;
  errorCode: ErrorCode;
}

const KNOWN: readonly KnownError[] = [
  // NTE_BAD_KEYSET_PARAM: the classic «no access to the key container» (carrier unplugged, another user's container)
  { codes: [0x8009001f], message: 'cryptopro_no_key_access', errorCode: 'signing_failed' },
  // NTE_BAD_KEYSET, NTE_NO_KEY, NTE_KEYSET_NOT_DEF
  { codes: [0x80090016, 0x8009000d, 0x80090019], message: 'cryptopro_keyset_missing', errorCode: 'signing_failed' },
  // CERT_E_CHAINING, CERT_E_UNTRUSTEDROOT
  { codes: [0x800b010a, 0x800b0109], message: 'cryptopro_chain', errorCode: 'signing_failed' },
  // CRYPT_E_NO_REVOCATION_CHECK, CRYPT_E_REVOCATION_OFFLINE, CERT_E_REVOCATION_FAILURE
  { codes: [0x80092012, 0x80092013, 0x800b010e], message: 'cryptopro_revocation', errorCode: 'signing_failed' },
  // CERT_E_EXPIRED
  { codes: [0x800b0101], message: 'cryptopro_cert_expired', errorCode: 'signing_failed' },
  // SCARD_W_WRONG_CHV; the Russian and English words for a wrong PIN
  {
    codes: [0x8010006b],
    text: /(неверн\S*|неправильн\S*)\s+(pin|пин|парол)|wrong\s+(pin|password)|incorrect\s+(pin|password)/iu,
    message: 'cryptopro_wrong_pin',
    errorCode: 'signing_failed',
  },
  // SCARD_W_CHV_BLOCKED
  { codes: [0x8010006c], message: 'cryptopro_pin_blocked', errorCode: 'signing_failed' },
  // NTE_SILENT_CONTEXT: a PIN is needed but the provider may not show its window
  { codes: [0x80090022], message: 'cryptopro_pin_required', errorCode: 'signing_failed' },
  // cryptcp's own «certificates not found», CRYPT_E_NOT_FOUND
  { codes: [0x2000012d, 0x80092004], message: 'cryptopro_cert_not_found', errorCode: 'signing_failed' },
  // NTE_PERM, E_ACCESSDENIED
  { codes: [0x80090010, 0x80070005], message: 'cryptopro_access_denied', errorCode: 'signing_failed' },
  // 0x8007065B (ERROR_FUNCTION_FAILED) is what the CSP answers once its licence is over; the text says so too
  {
    codes: [0x8007065b],
    text: /(лицензи\S*[^\n]{0,60}(истек|истёк|просроч|недейств))|((истек|истёк)[^\n]{0,60}лицензи)|licen[cs]e[^\n]{0,40}(expired|invalid)|(expired|invalid)[^\n]{0,40}licen[cs]e/iu,
    message: 'cryptopro_license_expired',
    errorCode: 'signing_failed',
  },
];

/** The error codes a CryptoPro tool printed, in order; 0 (success) is left out. */
export function extractCryptoProCodes(output: string): number[] {
  const codes: number[] = [];
  for (const match of output.matchAll(/(?:ErrorCode|Error number|Код ошибки|Ошибка)\s*[:=]?\s*\[?\s*0x([0-9a-f]{1,8})/giu)) {
    const code = Number.parseInt(match[1] ?? '0', 16);
    if (code !== 0 && !codes.includes(code)) codes.push(code);
  }
  // A bare 0x8xxxxxxx anywhere else (csptest prints «Error 0x8009001f» or «(0x8009001F)»).
  for (const match of output.matchAll(/0x([8a-f2][0-9a-f]{7})\b/giu)) {
    const code = Number.parseInt(match[1] ?? '0', 16);
    if (code !== 0 && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

export function formatHresult(code: number): string {
  return `0x${code.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** A short, safe excerpt of the tool's output for the message: the error lines, not the banner. */
export function cryptoProDetail(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\[ErrorCode:\s*0x[0-9a-f]+\]$/i.test(line))
    .filter((line) => !/\(c\)|copyright|CryptCP \d|Certmgr \d|^csptest|^Crypto-Pro|^КриптоПро|^program for|^\d+\s*-+$|^=+$/iu.test(line));
  const errorLines = lines.filter((line) => /error|ошибк|failed|не удалось|невозможно|отказ/iu.test(line));
  const picked = (errorLines.length > 0 ? errorLines : lines).slice(0, 3).join(' ');
  return picked.length > 300 ? `${picked.slice(0, 297)}…` : picked;
}

export interface CryptoProErrorContext {
  tool: string;
  thumbprint?: string;
  language?: Language;
}

/** Turns a failed CryptoPro run (its decoded output) into the message the user reads. */
export function cryptoProFailure(output: string, context: CryptoProErrorContext): AppFailure {
  const language = context.language ?? 'ru';
  const codes = extractCryptoProCodes(output);
  for (const code of codes) {
    const known = KNOWN.find((entry) => entry.codes.includes(code));
    if (known) return failureFor(known, formatHresult(code), context, language);
  }
  const byText = KNOWN.find((entry) => entry.text?.test(output));
  if (byText) return failureFor(byText, codes[0] === undefined ? '—' : formatHresult(codes[0]), context, language);
  const first = codes[0];
  return new AppFailure(
    'signing_failed',
    message('cryptopro_failed', language, {
      tool: context.tool,
      code: first === undefined ? '' : ` (${formatHresult(first)})`,
      detail: cryptoProDetail(output) || '—',
    }),
  );
}

function failureFor(known: KnownError, code: string, context: CryptoProErrorContext, language: Language): AppFailure {
  return new AppFailure(known.errorCode, message(known.message, language, { code, tool: context.tool, thumbprint: context.thumbprint ?? '—' }));
}
