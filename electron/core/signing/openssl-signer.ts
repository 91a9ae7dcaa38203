import { basename } from 'node:path';
import { AppFailure } from '../errors';
import type { Language } from '../../../shared/model/types';
import { message } from '../../../shared/texts/messages';
import { checkOpensslPath, resolveOpenssl } from './find-openssl';
import { withPrivateTempDir } from './private-temp';
import { ProcessFailure, runProcess } from './run-process';
import { checkSignerFile } from './signer-file';
import { DEFAULT_SIGN_TIMEOUT_MS, type SignOptions, type Signer } from './signer';

export interface OpensslSignerOptions {
  /** The signer's certificate (PEM). */
  certPath: string;
  /** Its private key (PEM, possibly encrypted). */
  keyPath: string;
  /** Password of an encrypted key; given to openssl on stdin, never on the command line. */
  keyPassword?: string;
  /** The openssl binary, an absolute path; by default the one on PATH, resolved to an absolute path. */
  opensslPath?: string;
  /** Environment of the child; by default this process's, so OPENSSL_CONF can load the GOST engine. */
  env?: NodeJS.ProcessEnv;
  /** Digest (`-md`), e.g. md_gost12_256; by default openssl picks the one that fits the key. */
  digest?: string;
  timeoutMs?: number;
  language?: Language;
}

/**
 * `openssl cms -sign` with certificate and key files: GOST R 34.10-2012 through the
 * engine the OPENSSL_CONF of the environment loads, or any algorithm OpenSSL
 * supports (ECDSA, RSA). The output is DER CMS SignedData with the signer's
 * certificate and the usual signed attributes (contentType, signingTime, messageDigest).
 */
export function createOpensslSigner(options: OpensslSignerOptions): Signer {
  const language = options.language ?? 'ru';
  const timeoutMs = options.timeoutMs ?? DEFAULT_SIGN_TIMEOUT_MS;

  return {
    kind: 'openssl',
    async sign(data: Uint8Array, signOptions: SignOptions): Promise<string> {
      const env = options.env ?? process.env;
      const openssl = options.opensslPath === undefined ? await resolveOpenssl(env, language) : checkOpensslPath(options.opensslPath, language);
      // openssl would read a FIFO or /dev/zero until the timeout: such files are refused before it runs.
      await checkSignerFile(options.certPath, language, 'certPath');
      await checkSignerFile(options.keyPath, language, 'keyPath');
      return withPrivateTempDir(async (dir) => {
        const input = await dir.write('data.bin', data);
        const output = dir.file('signature.der');
        const args = [
          'cms',
          '-sign',
          '-binary',
          '-in',
          input,
          '-signer',
          options.certPath,
          '-inkey',
          options.keyPath,
          // A password comes on stdin; without one an empty password, so openssl never opens the terminal to ask.
          '-passin',
          options.keyPassword === undefined ? 'pass:' : 'stdin',
          '-outform',
          'DER',
          '-out',
          output,
          '-nosmimecap',
        ];
        if (!signOptions.detached) args.push('-nodetach');
        if (options.digest) args.push('-md', options.digest);
        try {
          await runProcess(openssl, args, {
            timeoutMs,
            env,
            input: options.keyPassword === undefined ? '' : `${options.keyPassword}\n`,
            encoding: 'utf8',
            maxOutputBytes: 256 * 1024,
            ...(signOptions.signal ? { signal: signOptions.signal } : {}),
          });
        } catch (error) {
          throw opensslFailure(error, options, language, timeoutMs);
        }
        const der = await dir.read('signature.der').catch(() => Buffer.alloc(0));
        if (der.length === 0) throw new AppFailure('signing_failed', message('sign_empty_output', language, { tool: 'openssl' }));
        return der.toString('base64');
      }, 'token-assistant-sign-');
    },
  };
}

/** Maps what openssl printed to a message a person can act on. Exported for tests. */
export function opensslFailure(error: unknown, options: Pick<OpensslSignerOptions, 'certPath' | 'keyPath'>, language: Language, timeoutMs: number): AppFailure {
  if (error instanceof AppFailure) return error;
  if (!(error instanceof ProcessFailure)) {
    return new AppFailure('signing_failed', message('sign_failed', language, { tool: 'openssl', detail: error instanceof Error ? error.message : String(error) }));
  }
  if (error.kind === 'not-found' || error.kind === 'not-executable') {
    return new AppFailure('signer_unavailable', message('sign_tool_not_found', language, { tool: 'openssl', hint: message('sign_hint_openssl', language) }));
  }
  if (error.kind === 'timeout') {
    return new AppFailure('signer_timeout', message('sign_timeout', language, { tool: 'openssl', seconds: String(Math.round(timeoutMs / 1000)) }));
  }
  const text = error.outputText;
  if (/signer certificate/i.test(text)) {
    return new AppFailure('certificate_unreadable', message('openssl_cert_unreadable', language, { file: basename(options.certPath) }));
  }
  if (/private key does not match|key values mismatch|key type mismatch/i.test(text)) {
    return new AppFailure('signing_failed', message('openssl_key_mismatch', language));
  }
  if (/signing key/i.test(text)) {
    if (/unsupported/i.test(text) && !/bad decrypt|wrong password|passphrase/i.test(text)) {
      return new AppFailure('signing_failed', message('openssl_gost_missing', language));
    }
    return new AppFailure('signing_failed', message('openssl_key_unreadable', language, { file: basename(options.keyPath) }));
  }
  if (/unknown (digest|algorithm|option)|unsupported algorithm|no such engine|engine/i.test(text)) {
    return new AppFailure('signing_failed', message('openssl_gost_missing', language));
  }
  return new AppFailure('signing_failed', message('sign_failed', language, { tool: 'openssl', detail: firstLines(text) || error.message }));
}

/** The first meaningful lines of openssl's output, without the hex error-stack noise. */
function firstLines(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[0-9A-F]{8,}:error:[0-9A-F]+:/, '').trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' ');
  return lines.length > 300 ? `${lines.slice(0, 297)}…` : lines;
}
