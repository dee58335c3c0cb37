/**
 * A fact: one statement the notes make about a concept, true or false, with the evidence (the
 * notes' line and words) and the knowledge it tests. Questions are written from facts; the bank
 * asks each fact once. Pure data.
 */

/** Where in the notes a fact comes from. */
export type FactSource =
  /** The correct-understanding cell of the summary table. */
  | 'summary'
  /** A misconception cell of the summary table, written out. */
  | 'summary-misconception'
  /** The first sentence of the concept's own section. */
  | 'intro'
  /** The concept defined as a term in another section (`- **セルフヒーリング**: …`). */
  | 'definition'
  /** An item of a features list (特徴 / メリット / できること / Features …). */
  | 'feature'
  /** An item of an examples list (具体例 / Examples). */
  | 'example'
  /** An item of a "cannot" list (できないこと / Limitations): true that the concept cannot. */
  | 'cannot'
  /** A ポイント / Point line that denies nothing. */
  | 'point'
  /** Another plain sentence or bullet of the concept's own section (not under a label). */
  | 'sentence'
  /** What a ポイント line that denies something says instead (`セルフヒーリングは**Pod単位**`). */
  | 'point-correction'
  /** The correction of a × bullet, when it is a statement (`複数回届く可能性あり`). */
  | 'bullet-correction'
  /** A `× statement（correction）` bullet. */
  | 'bullet'
  /** A statement a ポイント line denies. */
  | 'denied-point';

/**
 * The sources of statements that say what a concept is or does: its summary cell, its first
 * sentence, its term defined elsewhere, its features, points and other sentences. Not a × line's
 * correction (it answers its own misconception), an example or a limitation.
 */
export const DESCRIBING_SOURCES: ReadonlySet<FactSource> = new Set<FactSource>([
  'summary',
  'intro',
  'definition',
  'feature',
  'point',
  'sentence',
]);

/** The notes' own line behind a fact. */
export interface Evidence {
  file: string;
  line: number;
  /** The notes' words on that line (plain text). */
  words: string;
}

/** One statement about a concept. */
export interface Fact {
  /**
   * What knowing the fact means, as keys: a wrong statement and its correction share one, so do
   * a summary cell and the table row it restates. Two questions whose keys meet ask one fact.
   */
  keys: string[];
  conceptId: string;
  /** The statement, plain text, in the notes' words. */
  text: string;
  truth: boolean;
  /**
   * For a wrong statement: the notes' correction, or the concept it really describes. For a true
   * one: the notes' sentence that says it, when that is more than the text itself.
   */
  why: string | null;
  source: FactSource;
  evidence: Evidence;
  /**
   * For a wrong statement: the correction the notes write beside it (`× 触媒は正反応だけを速くする
   * （逆反応も同じ比率で速くなる）`), as written. Absent where the notes give none, or `why` is
   * another statement (the summary cell, a notes sentence, the concept it really describes).
   */
  correction?: string;
  /** Heading of the section the fact is read from (null: the summary table). */
  section: string | null;
  /** For a misconception cell written out: the cell as the row gives it (`キュー待機`). */
  cell?: string;
  /** For a statement that really describes another concept (`中継` → アンバサダー): its id. */
  about?: string;
  /** The rule that wrote a misconception cell out (`matching-statement`, `sibling-statement` …). */
  rule?: string;
  /** Why the fact is never an option (a bare noun, a terse cell …); absent when it may be one. */
  unusable?: string;
  /**
   * `numbered-step`: an item of a numbered list (`取引価格を各履行義務に配分する`, step 4 of five).
   * It may describe its concept in a "which concept" stem, but beside statements as an option it
   * reads as a piece of the procedure (reading 21: the four such options flagged).
   */
  step?: true;
}

/** The facts of a list that may be options. */
export function usable(facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => f.unusable === undefined);
}

/** The usable facts that may stand as options beside statements (no `numbered-step`). */
export function asStatements(facts: readonly Fact[]): Fact[] {
  return facts.filter((f) => f.unusable === undefined && f.step === undefined);
}

/** True when two facts (or sets of keys) test the same knowledge. */
export function sharesKey(a: readonly string[], b: readonly string[]): boolean {
  return a.some((k) => b.includes(k));
}

/**
 * A × bullet as the notes put it, in the brackets of their language: `× S（C）` in Japanese,
 * `× S (C)` in English.
 */
export function wrongBullet(
  statement: string,
  correction: string | null,
  language: 'ja' | 'en',
): string {
  if (!correction) return `× ${statement}`;
  return language === 'ja' ? `× ${statement}（${correction}）` : `× ${statement} (${correction})`;
}
