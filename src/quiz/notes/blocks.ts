/**
 * A markdown notes file as a flat list of blocks (headings, tables, lines of text, blanks), with
 * 1-based line numbers. Front matter gives the title; fenced code and display math are skipped.
 * Pure.
 *
 * Each line is read by the first rule of {@link LINE_RULES} that accepts it. Every rule looks at
 * a line with plain string scans (no regular expression that can backtrack), so a line of any
 * length and any characters costs time in proportion to its length.
 */
import { isTableSeparator, stripInline, tableCells, tablePipe } from './inline.ts';

export interface HeadingBlock {
  type: 'heading';
  level: number;
  /** Plain heading text. */
  text: string;
  /** The heading text as markdown (emphasis kept). */
  markdown: string;
  line: number;
}

export interface TableBlock {
  type: 'table';
  /** Cells as markdown. */
  header: string[];
  rows: string[][];
  line: number;
  rowLines: number[];
}

export interface TextBlock {
  type: 'text';
  /** The line without its bullet / quote / number marker, as markdown. */
  markdown: string;
  bullet: boolean;
  /** An item of a numbered list (`1. 履行義務を識別する`): one step of a sequence. */
  numbered: boolean;
  quote: boolean;
  /** Columns of white space before the line's marker (a tab counts 4): nested list items have more. */
  indent: number;
  line: number;
}

export interface BlankBlock {
  type: 'blank';
  line: number;
}

export type Block = HeadingBlock | TableBlock | TextBlock | BlankBlock;

/** A line inside fenced code, which the blocks skip (notes/code-values.ts reads it). */
export interface CodeLine {
  text: string;
  line: number;
  /** The line of the fence that opens its block: lines of one block share it. */
  fence: number;
  /** The fence's info string, lower case (`js`, `python`), or ''. */
  info: string;
}

export interface ScannedNotes {
  title: string | null;
  blocks: Block[];
  /** The lines of fenced code, in order. */
  code: CodeLine[];
  /** Number of lines of the file. */
  lineCount: number;
}

/** What a rule makes of the line at `index`: its blocks and how many lines it took. */
interface LineRead {
  blocks: Block[];
  lines: number;
}

/** A named way of reading a line, with an example of what it reads. */
export interface LineRule {
  name: string;
  example: string;
  read: (lines: readonly string[], index: number) => LineRead | null;
}

/** The rules, tried in order on every line outside front matter and fenced code. */
export const LINE_RULES: readonly LineRule[] = [
  {
    name: 'blank line',
    example: '   ',
    read: (lines, i) => (isBlank(lines[i] ?? '') ? one({ type: 'blank', line: i + 1 }) : null),
  },
  {
    name: 'thematic break (read as a blank line)',
    example: '- - -',
    read: (lines, i) =>
      isThematicBreak(lines[i] ?? '') ? one({ type: 'blank', line: i + 1 }) : null,
  },
  {
    name: 'ATX heading (closing #s dropped)',
    example: '## サーガ ##',
    read: (lines, i) => {
      const heading = atxHeading(lines[i] ?? '');
      return heading ? one(headingBlock(heading.level, heading.markdown, i + 1)) : null;
    },
  },
  {
    name: 'table (a row with pipes, then a separator row)',
    example: '| 概念 | 正しい理解 |\n|---|---|',
    read: readTable,
  },
  {
    name: 'setext heading (a line underlined with === or ---)',
    example: 'Circuit breaker\n===',
    read: (lines, i) => {
      const level = setextLevel(lines[i] ?? '', lines[i + 1]);
      return level === null
        ? null
        : { blocks: [headingBlock(level, (lines[i] ?? '').trim(), i + 1)], lines: 2 };
    },
  },
  {
    name: 'text line (quote, bullet and number markers noted and removed)',
    example: '> - × 同期的に呼ぶ（非同期）',
    read: (lines, i) => {
      const text = textBlock(lines[i] ?? '', i + 1);
      return one(text.markdown === '' ? { type: 'blank', line: i + 1 } : text);
    },
  },
];

/** Scans the text of a notes file into blocks. */
export function scanNotes(text: string): ScannedNotes {
  const lines = splitLines(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const blocks: Block[] = [];
  const front = frontMatter(lines);
  let title = front.title;
  const code: CodeLine[] = [];
  let fence: string | null = null;
  let fenceLine = 0;
  let info = '';
  let inMath = false;
  for (let i = front.end; i < lines.length; ) {
    const raw = lines[i] ?? '';
    const mark = fenceMark(raw);
    if (fence !== null || (mark !== null && !inMath)) {
      if (fence === null) {
        fence = mark;
        fenceLine = i + 1;
        info = raw
          .trimStart()
          .slice(mark?.length ?? 0)
          .trim()
          .toLowerCase();
      } else if (mark !== null && mark[0] === fence[0] && mark.length >= fence.length) fence = null;
      else code.push({ text: raw, line: i + 1, fence: fenceLine, info });
      i++;
      continue;
    }
    const math = displayMath(raw);
    if (inMath || math !== null) {
      if (math === 'delimiter') inMath = !inMath;
      i++;
      continue;
    }
    const read = readLine(lines, i);
    for (const block of read.blocks) {
      if (block.type === 'heading' && block.level === 1 && title === null) title = block.text;
      blocks.push(block);
    }
    i += read.lines;
  }
  return { title, blocks, code, lineCount: lines.length };
}

/** The lines of a text: `\r\n`, `\r` and `\n` all end a line. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function readLine(lines: readonly string[], index: number): LineRead {
  for (const rule of LINE_RULES) {
    const read = rule.read(lines, index);
    if (read) return read;
  }
  return one({ type: 'blank', line: index + 1 });
}

function one(block: Block): LineRead {
  return { blocks: [block], lines: 1 };
}

function headingBlock(level: number, markdown: string, line: number): HeadingBlock {
  return { type: 'heading', level, text: stripInline(markdown), markdown, line };
}

/** `---` … `---` (or `...`) at the very top: its `title:` and the index of the first line after it. */
function frontMatter(lines: readonly string[]): { title: string | null; end: number } {
  if (lines[0]?.trim() !== '---') return { title: null, end: 0 };
  const end = lines.findIndex((l, n) => n > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) return { title: null, end: 0 };
  let title: string | null = null;
  for (const line of lines.slice(1, end)) {
    if (!line.startsWith('title:')) continue;
    const value = unquote(line.slice('title:'.length).trim());
    if (value) title = value;
  }
  return { title, end: end + 1 };
}

function unquote(value: string): string {
  const first = value[0];
  const start = first === '"' || first === "'" ? 1 : 0;
  const last = value.at(-1);
  const end =
    value.length > start && (last === '"' || last === "'") ? value.length - 1 : value.length;
  return value.slice(start, end);
}

/**
 * `display-math`: a line of `$$` opens or closes a block of display math (`$$` / `K = \frac{k
 * \rho g}{\mu}` / `$$`), and a line that opens and closes on `$$` is one (`$$V_{rms} \approx
 * 4.44 f N A B_{max}$$`). Like fenced code it is no prose: read as text, the block opened a
 * section's first sentence (`$$ K = \frac{k \rho g}{\mu} $$透水係数 K: 地層と流体の性質`, reading
 * 71) and a formula stood as its intro. `delimiter` for a line of `$$` alone, `line` for a whole
 * formula, else null.
 */
function displayMath(raw: string): 'delimiter' | 'line' | null {
  const body = raw.trim();
  if (body === '$$') return 'delimiter';
  return body.length > 4 && body.startsWith('$$') && body.endsWith('$$') ? 'line' : null;
}

/** The ``` or ~~~ run opening or closing a fence (any indentation), else null. */
function fenceMark(raw: string): string | null {
  const body = raw.trimStart();
  const ch = body[0];
  if (ch !== '`' && ch !== '~') return null;
  let n = 0;
  while (body[n] === ch) n++;
  return n >= 3 ? body.slice(0, n) : null;
}

const SPACE_OR_TAB = new Set([' ', '\t']);

function isBlank(raw: string): boolean {
  return raw.trim() === '';
}

/** Up to three columns of indentation, then the rest (null when indented more). */
function afterIndent(raw: string): string | null {
  let i = 0;
  while (i < raw.length && SPACE_OR_TAB.has(raw[i] ?? '') && i < 4) i++;
  return i > 3 ? null : raw.slice(i);
}

/** `---`, `***`, `___`, `- - -`: three or more of one of them and nothing else but spaces. */
function isThematicBreak(raw: string): boolean {
  const body = afterIndent(raw);
  const ch = body?.[0];
  if (!body || (ch !== '-' && ch !== '*' && ch !== '_')) return false;
  let count = 0;
  for (const c of body) {
    if (c === ch) count++;
    else if (!SPACE_OR_TAB.has(c)) return false;
  }
  return count >= 3;
}

/** `## Text ##` → level 2, `Text`: one to six #s, white space, the text, optional closing #s. */
function atxHeading(raw: string): { level: number; markdown: string } | null {
  const body = afterIndent(raw);
  if (!body?.startsWith('#')) return null;
  let level = 0;
  while (body[level] === '#') level++;
  const after = body[level];
  if (level > 6 || after === undefined || !/\s/.test(after)) return null;
  let content = body.slice(level).trim();
  let end = content.length;
  while (end > 0 && content[end - 1] === '#') end--;
  if (end === 0) content = '';
  else if (end < content.length && /\s/.test(content[end - 1] ?? ''))
    content = content.slice(0, end).trimEnd();
  return { level, markdown: content };
}

/** 1 for a `===` underline, 2 for `---`, under a line of plain paragraph text; else null. */
function setextLevel(raw: string, next: string | undefined): number | null {
  if (next === undefined || isBlank(raw)) return null;
  const underline = next.trim();
  const ch = underline[0];
  if ((ch !== '=' && ch !== '-') || underline.length < 2) return null;
  for (const c of underline) if (c !== ch) return null;
  const text = textBlock(raw, 0);
  if (text.bullet || text.quote || text.indent > 3 || tablePipe(raw) !== null) return null;
  if (atxHeading(raw) || isThematicBreak(raw) || fenceMark(raw)) return null;
  return ch === '=' ? 1 : 2;
}

function readTable(lines: readonly string[], index: number): LineRead | null {
  const raw = lines[index] ?? '';
  const next = lines[index + 1];
  if (tablePipe(raw) === null || next === undefined || !isTableSeparator(next)) return null;
  const table: TableBlock = {
    type: 'table',
    header: tableCells(raw),
    rows: [],
    line: index + 1,
    rowLines: [],
  };
  let i = index + 2;
  for (; i < lines.length; i++) {
    const row = lines[i] ?? '';
    if (tablePipe(row) === null || isBlank(row)) break;
    table.rows.push(tableCells(row));
    table.rowLines.push(i + 1);
  }
  return { blocks: [table], lines: i - index };
}

/** A list item's marker: `-`, `*`, `+`, `1.`, `1)`, or the Japanese `・` (no space needed after it). */
interface BulletRule {
  name: string;
  example: string;
  /** Length of the marker and the white space after it at the start of `body`, or 0. */
  length: (body: string) => number;
  /** Whether its items are numbered (a sequence's steps), {@link TextBlock.numbered}. */
  numbered?: true;
}

const BULLET_RULES: readonly BulletRule[] = [
  { name: 'dash, star or plus', example: '- item', length: (b) => markerThenSpace(b, 1, '-*+') },
  { name: 'number', example: '1. item', length: numberMarker, numbered: true },
  { name: 'middle dot', example: '・項目', length: (b) => dotMarker(b) },
];

function markerThenSpace(body: string, width: number, marks: string): number {
  if (!marks.includes(body[0] ?? '\0')) return 0;
  let n = width;
  while (SPACE_OR_TAB.has(body[n] ?? '')) n++;
  return n > width ? n : 0;
}

function numberMarker(body: string): number {
  let n = 0;
  while (n < 9 && body[n] !== undefined && body[n]! >= '0' && body[n]! <= '9') n++;
  if (n === 0 || (body[n] !== '.' && body[n] !== ')')) return 0;
  let end = n + 1;
  while (SPACE_OR_TAB.has(body[end] ?? '')) end++;
  return end > n + 1 ? end : 0;
}

function dotMarker(body: string): number {
  if (body[0] !== '・' && body[0] !== '•') return 0;
  let n = 1;
  while (SPACE_OR_TAB.has(body[n] ?? '') || body[n] === '\u3000') n++;
  return n < body.length ? n : 0;
}

function textBlock(raw: string, line: number): TextBlock {
  let indent = 0;
  let start = 0;
  while (start < raw.length && SPACE_OR_TAB.has(raw[start] ?? '')) {
    indent += raw[start] === '\t' ? 4 : 1;
    start++;
  }
  let body = raw.slice(start).trim();
  let quote = false;
  while (body.startsWith('>')) {
    quote = true;
    body = body.slice(1).trim();
  }
  let bullet = false;
  let numbered = false;
  for (const rule of BULLET_RULES) {
    const length = rule.length(body);
    if (length > 0) {
      bullet = true;
      numbered = rule.numbered === true;
      body = body.slice(length);
      break;
    }
  }
  return { type: 'text', markdown: body.trimEnd(), bullet, numbered, quote, indent, line };
}
