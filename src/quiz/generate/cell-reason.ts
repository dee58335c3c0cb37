/**
 * `cell-reason`: the why of a table question's key is a sentence of the notes that says the cell
 * and more — `Type I fibres contract slowly but resist fatigue, rich in mitochondria` for the cell
 * `slow` of Type I — where one exists, not the cell read back (`The table under … gives Type I:
 * Contraction speed = “slow”`: readers of reading 25 flagged all 38 table questions for an
 * explanation that restates). The sentence is looked for in the row's own section, then in the
 * section the table sits in, where it must name the row. Pure.
 */

import { proseSentences } from '../facts/prose-evidence.ts';
import type { TableMatrix } from '../facts/table-facts.ts';
import { withoutParenthesis } from '../facts/table-facts.ts';
import { objectMemoTable } from '../text/build-memo.ts';
import { contextRule } from '../text/context-words.ts';
import { formOf } from '../text/forms.ts';
import { matchKey } from '../text/normalize.ts';
import { registerOf } from '../text/register.ts';
import { contentRuns, contentWord, coverage } from '../text/runs.ts';
import type { Section } from '../types.ts';
import type { GenerationContext } from './context.ts';

/** Share of the cell's words a sentence must hold to be about that cell. */
const HOLDS_CELL = 0.6;
/** Share of the sentence's words beyond the cell and the row's name it may not exceed: it says more. */
const SAYS_MORE = 0.8;
/** A reason longer than this (characters) is a paragraph, not a why. */
const MAX_REASON_CHARS = 200;
/** A cell shorter than this (characters, marks aside) says too little to be found in a sentence. */
const MIN_CELL_CHARS = 3;
/** How many sentences of a section are read at most. */
const MAX_SENTENCES = 60;

/**
 * Weight of words (characters of words of two or more) a reason must say beyond the cell, row and
 * column: Japanese says in two kanji what English says in a word of eight letters.
 */
const MIN_NEW_WEIGHT: Record<'ja' | 'en', number> = { ja: 4, en: 12 };

/** The weight of the words of `text` that `said` does not hold (`The ECB targets the HICP`: none). */
function newWeight(text: string, said: string): number {
  const known = new Set(contentRuns(said).map((r) => contentWord(r)));
  let weight = 0;
  for (const run of contentRuns(text))
    if (run.weight >= 2 && !known.has(contentWord(run))) weight += run.weight;
  return weight;
}

/** Reasons found, per build, table and cell (`e:a`): a cell is asked by several templates. */
const found = objectMemoTable<TableMatrix, Map<string, string | null>>();

/** The sentence that explains cell (e, a) of `m`, or null (read once per cell). */
export function cellReason(
  ctx: GenerationContext,
  m: TableMatrix,
  e: number,
  a: number,
): string | null {
  const memo = found();
  let cells = memo.get(m);
  if (!cells) {
    cells = new Map();
    memo.set(m, cells);
  }
  const at = `${e}:${a}`;
  let reason = cells.get(at);
  if (reason === undefined) {
    reason = readReason(ctx, m, e, a);
    cells.set(at, reason);
  }
  return reason;
}

function readReason(ctx: GenerationContext, m: TableMatrix, e: number, a: number): string | null {
  const entity = m.entities[e];
  const cell = withoutParenthesis(m.cells[e]?.[a] ?? '').trim();
  if (!entity || [...matchKey(cell)].length < MIN_CELL_CHARS) return null;
  const name = withoutParenthesis(entity.name).trim();
  const nameKey = matchKey(name);
  const said = `${cell}\n${name}\n${m.attributes[a]?.label ?? ''}`;
  const language = ctx.doc.language;
  const own = entity.concept ? ctx.facts.get(entity.concept.id)?.section : undefined;
  const host = ctx.index.byHeading.get(m.links.table.section ?? '');
  const places: { section: Section; mustName: boolean }[] = [];
  if (own) places.push({ section: own, mustName: false });
  if (host && host !== own) places.push({ section: host, mustName: true });
  for (const { section, mustName } of places)
    for (const sentence of proseSentences(section, language).slice(0, MAX_SENTENCES)) {
      const text = sentence.trim();
      if (
        !text ||
        [...text].length > MAX_REASON_CHARS ||
        (mustName && (nameKey.length < 2 || !matchKey(text).includes(nameKey))) ||
        coverage(cell, text) < HOLDS_CELL ||
        coverage(text, said) >= SAYS_MORE ||
        newWeight(text, said) < MIN_NEW_WEIGHT[language] ||
        contextRule(text, language) !== null ||
        // A why is a sentence: not a formula or shorthand (`Ki = Kc / Ti`), nor a name (`講義割当(学生, 科目, 教員)`).
        registerOf(text) === 'note' ||
        formOf(text, language) !== 'statement'
      )
        continue;
      return text;
    }
  return null;
}
