/**
 * An СМДО record through the in-app service: the program gets a live access token (never the
 * stored key), the cached one while it lasts, and nothing is sent to a server the user has not confirmed.
 */
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestName } from '../../../shared/ipc/channels';
import type { RequestInput } from '../../../shared/ipc/contract';
import { startSmdoEmulator } from '../../fixtures/smdo-emulator';
import type { SmdoEmulator } from '../../fixtures/smdo-emulator';
import { call as callOn } from '../../support/router-calls';
import { startTestCore } from '../../support/test-core';
import type { TestCore } from '../../support/test-core';
import { call } from './service-world';

const LOGIN = 'Kx2mPq7RtW9vB3nL5cY8hJ1dF4s';
const KEY = 'vN8_qL2xKp5RmT7wZc3Hb9Ys1Df';

let emulator: SmdoEmulator;
let app: TestCore;
const ask = <N extends RequestName>(name: N, payload: RequestInput<N>) => callOn(app, name, payload);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function serve(confirmTypedHost: boolean): Promise<{ port: number; key: string; tokenId: string }> {
  const organisation = await ask('saveOrganisation', { name: 'Райисполком', taxId: '' });
  const record = await ask('smdoSave', { organisationId: organisation.id, label: 'СМДО', login: LOGIN, key: KEY, tokenUrl: emulator.tokenUrl, confirmTypedHost });
  const port = await freePort();
  await ask('tokenServiceConfigure', { enabled: true, port });
  const { key } = await ask('tokenServiceAddProgram', { name: 'ВСЭД', tokenIds: [record.id] });
  return { port, key, tokenId: record.id };
}

beforeEach(async () => {
  emulator = await startSmdoEmulator({ login: LOGIN, key: KEY });
  app = await startTestCore();
});

afterEach(async () => {
  await app.core.dispose();
  app.cleanup();
  await emulator.close();
});

describe('СМДО through the in-app service', () => {
  it('a live access token, the cached one on the next read; the stored key never leaves', async () => {
    const { port, key, tokenId } = await serve(true);
    const first = await call(port, `/v1/tokens/${tokenId}`, { key });
    expect(first.status).toBe(200);
    expect(first.body.token).toBe(emulator.issued.at(-1));
    expect(first.text).not.toContain(KEY);
    expect(Date.parse(first.body.expiresAt ?? '')).toBe(app.clock.now().getTime() + 3600_000);
    const second = await call(port, `/v1/tokens/${tokenId}`, { key });
    expect(second.body.token).toBe(first.body.token);
    expect(emulator.requests).toHaveLength(1);
  });

  it("a server the user has not confirmed gets nothing: 502 with the app's question, no request made", async () => {
    const { port, key, tokenId } = await serve(false);
    const answer = await call(port, `/v1/tokens/${tokenId}`, { key });
    expect(answer.status).toBe(502);
    expect(answer.body.error?.message).toContain(new URL(emulator.tokenUrl).host);
    expect(emulator.requests).toHaveLength(0);
  });
});
