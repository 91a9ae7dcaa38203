import { describe, expect, it } from 'vitest';
import { ClipboardGuard } from '../../../electron/core/clipboard/clipboard-guard';
import type { ClipboardState } from '../../../shared/model/clipboard-state';
import { ManualClock, RecordingClipboard } from '../../support/os-fakes';

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** Issue 10, point 16: the core owns the wipe and tells the window the moment and the outcome. */
describe('the clipboard guard tells the window what it does', () => {
  function setup() {
    const clipboard = new RecordingClipboard();
    const clock = new ManualClock(new Date('2026-11-22T09:00:00Z'));
    const guard = new ClipboardGuard(clipboard, clock);
    const heard: ClipboardState[] = [];
    guard.onChange((state) => heard.push(state));
    return { clipboard, clock, guard, heard };
  }
  const source = { tokenId: 'token-1', what: 'secret' as const };

  it('says when a copy will be wiped, by its own clock, and that it was wiped', async () => {
    const { clock, guard, heard } = setup();
    const { clearsAt } = await guard.copy('secret-1', 60, source);
    expect(clearsAt?.toISOString()).toBe('2026-11-22T09:01:00.000Z');
    expect(heard).toEqual([{ state: 'armed', copyId: 1, source, clearsAt: '2026-11-22T09:01:00.000Z', seconds: 60 }]);
    clock.advance(59_999);
    await flush();
    expect(heard).toHaveLength(1);
    clock.advance(1);
    await flush();
    expect(heard.at(-1)).toEqual({ state: 'wiped', copyId: 1, source });
  });

  it('says «left» (nothing wiped) when the user copied something of their own meanwhile', async () => {
    const { clipboard, clock, guard, heard } = setup();
    await guard.copy('secret-1', 60, source);
    clipboard.text = 'номер декларации';
    clock.advance(60_000);
    await flush();
    expect(heard.at(-1)).toEqual({ state: 'left', copyId: 1, source });
    expect(clipboard.text).toBe('номер декларации');
  });

  it('a second copy replaces the first: one wipe, for the newer copy', async () => {
    const { clock, guard, heard } = setup();
    await guard.copy('secret-1', 60, source);
    clock.advance(30_000);
    await guard.copy('login-1', 60, { tokenId: 'token-2', what: 'login' });
    clock.advance(60_000);
    await flush();
    expect(heard.map((state) => `${state.state}:${state.copyId}`)).toEqual(['armed:1', 'armed:2', 'wiped:2']);
  });

  it('with the wipe off (0 s) says the copy is kept, with no moment', async () => {
    const { guard, heard } = setup();
    expect(await guard.copy('secret-1', 0, source)).toEqual({ clearsAt: null });
    expect(heard).toEqual([{ state: 'kept', copyId: 1, source }]);
  });

  it('a listener that throws stops neither the wipe nor the other listeners', async () => {
    const { clipboard, clock, guard, heard } = setup();
    guard.onChange(() => {
      throw new Error('window gone');
    });
    await guard.copy('secret-1', 5, source);
    clock.advance(5_000);
    await flush();
    expect(clipboard.text).toBe('');
    expect(heard.map((state) => state.state)).toEqual(['armed', 'wiped']);
  });
});
