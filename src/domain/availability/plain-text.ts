// Text a person wrote for others (an automatic reply) as plain text: Exchange sends it as HTML.

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** The longest message shown; automatic replies can be whole letters. */
export const MAX_MESSAGE_LENGTH = 600;

const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      const code = Number.parseInt(name.slice(2), 16);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    if (name.startsWith('#')) {
      const code = Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * Plain text of a message that may be HTML: scripts and styles dropped, line breaks kept, tags
 * removed, entities decoded, blank runs collapsed, at most {@link MAX_MESSAGE_LENGTH} characters.
 * The result is text to show as text (never as HTML). Null when nothing is left.
 * @example plainTextOf('<p>Met vakantie.<br>Voor spoed: bel&nbsp;14 050</p>') // 'Met vakantie.\nVoor spoed: bel 14 050'
 */
export const plainTextOf = (message: unknown): string | null => {
  if (typeof message !== 'string') return null;
  const text = decodeEntities(
    message
      .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|tr|h[1-6])\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  if (text === '') return null;
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text;
};
