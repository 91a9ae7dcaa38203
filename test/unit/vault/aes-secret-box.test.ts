import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AesSecretBox, KEY_FILE_NAME, createFileKeySecretBox } from '../../../electron/core/vault/aes-secret-box';
import { defined, tempDir } from './fixtures';

describe('the AES-256-GCM secret box (tests, e2e harness, CLI)', () => {
  it('gives back exactly what was put in, whatever the text', async () => {
    const box = new AesSecretBox(randomBytes(32));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (plain) => {
        expect(await box.decrypt(await box.encrypt(plain))).toBe(plain);
      }),
    );
  });

  it('produces versioned base64 that fits in JSON and never contains the plain text', async () => {
    const box = new AesSecretBox(randomBytes(32));
    const cipher = await box.encrypt('a085d755-1d26-3af1-a2b8-e34759278719');
    expect(cipher).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(cipher).not.toContain('a085d755');
  });

  it('encrypts the same secret differently each time (random IV)', async () => {
    const box = new AesSecretBox(randomBytes(32));
    expect(await box.encrypt('same')).not.toBe(await box.encrypt('same'));
  });

  it('refuses a ciphertext that was tampered with or made with another key', async () => {
    const box = new AesSecretBox(randomBytes(32));
    const cipher = await box.encrypt('secret-value-123');
    const raw = Buffer.from(cipher.slice(3), 'base64');
    raw[14] = (raw[14] ?? 0) ^ 1;
    await expect(box.decrypt(`v1:${raw.toString('base64')}`)).rejects.toThrow(/authentication/);
    await expect(new AesSecretBox(randomBytes(32)).decrypt(cipher)).rejects.toThrow(/authentication/);
    await expect(box.decrypt('v1:AAAA')).rejects.toThrow(/too short/);
    await expect(box.decrypt('plain text')).rejects.toThrow(/format/);
  });

  it('errors never quote the ciphertext', async () => {
    const box = new AesSecretBox(randomBytes(32));
    const cipher = await box.encrypt('secret-value-123');
    const error = await new AesSecretBox(randomBytes(32)).decrypt(cipher).catch((caught: unknown) => caught);
    expect(String(error)).not.toContain(cipher.slice(3, 20));
  });

  it('accepts only a 32-byte key', () => {
    expect(() => new AesSecretBox(randomBytes(16))).toThrow(RangeError);
    expect(new AesSecretBox(randomBytes(32)).state).toBe('test-key');
  });

  it('keeps its own copy of the key, so wiping the caller buffer does not break it', async () => {
    const key = randomBytes(32);
    const box = new AesSecretBox(key);
    const cipher = await box.encrypt('secret');
    key.fill(0);
    expect(await box.decrypt(cipher)).toBe('secret');
  });
});

describe('the file-key secret box of the test harness', () => {
  it('creates a random key readable only by its owner, and reuses it at the next start', async () => {
    const dataDir = tempDir();
    const first = await createFileKeySecretBox(dataDir);
    const cipher = await first.encrypt('kept across restarts');
    const keyPath = join(dataDir, KEY_FILE_NAME);
    expect(readFileSync(keyPath)).toHaveLength(32);
    if (process.platform !== 'win32') expect(statSync(keyPath).mode & 0o777).toBe(0o600);

    const second = await createFileKeySecretBox(dataDir);
    expect(await second.decrypt(cipher)).toBe('kept across restarts');
  });

  it('two starts racing for a new key agree on one key', async () => {
    const dataDir = tempDir();
    const boxes = await Promise.all(Array.from({ length: 8 }, () => createFileKeySecretBox(dataDir)));
    const cipher = await defined(boxes[0]).encrypt('shared');
    for (const box of boxes) expect(await box.decrypt(cipher)).toBe('shared');
  });

  it('creates the data directory when it does not exist yet', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const box = await createFileKeySecretBox(dataDir);
    expect(await box.decrypt(await box.encrypt('x'))).toBe('x');
  });
});
