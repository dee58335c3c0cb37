/**
 * A markdown notes file as a flat list of blocks (front matter, headings, tables, lines), with
 * 1-based line numbers. Fenced code is skipped. Pure.
 */
import { isTableSeparator, stripInline, tableCells } from './inline.ts';

export interface HeadingBlock {
  type: 'heading';
  level: number;
  /** Plain heading text. */
  text: string;
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
  quote: boolean;
  line: number;
}

export interface BlankBlock {
  type: 'blank';
  line: number;
}

export type Block = HeadingBlock | TableBlock | TextBlock | BlankBlock;

export interface ScannedNotes {
  title: string | null;
  blocks: Block[];
}

/** Scans the text of a notes file into blocks. */
export function scanNotes(text: string): ScannedNotes {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let title: string | null = null;
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) {
      for (const l of lines.slice(1, end)) {
        const m = /^title:\s*(.+?)\s*$/.exec(l);
        if (m?.[1]) title = m[1].replace(/^["']|["']$/g, '');
      }
      i = end + 1;
    }
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const line = i + 1;
    const fenceMark = /^\s*(```+|~~~+)/.exec(raw)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (raw.trim() === '' || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      blocks.push({ type: 'blank', line });
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading?.[1] && heading[2] !== undefined) {
      blocks.push({
        type: 'heading',
        level: heading[1].length,
        text: stripInline(heading[2]),
        line,
      });
      if (heading[1].length === 1 && title === null) title = stripInline(heading[2]);
      continue;
    }
    const next = lines[i + 1];
    if (raw.includes('|') && next !== undefined && isTableSeparator(next)) {
      const table: TableBlock = {
        type: 'table',
        header: tableCells(raw),
        rows: [],
        line,
        rowLines: [],
      };
      i += 2;
      while (i < lines.length && (lines[i] ?? '').includes('|') && (lines[i] ?? '').trim() !== '') {
        table.rows.push(tableCells(lines[i] ?? ''));
        table.rowLines.push(i + 1);
        i++;
      }
      i--;
      blocks.push(table);
      continue;
    }
    const text = textBlock(raw, line);
    blocks.push(text.markdown === '' ? { type: 'blank', line } : text);
  }
  return { title, blocks };
}

function textBlock(raw: string, line: number): TextBlock {
  let body = raw.trim();
  let quote = false;
  while (body.startsWith('>')) {
    quote = true;
    body = body.slice(1).trim();
  }
  const bulletMatch = /^(?:[-*+]|\d+[.)])\s+/.exec(body);
  if (bulletMatch) body = body.slice(bulletMatch[0].length);
  body = body.replace(/\s+$/, '');
  return { type: 'text', markdown: body, bullet: bulletMatch !== null, quote, line };
}
