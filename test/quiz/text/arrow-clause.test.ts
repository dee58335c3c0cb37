/** One arrow between two clauses reads as "so" (text/arrow-clause.ts `arrow-joins-clauses`). */
import { describe, expect, it } from 'vitest';
import { ARROW_RULES, arrowJoinsClauses } from '../../../src/quiz/text/arrow-clause.ts';

describe('arrowJoinsClauses', () => {
  it.each([
    ['ja', 'AB型患者は抗A/抗Bを持たない → どの型の赤血球も受けられる'],
    ['ja', '胎盤を通過しない → 妊娠中の抗凝固に使える'],
    ['ja', 'AZ単位のリソース → AZごとに置く'],
    [
      'en',
      'A runtime permission prompt is a separate (system) activity → your activity gets onPause',
    ],
    ['en', 'Coexisting iron deficiency can lower HbA2 → re-check after iron repletion'],
  ] as const)('%s: %s states a fact', (language, line) => {
    expect(arrowJoinsClauses(line, language)).toBe(true);
  });

  it.each(ARROW_RULES.map((r) => [r.name, r.example]))(
    '%s turns down its example',
    (name, line) => {
      const language = /[\p{Script=Han}\p{Script=Hiragana}]/u.test(line) ? 'ja' : 'en';
      expect(arrowJoinsClauses(line, language)).toBe(false);
      // The rule named is the one that turns it down.
      const at = line.indexOf('→');
      const sides = { before: line.slice(0, at), after: line.slice(at + 1) };
      expect(ARROW_RULES.find((r) => r.fails(line, sides, language))?.name).toBe(name);
    },
  );

  it('a line with no arrow is none', () => {
    expect(arrowJoinsClauses('Blocks are independent and easy to parallelize', 'en')).toBe(false);
  });

  it('a term after the arrow is a name, in Japanese; an English clause after it is a clause', () => {
    expect(arrowJoinsClauses('体内量は物理的崩壊と排泄の両方で減る → 実効半減期', 'ja')).toBe(
      false,
    );
    expect(arrowJoinsClauses('Burn prograde at periapsis → apoapsis rises', 'en')).toBe(true);
  });

  it('reads a megabyte-long line in linear time', () => {
    const long = `${'胎盤を通過しない'.repeat(60_000)} → ${'使える'.repeat(60_000)}`;
    const started = performance.now();
    expect(arrowJoinsClauses(long, 'ja')).toBe(true);
    expect(arrowJoinsClauses(`${'a → '.repeat(250_000)}b`, 'en')).toBe(false);
    // Generous: a backtracking pattern would take minutes here.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
