import { describe, expect, it } from 'vitest';
import { isLatinLetter, trailingRun } from '../../../src/quiz/text/trailing-run.ts';

describe('trailingRun', () => {
  it('reads the last word back from the end', () => {
    expect(trailingRun('Token bucket', isLatinLetter)).toBe('bucket');
    expect(trailingRun('LALR(1)', isLatinLetter)).toBe('');
    // A 64 KB name of `__a` (the notes' build reads it back from the end, not from each position:
    // test/quiz/notes/linear-build.test.ts holds the build to its bound).
    expect(trailingRun('__a'.repeat(21_846), isLatinLetter)).toBe('a');
  });
});
