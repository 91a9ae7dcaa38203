import { describe, expect, it } from 'vitest';
import type { TokenView } from '../../../shared/model/types';
import { CrptAutoRefresher, RETRY_AFTER_FAILURE_MS } from '../../../electron/core/providers/crpt/auto-refresh';
import { ManualClock } from '../../support/os-fakes';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const flush = async () => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

function crptToken(id: string, expiresAt: Date): TokenView {
  return {
    id,
    organisationId: 'o',
    kind: 'crpt',
    label: id,
    systemName: 'СУЗ clientToken',
    techEmail: '',
    hint: '…',
    expiresAt: expiresAt.toISOString(),
    obtainedAt: new Date(expiresAt.getTime() - 10 * HOUR).toISOString(),
    notes: '',
    history: [],
    settings: { autoRefresh: 'on' },
    certificateExpiresAt: null,
    smdoKeySetAt: null,
  };
}

function setup(outcomes: boolean[] = []) {
  const clock = new ManualClock(new Date('2026-11-22T09:00:00Z'));
  const tokens = new Map<string, TokenView>();
  const calls: { id: string; at: number }[] = [];
  const refresher = new CrptAutoRefresher({
    clock,
    tokens: () => [...tokens.values()],
    random: () => 0,
    refresh: async (id) => {
      calls.push({ id, at: clock.now().getTime() });
      const ok = outcomes.shift() ?? true;
      if (ok) tokens.set(id, crptToken(id, new Date(clock.now().getTime() + 10 * HOUR)));
      refresher.recompute();
      return ok;
    },
  });
  return { clock, tokens, calls, refresher };
}

describe('automatic refresh of Честный знак tokens', () => {
  it('fetches a new token 15 minutes before the current one ends, and again 10 hours later', async () => {
    const { clock, tokens, calls, refresher } = setup();
    const start = clock.now().getTime();
    tokens.set('a', crptToken('a', new Date(start + 10 * HOUR)));
    refresher.start();
    clock.advance(10 * HOUR - 16 * MINUTE);
    await flush();
    expect(calls).toEqual([]);
    clock.advance(MINUTE);
    await flush();
    expect(calls.map((call) => call.at - start)).toEqual([10 * HOUR - 15 * MINUTE]);
    clock.advance(10 * HOUR);
    await flush();
    expect(calls).toHaveLength(2);
  });

  it('retries a failed refresh after a while, not in a loop', async () => {
    const { clock, tokens, calls, refresher } = setup([false, true]);
    tokens.set('a', crptToken('a', new Date(clock.now().getTime() + 1 * HOUR)));
    refresher.start();
    clock.advance(45 * MINUTE);
    await flush();
    expect(calls).toHaveLength(1);
    clock.advance(RETRY_AFTER_FAILURE_MS - MINUTE);
    await flush();
    expect(calls).toHaveLength(1);
    clock.advance(MINUTE);
    await flush();
    expect(calls).toHaveLength(2);
  });

  it('after giving up on an ended token, takes over again once the user renews it by hand', async () => {
    const { clock, tokens, calls, refresher } = setup([false, false]);
    const start = clock.now().getTime();
    tokens.set('a', crptToken('a', new Date(start + 20 * MINUTE)));
    refresher.start();
    clock.advance(5 * MINUTE);
    await flush();
    clock.advance(RETRY_AFTER_FAILURE_MS);
    await flush();
    expect(calls).toHaveLength(2);
    clock.advance(2 * HOUR);
    await flush();
    expect(calls).toHaveLength(2);
    // The user gets a new token by hand: a new expiry, and the refresher plans for it afresh.
    tokens.set('a', crptToken('a', new Date(clock.now().getTime() + 10 * HOUR)));
    refresher.recompute();
    clock.advance(10 * HOUR - 15 * MINUTE);
    await flush();
    expect(calls).toHaveLength(3);
  });

  it('stops touching tokens whose refresh was switched off or that were removed', async () => {
    const { clock, tokens, calls, refresher } = setup();
    tokens.set('a', crptToken('a', new Date(clock.now().getTime() + 1 * HOUR)));
    refresher.start();
    tokens.clear();
    refresher.recompute();
    clock.advance(2 * HOUR);
    await flush();
    expect(calls).toEqual([]);
  });
});
