/**
 * Text helpers for Slack: the core's markdown-ish text → Slack mrkdwn, and shortening that never
 * cuts a mention, an HTML entity or a surrogate pair in half.
 */
import { parseMarkup } from '../../bot/markup.ts';

const ELLIPSIS = '…';

/**
 * Slack mrkdwn characters that pair up into formatting (`*bold*`, `_italic_`, `~strike~`,
 * `` `code` ``) and the look-alikes shown instead in text people typed. Slack has no escape for
 * them. Formatting needs two of them, each at the edge of a word, so only those are replaced:
 * `taro_yamada` keeps its underscore, `_init_` does not.
 */
export const FORMATTING_LOOKALIKES: Readonly<Record<string, string>> = {
  '*': '\u2217',
  _: '\u02cd',
  '~': '\u223c',
  '`': '\u02cb',
};

/** Each formatting character where it touches something that is not a letter or digit. */
const AT_WORD_EDGE: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.keys(FORMATTING_LOOKALIKES).map((char) => {
    const c = char === '*' ? '\\*' : char;
    return [char, new RegExp(`(?<![\\p{L}\\p{N}])${c}|${c}(?![\\p{L}\\p{N}])`, 'gu')];
  }),
);

/** A Slack user id as it may appear inside `<@…>`. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{1,30}$/;
const SLACK_CHANNEL_ID = /^[CGD][A-Z0-9]{1,30}$/;

/** Escapes the three characters Slack treats as control characters in mrkdwn and plain text. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Undoes {@link escapeSlack} (Slack escapes `&`, `<`, `>` in slash command text). */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Text people typed, as Slack mrkdwn that shows it as typed: no `<!channel>`, `<@U…>` or link
 * (`<`, `>`, `&` escaped; `://` broken by a zero-width space so nothing is auto-linked), and no
 * formatting (paired `*`, `_`, `~`, `` ` `` replaced by look-alikes).
 */
export function literalToMrkdwn(text: string): string {
  let out = escapeSlack(text).replaceAll('://', ':\u200b//');
  for (const [char, lookalike] of Object.entries(FORMATTING_LOOKALIKES)) {
    if (out.indexOf(char) === out.lastIndexOf(char)) continue;
    out = out.replace(AT_WORD_EDGE[char]!, lookalike);
  }
  return out;
}

/**
 * The core's text as Slack mrkdwn (see bot/markup.ts): the core's own words escaped, with
 * `**bold**` as `*bold*`; text people typed as {@link literalToMrkdwn}; the core's mentions as
 * `<@U…>`. Nothing else becomes a mention or a link, whatever the text holds.
 */
export function toMrkdwn(text: string): string {
  return parseMarkup(text)
    .map((part) => {
      if (part.kind === 'mention')
        return SLACK_USER_ID.test(part.userId)
          ? `<@${part.userId}>`
          : literalToMrkdwn(`@${part.userId}`);
      if (part.kind === 'channel')
        return SLACK_CHANNEL_ID.test(part.channelId)
          ? `<#${part.channelId}>`
          : literalToMrkdwn(`#${part.channelId}`);
      if (part.kind === 'literal') return literalToMrkdwn(part.value);
      return plainToMrkdwn(part.value);
    })
    .join('');
}

/**
 * For Slack's plain_text objects (headers, buttons): no markup at all, mentions as `@id`; in text
 * people typed, `<` `>` become look-alikes and `://` is broken, so not even a client that
 * parses plain text could find a mention or a link in it.
 */
export function toPlainText(text: string): string {
  return parseMarkup(text)
    .map((part) => {
      if (part.kind === 'mention') return `@${part.userId}`;
      if (part.kind === 'channel') return `#${part.channelId}`;
      if (part.kind === 'literal')
        return part.value
          .replaceAll('<', '\u2039')
          .replaceAll('>', '\u203a')
          .replaceAll('://', ':\u200b//');
      return part.value;
    })
    .join('');
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
