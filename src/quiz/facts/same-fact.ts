/**
 * One fact said twice: statements of a concept that test the same knowledge get the same keys,
 * so that the bank asks the fact once and no question offers it twice (as the key and as a
 * paraphrase beside it, or as a misconception beside its own correction). The rules, each named
 * with an example of the pair it ties. Pure; quadratic only in the facts of one concept.
 */
import { contentTokens } from '../review/text-measures.ts';
import { matchKey } from '../text/normalize.ts';
import { coverage } from '../text/runs.ts';
import type { ConceptFacts } from './concept-facts.ts';
import type { Fact } from './fact.ts';

/** How much of one statement the other must hold to restate it. */
const RESTATES = 0.6;
/** How much of the summary's first clause the intro must hold. */
const HEAD_IN_INTRO = 0.75;
/** How much of a summary cell (by content runs) a first sentence must hold to restate it… */
const SUMMARY_IN_INTRO = 0.55;
/** …and of its character bigrams and words, so that two shared nouns (`署名`, `トークン`) are not enough. */
const SUMMARY_TOKENS_IN_INTRO = 0.4;
/** Where a concept's own first sentence comes from: its section, or its term in another one. */
const FIRST_SENTENCES: readonly Fact['source'][] = ['intro', 'definition'];

/** A rule that ties two facts of one concept. */
interface SameFactRule {
  name: string;
  example: string;
  same(a: Fact, b: Fact, ctx: { summary: string }): boolean;
  /**
   * When set, only this one of the two takes the other's keys (the restatement takes the cell's):
   * the two still never meet in one question or the bank, but the cell does not inherit what is
   * tied to the restatement (a misconception corrected by the first sentence stays a distractor
   * of the cell, as before).
   */
  receiver?(a: Fact, b: Fact): Fact;
}

/** The first clause of a statement (up to `;` `、` `,` `→`): the cell's head word or phrase. */
function firstClause(text: string): string {
  const plain = text.normalize('NFKC');
  let end = plain.length;
  for (const mark of [';', '、', ',', '→', '。', ':']) {
    const at = plain.indexOf(mark);
    if (at > 0 && at < end) end = at;
  }
  return plain.slice(0, end);
}

/** The share of `part`'s content tokens (character bigrams, katakana words, English words) that `whole` has. */
function tokensHeld(part: string, whole: string): number {
  const mine = contentTokens(part);
  if (mine.size === 0) return 0;
  const theirs = contentTokens(whole);
  let held = 0;
  for (const token of mine) if (theirs.has(token)) held++;
  return held / mine.size;
}

export const SAME_FACT_RULES: readonly SameFactRule[] = [
  {
    name: 'summary-condenses-intro',
    example:
      'ETag: “Version identifier; unchanged → 304 without a body” (summary) / “An identifier of one version of a resource” (first sentence)',
    same: (a, b) => {
      const [summary, intro] =
        a.source === 'summary' ? [a, b] : b.source === 'summary' ? [b, a] : [null, null];
      if (!summary || !intro || intro.source !== 'intro' || !summary.truth || !intro.truth)
        return false;
      return (
        coverage(intro.text, summary.text) >= RESTATES &&
        coverage(firstClause(summary.text), intro.text) >= HEAD_IN_INTRO
      );
    },
  },
  {
    name: 'intro-holds-summary',
    example:
      'アダプター: 「データを変換・整形」 (summary) / 「外部からのリクエストに対してデータフォーマットを変換するコンテナ」 (first sentence); Traces: “Follow one request across services via propagated context” / “Follow one request across services: a trace is a tree of spans…”',
    same: (a, b) => {
      const [summary, intro] =
        a.source === 'summary' ? [a, b] : b.source === 'summary' ? [b, a] : [null, null];
      if (!summary || !intro || !FIRST_SENTENCES.includes(intro.source)) return false;
      if (!summary.truth || !intro.truth) return false;
      return (
        coverage(summary.text, intro.text) >= SUMMARY_IN_INTRO &&
        tokensHeld(summary.text, intro.text) >= SUMMARY_TOKENS_IN_INTRO
      );
    },
    receiver: (a, b) => (a.source === 'summary' ? b : a),
  },
  {
    name: 'correction-stated-elsewhere',
    example:
      'ソルト: 「秘密にしておく必要がある」× (correction: the point) / ポイント「ソルトは秘密にする必要はなく、ハッシュ値と一緒に保存してよい」',
    same: (a, b, ctx) => {
      const [wrong, right] = a.truth ? [b, a] : [a, b];
      if (wrong.truth || !right.truth || right.source === 'summary' || !wrong.why) return false;
      const why = matchKey(wrong.why);
      // A why that only restates the summary cell (「正しくは『…』」) corrects nothing in particular.
      if (ctx.summary && why.includes(ctx.summary)) return false;
      const text = matchKey(right.text);
      if (text.length >= 6 && why.includes(text)) return true;
      return (
        coverage(right.text, wrong.why) >= RESTATES && coverage(wrong.why, right.text) >= RESTATES
      );
    },
  },
];

/** The facts of a concept with the keys of facts that are one fact shared ({@link SAME_FACT_RULES}). */
export function withSameFactsTied(facts: ConceptFacts): ConceptFacts {
  const all = [...facts.trues, ...facts.falses];
  const ctx = { summary: matchKey(facts.concept.correct) };
  const tied = new Map<Fact, Set<string>>(all.map((f) => [f, new Set(f.keys)]));
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i] as Fact;
      const b = all[j] as Fact;
      if (a.keys.some((k) => b.keys.includes(k))) continue;
      const rule = SAME_FACT_RULES.find((r) => r.same(a, b, ctx));
      if (!rule) continue;
      const receiver = rule.receiver?.(a, b);
      if (receiver !== b) for (const k of b.keys) tied.get(a)?.add(k);
      if (receiver !== a) for (const k of a.keys) tied.get(b)?.add(k);
    }
  const keyed = (f: Fact): Fact => {
    const keys = [...(tied.get(f) ?? f.keys)];
    return keys.length === f.keys.length ? f : { ...f, keys };
  };
  return { ...facts, trues: facts.trues.map(keyed), falses: facts.falses.map(keyed) };
}
