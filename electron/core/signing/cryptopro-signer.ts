import { readFile } from 'node:fs/promises';
import { AppFailure } from '../errors';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { cryptoProFailure, extractCryptoProCodes } from './cryptopro-errors';
import { locateCryptoProTool, type LocateOptions } from './locate-cryptopro';
import { withPrivateTempDir } from './private-temp';
import { ProcessFailure, runProcess } from './run-process';
import { DEFAULT_SIGN_TIMEOUT_MS, type SignOptions, type Signer } from './signer';

export type CryptoProSignerTool = 'cryptcp' | 'csptest';

export interface CryptoProSignerOptions {
  tool: CryptoProSignerTool;
  /** SHA-1 thumbprint of a certificate in the current user's Personal store (uMy). */
  thumbprint: string;
  /**
   * The folder the user chose in the native dialog (the vault's app settings), searched
   * before the standard ones. No PIN option on purpose: CryptoPro takes a PIN only on its
   * command line, where every local user sees it; it asks for the PIN itself or uses the
   * one it remembers.
   */
  chosenFolder?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  language?: Language;
  /** Passed to the locator (platform, isExecutable) in tests. */
  locate?: Omit<LocateOptions, 'chosenFolder' | 'language'>;
}

/** A normalised thumbprint: 40 hex digits, upper case, without spaces or a 0x prefix. */
export function normaliseThumbprint(value: string): string | null {
  const compact = value
    .replace(/[\s:\u200e\u200f\ufeff]/g, '')
    .replace(/^0x/i, '')
    .toUpperCase();
  return /^[0-9A-F]{40}$/.test(compact) ? compact : null;
}

/** One CryptoPro operation at a time: two at once on one carrier would raise two PIN dialogs. */
let queue: Promise<unknown> = Promise.resolve();
function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** The argument list for each tool; exported so tests can check it. */
export function cryptoProSignArgs(tool: CryptoProSignerTool, thumbprint: string, input: string, output: string, detached: boolean): string[] {
  if (tool === 'cryptcp') {
    // cryptcp makes an attached signature unless told -detached; -nochain: no chain check while signing.
    return ['-sign', '-thumbprint', thumbprint, '-nochain', '-der', ...(detached ? ['-detached'] : []), input, output];
  }
  return ['-sfsign', '-sign', '-in', input, '-out', output, '-my', thumbprint, '-base64', '-add', ...(detached ? ['-detached'] : [])];
}

/** Accepts DER or base64 (with line breaks or PEM armour) and answers one line of base64 of the DER. */
export function toBase64Der(bytes: Buffer): string {
  if (bytes.length > 0 && bytes[0] === 0x30) return bytes.toString('base64');
  const text = bytes
    .toString('latin1')
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('-----'))
    .join('')
    .replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return '';
  const der = Buffer.from(text, 'base64');
  return der.length > 0 && der[0] === 0x30 ? der.toString('base64') : '';
}

/**
 * CryptoPro CSP through its console tools:
 * `cryptcp -sign -thumbprint <sha1> -nochain -der [-detached] in out` or
 * `csptest -sfsign -sign -in in -out out -my <sha1> -base64 -add [-detached]`.
 */
export function createCryptoProSigner(options: CryptoProSignerOptions): Signer {
  const language = options.language ?? 'ru';
  const timeoutMs = options.timeoutMs ?? DEFAULT_SIGN_TIMEOUT_MS;
  const thumbprint = normaliseThumbprint(options.thumbprint);
  let located: Promise<string> | undefined;

  return {
    kind: options.tool,
    async sign(data: Uint8Array, signOptions: SignOptions): Promise<string> {
      if (!thumbprint) throw new AppFailure('invalid_field', message('thumbprint_format', language), 'thumbprint');
      located ??= locateCryptoProTool(options.tool, {
        ...options.locate,
        ...(options.chosenFolder ? { chosenFolder: options.chosenFolder } : {}),
        language,
      });
      // A failed lookup is not cached: the user may install the tool and try again.
      const toolPath = await located.catch((error: unknown) => {
        located = undefined;
        throw error;
      });
      return exclusively(() =>
        withPrivateTempDir(async (dir) => {
          const input = await dir.write('data.bin', data);
          const output = dir.file(options.tool === 'cryptcp' ? 'signature.p7s' : 'signature.b64');
          const args = cryptoProSignArgs(options.tool, thumbprint, input, output, signOptions.detached);
          let printed = '';
          try {
            const result = await runProcess(toolPath, args, {
              timeoutMs,
              env: options.env ?? process.env,
              encoding: 'auto',
              maxOutputBytes: 1024 * 1024,
              ...(signOptions.signal ? { signal: signOptions.signal } : {}),
            });
            printed = `${result.stdoutText}\n${result.stderrText}`;
          } catch (error) {
            throw cryptoProRunFailure(error, options.tool, thumbprint, timeoutMs, language);
          }
          const bytes = await readFile(output).catch(() => Buffer.alloc(0));
          const base64 = toBase64Der(bytes);
          if (!base64) {
            // Some versions exit 0 after printing an error code; read it before giving up.
            if (extractCryptoProCodes(printed).length > 0) throw cryptoProFailure(printed, { tool: options.tool, thumbprint, language });
            throw new AppFailure('signing_failed', message('sign_empty_output', language, { tool: options.tool }));
          }
          return base64;
        }, 'token-assistant-sign-'),
      );
    },
  };
}

function cryptoProRunFailure(error: unknown, tool: string, thumbprint: string, timeoutMs: number, language: Language): AppFailure {
  if (error instanceof AppFailure) return error;
  if (!(error instanceof ProcessFailure)) {
    return new AppFailure('signing_failed', message('sign_failed', language, { tool, detail: error instanceof Error ? error.message : String(error) }));
  }
  if (error.kind === 'not-found' || error.kind === 'not-executable') {
    return new AppFailure('signer_unavailable', message('sign_tool_not_found', language, { tool, hint: message('sign_hint_cryptopro', language, { paths: error.file }) }));
  }
  if (error.kind === 'timeout') {
    return new AppFailure('signer_timeout', message('sign_timeout', language, { tool, seconds: String(Math.round(timeoutMs / 1000)) }));
  }
  return cryptoProFailure(error.outputText, { tool, thumbprint, language });
}
