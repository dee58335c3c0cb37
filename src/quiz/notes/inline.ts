/**
 * Inline markdown: the plain text of a line, and its `**bold**` phrases. Pure.
 */

const BOLD = /\*\*(.+?)\*\*|__(.+?)__/g;

/** The `**bold**` phrases of a line, as plain text, in order. */
export function boldPhrases(markdown: string): string[] {
  const phrases: string[] = [];
  for (const match of markdown.matchAll(BOLD)) {
    const phrase = stripInline(match[1] ?? match[2] ?? '');
    if (phrase) phrases.push(phrase);
  }
  return phrases;
}

/** Plain text: emphasis, code ticks, links and html tags removed; white space squashed. */
export function stripInline(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\s][^>]*>/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[^*\w])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a table row into its cells (outer pipes dropped, `\|` kept as a pipe). */
export function tableCells(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  return body.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

/** True for a table separator row such as `|---|:---:|`. */
export function isTableSeparator(line: string): boolean {
  return /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line) && line.includes('-');
}
