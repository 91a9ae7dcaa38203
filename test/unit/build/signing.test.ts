import { describe, expect, it } from 'vitest';
import { signingPlan } from '../../../build/scripts/signing.mjs';

// Secrets as CI would pass them; the line must name variables, never print their values.
const WIN = { WIN_CSC_LINK: 'base64-of-a-pfx', WIN_CSC_KEY_PASSWORD: 'pfx-password-1' };
const APPLE = {
  CSC_LINK: 'base64-of-a-p12',
  CSC_KEY_PASSWORD: 'p12-password-2',
  APPLE_ID: 'dev@example.org',
  APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh',
  APPLE_TEAM_ID: 'TEAM123456',
};

describe('code signing follows the environment and says so in one line', () => {
  it('Windows without a certificate is built unsigned, and the line says which variable is missing', () => {
    const plan = signingPlan({}, 'win32');
    expect(plan.signed).toBe(false);
    expect(plan.line).toMatch(/skipped, WIN_CSC_LINK or CSC_LINK is not set/);
    expect(signingPlan({ WIN_CSC_LINK: 'x' }, 'win32').line).toMatch(/WIN_CSC_KEY_PASSWORD or CSC_KEY_PASSWORD is not set/);
  });

  it('Windows signs with WIN_CSC_LINK, or with CSC_LINK as electron-builder falls back to', () => {
    expect(signingPlan(WIN, 'win32')).toMatchObject({ signed: true });
    expect(signingPlan({ CSC_LINK: 'x', CSC_KEY_PASSWORD: 'y' }, 'win32').line).toMatch(/from CSC_LINK/);
  });

  it('macOS signs with CSC_LINK and notarises only with all three Apple variables', () => {
    expect(signingPlan({}, 'darwin')).toMatchObject({ signed: false, notarised: false });
    const { APPLE_TEAM_ID: _team, ...noTeam } = APPLE;
    expect(signingPlan(noTeam, 'darwin')).toMatchObject({ signed: true, notarised: false });
    expect(signingPlan(APPLE, 'darwin')).toMatchObject({ signed: true, notarised: true });
  });

  it('blank variables count as absent, and no secret value reaches the line', () => {
    expect(signingPlan({ WIN_CSC_LINK: '  ', WIN_CSC_KEY_PASSWORD: '' }, 'win32').signed).toBe(false);
    for (const [env, platform] of [
      [WIN, 'win32'],
      [APPLE, 'darwin'],
    ] as const) {
      const line = signingPlan(env, platform).line;
      for (const value of Object.values(env)) expect(line).not.toContain(value);
    }
  });
});
