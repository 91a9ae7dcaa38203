import { describe, expect, it } from 'vitest';
import { ClipboardGuard } from '../../../electron/core/clipboard/clipboard-guard';
import { ManualClock, RecordingClipboard } from '../../support/os-fakes';

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('copying a token to the clipboard', () => {
  function setup() {
    const clipboard = new RecordingClipboard();
    const clock = new ManualClock(new Date('2026-11-22T09:00:00Z'));
    return { clipboard, clock, guard: new ClipboardGuard(clipboard, clock) };
  }

  it('wipes the token after the configured delay', async () => {
    const { clipboard, clock, guard } = setup();
    await guard.copy('secret-1', 30);
    clock.advance(29_000);
    await flush();
    expect(clipboard.text).toBe('secret-1');
    clock.advance(1_000);
    await flush();
    expect(clipboard.text).toBe('');
  });

  it('leaves alone whatever the user copied in the meantime', async () => {
    const { clipboard, clock, guard } = setup();
    await guard.copy('secret-1', 30);
    clipboard.text = 'номер счёта';
    clock.advance(30_000);
    await flush();
    expect(clipboard.text).toBe('номер счёта');
  });

  it('keeps the token when clearing is switched off', async () => {
    const { clipboard, clock, guard } = setup();
    await guard.copy('secret-1', 0);
    clock.advance(3_600_000);
    await flush();
    expect(clipboard.text).toBe('secret-1');
  });

  it('restarts the delay on a second copy so the newer token gets its full time', async () => {
    const { clipboard, clock, guard } = setup();
    await guard.copy('secret-1', 30);
    clock.advance(20_000);
    await guard.copy('secret-2', 30);
    clock.advance(20_000);
    await flush();
    expect(clipboard.text).toBe('secret-2');
    clock.advance(10_000);
    await flush();
    expect(clipboard.text).toBe('');
  });

  it('still wipes the token on quit when timed clearing is switched off (0 s)', async () => {
    const { clipboard, clock, guard } = setup();
    await guard.copy('secret-1', 0);
    clock.advance(3_600_000);
    await guard.clearNow();
    expect(clipboard.text).toBe('');
  });

  it('on quit leaves alone whatever the user copied after the token', async () => {
    const { clipboard, guard } = setup();
    await guard.copy('secret-1', 0);
    clipboard.text = 'номер счёта';
    await guard.clearNow();
    expect(clipboard.text).toBe('номер счёта');
  });

  it('writes the token as a secret (for the OS to keep out of history and cloud sync), never as plain text', async () => {
    const { clipboard, guard } = setup();
    const plain: string[] = [];
    const secrets: string[] = [];
    clipboard.writeText = async (text) => {
      plain.push(text);
      clipboard.text = text;
    };
    clipboard.writeSecret = async (secret) => {
      secrets.push(secret);
      clipboard.text = secret;
    };
    await guard.copy('secret-1', 30);
    await guard.clearNow();
    expect(secrets).toEqual(['secret-1']);
    expect(plain).toEqual(['']);
  });

  it('wipes the token at once when the app quits', async () => {
    const { clipboard, guard } = setup();
    await guard.copy('secret-1', 30);
    await guard.clearNow();
    expect(clipboard.text).toBe('');
  });
});
