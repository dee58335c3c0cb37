/**
 * The checks an option set must pass before the generator offers it, one named rule each with
 * an example of what it rejects. They are the item rules of ITEM-WRITING.md that the choice of
 * options decides (one key, three options, one form, no clue from absolute words, negations,
 * shared wording, a concept's name, a paraphrase or a mirror image). Each returns the reason a
 * set fails, or null. Pure.
 */
import { mentions } from '../facts/mentions.ts';
import { hasAbsoluteWord, isNegated, sameContent, visibleLength, wordingHub, wordingOutlier } from '../text/cues.ts';
import { formOf } from '../text/forms.ts';
import { matchKey } from '../text/normalize.ts';
import type { Concept } from '../types.ts';
import { type Draft, MAX_OPTIONS, MIN_OPTIONS } from './draft.ts';

/** What a check may look at besides the draft. */
export interface CheckContext {
  /** Every concept of the document (an option naming one is a clue). */
  concepts: readonly Concept[];
}

/** A named check of an option set. */
export interface OptionCheck {
  name: string;
  /** An option set it rejects, and why. */
  example: string;
  check(draft: Draft, ctx: CheckContext): string | null;
}

/** The key may be at most this much longer than every other option. */
const KEY_LENGTH_RATIO = 1.6;

export const OPTION_CHECKS: readonly OptionCheck[] = [
  {
    name: 'one-key',
    example: 'two options marked correct',
    check: (d) => (d.choices.filter((c) => c.correct).length === 1 ? null : 'not exactly one key'),
  },
  {
    name: 'enough-options',
    example: '「Docker Compose」か「Kubernetes」か (two options for a fact that has a third)',
    check: (d) => {
      const n = d.choices.length;
      if (n > MAX_OPTIONS) return `${n} options (at most ${MAX_OPTIONS})`;
      if (n >= MIN_OPTIONS || (d.binary && n === 2)) return null;
      return `${n} options (at least ${MIN_OPTIONS})`;
    },
  },
  {
    name: 'distinct-options',
    example: '「単一障害点なし」 twice',
    check: (d) => {
      const keys = d.choices.map((c) => matchKey(c.text));
      return new Set(keys).size === keys.length && keys.every(Boolean) ? null : 'options repeat';
    },
  },
  {
    name: 'absolute-words-balanced',
    example: '「開発環境専用」 the only option with an absolute word, and a wrong one',
    check: (d) => {
      const marked = d.choices.filter((c) => hasAbsoluteWord(c.text));
      if (marked.length === 0) return null;
      const trueMarked = marked.some((c) => c.truth);
      const falseMarked = marked.some((c) => !c.truth);
      if (trueMarked && falseMarked) return null;
      return trueMarked
        ? 'absolute words only in true options'
        : 'absolute words only in wrong options';
    },
  },
  {
    name: 'one-form',
    example: '「Nodeを作成する」 among noun phrases 「Pod単位」「Pod数を維持するよう自動起動」',
    check: (d) => {
      if (d.optionKind !== 'statement') return null;
      const forms = new Set(d.choices.map((c) => formOf(c.text, d.language)));
      return forms.size <= 1 ? null : 'options of different grammatical forms';
    },
  },
  {
    name: 'no-paraphrase-or-mirror',
    example: '「Pod単位」 and 「Node単位」 (one must be the key)',
    check: (d) => {
      if (d.optionKind === 'name') return null;
      for (let i = 0; i < d.choices.length; i++)
        for (let j = i + 1; j < d.choices.length; j++) {
          const a = d.choices[i];
          const b = d.choices[j];
          if (a && b && sameContent(a.text, b.text))
            return `「${a.text}」 and 「${b.text}」 say the same thing or its opposite`;
        }
      return null;
    },
  },
  {
    name: 'no-name-clue',
    example: '「セルフヒーリングはNode単位」 the only option naming a concept',
    check: (d, ctx) => {
      if (d.optionKind === 'name') return null;
      const naming = d.choices.filter((c) => ctx.concepts.some((k) => mentions(c.text, k)));
      return naming.length === 0 || naming.length === d.choices.length
        ? null
        : 'an option names a concept and the others do not';
    },
  },
  {
    name: 'no-negation-cue',
    example: '「単一障害点なし」 the only negated option, and the key',
    check: (d) => {
      const negated = d.choices.filter((c) => isNegated(c.text));
      return negated.length === 1 && negated[0]?.correct ? 'the key is the only negated option' : null;
    },
  },
  {
    name: 'no-wording-cue',
    example: 'two options share their words and the key is the third',
    check: (d) => {
      if (d.optionKind === 'name') return null;
      const texts = d.choices.map((c) => c.text);
      const outlier = wordingOutlier(texts);
      if (outlier === null) return null;
      const pick = d.asksFor === 'misconception' ? outlier : wordingHub(texts);
      return d.choices[pick]?.correct ? 'the key stands out by its wording' : null;
    },
  },
  {
    name: 'key-not-longest',
    example: 'the key twice as long as every other option',
    check: (d) => {
      if (d.optionKind !== 'statement') return null;
      const key = d.choices.find((c) => c.correct);
      const others = d.choices.filter((c) => !c.correct).map((c) => visibleLength(c.text));
      if (!key || others.length === 0) return null;
      return visibleLength(key.text) > KEY_LENGTH_RATIO * Math.max(...others)
        ? 'the key is much longer than the other options'
        : null;
    },
  },
];

/** The first failing check's name and reason, or null when the draft passes them all. */
export function failedCheck(
  draft: Draft,
  ctx: CheckContext,
): { check: string; reason: string } | null {
  for (const c of OPTION_CHECKS) {
    const reason = c.check(draft, ctx);
    if (reason) return { check: c.name, reason };
  }
  return null;
}
