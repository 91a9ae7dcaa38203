import { execFile } from 'node:child_process';
import { TextDecoder } from 'node:util';

/**
 * Runs an OS tool as a child process: execFile with an argument array (never a
 * shell), a timeout, a cap on what it may print, and text decoding that copes
 * with CryptoPro's cp1251 output on Windows.
 */

export type OutputEncoding = 'utf8' | 'cp1251' | 'auto';

export interface RunOptions {
  /** The process is killed after this many milliseconds. Required: every call has a timeout. */
  timeoutMs: number;
  /** Cap for stdout and for stderr, each; the process is killed when it prints more. */
  maxOutputBytes?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Written to stdin, which is then closed. Without it stdin is closed at once, so a prompt fails instead of waiting. */
  input?: string | Uint8Array;
  /** How to turn the output into text: `auto` takes UTF-8 when the bytes are valid UTF-8, else cp1251. */
  encoding?: OutputEncoding;
  signal?: AbortSignal;
}

export interface RunResult {
  exitCode: number;
  stdout: Buffer;
  stderr: Buffer;
  stdoutText: string;
  stderrText: string;
}

export type ProcessFailureKind = 'not-found' | 'not-executable' | 'timeout' | 'output-too-large' | 'exit' | 'aborted' | 'spawn';

/** The process did not end with exit code 0; `result` holds what it printed, when it ran. */
export class ProcessFailure extends Error {
  readonly kind: ProcessFailureKind;
  readonly file: string;
  readonly result: RunResult | undefined;

  constructor(kind: ProcessFailureKind, file: string, detail: string, result?: RunResult) {
    super(`${file}: ${detail}`);
    this.name = 'ProcessFailure';
    this.kind = kind;
    this.file = file;
    this.result = result;
  }

  /** stdout and stderr together, decoded: where CryptoPro and OpenSSL put their error text. */
  get outputText(): string {
    return this.result ? `${this.result.stdoutText}\n${this.result.stderrText}`.trim() : '';
  }
}

export const DEFAULT_MAX_OUTPUT_BYTES = 4 * 1024 * 1024;

let cp1251: TextDecoder | undefined;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes tool output: UTF-8, Windows-1251, or whichever fits (`auto`). */
export function decodeOutput(bytes: Uint8Array, encoding: OutputEncoding = 'auto'): string {
  if (bytes.length === 0) return '';
  if (encoding === 'utf8') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (encoding === 'auto') {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      // not UTF-8: CryptoPro on Windows prints in the ANSI code page
    }
  }
  cp1251 ??= new TextDecoder('windows-1251');
  return cp1251.decode(bytes);
}

function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  return Buffer.alloc(0);
}

export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const encoding = options.encoding ?? 'auto';
  const maxBuffer = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return new Promise<RunResult>((resolve, reject) => {
    let timedOut = false;
    const child = execFile(
      file,
      [...args],
      {
        encoding: 'buffer',
        maxBuffer,
        shell: false,
        windowsHide: true,
        env: options.env ?? process.env,
        cwd: options.cwd,
        signal: options.signal,
      },
      (error, stdout, stderr) => {
        clearTimeout(timer);
        const out = toBuffer(stdout);
        const err = toBuffer(stderr);
        const result = (exitCode: number): RunResult => ({
          exitCode,
          stdout: out,
          stderr: err,
          stdoutText: decodeOutput(out, encoding),
          stderrText: decodeOutput(err, encoding),
        });
        if (!error) {
          resolve(result(0));
          return;
        }
        const e = error as NodeJS.ErrnoException & { code?: string | number; killed?: boolean; signal?: string | null };
        if (e.code === 'ENOENT') reject(new ProcessFailure('not-found', file, 'not found'));
        else if (e.code === 'EACCES' || e.code === 'EPERM') reject(new ProcessFailure('not-executable', file, 'not executable'));
        else if (e.name === 'AbortError' || e.code === 'ABORT_ERR') reject(new ProcessFailure('aborted', file, 'cancelled'));
        else if (timedOut) reject(new ProcessFailure('timeout', file, `no answer within ${options.timeoutMs} ms`, result(-1)));
        else if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') reject(new ProcessFailure('output-too-large', file, `printed more than ${maxBuffer} bytes`, result(-1)));
        else if (typeof e.code === 'number') reject(new ProcessFailure('exit', file, `exit code ${e.code}`, result(e.code)));
        else if (e.signal) reject(new ProcessFailure('exit', file, `killed by ${e.signal}`, result(-1)));
        else reject(new ProcessFailure('spawn', file, e.message));
      },
    );
    // Our own timer rather than execFile's `timeout`, so a timeout is told apart from other kills.
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdin?.on('error', () => {
      // The tool may exit without reading its stdin (EPIPE); its exit code tells what happened.
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}
