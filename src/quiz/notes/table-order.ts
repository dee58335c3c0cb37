/**
 * `table-order`: notes that explain their concepts one section each, in the order of the
 * misconception table, give a concept whose heading names it in other words (`### 11. The
 * tokenizer belongs to the model` for the row `Tokenizer–model coupling`) its section by its place:
 * between the sections of the rows before and after it. Pure; one pass over the rows and one over
 * the sections between each pair of placed neighbours, so linear in both.
 */
import type { Section } from '../types.ts';

/**
 * `comparison-heading`: a section headed as a comparison of several things (`### 5. インデックス方式の
 * 比較` between the sections of `次元の呪い` and `HNSW`, the row between them `Flat（総当たり）`) is
 * no one concept's section, wherever it stands.
 */
const COMPARISON_WORDS_JA: readonly string[] = ['比較', '違い', '使い分け', '一覧'];
/** English words of a comparison heading (`Comparison of index types`, `How they compare`). */
const COMPARISON_WORDS_EN: ReadonlySet<string> = new Set([
  'comparison',
  'comparisons',
  'compared',
  'compare',
  'differences',
  'overview',
]);

/** True when a heading says its section compares several things ({@link COMPARISON_WORDS_JA}). */
export function comparesSeveral(heading: string): boolean {
  if (COMPARISON_WORDS_JA.some((w) => heading.includes(w))) return true;
  for (const word of heading.toLowerCase().split(/[^a-z]+/))
    if (COMPARISON_WORDS_EN.has(word)) return true;
  return false;
}

/**
 * How many sections a row's section may hold inside it (deeper headings) for the scan between two
 * neighbours to go on: notes with more are not one section per row, and the bound keeps every scan
 * short however the rows' sections are ordered.
 */
const MOST_PARTS_PER_SECTION = 50;

/** What the rule reads of a concept's match so far: its section and how it was found. */
export interface PlacedMatch {
  section: Section | null;
  via: string | null;
}

/**
 * For each run of concepts with no section whose neighbours in the table (the rows just before and
 * after the run) were placed by a heading that names them, the sections the run takes in turn:
 * the sections between the neighbours' two, when they are as many as the run, each at the
 * neighbours' heading level, none taken, and no heading above that level between (one chapter).
 * Example: rows 10 `Special tokens`, 11 `Tokenizer–model coupling`, 12 `Normalization` and the
 * headings `### 10. Special tokens`, `### 11. The tokenizer belongs to the model`, `### 12.
 * Normalization and reversibility`: row 11 takes the second. A run at either end of the table,
 * or between rows placed in another way (a term defined, a heading shared), is left as it is:
 * without a section on both sides the place says nothing.
 */
export function tableOrderSections(
  matches: readonly PlacedMatch[],
  sections: readonly Section[],
): Map<number, Section> {
  const found = new Map<number, Section>();
  const position = new Map<Section, number>();
  for (const [i, s] of sections.entries()) position.set(s, i);
  const taken = new Set<Section>();
  for (const m of matches) if (m.section) taken.add(m.section);
  let before = -1;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    if (!m?.section) continue;
    if (before >= 0 && i - before > 1) {
      const run = i - before - 1;
      const between = sectionsBetween(matches[before], m, sections, position, run);
      if (
        between &&
        between.length === run &&
        between.every((s) => !taken.has(s) && !comparesSeveral(s.heading))
      )
        for (const [k, s] of between.entries()) found.set(before + 1 + k, s);
    }
    before = m.via === 'heading' ? i : -1;
  }
  return found;
}

/**
 * The sections strictly between two placed neighbours at their common heading level, or null when
 * the neighbours are not both placed by heading, out of order, at different levels, a heading
 * above their level stands between them, or there are more than `most` (the scan stops there) or
 * far more deeper ones ({@link MOST_PARTS_PER_SECTION}).
 */
function sectionsBetween(
  first: PlacedMatch | undefined,
  last: PlacedMatch,
  sections: readonly Section[],
  position: ReadonlyMap<Section, number>,
  most: number,
): Section[] | null {
  if (first?.via !== 'heading' || last.via !== 'heading' || !first.section || !last.section)
    return null;
  const from = position.get(first.section);
  const to = position.get(last.section);
  const level = first.section.level;
  if (from === undefined || to === undefined || to <= from || last.section.level !== level)
    return null;
  const between: Section[] = [];
  if (to - from > (most + 1) * MOST_PARTS_PER_SECTION) return null;
  for (let s = from + 1; s < to; s++) {
    const section = sections[s];
    if (!section || section.level < level) return null;
    if (section.level === level && between.push(section) > most) return null;
  }
  return between;
}
