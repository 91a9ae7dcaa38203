import { CRPT_HELP, MAIN_HELP, VERSION } from './help';
import { EXIT, printFailure, processOutput, type Output } from './output';

/**
 * Entry of the headless CLI. Start-up stays lean: only the help texts load
 * here; a command's code (HTTP, zod, signers) is imported when it runs.
 */
export async function main(argv: readonly string[], out: Output = processOutput(argv.includes('--json'))): Promise<number> {
  const [group, ...rest] = argv;
  if (group === undefined || group === '--help' || group === '-h' || group === 'help') {
    out.stdout(MAIN_HELP);
    return group === undefined ? EXIT.usage : EXIT.ok;
  }
  if (group === '--version' || group === '-v') {
    out.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (group === 'crpt') {
    if (rest.length === 0 || rest[0] === '--help' || rest[0] === '-h' || rest[0] === 'help') {
      out.stdout(CRPT_HELP);
      return rest.length === 0 ? EXIT.usage : EXIT.ok;
    }
    const { runCrpt } = await import('./crpt-command');
    return runCrpt(rest, out);
  }
  if (group === 'smdo') {
    // The СМДО key never comes from the command line: the environment or stdin only.
    const { runSmdo } = await import('../core/providers/smdo/cli-command');
    return runSmdo(rest, { ...out, env: process.env, stdin: process.stdin });
  }
  if (group === 'serve') {
    const { runServe } = await import('./serve-command');
    return runServe(rest, out);
  }
  if (group === 'key') {
    const { runKey } = await import('./key-command');
    return runKey(rest, out);
  }
  return printFailure(out, 'invalid_payload', `Неизвестная команда «${group}». Справка: token-assistant --help`, EXIT.usage);
}
