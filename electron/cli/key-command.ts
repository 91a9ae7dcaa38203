import { newProgramKey } from '../core/token-service/program-keys';
import { EXIT, printFailure, type Output } from './output';

/**
 * `token-assistant key new`: a fresh program key and its SHA-256. The key goes to the
 * program; only the SHA-256 goes into the serve config. Printed to stdout because the
 * operator asked for it; nothing is stored.
 */
export function runKey(args: readonly string[], out: Output): number {
  if (args[0] !== 'new' || args.length > 2 || (args[1] !== undefined && args[1] !== '--json')) {
    return printFailure(out, 'invalid_payload', 'Использование: token-assistant key new [--json]', EXIT.usage);
  }
  const { key, sha256 } = newProgramKey();
  if (out.json) out.stdout(`${JSON.stringify({ key, sha256 })}\n`);
  else
    out.stdout(
      [
        `Ключ программы: ${key}`,
        `SHA-256:        ${sha256}`,
        'Ключ передайте программе (заголовок Authorization: Bearer <ключ>); в конфигурацию serve',
        'впишите только SHA-256 (clients[].keySha256). Ключ больше нигде не сохраняется.',
        '',
      ].join('\n'),
    );
  return EXIT.ok;
}
