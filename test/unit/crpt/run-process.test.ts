import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPrivateTempDir } from '../../../electron/core/signing/private-temp';
import { ProcessFailure, decodeOutput, runProcess } from '../../../electron/core/signing/run-process';

const node = process.execPath;

async function failure(promise: Promise<unknown>): Promise<ProcessFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProcessFailure) return error;
    throw error;
  }
  throw new Error('expected a ProcessFailure');
}

describe('runProcess', () => {
  it('passes arguments as an array: shell syntax stays literal', async () => {
    const marker = join(tmpdir(), `ta-should-not-exist-${process.pid}`);
    const tricky = [`$(touch ${marker})`, '; rm -rf /', '`id`', '"quoted" \'single\'', 'пробел и кириллица', '%PATH%'];
    const result = await runProcess(node, ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...tricky], { timeoutMs: 10_000 });
    expect(JSON.parse(result.stdoutText)).toEqual(tricky);
    expect(existsSync(marker)).toBe(false);
  });

  it('kills a process that runs past its timeout and says so', async () => {
    const started = Date.now();
    const error = await failure(runProcess(node, ['-e', 'setTimeout(() => {}, 20000)'], { timeoutMs: 300 }));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops a process that prints more than allowed', async () => {
    const error = await failure(runProcess(node, ['-e', 'process.stdout.write("x".repeat(200000))'], { timeoutMs: 10_000, maxOutputBytes: 1000 }));
    expect(error.kind).toBe('output-too-large');
  });

  it('reports a missing program and a non-zero exit with its output', async () => {
    expect((await failure(runProcess('/nonexistent/tool', [], { timeoutMs: 1000 }))).kind).toBe('not-found');
    const exit = await failure(runProcess(node, ['-e', 'console.error("bad thing"); process.exit(3)'], { timeoutMs: 10_000 }));
    expect(exit.kind).toBe('exit');
    expect(exit.result?.exitCode).toBe(3);
    expect(exit.outputText).toContain('bad thing');
  });

  it('closes stdin at once, or feeds the given input', async () => {
    const echo = ['-e', 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write("<"+s+">"))'];
    expect((await runProcess(node, echo, { timeoutMs: 10_000 })).stdoutText).toBe('<>');
    expect((await runProcess(node, echo, { timeoutMs: 10_000, input: 'пароль\n' })).stdoutText).toBe('<пароль\n>');
  });

  it('decodes cp1251 output (CryptoPro on Windows) and keeps UTF-8 as is', async () => {
    const cp1251 = Buffer.from([0xce, 0xf8, 0xe8, 0xe1, 0xea, 0xe0, 0x3a, 0x20, 0xed, 0xe5, 0xf2, 0x20, 0xe4, 0xee, 0xf1, 0xf2, 0xf3, 0xef, 0xe0]);
    expect(decodeOutput(cp1251)).toBe('Ошибка: нет доступа');
    expect(decodeOutput(Buffer.from('Ошибка: нет доступа', 'utf8'))).toBe('Ошибка: нет доступа');
    expect(decodeOutput(Buffer.from('Ошибка', 'utf8'), 'cp1251')).not.toBe('Ошибка');
    const result = await runProcess(node, ['-e', `process.stdout.write(Buffer.from([${[...cp1251].join(',')}]))`], { timeoutMs: 10_000 });
    expect(result.stdoutText).toBe('Ошибка: нет доступа');
  });
});

describe('withPrivateTempDir', () => {
  const ours = async (): Promise<string[]> => (await readdir(tmpdir())).filter((name) => name.startsWith('ta-unit-priv-'));

  it('makes a folder only the user can read, with files only the user can read, and removes it', async () => {
    const before = await ours();
    let seen = '';
    await withPrivateTempDir(async (dir) => {
      seen = dir.path;
      const file = await dir.write('data.bin', 'секрет');
      if (process.platform !== 'win32') {
        expect(statSync(dir.path).mode & 0o777).toBe(0o700);
        expect(statSync(file).mode & 0o777).toBe(0o600);
      }
      expect((await dir.read('data.bin')).toString('utf8')).toBe('секрет');
      await expect(dir.write('data.bin', 'again')).rejects.toThrow();
      expect(() => dir.file('../escape')).toThrow();
    }, 'ta-unit-priv-');
    expect(existsSync(seen)).toBe(false);
    expect(await ours()).toEqual(before);
  });

  it('removes the folder when the work fails', async () => {
    let seen = '';
    await expect(
      withPrivateTempDir(async (dir) => {
        seen = dir.path;
        await dir.write('key.pem', 'x');
        throw new Error('boom');
      }, 'ta-unit-priv-'),
    ).rejects.toThrow('boom');
    expect(seen).not.toBe('');
    expect(existsSync(seen)).toBe(false);
  });
});
