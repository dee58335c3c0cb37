/**
 * Content runs: a Latin word is found only where a word starts (`os` is not in `costly`), and
 * coverage beyond a concept's names counts each word once.
 */
import { describe, expect, it } from 'vitest';
import {
  coverage,
  coverageBeyond,
  coverageWithin,
  haystackOf,
  preparedText,
} from '../../../src/quiz/text/runs.ts';

describe('coverage', () => {
  it('finds a Latin word only at the start of a word of the other text', () => {
    // `os` of `OS` is no part of `costly`: two misconceptions, not one written out.
    expect(coverage('an OS thread', 'as costly as a thread')).toBeLessThan(1);
    expect(coverage('an OS thread', 'one OS thread')).toBe(1);
    // A prefix of a longer word still counts (`pod` in `pods`), and kanji anywhere.
    expect(coverage('one pod', 'many pods')).toBe(1);
    expect(coverage('再起動', 'Podの再起動で消える')).toBe(1);
  });

  it('reads a megabyte of text without running away', () => {
    const text = `${'costly '.repeat(150_000)}os`;
    expect(coverage('os', text)).toBe(1);
  });
});

describe('coverageWithin', () => {
  it('gives what coverage gives, from texts prepared once', () => {
    const pairs: [string, string][] = [
      ['an OS thread', 'as costly as a thread'],
      ['one pod', 'many pods'],
      ['Retries failing calls', 'It retries a call that failed'],
      ['記述量削減', '記述量を減らす'],
      ['再起動', 'Podの再起動で消える'],
      ['the', 'anything at all'],
      ['', 'empty'],
    ];
    for (const [a, b] of pairs) {
      expect(coverageWithin(preparedText(a), haystackOf(b))).toBe(coverage(a, b));
      expect(coverageWithin(preparedText(a), preparedText(b).haystack)).toBe(coverage(a, b));
    }
  });
});

describe('coverageBeyond', () => {
  it('leaves the names out and counts a repeated word once', () => {
    const wrong = 'Starting a goroutine is as costly as starting a thread';
    expect(coverage(wrong, 'A goroutine starts with go f()')).toBeGreaterThanOrEqual(0.5);
    expect(coverageBeyond(wrong, 'A goroutine starts with go f()', ['Goroutine'])).toBeLessThan(
      0.5,
    );
    expect(
      coverageBeyond('Same as a lightweight tag', 'A lightweight tag is just a ref to a commit', [
        'Annotated tag',
      ]),
    ).toBeGreaterThanOrEqual(0.5);
  });
});
