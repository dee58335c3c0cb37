/**
 * The checks an option set must pass before the generator offers it, one named rule each with
 * an example of what it rejects. They are the item rules of ITEM-WRITING.md that the choice of
 * options decides (one key, three options, one form, no clue from absolute words, negations,
 * shared wording, a concept's name, a paraphrase or a mirror image). Each returns the reason a
 * set fails, or null. Pure.
 */
import { mentions } from '../facts/mentions.ts';
import {
  hasAbsoluteWord,
  isNegated,
  polarityOf,
  wordingHub,
  wordingOutlier,
} from '../text/cues.ts';
import { formOf } from '../text/forms.ts';
import { contentTokens, lengthUnits, tokenDice, tokenOverlap } from '../text/tokens.ts';
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

/** Same-truth options sharing this share of their content tokens say the same thing… */
const PARAPHRASE_OVERLAP = 0.5;
/** …when each has at least this many tokens. */
const PARAPHRASE_TOKENS = 3;
/** Opposite-polarity options whose cores are this alike are a claim and its negation. */
const CONTRADICTION_DICE = 0.8;
/** The longest option may be this many times the shortest (or this many units longer at most). */
const LENGTH_RATIO = 3;
const LENGTH_GAP = 8;
/** The key may be this many times the longest other option (or this many units longer at most). */
const KEY_LENGTH_RATIO = 1.5;
const KEY_LENGTH_GAP = 6;

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
    name: 'distinct-facts',
    example: '「キュー待機」 and 「キューに入れて後で処理」: one misconception written twice',
    check: (d) => {
      const seen = new Set<string>();
      for (const c of d.choices) {
        if (c.keys.some((k) => seen.has(k))) return `「${c.text}」 repeats another option's fact`;
        for (const k of c.keys) seen.add(k);
      }
      return null;
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
      if (d.optionKind === 'name') return null;
      const forms = new Set(d.choices.map((c) => formOf(c.text, d.language)));
      return forms.has('statement') && forms.has('phrase') ? 'statements among noun phrases' : null;
    },
  },
  {
    name: 'no-paraphrase-pair',
    example:
      '「Pod数を維持するよう自動起動」 and 「Pod障害時に指定数を満たすよう自動でPodを起動」, both true',
    check: (d) => {
      if (d.optionKind === 'name') return null;
      const read = d.choices
        .filter((c) => formOf(c.text, d.language) !== 'phrase' || d.optionKind === 'statement')
        .map((c) => ({ c, tokens: contentTokens(c.text), negative: polarityOf(c.text).negative }));
      for (let i = 0; i < read.length; i++)
        for (let j = i + 1; j < read.length; j++) {
          const a = read[i];
          const b = read[j];
          if (!a || !b || a.c.truth !== b.c.truth || a.negative !== b.negative) continue;
          if (Math.min(a.tokens.size, b.tokens.size) < PARAPHRASE_TOKENS) continue;
          if (tokenOverlap(a.tokens, b.tokens) >= PARAPHRASE_OVERLAP)
            return `「${a.c.text}」 and 「${b.c.text}」 say the same thing`;
        }
      return null;
    },
  },
  {
    name: 'no-contradiction',
    example: '「単一障害点あり」 and 「単一障害点なし」 (one of them must be true)',
    check: (d) => {
      const read = d.choices.map((c) => ({
        c,
        ...polarityOf(c.text),
        tokens: contentTokens(c.text),
      }));
      for (let i = 0; i < read.length; i++)
        for (let j = i + 1; j < read.length; j++) {
          const a = read[i];
          const b = read[j];
          if (!a || !b) continue;
          if (a.negative !== b.negative) {
            const same =
              a.core === b.core ||
              tokenDice(contentTokens(a.core), contentTokens(b.core)) >= CONTRADICTION_DICE;
            if (same) return `「${b.c.text}」 negates 「${a.c.text}」`;
          } else if (
            a.tokens.size >= 3 &&
            a.c.text !== b.c.text &&
            tokenDice(a.tokens, b.tokens) === 1
          )
            return `「${b.c.text}」 is 「${a.c.text}」 with its words swapped`;
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
    name: 'no-stem-echo',
    example: '「メッセージブローカーを介さない直接通信」 → ブローカーレス: the stem says the answer\'s name',
    check: (d) => {
      if (d.optionKind !== 'name') return null;
      const key = d.choices.find((c) => c.correct);
      const echo = key ? echoedPart(d.prompt, key.text) : null;
      if (!echo) return null;
      const shared = d.choices.some((c) => !c.correct && matchKey(c.text).includes(echo));
      return shared ? null : `the prompt repeats 「${echo}」 of the key`;
    },
  },
  {
    name: 'no-negation-cue',
    example: '「単一障害点なし」 the only negated option, and the key',
    check: (d) => {
      const negated = d.choices.filter((c) => isNegated(c.text));
      return negated.length === 1 && negated[0]?.correct
        ? 'the key is the only negated option'
        : null;
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
      return pick !== null && d.choices[pick]?.correct ? 'the key stands out by its wording' : null;
    },
  },
  {
    name: 'similar-length',
    example: '「即エラー」 beside 「キューに入れて下流の回復後にまとめて再送する」',
    check: (d) => {
      const units = d.choices.map((c) => lengthUnits(c.text));
      const longest = Math.max(...units);
      const shortest = Math.min(...units);
      return longest > LENGTH_RATIO * Math.max(shortest, 1) && longest - shortest >= LENGTH_GAP
        ? `options of ${shortest} and ${longest} units`
        : null;
    },
  },
  {
    name: 'key-not-longest',
    example: 'the key twice as long as every other option',
    check: (d) => {
      const key = d.choices.find((c) => c.correct);
      const others = d.choices.filter((c) => !c.correct).map((c) => lengthUnits(c.text));
      if (!key || others.length === 0) return null;
      const keyUnits = lengthUnits(key.text);
      const longest = Math.max(...others);
      return keyUnits > KEY_LENGTH_RATIO * longest && keyUnits - longest >= KEY_LENGTH_GAP
        ? 'the key is much longer than the other options'
        : null;
    },
  },
];

/**
 * The part of `name` (at least three characters, at least half of it) that `text` repeats, or
 * null: `メッセージブローカーを介さない` repeats `ブローカー` of `ブローカーレス`.
 */
export function echoedPart(text: string, name: string): string | null {
  const haystack = matchKey(text);
  const chars = [...matchKey(name)];
  const size = Math.max(3, Math.ceil(chars.length / 2));
  for (let n = chars.length; n >= size; n--)
    for (let i = 0; i + n <= chars.length; i++) {
      const part = chars.slice(i, i + n).join('');
      if (haystack.includes(part)) return part;
    }
  return null;
}

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
