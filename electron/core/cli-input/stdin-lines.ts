/**
 * Secrets and credentials of the CLI come from the environment or from standard input,
 * never from its arguments: every local user sees a process's arguments (`ps`, Task
 * Manager), and shells keep them in their history.
 */

export type StdinSource = AsyncIterable<string | Uint8Array> & { isTTY?: boolean };

/** A value larger than this is not a key or a login: reading stops, the caller refuses it. */
export const MAX_STDIN_BYTES = 4096;

export class StdinTooLarge extends Error {}
export class StdinIsTerminal extends Error {}

/**
 * The lines of standard input (trimmed, without the final line break), read to its end.
 * A terminal is refused rather than read: it would wait for an end of input nobody knows to type.
 */
export async function readStdinLines(stdin: StdinSource, maxBytes: number = MAX_STDIN_BYTES): Promise<string[]> {
  if (stdin.isTTY) throw new StdinIsTerminal();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += bytes.length;
    if (size > maxBytes) throw new StdinTooLarge();
    chunks.push(bytes);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim());
}
