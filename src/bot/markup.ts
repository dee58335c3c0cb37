/**
 * What in a {@link Reply}'s text is live markup and what is just text.
 *
 * The core's own words (the catalog, the notes) are trusted. Two things are marked, with
 * private-use characters no platform shows and no input keeps (the core removes them from
 * everything people send, see input-limits.ts):
 *
 * - `literal(text)`: what a person typed (a name, a season name, a look-up term, an argument).
 *   Renderers show it exactly as typed: no mention, link, emoji code or formatting comes out of it.
 * - `mention(userId)`: the one live mention the core makes (who answered right).
 * - `channelMark(channelId)`: a link to a channel the core names (a player's home); written as a
 *   mention whose id starts with `#`, which no user id does.
 *
 * Everything else is shown as text too, with only the core's own formatting (`**bold**`, `` `code` ``):
 * renderers escape `<`, `>` and `&` everywhere, so a `<!channel>` that reached a message some
 * other way is still only text.
 */

/** The marker characters (U+E000–U+E003, Unicode private use). */
export const MARK = {
  literalStart: '\uE000',
  literalEnd: '\uE001',
  mentionStart: '\uE002',
  mentionEnd: '\uE003',
} as const;

const ANY_MARK = /[\uE000-\uE003]/g;
const HAS_MARK = /[\uE000-\uE003]/;

const isMark = (ch: string | undefined): boolean =>
  ch !== undefined && ch >= MARK.literalStart && ch <= MARK.mentionEnd;

/** Removes every marker (input cleaning; never shown). */
export function stripMarkup(text: string): string {
  return text.replace(ANY_MARK, '');
}

/**
 * What could start markup on some platform: mention and link brackets, entities, formatting
 * characters, backslashes, headings, `@everyone`, URLs and `:emoji:` codes. Text without any of
 * these reads the same as markup and as text, so it needs no marking (and stays plain for tests
 * and logs); anything else is marked.
 */
const MAY_BE_MARKUP = /[<>&*_~`|[\]\\#@]|:\/\/|:[\w+-]+:/;

/** Text a person typed, to be shown exactly as typed. */
export function literal(text: string): string {
  const clean = stripMarkup(String(text));
  if (!MAY_BE_MARKUP.test(clean)) return clean;
  return `${MARK.literalStart}${clean}${MARK.literalEnd}`;
}

/** A link to a channel (Slack `<#C123>`, Discord `<#123>`, `#id` in the terminal). */
export function channelMark(channelId: string): string {
  return `${MARK.mentionStart}#${stripMarkup(channelId)}${MARK.mentionEnd}`;
}

/** A live mention of a user (Slack `<@U123>`, Discord `<@123>`, `@id` in the terminal). */
export function mentionMark(userId: string): string {
  return `${MARK.mentionStart}${stripMarkup(userId)}${MARK.mentionEnd}`;
}

export type MarkupPart =
  | { kind: 'text'; value: string }
  | { kind: 'literal'; value: string }
  | { kind: 'mention'; userId: string }
  | { kind: 'channel'; channelId: string };

/**
 * Splits text into the core's own text, literal spans and mentions, in one linear pass. A start
 * marker counts only when the next marker after it is its partner; any other marker is dropped
 * (the text around it stays text).
 */
export function parseMarkup(text: string): MarkupPart[] {
  if (!HAS_MARK.test(text)) return text ? [{ kind: 'text', value: text }] : [];
  // Where the next marker at or after each position is (one backward pass keeps this linear).
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let j = text.length - 1; j >= 0; j -= 1) next[j] = isMark(text[j]) ? j : next[j + 1]!;
  const parts: MarkupPart[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain) parts.push({ kind: 'text', value: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!isMark(ch)) {
      const stop = next[i]! < 0 ? text.length : next[i]!;
      plain += text.slice(i, stop);
      i = stop;
      continue;
    }
    const partner =
      ch === MARK.literalStart
        ? MARK.literalEnd
        : ch === MARK.mentionStart
          ? MARK.mentionEnd
          : null;
    const end = next[i + 1]!;
    if (partner !== null && end >= 0 && text[end] === partner) {
      flush();
      const inner = text.slice(i + 1, end);
      if (ch === MARK.literalStart) parts.push({ kind: 'literal', value: inner });
      else if (inner.startsWith('#')) parts.push({ kind: 'channel', channelId: inner.slice(1) });
      else parts.push({ kind: 'mention', userId: inner });
      i = end + 1;
    } else {
      i += 1;
    }
  }
  flush();
  return parts;
}

/**
 * The text with markers removed and mentions as `@id`: for places that show no markup at all
 * (the terminal, Slack plain_text, Discord footers and button labels).
 */
export function plainText(text: string): string {
  if (!HAS_MARK.test(text)) return text;
  return parseMarkup(text)
    .map((p) =>
      p.kind === 'mention' ? `@${p.userId}` : p.kind === 'channel' ? `#${p.channelId}` : p.value,
    )
    .join('');
}

/** True when the text has any marker (so a renderer can take the fast path otherwise). */
export function hasMarkup(text: string): boolean {
  return HAS_MARK.test(text);
}
