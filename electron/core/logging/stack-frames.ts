/**
 * What of an error may be written to a log: its class name and the stack-frame
 * lines, never its message. A message can quote anything (a token in a server's
 * answer, a login in a URL), and it can span several lines, so "drop the first
 * line" is not enough: only lines that are frames are kept, and a frame-looking
 * line that is part of the message is dropped too.
 */

const FRAME_LINE = /^\s+at \S/;
const MAX_FRAMES = 30;
const MAX_FRAME_LENGTH = 300;
const SAFE_NAME = /^[A-Za-z_$][\w$]{0,63}$/;

/** Keeps only the frame lines of a stack text (lines that read `    at …`), capped in number and length. */
export function frameLines(stack: string, message = ''): string[] {
  return stack
    .split('\n')
    .filter((line) => FRAME_LINE.test(line) && !(message !== '' && message.includes(line.trim())))
    .slice(0, MAX_FRAMES)
    .map((line) => line.slice(0, MAX_FRAME_LENGTH));
}

/** The stack frames of an error as one text; empty for anything that is not an Error. */
export function stackFrames(error: unknown): string {
  if (!(error instanceof Error)) return '';
  let stack: unknown;
  let message: unknown;
  try {
    // Both are plain properties that hostile code could turn into throwing getters.
    stack = error.stack;
    message = error.message;
  } catch {
    return '';
  }
  if (typeof stack !== 'string') return '';
  return frameLines(stack, typeof message === 'string' ? message : '').join('\n');
}

/** The error's class name when it looks like one (`TypeError`, `AppFailure`); anything else is not logged. */
export function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  try {
    return typeof error.name === 'string' && SAFE_NAME.test(error.name) ? error.name : 'Error';
  } catch {
    return 'Error';
  }
}
