/**
 * Sections of a notes file: each heading with its body, its ポイント / Point lines, its
 * よくある誤解 / Common misconceptions bullets, its labelled lists and the terms it defines. Pure.
 */
import type { LabeledList, RichLine, Section, TermDefinition } from '../types.ts';
import type { Block, HeadingBlock, TextBlock } from './blocks.ts';
import { stripInline } from './inline.ts';
import { type LabelKind, labelKind, readLabel } from './labels.ts';
import { hasMisconceptionMark, parseMisconceptionBullet } from './misconception-bullet.ts';

interface OpenList {
  list: LabeledList;
  kind: LabelKind | null;
}

/** Builds every section of the file. `lastLine` is the file's last line number. */
export function buildSections(blocks: readonly Block[], lastLine: number): Section[] {
  const headings = blocks.filter((b): b is HeadingBlock => b.type === 'heading');
  const sections: Section[] = [];
  const stack: Section[] = [];
  for (const [index, heading] of headings.entries()) {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= heading.level) stack.pop();
    const end = headings.slice(index + 1).find((h) => h.level <= heading.level);
    const ownEnd = headings[index + 1]?.line ?? lastLine + 1;
    const section: Section = {
      heading: heading.text,
      level: heading.level,
      line: heading.line,
      body: '',
      points: [],
      misconceptions: [],
      path: stack.map((s) => s.heading),
      pointLines: [],
      lists: [],
      definitions: [],
      intro: null,
      endLine: (end?.line ?? lastLine + 1) - 1,
    };
    const own = blocks.filter((b) => b.line > heading.line && b.line < ownEnd);
    readOwnContent(section, own);
    section.body = blocks
      .filter((b) => b.line > heading.line && b.line <= (section.endLine ?? 0))
      .map(plainOf)
      .filter((t) => t !== '')
      .join('\n');
    sections.push(section);
    stack.push(section);
  }
  return sections;
}

function plainOf(block: Block): string {
  if (block.type === 'text') return stripInline(block.markdown);
  if (block.type === 'heading') return block.text;
  if (block.type === 'table')
    return [block.header, ...block.rows].map((r) => r.map(stripInline).join(' | ')).join('\n');
  return '';
}

function readOwnContent(section: Section, own: readonly Block[]): void {
  let open: OpenList | null = null;
  for (const block of own) {
    if (block.type === 'blank') continue;
    if (block.type !== 'text') {
      open = null;
      continue;
    }
    if (block.bullet) {
      readBullet(section, block, open);
      continue;
    }
    open = readParagraphLine(section, block);
  }
}

function rich(markdown: string, line: number): RichLine {
  return { text: stripInline(markdown), markdown, line };
}

function readBullet(section: Section, block: TextBlock, open: OpenList | null): void {
  const { markdown, line } = block;
  if (hasMisconceptionMark(markdown) || open?.kind === 'misconceptions') {
    const parsed = parseMisconceptionBullet(markdown);
    if (parsed) section.misconceptions.push({ ...parsed, line });
    return;
  }
  const definition = /^\*\*([^*]+?)\*\*\s*(?:[:：]|\s[-—–]\s)\s*(.+)$/.exec(markdown);
  if (definition?.[1] && definition[2]) addDefinition(section, definition[1], definition[2], line);
  if (!open) return;
  open.list.items.push(rich(markdown, line));
  if (open.kind === 'point') addPoint(section, markdown, line);
}

function readParagraphLine(section: Section, block: TextBlock): OpenList | null {
  const { markdown, line } = block;
  const label = readLabel(markdown);
  if (label) {
    const kind = labelKind(label.label);
    const term =
      /^(.+?)\s*とは$/.exec(label.label)?.[1] ?? /^what is (.+?)\??$/i.exec(label.label)?.[1];
    if (term) {
      addDefinition(section, term, label.rest, line);
      return null;
    }
    if (kind === null && label.colon && label.rest) {
      addDefinition(section, label.label, label.rest, line);
      return null;
    }
    const list: LabeledList = { label: label.label, items: [], line };
    section.lists?.push(list);
    if (label.rest) {
      list.items.push(rich(label.rest, line));
      if (kind === 'point') addPoint(section, label.rest, line);
      if (kind === 'misconceptions') {
        const parsed = parseMisconceptionBullet(label.rest);
        if (parsed) section.misconceptions.push({ ...parsed, line });
      }
    }
    return { list, kind };
  }
  const boldTerm = /^\*\*([^*]+?)\*\*\s*(?:とは|って|is|are|refers to)[、,，\s]/.exec(markdown);
  if (boldTerm?.[1]) addDefinition(section, boldTerm[1], markdown, line);
  if (section.intro === null && !block.quote) section.intro = firstSentence(stripInline(markdown));
  return null;
}

function addPoint(section: Section, markdown: string, line: number): void {
  const point = rich(markdown, line);
  if (!point.text) return;
  section.points.push(point.text);
  section.pointLines?.push(point);
}

function addDefinition(section: Section, term: string, markdown: string, line: number): void {
  const definition: TermDefinition = { term: stripInline(term), text: stripInline(markdown), line };
  if (definition.term && definition.text) section.definitions?.push(definition);
}

/** The first sentence of a line (Japanese 。 or an English full stop followed by a space). */
export function firstSentence(text: string): string {
  const ja = text.indexOf('。');
  if (ja >= 0 && ja < text.length - 1) return text.slice(0, ja + 1);
  const en = /^(.+?[.!?])\s+\p{Lu}/u.exec(text);
  return en?.[1] ?? text;
}
