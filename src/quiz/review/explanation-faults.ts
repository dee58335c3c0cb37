/**
 * Explanations that do not explain (issue 11, item 5), as named detectors with an example each:
 * a why that dumps a row of table cells, and a why that gives the option back. Pure; each is one
 * pass over its text, so linear on any line. The generator's teach stage (generate/teach.ts)
 * rewrites what they find; a bank-wide test asserts none is left.
 */
import { compareKey } from './text-measures.ts';

/** What separates the cells of a table row written out as one line (`、` / `; `). */
const CELL_SEPARATORS: Record<'ja' | 'en', string> = { ja: '、', en: '; ' };
/** What joins a label to its value in a written-out cell (`学習コスト：低` / `Endpoints: many`). */
const CELL_JOINS: Record<'ja' | 'en', readonly string[]> = { ja: ['：', ':'], en: [': '] };

/**
 * `cell-dump`: a why that writes out two or more `label：value` cells of a table row, joined as
 * a list — `通常のCRUDは「学習コスト：低、監査・履歴：別途実装、…」`, `REST: “Endpoints: many
 * resources; Response shape: …”`. A reader gets the whole column and no reason; at most the one
 * cell that bears on the option explains it. The number of cells found (0 or 1: no dump).
 */
export function dumpedCells(why: string, language: 'ja' | 'en'): number {
  const joins = CELL_JOINS[language];
  let cells = 0;
  for (const piece of why.split(CELL_SEPARATORS[language])) {
    const at = Math.max(...joins.map((j) => piece.lastIndexOf(j)));
    // A label before the join and a value after it.
    if (at > 0 && at < piece.length - 1) cells++;
  }
  return cells;
}

/** {@link dumpedCells}: two cells or more. */
export function isCellDump(why: string, language: 'ja' | 'en'): boolean {
  return dumpedCells(why, language) >= 2;
}

/**
 * Endings that add nothing to what a why restates: the copula and polite forms
 * (`整合性を保つ単位である` → `整合性を保つ単位`), compared on {@link compareKey}.
 */
const EMPTY_ENDINGS: readonly string[] = ['である', 'です', 'だ'].map(compareKey);

/** What remains of a wrapper (`それは…`, `That is …`) around the option once its words are out. */
const WRAPPERS: ReadonlySet<string> = new Set(
  ['', 'それは', 'これは', 'thatis', 'thisis', 'thatdescribes'].map(compareKey),
);

/** The fewest letters and digits of an option a why can be said to give back. */
const MIN_ECHO = 8;

function withoutEnding(key: string): string {
  for (const end of EMPTY_ENDINGS)
    if (key.length > end.length && key.endsWith(end)) return key.slice(0, -end.length);
  return key;
}

/**
 * `why-is-option`: a why that is the option again, whole or a part of it, give or take the
 * copula — `整合性を保つ単位。` under the key `整合性を保つ単位である`. Circular: the reader learns
 * nothing the option did not say. A why that is a concept's name (a which-concept option) is not
 * measured: options shorter than {@link MIN_ECHO} letters are names.
 */
export function restatesOption(why: string, option: string): boolean {
  const optionKey = withoutEnding(compareKey(option));
  const whyKey = withoutEnding(compareKey(why));
  if (!whyKey || optionKey.length < MIN_ECHO) return false;
  return optionKey.includes(whyKey);
}

/**
 * `option-printed-twice`: a why that is the option in a wrapper with nothing else but a name
 * (`That is False sharing (Cores writing different variables on the same line keep stealing the
 * line from each other)` under that very statement; `それはスナップショット（再構築を速くする…）`).
 * The name is what teaches — which concept the option describes — and the option once is enough.
 * `names`: the names the wrapper may carry.
 */
export function echoesOption(why: string, option: string, names: readonly string[]): boolean {
  const optionKey = withoutEnding(compareKey(option));
  const whyKey = compareKey(why);
  if (optionKey.length < MIN_ECHO || !whyKey.includes(optionKey)) return false;
  let rest = whyKey.replace(optionKey, '');
  for (const name of names) {
    const key = compareKey(name);
    if (key && rest.includes(key)) rest = rest.replace(key, '');
  }
  return WRAPPERS.has(withoutEnding(rest));
}
