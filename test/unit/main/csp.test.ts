import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('the renderer page declares a strict Content Security Policy', () => {
  const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );

  it('has a CSP meta tag', () => {
    expect(csp).not.toBe('');
  });

  it("allows scripts only from the app itself: script-src 'self', no inline, no eval", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('falls back to nothing for anything not listed', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('never allows unsafe-inline or unsafe-eval anywhere', () => {
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
