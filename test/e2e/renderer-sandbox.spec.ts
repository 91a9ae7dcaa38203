import { expect, test } from './harness/fixtures';

// The renderer must work with nothing but window.assistant: no Node, no require.
test('the page has no Node: only window.assistant, built from the contract', async ({ app }) => {
  const surface = await app.page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    const assistant = scope.assistant as Record<string, unknown> | undefined;
    return {
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      Buffer: typeof scope.Buffer,
      assistant: typeof assistant,
      frozen: Object.isFrozen(assistant),
      methods: Object.keys(assistant ?? {}).sort(),
    };
  });
  const { REQUEST_NAMES } = await import('../../shared/ipc/channels');
  expect(surface).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    assistant: 'object',
    frozen: true,
    methods: [...REQUEST_NAMES, 'on'].sort(),
  });
  await expect(app.page).toHaveTitle('Токен-помощник');
});

test('the page runs under the app’s Content-Security-Policy: an injected inline script does not run', async ({ app }) => {
  const { page } = app;
  app.provokesCspViolation(/inline script/i);
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
      setTimeout(() => resolve('no violation reported'), 3000);
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return { directive: await violation, ran: (window as unknown as { __injected?: boolean }).__injected === true };
  });
  expect(outcome).toEqual({ directive: expect.stringMatching(/^script-src/), ran: false });

  // The policy in force is the one the built page declares.
  const declared = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(declared?.replace(/\s+/g, ' ').trim()).toMatch(/script-src 'self'/);
  expect(declared).not.toMatch(/unsafe-inline|unsafe-eval/);
});
