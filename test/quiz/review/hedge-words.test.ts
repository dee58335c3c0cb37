/** Hedges: words that soften a claim (review/hedge-words.ts). */
import { describe, expect, it } from 'vitest';
import { ENGLISH_HEDGES, isHedged, JAPANESE_HEDGES } from '../../../src/quiz/review/hedge-words.ts';

describe('isHedged', () => {
  it.each([...JAPANESE_HEDGES, ...ENGLISH_HEDGES].map((l) => [l.name, l.example]))(
    '%s: %s',
    (_name, example) => {
      expect(isHedged(example)).toBe(true);
    },
  );

  it('reads plain claims as plain', () => {
    expect(isHedged('頭部CTが陰性なら否定できる')).toBe(false);
    expect(isHedged('1回の回転性めまい＋難聴で確定')).toBe(false);
    expect(isHedged('Heavy vehicles cannot hydroplane')).toBe(false);
    // Whole English words only: `mayor`, `oftentimes` are no `may`, `often`.
    expect(isHedged('The mayor signs the permit')).toBe(false);
    // `may` of permission, `could` of ability.
    expect(isHedged('The browser enforces which origins may read responses')).toBe(false);
    expect(isHedged('Early engines could not do this')).toBe(false);
  });

  it('reads a megabyte of text in one pass', () => {
    const text = 'ことが'.repeat(200_000) + ' tendency '.repeat(50_000);
    const start = performance.now();
    expect(isHedged(text)).toBe(false);
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});
