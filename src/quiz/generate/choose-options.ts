/**
 * Choosing the wrong options of a question: candidates in order of preference (the notes' own
 * misconceptions first), tried in combinations until a set passes every check of
 * {@link OPTION_CHECKS}. Returns a few passing drafts with different option sets (the bank keeps
 * one, avoiding sets other questions use) and the reasons the others failed. The search is
 * bounded: at most {@link POOL} candidates are tried. Pure.
 */

import { type Draft, type DraftChoice, MAX_OPTIONS, MIN_OPTIONS, optionSetKey } from './draft.ts';
import { type CheckContext, failedCheck } from './option-checks.ts';

/** Candidates tried per question (the search is C(POOL, 3) + C(POOL, 2) sets at most). */
const POOL = 10;

/** What a search found. */
export interface Chosen {
  drafts: Draft[];
  /** Why the sets tried first failed (check: reason), for `quizbot check`. */
  rejected: string[];
}

function* combinations<T>(items: readonly T[], size: number, start = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = start; i <= items.length - size; i++)
    for (const rest of combinations(items, size - 1, i + 1)) yield [items[i] as T, ...rest];
}

/**
 * Drafts made by `make` from the key and `wanted`…2 candidates, best first. `variants` bounds how
 * many passing drafts are returned.
 */
export function chooseOptions(
  key: DraftChoice,
  candidates: readonly DraftChoice[],
  make: (choices: DraftChoice[]) => Draft,
  ctx: CheckContext,
  { variants = 3, most = MAX_OPTIONS - 1 }: { variants?: number; most?: number } = {},
): Chosen {
  const pool = candidates.slice(0, POOL);
  const drafts: Draft[] = [];
  const sets = new Set<string>();
  const rejected: string[] = [];
  for (let size = Math.min(most, pool.length); size >= MIN_OPTIONS - 1; size--) {
    for (const picked of combinations(pool, size)) {
      const draft = make([key, ...picked]);
      const failed = failedCheck(draft, ctx);
      // TRACE
      (globalThis as any).__trace?.(draft, failed);
      if (failed) {
        if (rejected.length < 6) rejected.push(`${failed.check}: ${failed.reason}`);
        continue;
      }
      const set = optionSetKey(draft.choices.map((c) => c.text));
      if (sets.has(set)) continue;
      sets.add(set);
      // Earlier candidates are better distractors: the sum of their positions lowers quality.
      const cost = picked.reduce((sum, c) => sum + pool.indexOf(c), 0) / 10;
      drafts.push({ ...draft, quality: draft.quality - cost });
      if (drafts.length >= variants) return { drafts, rejected };
    }
  }
  return { drafts, rejected };
}
