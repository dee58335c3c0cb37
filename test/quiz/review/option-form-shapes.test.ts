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
});
