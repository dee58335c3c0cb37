/**
 * Sections of a notes file: each heading with its body, its ポイント / Point lines, its
 * よくある誤解 / Common misconceptions bullets, its labelled lists and the terms it defines. Pure.
 *
 * Linear in the number of blocks: every section's own blocks and body are slices of the one block
 * list, found with a stack, never by searching the list again for each heading.
 */

import { looksJapanese, matchKey } from '../text/normalize.ts';
import { continuesSentence, endsSentence, leftOpen, openParentheses } from '../text/wrap.ts';
import type { LabeledList, RichLine, Section, TermDefinition } from '../types.ts';
import type { Block, HeadingBlock, TextBlock } from './blocks.ts';
import { headingNames } from './heading-match.ts';
import { stripInline } from './inline.ts';
import {
  DEFINITION_RULES,
  definedTerm,
  exactLabelKind,
  type LabelKind,
  labelKind,
  readLabel,
  runInTitle,
} from './labels.ts';
import {
  hasMisconceptionMark,
  parseMisconceptionBullet,
  withCorrectionBelow,
} from './misconception-bullet.ts';
import { sentenceStops } from './sentence-ends.ts';

interface OpenList {
  list: LabeledList;
  kind: LabelKind | null;
  /** True while nothing but the list's own lines came since its label (no blank line yet). */
  adjoining: boolean;
}

/**
 * Builds every section of the file. `lastLine` is the file's last line number; `conceptKeys` are
 * the {@link matchKey}s of the summary's concept names (a heading naming one is always a section).
 */
export function buildSections(
  input: readonly Block[],
  lastLine: number,
  conceptKeys: ReadonlySet<string> = new Set(),
): Section[] {
  const blocks = foldLabelHeadings(input, conceptKeys);
  const plain = blocks.map(plainOf);
  const headingIndexes: number[] = [];
  blocks.forEach((b, i) => {
    if (b.type === 'heading') headingIndexes.push(i);
  });
  // For each heading, the index of the next heading of the same or a higher level (a stack pass).
  const endIndex = new Array<number>(headingIndexes.length).fill(blocks.length);
  const open: number[] = [];
  headingIndexes.forEach((blockIndex, h) => {
    const level = (blocks[blockIndex] as HeadingBlock).level;
    while (open.length > 0) {
      const top = open.at(-1) ?? 0;
      if ((blocks[headingIndexes[top] ?? 0] as HeadingBlock).level < level) break;
      endIndex[top] = blockIndex;
      open.pop();
    }
    open.push(h);
  });
  const sections: Section[] = [];
  const stack: Section[] = [];
  headingIndexes.forEach((blockIndex, h) => {
    const heading = blocks[blockIndex] as HeadingBlock;
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= heading.level) stack.pop();
    const end = endIndex[h] ?? blocks.length;
    const ownEnd = headingIndexes[h + 1] ?? blocks.length;
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
      runIns: [],
      endLine: (blocks[end]?.line ?? lastLine + 1) - 1,
    };
    readOwnContent(section, blocks.slice(blockIndex + 1, ownEnd));
    const own = plain.slice(blockIndex + 1, end);
    section.body = own.filter((t) => t !== '').join('\n');
    // One entry per line of the body: a table block gives a line per row.
    const items: boolean[] = [];
    const tableRows: boolean[] = [];
    const headings: boolean[] = [];
    const steps: boolean[] = [];
    const paragraphStarts: boolean[] = [];
    const itemContinuations: boolean[] = [];
    // The indent of the bullet the lines read last belong to (its own line or lines indented
    // under it with no blank line between), null when none is open.
    let bulletIndent: number | null = null;
    own.forEach((t, i) => {
      const block = blocks[blockIndex + 1 + i];
      const underItem =
        block?.type === 'text' &&
        !block.bullet &&
        bulletIndent !== null &&
        block.indent > bulletIndent;
      if (block?.type === 'text' && block.bullet) bulletIndent = block.indent;
      else if (!underItem) bulletIndent = null;
      if (t === '') return;
      const afterBlank = blocks[blockIndex + i]?.type === 'blank';
      const table = block?.type === 'table';
      const lines = table ? t.split('\n').length : 1;
      for (let k = 0; k < lines; k++) {
        items.push(block?.type === 'text' && block.bullet);
        steps.push(block?.type === 'text' && block.numbered);
        tableRows.push(table);
        headings.push(block?.type === 'heading');
        paragraphStarts.push(k === 0 && afterBlank);
        itemContinuations.push(underItem);
      }
    });
    section.bodyItems = items;
    section.bodySteps = steps;
    section.bodyTableRows = tableRows;
    section.bodyHeadings = headings;
    section.bodyParagraphStarts = paragraphStarts;
    section.bodyItemContinuations = itemContinuations;
    sections.push(section);
    stack.push(section);
  });
  return sections;
}

/** The level of the headings of the notes' parts (`## …`): a label heading there is a part too. */
const PART_LEVEL = 2;

/**
 * A heading that is only a label (`#### ポイント`, `### Common misconceptions`) and has no
 * headings under it is read as that label inside the section before it, so its bullets are that
 * section's points or misconceptions — unless it is a section that only looks like a label: see
 * {@link SECTION_HEADING_RULES}.
 */
function foldLabelHeadings(blocks: readonly Block[], conceptKeys: ReadonlySet<string>): Block[] {
  const out: Block[] = [];
  let nextHeadingLevel = 0;
  const nextLevels = new Array<number>(blocks.length).fill(0);
  const labels = blocks.map((b, i) =>
    b.type === 'heading' ? labelHeadingKind(b, i, blocks, conceptKeys) : null,
  );
  // The level of the next heading that is not itself only a label (label headings nest freely).
  for (let i = blocks.length - 1; i >= 0; i--) {
    nextLevels[i] = nextHeadingLevel;
    const block = blocks[i];
    if (block?.type === 'heading' && labels[i] === null) nextHeadingLevel = block.level;
  }
  // The level of the last heading kept as a heading (0 before the first).
  let keptLevel = 0;
  blocks.forEach((block, i) => {
    if (block.type !== 'heading') {
      out.push(block);
      return;
    }
    const next = nextLevels[i] ?? 0;
    const hasChildren = next > block.level;
    // `label-in-its-section`: a label heading folds into the section before it where it stands
    // under it (`### ネットワーク` then `#### ポイント`) or beside it below the notes' parts
    // (`#### States` then `#### Examples`). One higher than that section's heading, or a part of
    // the notes beside another (`## Takeaways` after `## Reading the sidewall`), is a section of its
    // own: reading 88 asked the notes' closing points as misconceptions about a tire's sidewall.
    if (
      keptLevel > 0 &&
      (block.level > keptLevel || (block.level === keptLevel && block.level > PART_LEVEL)) &&
      !hasChildren &&
      labels[i] !== null
    ) {
      out.push({
        type: 'text',
        markdown: `**${withoutTrailingColons(block.markdown)}**:`,
        bullet: false,
        numbered: false,
        quote: false,
        indent: 0,
        line: block.line,
      });
      return;
    }
    keptLevel = block.level;
    out.push(block);
  });
  return out;
}

/** What a rule of {@link SECTION_HEADING_RULES} looks at: a heading, its own blocks, the concepts. */
interface HeadingContext {
  heading: HeadingBlock;
  kind: LabelKind;
  /** The blocks after the heading, up to the next heading. */
  own: readonly Block[];
  conceptKeys: ReadonlySet<string>;
}

/**
 * Headings that read as a label word but are sections (each a named rule with an example): they
 * are never folded into the section before them.
 */
export const SECTION_HEADING_RULES: readonly {
  name: string;
  example: string;
  applies: (ctx: HeadingContext) => boolean;
}[] = [
  {
    name: 'names a concept of the summary',
    example: '`#### Term` when the summary table has a row `Term` (Term is also a label word)',
    applies: ({ heading, conceptKeys }) =>
      headingNames(heading.text).some((name) => conceptKeys.has(matchKey(name))),
  },
  {
    name: 'holds labels of another kind',
    example:
      '`#### Notes` followed by `**Point**: …` and `**Common misconceptions**:` (a section of its own)',
    applies: ({ kind, own }) =>
      own.some((b) => {
        if (b.type !== 'text' || b.bullet) return false;
        const label = readLabel(b.markdown);
        const other = label ? labelKind(label.label) : null;
        return other !== null && other !== kind;
      }),
  },
];

/** The label kind of a heading that is only a label, else null (also for the sections of {@link SECTION_HEADING_RULES}). */
function labelHeadingKind(
  heading: HeadingBlock,
  at: number,
  blocks: readonly Block[],
  conceptKeys: ReadonlySet<string>,
): LabelKind | null {
  const kind = exactLabelKind(heading.text);
  if (kind === null) return null;
  // Only a label heading's own blocks are read: each block once in all.
  const start = at + 1;
  let end = start;
  while (end < blocks.length && blocks[end]?.type !== 'heading') end++;
  const ctx: HeadingContext = { heading, kind, own: blocks.slice(start, end), conceptKeys };
  return SECTION_HEADING_RULES.some((rule) => rule.applies(ctx)) ? null : kind;
}

function withoutTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ':' || text[end - 1] === '：')) end--;
  return text.slice(0, end);
}

function plainOf(block: Block): string {
  if (block.type === 'text') return stripInline(block.markdown);
  if (block.type === 'heading') return block.text;
  if (block.type === 'table')
    return [block.header, ...block.rows].map((r) => r.map(stripInline).join(' | ')).join('\n');
  return '';
}

/** What the reader of a section's own lines remembers from one line to the next. */
interface ReadState {
  open: OpenList | null;
  /**
   * The last × bullet, its indentation and its markdown so far: a bullet nested under it is its
   * correction, a wrapped line carries it on.
   */
  lastWrong: { indent: number; index: number; markdown: string } | null;
  /**
   * The last bullet (not a × one), its indentation and the term it defined, if any: a line
   * indented under it with no blank line between is its wrapped text, never a paragraph.
   */
  lastBullet: { indent: number; line: number; defined: TermDefinition | null } | null;
  /**
   * `definition-children`: the last bullet that defined a term, its indentation and the term:
   * a bullet nested under it that defines nothing of its own says more of that term.
   */
  definedAbove: { indent: number; term: string } | null;
  previousBlank: boolean;
  /**
   * The section's opening paragraph so far while its first sentence is still open at the end of
   * a line: the line below carries it on (`wrapped-intro`).
   */
  openIntro: string | null;
  /**
   * `intro-before-lists`: true once a list or table of the section has been read. A paragraph
   * below it is no intro (the section's opening sentence): it comments on what stands above it
   * (`EU law also allows up to 5% of certain non-cocoa vegetable fats…` under the table of
   * Couverture vs Compound coating, keyed Compound coating by reading 44) or is an aside
   * (`「社長」「CEO」は会社内部の肩書で…` under the bullets of 代表取締役).
   */
  pastOpening: boolean;
}

function readOwnContent(section: Section, own: readonly Block[]): void {
  const state: ReadState = {
    open: null,
    lastWrong: null,
    lastBullet: null,
    definedAbove: null,
    previousBlank: true,
    openIntro: null,
    pastOpening: false,
  };
  for (const block of own) {
    if (block.type === 'blank') {
      state.previousBlank = true;
      state.lastBullet = null;
      if (state.open) state.open.adjoining = false;
      continue;
    }
    if (block.type !== 'text') {
      if (block.type !== 'heading') state.pastOpening = true;
      state.open = null;
      state.lastWrong = null;
      state.lastBullet = null;
      state.definedAbove = null;
      state.previousBlank = false;
      continue;
    }
    if (block.bullet) {
      readBullet(section, block, state);
      state.pastOpening = true;
    } else readParagraphLine(section, block, state);
    state.previousBlank = false;
  }
}

function rich(markdown: string, line: number): RichLine {
  return { text: stripInline(markdown), markdown, line };
}

function readBullet(section: Section, block: TextBlock, state: ReadState): void {
  const { markdown, line, indent } = block;
  const open = state.open;
  const wrong = state.lastWrong;
  if (wrong && indent > wrong.indent && !hasMisconceptionMark(markdown)) {
    // `- × statement` with `  - correction` under it.
    const bullet = section.misconceptions[wrong.index];
    const correction = stripInline(markdown);
    if (bullet && correction) bullet.correction ??= correction;
    return;
  }
  state.lastWrong = null;
  state.lastBullet = null;
  if (hasMisconceptionMark(markdown) || open?.kind === 'misconceptions') {
    addMisconception(section, markdown, line, state, indent);
    return;
  }
  let defined: TermDefinition | null = null;
  for (const rule of DEFINITION_RULES) {
    if (!rule.bullet) continue;
    const definition = rule.read(markdown);
    if (definition) defined = addDefinition(section, definition.term, definition.text, line);
  }
  // `definition-children`: `  - 承認には…処分の行為能力・権限は不要` under `- **承認**（152条）：…` in
  // the section on 更新 says what 承認 needs, not what 更新 is (reading 49 asked it as a
  // description of 更新): a bullet nested under a term's definition that opens on the term is
  // read as more of that definition, no sentence of the section. One that does not (`  - visibility
  // map で…` under `- **PG 特有の注意**: …`, a label) still speaks of the section's concept.
  const parent = state.definedAbove;
  if (defined) state.definedAbove = { indent, term: defined.term };
  else if (parent && indent > parent.indent && opensOnTerm(markdown, parent.term)) {
    defined = addDefinition(section, parent.term, markdown, line);
    if (defined) defined.nested = true;
  } else state.definedAbove = null;
  state.lastBullet = { indent, line, defined };
  if (!open) return;
  open.list.items.push(rich(markdown, line));
  if (open.kind === 'point') addPoint(section, markdown, line);
}

function addMisconception(
  section: Section,
  markdown: string,
  line: number,
  state: ReadState,
  indent: number,
): void {
  const parsed = parseMisconceptionBullet(markdown);
  if (!parsed) return;
  section.misconceptions.push({ ...parsed, line });
  state.lastWrong = { indent, index: section.misconceptions.length - 1, markdown };
}

/**
 * A hard-wrapped × bullet read whole: `- × A virtual environment can be moved (its scripts and` /
 * `  pyvenv.cfg hold absolute paths)` is one statement and its correction, not a statement cut
 * short. True when `markdown` carried the last × bullet on.
 */
function continuesWrong(section: Section, block: TextBlock, state: ReadState): boolean {
  const { markdown } = block;
  const wrong = state.lastWrong;
  if (!wrong || state.previousBlank) return false;
  const arrow = correctionBelow(block, wrong.indent);
  if (!arrow && !continuesLine(wrong.markdown, markdown)) return false;
  const entry = section.misconceptions[wrong.index];
  const joined = `${wrong.markdown.trimEnd()} ${markdown.trim()}`;
  const parsed = arrow
    ? withCorrectionBelow(wrong.markdown, markdown.trimStart().slice(arrow.length))
    : parseMisconceptionBullet(joined);
  if (!entry || !parsed) return false;
  Object.assign(entry, parsed);
  wrong.markdown = joined;
  const item = state.open?.list.items.at(-1);
  if (item && item.line === entry.line) Object.assign(item, rich(joined, item.line));
  return true;
}

/** Arrows that open a × bullet's correction written on the line below it. */
const ARROWS_BELOW = ['→', '->', '⇒'];

/**
 * `correction-below`: a line indented under a × bullet that opens on an arrow is its correction
 * (`- × max-age is an absolute timestamp` / `  → that is Expires`); the arrow, else null.
 */
function correctionBelow(block: TextBlock, wrongIndent: number): string | null {
  const text = block.markdown.trimStart();
  if (block.indent <= wrongIndent) return null;
  return ARROWS_BELOW.find((a) => text.startsWith(a)) ?? null;
}

function readParagraphLine(section: Section, block: TextBlock, state: ReadState): void {
  const { markdown, line } = block;
  if (continuesWrong(section, block, state)) return;
  state.lastWrong = null;
  if (continuesBullet(section, block, state)) return;
  state.lastBullet = null;
  state.definedAbove = null;
  if (continuesIntro(section, markdown, state)) return;
  state.openIntro = null;
  const runIn = runInTitle(markdown);
  const label = readLabel(markdown);
  // A list's label (`**Common misconceptions**:`) ends the part a title began: its title names
  // no concept (facts/shared-section.ts).
  const title = runIn?.title ?? label?.label;
  if (title !== undefined) section.runIns?.push({ title, line });
  if (!label) {
    const open = state.open;
    if (open?.adjoining && !state.previousBlank) {
      const last = open.list.items.at(-1);
      if (last && continuesLine(last.markdown, markdown)) {
        // `**Point**: … which servers are` / `responsible for each TLD.`: one wrapped sentence.
        joinWrapped(section, open.kind, last, markdown);
        return;
      }
      // A line right under a label (no blank line between) is one of its items.
      open.list.items.push(rich(markdown, line));
      if (open.kind === 'point') addPoint(section, markdown, line);
      if (open.kind === 'misconceptions')
        addMisconception(section, markdown, line, state, block.indent);
      return;
    }
    state.open = null;
    if (hasMisconceptionMark(markdown)) {
      addMisconception(section, markdown, line, state, block.indent);
      return;
    }
    for (const rule of DEFINITION_RULES) {
      if (rule.bullet) continue;
      const definition = rule.read(markdown);
      const defined = definition
        ? addDefinition(section, definition.term, definition.text, line)
        : null;
      if (defined && definition?.trailing) defined.trailing = true;
    }
    if (section.intro === null && !block.quote && !state.pastOpening) {
      // `run-in-title`: `**Query cost.** A single request…` opens on a title, no sentence.
      const opening = runIn?.stop && runIn.rest ? runIn.rest : markdown;
      const plain = stripInline(opening);
      section.intro = firstSentence(plain);
      section.introCode = openingCode(opening);
      section.introLine = line;
      if (section.intro === plain) state.openIntro = opening;
    }
    return;
  }
  const kind = labelKind(label.label);
  const term = definedTerm(label.label);
  if (term) {
    addDefinition(section, term, label.rest, line);
    state.open = null;
    return;
  }
  if (kind === null && label.colon && label.rest) {
    addDefinition(section, label.label, label.rest, line);
    state.open = null;
    return;
  }
  const list: LabeledList = { label: label.label, items: [], line };
  section.lists?.push(list);
  state.open = { list, kind, adjoining: true };
  if (label.rest) {
    list.items.push(rich(label.rest, line));
    if (kind === 'point') addPoint(section, label.rest, line);
    if (kind === 'misconceptions') addMisconception(section, label.rest, line, state, block.indent);
  }
}

/**
 * True when `next` carries on the sentence of `previous` (English wrapped in the notes): the
 * previous line ends on no stop or colon and the next opens in lower case.
 */
function continuesLine(previous: string, next: string): boolean {
  const end = previous.trimEnd().at(-1) ?? '';
  // `**Point**: Virtual nodes (e.g.` / `100–200 per server) even out…`: an open aside goes on.
  if (end !== '' && !looksJapanese(previous) && openParentheses(previous) > 0) return true;
  if (end === '' || '.!?:。：'.includes(end)) return false;
  // `… grouped by a `/` delimiter in` / `` `ListObjectsV2`. ``: a line left open goes on below.
  if (!looksJapanese(previous) && leftOpen(previous)) return true;
  const text = next.trimStart();
  // `…abort the whole` / `` `EXEC`, but runtime errors do not.``: code goes on a sentence left
  // open as a lower-case word does (its capitals are the code's, not a new sentence's).
  if (text.startsWith('`')) return true;
  // `… 403 Forbidden means` / `**not allowed** (…)`: emphasis before the word is no capital.
  let at = 0;
  while (at < text.length && '*_`'.includes(text[at] ?? '')) at++;
  const first = text[at] ?? '';
  return first >= 'a' && first <= 'z';
}

/**
 * `wrapped-intro`: a section's first sentence wrapped over lines (`After predicting a branch, the
 * core keeps fetching and **executing** instructions on the predicted` / `path before the branch
 * resolves. If the prediction…`) is read whole, not cut at the end of its first line. True when
 * the line carried the opening on (and so is read as nothing else).
 */
function continuesIntro(section: Section, markdown: string, state: ReadState): boolean {
  const open = state.openIntro;
  if (open === null || state.previousBlank || !continuesLine(open, markdown)) return false;
  const opening = `${open.trimEnd()} ${markdown.trim()}`;
  const text = stripInline(opening);
  section.intro = firstSentence(text);
  // A sentence still open past this length is no option or why: stop carrying it, so that a
  // paragraph of thousands of wrapped lines with no stop is read once, not once per line.
  state.openIntro = section.intro === text && opening.length < MAX_WRAPPED_INTRO ? opening : null;
  return true;
}

/** Characters a wrapped first sentence is carried over at most ({@link continuesIntro}). */
const MAX_WRAPPED_INTRO = 2_000;

/** Appends a wrapped line to the item (and the point) it continues. */
function joinWrapped(
  section: Section,
  kind: ReturnType<typeof labelKind>,
  item: RichLine,
  markdown: string,
): void {
  const joined = rich(`${item.markdown.trimEnd()} ${markdown.trim()}`, item.line);
  const wasPoint = kind === 'point' && section.pointLines?.at(-1) === item;
  Object.assign(item, joined);
  if (kind !== 'point') return;
  const points = section.pointLines ?? [];
  const at = points.findLastIndex((p) => p.line === item.line);
  if (at >= 0 && !wasPoint) points[at] = { ...joined };
  const textAt = section.points.length - (points.length - at);
  if (at >= 0 && textAt >= 0) section.points[textAt] = joined.text;
}

function addPoint(section: Section, markdown: string, line: number): void {
  const point = rich(markdown, line);
  if (!point.text) return;
  section.points.push(point.text);
  section.pointLines?.push(point);
}

/** True when the plain text of `markdown` opens on `term` (any case). */
function opensOnTerm(markdown: string, term: string): boolean {
  const key = stripInline(term).toLowerCase();
  return key !== '' && stripInline(markdown).trimStart().toLowerCase().startsWith(key);
}

function addDefinition(
  section: Section,
  term: string,
  markdown: string,
  line: number,
): TermDefinition | null {
  const definition: TermDefinition = { term: stripInline(term), text: stripInline(markdown), line };
  if (!definition.term || !definition.text) return null;
  section.definitions?.push(definition);
  return definition;
}

/**
 * `wrapped-bullet`: a line indented under a bullet with no blank line between is the rest of that
 * bullet (`- \`ETag: "v42"\`: chosen by the server; the client echoes it in` / `  \`If-None-Match\`,
 * the server answers 304…`), never a paragraph of its own: it carries on the item of an open list
 * and the term the bullet defined. True when `block` was read so.
 */
function continuesBullet(section: Section, block: TextBlock, state: ReadState): boolean {
  const bullet = state.lastBullet;
  if (!bullet || state.previousBlank || block.indent <= bullet.indent) return false;
  const open = state.open;
  const last = open?.list.items.at(-1);
  if (open && last && last.line === bullet.line)
    joinWrapped(section, open.kind, last, block.markdown);
  if (bullet.defined) bullet.defined.text = `${bullet.defined.text} ${stripInline(block.markdown)}`;
  return true;
}

/**
 * The first sentence of a line (Japanese 。 or an English full stop followed by a space and a
 * capital), never cut at a stop that {@link sentenceStops} reads as none (`e.g.`, `(… .)`).
 */
export function firstSentence(text: string): string {
  // A Japanese sentence ends on 。: a `.` inside it (`SELECT ... FOR UPDATE`) ends nothing.
  const language = text.includes('。') ? 'ja' : 'en';
  for (const at of sentenceStops(text, language)) {
    if (language === 'ja') return at < text.length - 1 ? text.slice(0, at + 1) : text;
    let next = at + 1;
    while (next < text.length && /\s/.test(text[next] ?? '')) next++;
    if (next > at + 1 && /\p{Lu}/u.test(text[next] ?? '')) return text.slice(0, at + 1);
  }
  return text;
}

/** Code spans longer than this are no name (a command line, a snippet). */
const MAX_CODE_NAME = 60;

/** The code a line opens on (`` `terraform plan` computes… `` → `terraform plan`), or null. */
function openingCode(markdown: string): string | null {
  const line = markdown.trimStart();
  if (!line.startsWith('`')) return null;
  const end = line.indexOf('`', 1);
  if (end < 0 || end > MAX_CODE_NAME) return null;
  return line.slice(1, end).trim() || null;
}

/**
 * True when body line `at` (`line`) is the rest of the sentence on the line above (`previous`): not
 * an item of a list, not a paragraph after a blank line (`paragraph-after-blank`), and either the
 * rest of a bullet left mid-sentence (`rest-of-bullet`) or wrapped as text/wrap.ts reads it. Both
 * readers of a section's prose join lines by it.
 */
export function carriesOnLineAbove(
  section: Section,
  at: number,
  previous: string,
  line: string,
  language: 'ja' | 'en',
  previousIsItem: boolean,
): boolean {
  return (
    section.bodyItems?.[at] !== true &&
    section.bodyParagraphStarts?.[at] !== true &&
    (restOfBullet(section, at, previous, line) ||
      continuesSentence(previous, line, language, previousIsItem))
  );
}

/**
 * `rest-of-bullet`: a line indented under a bullet (`wrapped-bullet`, {@link
 * Section.bodyItemContinuations}) whose line above stops short of a sentence's end is that
 * sentence's rest, whatever it opens on: a quotation (`- … Hitting it gives \`EMFILE\`` /
 * `  "Too many open files"; the system-wide limit gives \`ENFILE\`.`) or code (`- … The
 * pre-\`dup2\` trick` / `  \`close(1); open(…)\` relied on this`). Read apart, the second line was
 * offered as a true statement of its own, a fragment that opens on a quotation (reading 67). A
 * line that opens on an arrow (`→ 翻訳本を出版するには…`) is the writer's next step, not the rest.
 */
function restOfBullet(section: Section, at: number, previous: string, line: string): boolean {
  return (
    section.bodyItemContinuations?.[at] === true &&
    !endsSentence(previous) &&
    !ARROW_OPENINGS.some((arrow) => line.trimStart().startsWith(arrow))
  );
}

/** Marks that open a line as the writer's next step (`→ …`, `=> …`). */
const ARROW_OPENINGS = ['→', '⇒', '->', '=>'];
