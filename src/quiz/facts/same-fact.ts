/**
 * One fact said twice: statements of a concept that test the same knowledge get the same keys,
 * so that the bank asks the fact once and no question offers it twice (as the key and as a
 * paraphrase beside it, or as a misconception beside its own correction). The rules, each named
 * with an example of the pair it ties. Pure; quadratic only in the facts of one concept.
 */
import { matchKey } from '../text/normalize.ts';
import { coverage } from '../text/runs.ts';
import type { ConceptFacts } from './concept-facts.ts';
import type { Fact } from './fact.ts';

/** How much of one statement the other must hold to restate it. */
const RESTATES = 0.6;
/** How much of the summary's first clause the intro must hold. */
const HEAD_IN_INTRO = 0.75;

/** A rule that ties two facts of one concept. */
interface SameFactRule {
  name: string;
  example: string;
  same(a: Fact, b: Fact, ctx: { summary: string }): boolean;
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
      if (!SAME_FACT_RULES.some((r) => r.same(a, b, ctx))) continue;
      for (const k of b.keys) tied.get(a)?.add(k);
      for (const k of a.keys) tied.get(b)?.add(k);
    }
  const keyed = (f: Fact): Fact => {
    const keys = [...(tied.get(f) ?? f.keys)];
    return keys.length === f.keys.length ? f : { ...f, keys };
  };
  return { ...facts, trues: facts.trues.map(keyed), falses: facts.falses.map(keyed) };
}
