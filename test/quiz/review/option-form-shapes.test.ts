/**
 * English clause shapes the verb-and-follower reading missed: each shape's example reads as a
 * statement, and the noun phrases beside them stay phrases.
 */
import { describe, expect, it } from 'vitest';
import { ENGLISH_CLAUSE_SHAPES, englishForm } from '../../../src/quiz/review/option-form.ts';
import { isBareNoun } from '../../../src/quiz/text/forms.ts';

describe('ENGLISH_CLAUSE_SHAPES', () => {
  it.each(ENGLISH_CLAUSE_SHAPES.map((s) => [s.name, s] as const))(
    'shape "%s" reads its example as a statement',
    (_name, shape) => {
      expect(englishForm(shape.example)).toBe('statement');
    },
  );

  it('leaves noun phrases as phrases (or undecided)', () => {
    for (const phrase of [
      'Rolling updates for deployments',
      'Number of open connections',
      'The request headers of a call',
      'Requests per second',
      'Statistics',
    ])
      expect(englishForm(phrase)).not.toBe('statement');
  });

  it('reads `Never blocks` as a statement, not a bare noun', () => {
    expect(englishForm('Never blocks')).toBe('statement');
    expect(isBareNoun('Never blocks', 'en')).toBe(false);
    expect(isBareNoun('Load balancing', 'en')).toBe(true);
  });

  it('past-verb-object and a frequency adverb before a past tense read as statements', () => {
    for (const text of [
      'Chrome removed HTTP/2 push support (2022) and never shipped it for HTTP/3',
      'Few servers implemented it well',
      'RFC 9113 deprecated the dependency tree',
    ])
      expect(englishForm(text), text).toBe('statement');
    // A participle inside a noun phrase, and words that end in `-eed`, are no past tense.
    for (const text of ['Signed cookies for the session', 'Compressed headers per stream'])
      expect(englishForm(text), text).not.toBe('statement');
  });

  it('term-colon-definition: a term, a colon and a definition that opens on an article', () => {
    expect(englishForm('Availability: the share of requests that did not fail')).toBe('statement');
    expect(englishForm('Error budget: the failures the SLO allows in its window')).toBe(
      'statement',
    );
    // Not a label (`Response time: Minutes`), a clause before the colon, nor a definition too
    // short to say anything: the shape itself says no.
    const shape = ENGLISH_CLAUSE_SHAPES.find((s) => s.name === 'term-colon-definition');
    const reads = (text: string): boolean => shape?.test([], text) ?? false;
    expect(reads('Latency: the share of requests served faster than a threshold')).toBe(true);
    expect(reads('Response time: Minutes')).toBe(false);
    expect(reads('Latency: the share')).toBe(false);
    expect(reads('Where it runs: the edge of the network or beyond')).toBe(false);
    expect(reads('Sizes of pages in the cache: a few kilobytes each')).toBe(false);
    expect(reads('latency: the share of requests served fast')).toBe(false);
    // A 100 KB line: the colon is looked for in the first words only.
    const start = performance.now();
    expect(reads(`${'word '.repeat(20_000)}: the end of it`)).toBe(false);
    expect(reads(`Latency: the share ${'of requests '.repeat(10_000)}`)).toBe(true);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
