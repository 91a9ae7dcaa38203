#!/usr/bin/env node
/**
 * token-assistant: the headless CLI for integrators and scheduled tasks. It shares
 * electron/core with the app and never imports Electron. Built to out/main/cli.js
 * (`npm run build`), run as `token-assistant …` or `npm run -s cli -- …`.
 */
import { main } from './cli/run-cli';

/** Exits once stdout and stderr are flushed, without waiting for idle keep-alive connections. */
function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exitWhenFlushed, (error: unknown) => {
  // Never the stack or the arguments: they may hold paths and names, and stderr is read by people.
  process.stderr.write(`Ошибка: непредвиденный сбой (${error instanceof Error ? error.name : 'unknown'}).\n`);
  exitWhenFlushed(1);
});
