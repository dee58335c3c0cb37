/**
 * Writing a misconception cell of the summary table out as a statement. Cells are terse
 * (`静的IP設定`, `中継`, `逆`); a question needs what the notes mean by them. One named rule per
 * way the notes let us do it, each with an example; the first rule that writes a cell wins.
 * Pure.
 */
import { looksLikeVerbS, optionForm } from '../review/option-form.ts';
import { matchKey } from '../text/normalize.ts';
import { coverageWithin, haystackOf, preparedText } from '../text/runs.ts';
import type { Concept } from '../types.ts';
import type { DocumentIndex } from './document-index.ts';
import { type PointerIndex, pointedConcept } from './pointers.ts';
import { parallel, saysOtherWayRound, swapped } from './rewrite.ts';
import type { FoundWrong } from './wrong-statements.ts';

/** What a cell rule has to work with. */
export interface CellContext {
  concept: Concept;
  /** Bullets and denied points of the concept's sections (tried first). */
  candidates: readonly FoundWrong[];
  /** Bullets of sections no concept owns (tried when the concept's own give nothing). */
  fallback: readonly FoundWrong[];
  /** Candidates already used for an earlier cell of the row. */
  taken: ReadonlySet<FoundWrong>;
  pointers: PointerIndex;
  index: DocumentIndex;
}

/** A cell written out. */
export interface WrittenCell {
  rule: string;
  text: string;
  /** The notes' correction, when the rule found one. */
  correction: string | null;
  /** The bullet or point the statement was matched to. */
  found?: FoundWrong;
  /** The concept the cell really describes. */
  pointsAt?: Concept;
}

/** A named way of writing a cell out. */
export interface CellRule {
  name: string;
  example: { concept: string; correct: string; cell: string; text: string };
  write(cell: string, ctx: CellContext): WrittenCell | null;
}

/** How much of the cell a bullet or denied point must cover to be the cell written out. */
const MATCH_MIN = 0.6;

/**
 * `own-bullet-in-other-words`: how much of the cell a × bullet of the concept's own section must
 * cover. The table's cell is the bullet said tersely (`Slightly over Jc = slightly resistive,
 * harmless` of `× Going slightly over Jc just adds a little resistance (it can run away into a
 * quench)`, 0.4; `純粋に倒産確率だけを表す` of `× スプレッドは倒産確率そのもの（流動性などの上乗せも
 * 含む）`, 0.57): left as written, the cell was asked beside the bullet as a second misconception,
 * terse and with the summary as its reason. Of the 1,673 cells of the 492 read notes that no
 * rule wrote out, 623 had such a bullet between 0.35 and 0.6, nearly all the same misconception;
 * a bullet paired with the wrong cell of its row is still a misconception the notes name, with
 * its own correction.
 */
const OWN_BULLET_MIN = 0.35;

function bestMatch(
  cell: string,
  candidates: readonly FoundWrong[],
  taken: ReadonlySet<FoundWrong>,
  ownBulletMin = MATCH_MIN,
): FoundWrong | null {
  let best: FoundWrong | null = null;
  let bestScore = 0;
  // The cell's runs read once: a cell is sought in every bullet of the notes' unowned sections.
  const sought = preparedText(cell);
  for (const candidate of candidates) {
    if (taken.has(candidate)) continue;
    const bullet = candidate.origin === 'bullet';
    const covered = coverageWithin(sought, haystackOf(candidate.text));
    if (covered < (bullet ? ownBulletMin : MATCH_MIN)) continue;
    const score = covered + (bullet ? 0.01 : 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export const CELL_RULES: readonly CellRule[] = [
  {
    name: 'other-way-round',
    example: {
      concept: 'SOA vs MSA',
      correct: 'SOAは**共有DB**、MSAは**専用DB**',
      cell: '逆',
      text: 'SOAは専用DB、MSAは共有DB',
    },
    write: (cell, { concept }) => {
      if (!saysOtherWayRound(cell)) return null;
      const text = swapped(concept);
      return text ? { rule: 'other-way-round', text, correction: concept.correct } : null;
    },
  },
  {
    name: 'matching-statement',
    example: {
      concept: 'サービスディスカバリ',
      correct: 'レジストリから**動的に選択**',
      cell: '静的IP設定',
      text: 'IPアドレスを静的に設定する',
    },
    write: (cell, ctx) => {
      const found =
        bestMatch(cell, ctx.candidates, ctx.taken, OWN_BULLET_MIN) ??
        bestMatch(cell, ctx.fallback, ctx.taken);
      if (!found) return null;
      // A denied point may say less than the cell's own rewrite (`Node単位` → `Nodeを作成する`).
      const text =
        found.origin === 'bullet' ? found.text : (parallel(ctx.concept, cell) ?? found.text);
      return { rule: 'matching-statement', text, correction: found.correction, found };
    },
  },
  {
    name: 'replaced-key-phrase',
    example: {
      concept: 'BFF',
      correct: '**クライアント別**にゲートウェイ',
      cell: 'サービス別',
      text: 'サービス別にゲートウェイ',
    },
    write: (cell, { concept }) => {
      const text = parallel(concept, cell);
      return text ? { rule: 'replaced-key-phrase', text, correction: concept.correct } : null;
    },
  },
  {
    name: 'sibling-statement',
    example: {
      concept: 'サイドカー',
      correct: '**補助機能**を追加',
      cell: '中継',
      text: '外部接続を中継',
    },
    write: (cell, { concept, pointers }) => {
      const other = pointedConcept(cell, concept, pointers);
      return other
        ? { rule: 'sibling-statement', text: other.correct, correction: null, pointsAt: other }
        : null;
    },
  },
  {
    name: 'sole-bullet',
    example: {
      concept: 'マージンの相殺',
      correct: '縦のマージンは**大きい方だけ**になる',
      cell: '2つのマージンが足される',
      text: '上の要素の margin-bottom: 20px と下の要素の margin-top: 30px の間隔は 50px になる',
    },
    // A row of one misconception beside a section of one × bullet: the table sums the section
    // up, so the bullet is the cell said in full, though they share no words.
    // Not an English cell that is a sentence in full (`Cancelling a context stops the goroutines
    // using it by force` beside `× Storing a context in a struct field…`): it needs no bullet to
    // say it, and the bullet is another misconception, with a correction of its own.
    // Nor in a section shared with another concept (`Outbox and idempotent consumer`): its one
    // bullet may be the other's (`× The outbox gives exactly-once delivery`).
    // Nor a cell that equates the concept with another thing (`A/Bテストと同じ`, `Same as
    // polling`): that is a misconception of its own, which a bullet on another point
    // (`× 1%に出して問題なければ即100%`) does not say.
    write: (cell, { concept, candidates, taken }) => {
      if (concept.misconceptions.length !== 1 || concept.sharedSection) return null;
      if (concept.language === 'en' && isFullEnglishSentence(cell)) return null;
      if (equatesWithOther(cell)) return null;
      const own = candidates.filter((c) => c.section.heading === concept.section);
      const found = own.length === 1 ? own[0] : undefined;
      if (found?.origin !== 'bullet' || taken.has(found)) return null;
      return { rule: 'sole-bullet', text: found.text, correction: found.correction, found };
    },
  },
  {
    name: 'cell-as-written',
    example: {
      concept: 'イベントソーシング',
      correct: '**冪等なロジック**が必要',
      cell: '1度だけ届く',
      text: '1度だけ届く',
    },
    write: (cell) => ({ rule: 'cell-as-written', text: cell, correction: null }),
  },
];

/**
 * How a cell says the concept is the same as another thing, a named rule each with an example;
 * read at the cell's end (Japanese) or start (English), no pattern.
 */
export const EQUIVALENCE_CLAIMS: readonly {
  name: string;
  example: string;
  ends?: readonly string[];
  opens?: readonly string[];
}[] = [
  {
    name: 'same-as-ja',
    example: 'A/Bテストと同じ',
    ends: ['と同じ', 'と同義', 'と同一', 'と一緒'],
  },
  {
    name: 'same-as-en',
    example: 'The same as A/B testing',
    opens: ['same as ', 'the same as ', 'is the same as ', 'identical to ', 'equivalent to '],
  },
];

/** True when the cell says the concept is the same as another thing ({@link EQUIVALENCE_CLAIMS}). */
export function equatesWithOther(cell: string): boolean {
  const text = cell.trim().toLowerCase();
  return EQUIVALENCE_CLAIMS.some(
    (rule) =>
      (rule.ends ?? []).some((e) => text.endsWith(e)) ||
      (rule.opens ?? []).some((o) => text.startsWith(o)),
  );
}

/** Words from which an English cell that states something is a sentence in full. */
const FULL_SENTENCE_WORDS = 5;

/**
 * An English cell with a subject of its own, five words or more (`Cancelling a context stops the
 * goroutines using it by force`); not one that opens on its verb, the concept left unsaid (`Goes
 * away with the container`: terse, the bullet says it in full).
 */
function isFullEnglishSentence(cell: string): boolean {
  const words = cell.trim().split(/\s+/);
  const opensOnVerb = looksLikeVerbS((words[0] ?? '').toLowerCase());
  return words.length >= FULL_SENTENCE_WORDS && !opensOnVerb && optionForm(cell) === 'statement';
}

/**
 * Every cell of the row written out, in row order; a bullet or point serves one cell at most.
 * Cells identical to another cell's statement are kept once.
 */
export function writeOutCells(
  concept: Concept,
  base: Omit<CellContext, 'concept' | 'taken'>,
): { cell: string; written: WrittenCell }[] {
  const taken = new Set<FoundWrong>();
  const out: { cell: string; written: WrittenCell }[] = [];
  // One context for the row (the rules only read it; `taken` grows in place): built once, its
  // fields written out — a spread of `base` into a literal with more fields took the slow path
  // of an object clone (44 of 17,100 profile ticks over four builds of a 5,000-row table).
  const ctx: CellContext = {
    candidates: base.candidates,
    fallback: base.fallback,
    pointers: base.pointers,
    index: base.index,
    concept,
    taken,
  };
  for (const cell of concept.misconceptions) {
    let written: WrittenCell | null = null;
    for (const rule of CELL_RULES) {
      written = rule.write(cell, ctx);
      if (written) break;
    }
    if (!written) continue;
    if (written.found) taken.add(written.found);
    if (out.some((o) => matchKey(o.written.text) === matchKey(written.text))) continue;
    out.push({ cell, written });
  }
  return out;
}
