import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/run-cli';
import type { Output } from '../../../electron/cli/output';

function capture(json: boolean): Output & { out: string; err: string } {
  const sink = {
    json,
    out: '',
    err: '',
    stdout: (text: string) => {
      sink.out += text;
    },
    stderr: (text: string) => {
      sink.err += text;
    },
  };
  return sink;
}

describe('CLI arguments (no network)', () => {
  it('prints help without loading any command', async () => {
    const out = capture(false);
    expect(await main(['--help'], out)).toBe(0);
    expect(out.out).toContain('token-assistant crpt token');
    expect(await main([], capture(false))).toBe(2);
  });

  it('rejects unknown commands and options with exit code 2', async () => {
    const unknown = capture(true);
    expect(await main(['smdo', '--json'], unknown)).toBe(2);
    expect(JSON.parse(unknown.out)).toEqual({ error: { code: 'invalid_payload', message: expect.stringContaining('Неизвестная команда') } });
    const option = capture(false);
    expect(await main(['crpt', 'token', '--frob'], option)).toBe(2);
    expect(option.err).toBe('Ошибка: Неизвестный параметр --frob. Справка: token-assistant crpt --help\n');
  });

  it('checks the signer options before anything runs', async () => {
    const base = ['crpt', 'token', '--stand', 'sandbox', '--oms-connection', '11111111-2222-3333-4444-555555555555', '--json'];
    const noSigner = capture(true);
    expect(await main(base, noSigner)).toBe(2);
    expect(noSigner.out).toContain('--signer');
    const wrongSigner = capture(true);
    expect(await main([...base, '--signer', 'gpg'], wrongSigner)).toBe(2);
    const noThumbprint = capture(true);
    expect(await main([...base, '--signer', 'cryptcp'], noThumbprint)).toBe(2);
    expect(noThumbprint.out).toContain('--thumbprint');
    const noEnv = capture(true);
    expect(await main([...base, '--signer', 'openssl', '--cert', 'c', '--key', 'k', '--key-password-env', 'TA_SURELY_UNSET_VAR'], noEnv)).toBe(2);
    expect(noEnv.out).toContain('TA_SURELY_UNSET_VAR');
    const badTimeout = capture(true);
    expect(await main([...base, '--signer', 'openssl', '--cert', 'c', '--key', 'k', '--timeout', 'soon'], badTimeout)).toBe(2);
  });

  it('prefills the sandbox registration key only for --suz sandbox', async () => {
    const production = capture(true);
    expect(await main(['crpt', 'register', '--suz', 'production', '--oms-id', '11111111-2222-3333-4444-555555555555', '--address', 'a', '--json'], production)).toBe(2);
    expect(production.out).toContain('--registration-key');
  });
});
