/**
 * «Что нового» from the update feed, as plain text. The feed is not trusted: GitHub
 * gives the release body as HTML, latest.yml may carry anything. The renderer shows the
 * result as text (React escapes it), and this makes it readable text in the first place:
 * no tags, no scripts or styles, entities decoded, no control characters, bounded size.
 */
export const MAX_NOTES_CHARS = 2000;
export const MAX_NOTES_LINES = 30;
/** Read at most this much of what the feed sent; the rest cannot reach the window anyway. */
const MAX_INPUT_CHARS = 64 * 1024;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function htmlToText(html: string): string {
  return (
    html
      // What is inside these is never text for a person.
      .replace(/<(script|style|template|iframe|object|svg|math)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
      .replace(/<!--[\s\S]*?(-->|$)/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n• ')
      // <li> starts its own line, so </li> adds none.
      .replace(/<\/(p|div|ul|ol|h[1-6]|tr|blockquote|pre)\s*>/gi, '\n')
      .replace(/<h[1-6]\b[^>]*>/gi, '\n')
      // Any other tag, complete or cut off at the end.
      .replace(/<\/?[a-z!?][^>]*(>|$)/gi, '')
  );
}

function tidy(text: string): string {
  const lines = decodeEntities(htmlToText(text))
    // Control and bidi-override characters could hide or reorder what the user reads.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    // Markdown headings and list marks read better as plain lines.
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/^[-*]\s+/, '• '));
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept.at(-1) === '')) continue;
    kept.push(line);
  }
  while (kept.at(-1) === '') kept.pop();
  let result = kept.slice(0, MAX_NOTES_LINES).join('\n');
  if (result.length > MAX_NOTES_CHARS)
    result = `${Array.from(result)
      .slice(0, MAX_NOTES_CHARS - 1)
      .join('')
      .trimEnd()}…`;
  else if (kept.length > MAX_NOTES_LINES) result = `${result}\n…`;
  return result;
}

/**
 * The feed's releaseNotes (a string, or electron-updater's list of `{version, note}` when it
 * collects the changes of every version in between) as plain text; '' when there is none.
 */
export function releaseNotesText(raw: unknown): string {
  if (typeof raw === 'string') return tidy(raw.slice(0, MAX_INPUT_CHARS));
  if (!Array.isArray(raw)) return '';
  const parts: string[] = [];
  for (const entry of raw.slice(0, 20)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { version, note } = entry as { version?: unknown; note?: unknown };
    if (typeof note !== 'string') continue;
    parts.push(typeof version === 'string' ? `${version.slice(0, 64)}\n${note.slice(0, MAX_INPUT_CHARS)}` : note.slice(0, MAX_INPUT_CHARS));
  }
  return tidy(parts.join('\n\n'));
}
