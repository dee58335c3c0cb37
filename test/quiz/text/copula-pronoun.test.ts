import { describe, expect, it } from 'vitest';
import { withPronounForCopula } from '../../../src/quiz/text/copula-pronoun.ts';

describe('withPronounForCopula (pronoun-for-copula)', () => {
  it('says a bare opening be / have / mean with a pronoun that agrees with it', () => {
    // Readings of 2026-12-03: `Is a Core Web Vital`, `Have the same 53-bit precision…`.
    expect(withPronounForCopula('Is a Core Web Vital')).toBe('It is a Core Web Vital');
    expect(withPronounForCopula('Means T must be a reference')).toBe(
      'It means T must be a reference',
    );
    expect(withPronounForCopula('Has one arena per thread')).toBe('It has one arena per thread');
    expect(withPronounForCopula('Have the same 53-bit precision as normal numbers')).toBe(
      'They have the same 53-bit precision as normal numbers',
    );
    expect(withPronounForCopula('Were removed in HTTP/2')).toBe('They were removed in HTTP/2');
  });

  it('leaves a verb phrase, a sentence with its subject and a lower-case opening as they are', () => {
    expect(withPronounForCopula('Queues requests until the dependency recovers')).toBe(
      'Queues requests until the dependency recovers',
    );
    expect(withPronounForCopula('Can carry binary frames')).toBe('Can carry binary frames');
    expect(withPronounForCopula('Island of code is fast')).toBe('Island of code is fast');
    expect(withPronounForCopula('is_active is a flag')).toBe('is_active is a flag');
    expect(withPronounForCopula('Is')).toBe('Is');
    expect(withPronounForCopula('')).toBe('');
  });
});
