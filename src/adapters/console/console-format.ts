/**
 * Renders a core Reply as terminal text: a title line, the text, fields, numbered buttons and a
 * footer. Colour (ANSI) only when asked for, i.e. on a terminal.
 */
import type { Reply } from '../../bot/types.ts';

export interface ConsoleStyle {
  color: boolean;
}

const ANSI = {
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  green: '\x1b[32m',
  red: '\x1b[31m',
  cyan: '\x1b[36m',
  yellow: '\x1b[33m',
  reset: '\x1b[0m',
};

function paint(text: string, codes: string[], style: ConsoleStyle): string {
  return style.color && codes.length > 0 ? `${codes.join('')}${text}${ANSI.reset}` : text;
}

const TONE_COLOR: Record<NonNullable<Reply['tone']>, string> = {
  question: ANSI.cyan,
  correct: ANSI.green,
  wrong: ANSI.red,
  info: '',
  error: ANSI.yellow,
};

/** `<@alice>` → `@alice`. */
export function renderMentions(text: string): string {
  return text.replace(/<@([^>|\s]+)(?:\|[^>]*)?>/g, '@$1');
}

/**
 * @param numbers the number shown for each button (same order as reply.buttons); a disabled
 *        button has no number.
 * @param audience e.g. `only you (alice)` for a private message.
 */
export function formatReply(
  reply: Reply,
  numbers: (number | null)[],
  style: ConsoleStyle,
  audience?: string,
  /** Where each attachment was written (same order as reply.attachments); the file name otherwise. */
  attachmentPaths?: readonly string[],
): string {
  const lines: string[] = [];
  const tone = reply.tone ? TONE_COLOR[reply.tone] : '';
  if (audience) lines.push(paint(`[${audience}]`, [ANSI.dim], style));
  if (reply.title) lines.push(paint(reply.title, [ANSI.bold, tone].filter(Boolean), style));
  // A button whose label is already a line of the text (a numbered option) is shown by putting
  // its number in front of that line instead of repeating it below.
  const buttons = reply.buttons ?? [];
  const textLines = reply.text ? renderMentions(reply.text).split('\n') : [];
  const inline = new Set<number>();
  buttons.forEach((b, i) => {
    const at = textLines.findIndex((line) => line === b.label || line.startsWith(`${b.label} `));
    if (at < 0) return;
    const n = numbers[i];
    const line = textLines[at]!;
    // `[5] option` rather than `[5] 1. option`: the number to type is the only number shown.
    textLines[at] =
      n === null || n === undefined || b.disabled
        ? `    ${line}`
        : `[${n}] ${line.replace(/^\d+\.\s+/, '')}`;
    inline.add(i);
  });
  if (textLines.length > 0) lines.push(...textLines);
  for (const field of reply.fields ?? []) {
    const value = renderMentions(field.value);
    if (!value.includes('\n')) {
      lines.push(`${paint(`${field.label}:`, [ANSI.bold], style)} ${value}`);
      continue;
    }
    lines.push(paint(`${field.label}:`, [ANSI.bold], style));
    lines.push(...value.split('\n').map((l) => `  ${l}`));
  }
  const rest = buttons.map((b, i) => ({ b, n: numbers[i] })).filter((_, i) => !inline.has(i));
  for (const { b, n } of rest) {
    lines.push(
      n === null || n === undefined || b.disabled
        ? paint(`  [-] ${b.label}`, [ANSI.dim], style)
        : `  [${n}] ${b.label}`,
    );
  }
  if (reply.footer) lines.push(paint(renderMentions(reply.footer), [ANSI.dim], style));
  for (const [i, a] of (reply.attachments ?? []).entries()) {
    lines.push(paint(`📎 ${attachmentPaths?.[i] ?? a.filename}`, [ANSI.dim], style));
  }
  return lines.join('\n');
}
