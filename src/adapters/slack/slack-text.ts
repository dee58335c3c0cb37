/**
 * Text helpers for Slack: the core's markdown-ish text → Slack mrkdwn, and shortening that never
 * cuts a mention, an HTML entity or a surrogate pair in half.
 */

/** Mentions Slack renders itself (`<@U…>`, `<#C…>`, `<!here>`) and markdown links `[label](url)`. */
const TOKEN =
  /<(@[UW][A-Z0-9]+|#[CG][A-Z0-9]+(?:\|[^<>]*)?|!(?:here|channel|everyone|subteam\^[A-Z0-9]+))>|\[([^\]\n]+)\]\((https?:\/\/[^\s)<>]+)\)/g;

const ELLIPSIS = '…';

/** Escapes the three characters Slack treats as control characters in mrkdwn and plain text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes {@link escapeSlack} (Slack escapes `&`, `<`, `>` in slash command text). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The core's text as Slack mrkdwn: mentions stay as they are, `**bold**` becomes `*bold*`,
 * `[label](https://…)` becomes a Slack link, everything else is escaped.
 */
export function toMrkdwn(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    out += plainToMrkdwn(text.slice(last, match.index));
    const [whole, mentionBody, label, url] = match;
    out += mentionBody !== undefined ? whole : `<${url ?? ''}|${escapeSlack(label ?? '')}>`;
    last = match.index + whole.length;
  }
  return out + plainToMrkdwn(text.slice(last));
}

function plainToMrkdwn(text: string): string {
  return escapeSlack(text).replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
}

/**
 * The largest cut ≤ `max` (UTF-16 units) that splits no surrogate pair, entity (`&amp;`) or
 * `<…>` token. Falls back to a plain cut when a token alone is longer than `max`.
 */
export function safeCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let cut = Math.max(0, max);
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && amp > cut - 5) {
    const entity = /^&(?:amp|lt|gt);/.exec(text.slice(amp));
    if (entity && amp + entity[0].length > cut) cut = amp;
  }
  const open = text.lastIndexOf('<', cut - 1);
  if (open > 0 && !text.slice(open, cut).includes('>')) cut = open;
  const code = text.charCodeAt(cut - 1);
  if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}

/** Shortens to at most `max` UTF-16 units, ending in `…` when something was cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, safeCut(text, max - ELLIPSIS.length)).trimEnd() + ELLIPSIS;
}

/**
 * Splits mrkdwn into chunks of at most `max` units, preferring line breaks, then spaces,
 * never cutting a token in half.
 */
export function splitMrkdwn(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const hard = safeCut(rest, max);
    const newline = rest.lastIndexOf('\n', hard);
    const space = rest.lastIndexOf(' ', hard);
    const cut = newline > max / 2 ? newline : space > max / 2 ? space : hard > 0 ? hard : max;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.trim().length > 0) chunks.push(rest);
  return chunks.filter((c) => c.length > 0);
}
