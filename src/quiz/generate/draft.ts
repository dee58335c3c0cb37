/**
 * A question before it is finished: options unchecked and in no particular order. {@link finish}
 * tidies the options, checks them (one correct, unique, 3–5 or 2 for a two-column fact), gives
 * the question its id and shuffles the options with the seed. Pure.
 */
import { shortId } from '../text/hash.ts';
import { matchKey } from '../text/normalize.ts';
import { shuffled } from '../text/seeded-random.ts';
import { trimEndOf } from '../text/trim.ts';
import type { Choice, Explanation, Question, QuestionKind } from '../types.ts';

export interface Draft {
  conceptId: string;
  conceptName: string;
  kind: QuestionKind;
  prompt: string;
  /** The correct option first, then the wrong ones in order of preference. */
  choices: Choice[];
  section: string | null;
  language: 'ja' | 'en';
  /** True when the question is a fact of a two-column comparison (2 options allowed). */
  twoColumnFact?: boolean;
  /** Builds the explanation from the choices that made it into the question. */
  explain: (choices: readonly Choice[]) => Explanation;
  /** `misconception` when the key is the one wrong statement (the prompt says so). */
  asksFor?: 'correct' | 'misconception';
}

export const MAX_OPTIONS = 5;
export const MIN_OPTIONS = 3;

/** Trailing full stops are dropped so that no option stands out by its punctuation. */
export function tidyOption(text: string): string {
  // Issue 11 item 7 (i11a): a scan instead of `/[。．.]+$/`, which backtracked on a long run of periods.
  return trimEndOf(text.replace(/\s+/g, ' '), '。．.').trim();
}

/**
 * The finished question, or null when the draft cannot make a fair one (fewer than the minimum
 * of distinct options, or not exactly one correct option). `salt` changes the id only; the bank
 * uses it in the (astronomically rare) case of two different questions hashing to one id.
 */
export function finish(draft: Draft, seed: string, salt = 0): Question | null {
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const choice of draft.choices) {
    const text = tidyOption(choice.text);
    const key = matchKey(text);
    if (!key || seen.has(key)) continue;
    if (choices.length >= MAX_OPTIONS) break;
    seen.add(key);
    choices.push({ ...choice, text });
  }
  const min = draft.twoColumnFact ? 2 : MIN_OPTIONS;
  if (choices.length < min || choices.filter((c) => c.correct).length !== 1) return null;
  const content = [
    draft.kind,
    draft.conceptName,
    draft.prompt,
    ...choices.filter((c) => c.correct).map((c) => c.text),
    ...choices
      .filter((c) => !c.correct)
      .map((c) => c.text)
      .sort(),
  ]
    .map(matchKey)
    .join('\u0001');
  const id = shortId(`question:${content}`, 8, salt);
  const ordered = shuffled(choices, `${seed}:${id}`);
  return {
    id,
    conceptId: draft.conceptId,
    conceptName: draft.conceptName,
    kind: draft.kind,
    asksFor: draft.asksFor ?? 'correct',
    prompt: draft.prompt,
    choices: ordered,
    // In display order, so the explanation walks the options as the user saw them.
    explanation: draft.explain(ordered),
    section: draft.section,
    language: draft.language,
  };
}
