/**
 * One markdown notes file → a {@link NotesDocument}: concepts from the misconception table,
 * sections, comparison tables, and the problems found (each with its line). Pure: text in.
 */
import { type AliasMap, aliasesOf, uniqueByKey } from '../aliases.ts';
import { parseQuestionsRegion, splitQuestionsRegions } from '../authored/parse-authored.ts';
import { shortId } from '../text/hash.ts';
import { looksJapanese, matchKey } from '../text/normalize.ts';
import type {
  AuthoredDraft,
  ComparisonTable,
  Concept,
  NotesDocument,
  NotesProblem,
  NotesSource,
  Section,
} from '../types.ts';
import { scanNotes, type TableBlock } from './blocks.ts';
import { codeValues } from './code-values.ts';
import { matchConceptSections } from './concept-sections.ts';
import { withDittoCells } from './ditto-cells.ts';
import { UNSPACED } from './heading-parts.ts';
import { hasStrong, stripInline } from './inline.ts';
import { type ConceptRow, misconceptionColumns, readConceptRows } from './misconception-table.ts';
import { buildSections } from './sections.ts';

export interface ParseNotesOptions {
  /** Other names of concepts (see {@link AliasMap}). */
  aliases?: AliasMap;
}

/** The id of a concept: 8 base32 characters of its normalised name. */
export function conceptIdOf(name: string): string {
  return shortId(`concept:${matchKey(name)}`);
}

/**
 * `name-marks`: the `+` and `#` a name carries after a letter or digit (`k-means++` → `++`,
 * `C#` → `#`), which its {@link matchKey} drops. Two rows whose names differ only by them
 * (`k-means`, `k-means++`: reading 40's notes lost the second as a duplicate) are two concepts;
 * the one with marks gets an id of its own. A name with no twin keeps the id it always had.
 */
export function nameMarks(name: string): string {
  let marks = '';
  const text = name.normalize('NFKC');
  for (let i = 1; i < text.length; i++) {
    const ch = text.charAt(i);
    if ((ch === '+' || ch === '#') && /[\p{L}\p{N}+#]/u.test(text.charAt(i - 1))) marks += ch;
  }
  return marks;
}

/** The id of a concept whose name has a twin but for its {@link nameMarks}. */
function markedConceptId(name: string): string {
  return shortId(`concept:${matchKey(name)}:${nameMarks(name)}`);
}

/** Parses one notes file. Never throws on bad notes: what is wrong goes to `problems`. */
export function parseNotes(source: NotesSource, options: ParseNotesOptions = {}): NotesDocument {
  const { path: file, text } = source;
  const scanned = scanNotes(text);
  const { title, lineCount } = scanned;
  // Hand-written questions are read on their own: never a concept's section or a table.
  const { notes: blocks, regions } = splitQuestionsRegions(scanned.blocks);
  const problems: NotesProblem[] = [];
  const authored: AuthoredDraft[] = [];
  for (const region of regions) {
    const read = parseQuestionsRegion(region, file);
    authored.push(...read.drafts);
    problems.push(...read.problems);
  }
  const rows: ConceptRow[] = [];
  const otherTables: TableBlock[] = [];
  let language: 'ja' | 'en' | null = null;
  let foundTable = false;
  for (const block of blocks) {
    if (block.type !== 'table') continue;
    const columns = misconceptionColumns(block.header);
    if (!columns) {
      otherTables.push(block);
      continue;
    }
    foundTable = true;
    language ??= columns.language;
    const read = readConceptRows(block, columns, file);
    if (read.rows.length === 0) {
      problems.push({
        file,
        line: block.line,
        message:
          block.rows.length === 0
            ? 'misconception table has no rows'
            : 'misconception table has no usable row',
      });
    }
    rows.push(...read.rows);
    problems.push(...read.problems);
  }
  // The concepts' names are known before the sections: a heading that names one is a section
  // even when it reads as a label word (`#### Term`).
  const conceptKeys = new Set(
    rows.flatMap((row) => [row.name, ...aliasesOf(row.name, options.aliases)]).map(matchKey),
  );
  const sections = buildSections(blocks, lineCount, conceptKeys);
  const owners = sectionOwner(sections);
  const comparisons = otherTables.map((block) => comparisonTable(block, owners(block.line)));
  if (!foundTable && regions.length === 0) {
    problems.push({
      file,
      line: 1,
      message:
        'no misconception table (a table headed 概念 | 正しい理解 | よくある誤解, or Concept | Correct understanding | Common misconceptions; 用語 | 正しくは | ありがちな勘違い or Term | Reality | Myths do too)',
    });
  }
  const unique = dropDuplicates(rows, file, problems);
  const lang = language ?? (looksJapanese(text) ? 'ja' : 'en');
  const concepts = toConcepts(unique, sections, file, lang, options.aliases);
  problems.sort((a, b) => a.line - b.line);
  const ownerOfCode = sectionOwner(sections);
  const values = codeValues(scanned.code, (line) => {
    const owner = ownerOfCode(line);
    return owner ? [owner.heading, ...[...owner.path].reverse()] : [];
  });
  return {
    file,
    title,
    language: lang,
    concepts,
    sections,
    comparisons,
    problems,
    authored,
    ...(values.length > 0 ? { codeValues: values } : {}),
  };
}

function dropDuplicates(
  rows: readonly ConceptRow[],
  file: string,
  problems: NotesProblem[],
): ConceptRow[] {
  const first = new Map<string, ConceptRow>();
  const kept: ConceptRow[] = [];
  for (const row of rows) {
    const key = `${matchKey(row.name)}\u0000${nameMarks(row.name)}`;
    const earlier = first.get(key);
    if (earlier) {
      problems.push({
        file,
        line: row.line,
        message: `duplicate concept "${row.name}" (first at line ${earlier.line})`,
      });
      continue;
    }
    first.set(key, row);
    kept.push(row);
  }
  return kept;
}

/**
 * `command-name`: the code a concept's own section opens on, when its last word is the concept's
 * name (`` `terraform plan` computes… `` under `## Plan`, `` `git rebase` rewrites… `` under
 * `## Rebase`), is another name of it: the sentence's subject is the concept.
 */
function codeName(section: Section | null, name: string): string[] {
  const code = section?.introCode;
  if (!code) return [];
  const words = code.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && words.length <= 4 && matchKey(last) === matchKey(name) ? [code] : [];
}

/** An ampersand between two words of a name. */
const AMPERSAND = /[&＆]/u;

/**
 * `ampersand-spelled-out`: a name joined by `&` is written with the word in headings and prose
 * (`Errors & HTTP status` → `## 4. Errors and HTTP status codes`, `Third-party cookies & CHIPS` →
 * `## 9. Third-party cookies and CHIPS`; `認証＆認可` → `## 認証と認可`, by the name's own script):
 * that spelling is another name of it, so its section is found (reading 11: two graphql concepts
 * had none, and fewer questions). None for a name without one.
 */
export function ampersandSpelling(name: string): string[] {
  if (!name.includes('&') && !name.includes('＆')) return [];
  // Split, not a pattern with the spaces around it: linear on a cell of any length.
  const spelled = name
    .split(AMPERSAND)
    .map((side) => side.trim())
    .filter((side) => side !== '')
    // A name written in Japanese (kana or kanji) says `と` for `&`.
    .join(UNSPACED.test(name) ? 'と' : ' and ');
  return spelled === name || spelled === '' ? [] : [spelled];
}

function toConcepts(
  rows: readonly ConceptRow[],
  sections: readonly Section[],
  file: string,
  language: 'ja' | 'en',
  aliases?: AliasMap,
): Concept[] {
  const namings = rows.map((row) => ({
    name: row.name,
    aliases: [...aliasesOf(row.name, aliases), ...ampersandSpelling(row.name)],
    misconceptions: row.misconceptions,
  }));
  const matches = matchConceptSections(namings, sections);
  // The sections a concept shares with the one that took them (both are told it).
  const shared = new Set(matches.filter((m) => m.via === 'shared-heading').map((m) => m.section));
  // The names with a twin but for their marks (`k-means` / `k-means++`, `C++` / `C#`): the
  // marked ones' ids.
  const twins = new Map<string, number>();
  for (const r of rows) twins.set(matchKey(r.name), (twins.get(matchKey(r.name)) ?? 0) + 1);
  const idOf = (name: string): string =>
    nameMarks(name) !== '' && (twins.get(matchKey(name)) ?? 0) > 1
      ? markedConceptId(name)
      : conceptIdOf(name);
  return rows.map((row, i) => {
    const match = matches[i];
    const sharing = match?.section ? shared.has(match.section) : false;
    const names = uniqueByKey([
      row.name,
      ...(namings[i]?.aliases ?? []),
      ...(match?.aliases ?? []),
      ...codeName(match?.section ?? null, row.name),
    ]);
    return {
      id: idOf(row.name),
      name: row.name,
      correct: row.correct,
      keyPhrases: row.keyPhrases,
      misconceptions: row.misconceptions,
      section: match?.section?.heading ?? null,
      ...(sharing ? { sharedSection: { part: match?.part ?? null } } : {}),
      aliases: names.slice(1),
      source: { file, line: row.line },
      language,
    };
  });
}

/**
 * The section a line sits in (the last heading before it), for lines asked about in increasing
 * order (tables come in notes order): a pointer that only moves forward.
 */
function sectionOwner(sections: readonly Section[]): (line: number) => Section | null {
  let next = 0;
  let owner: Section | null = null;
  return (line) => {
    while (next < sections.length && (sections[next]?.line ?? Infinity) < line) {
      owner = sections[next] ?? null;
      next++;
    }
    return owner;
  };
}

function comparisonTable(block: TableBlock, owner: Section | null): ComparisonTable {
  return {
    header: block.header.map(stripInline),
    // `Same`, `同左`, `〃` read as the cell they repeat (ditto-cells.ts).
    rows: withDittoCells(
      block.rows.map((row) => block.header.map((_, i) => stripInline(row[i] ?? ''))),
    ),
    line: block.line,
    section: owner?.heading ?? null,
    emphasis: block.rows.map((row) => block.header.map((_, i) => hasStrong(row[i] ?? ''))),
    rowLines: block.rowLines,
  };
}
