import { describe, expect, it } from 'vitest';
import { describedAs } from '../../../src/quiz/generate/which-concept.ts';

describe('describedAs (which-concept stems)', () => {
  it('drops the copula a dropped subject left in front', () => {
    expect(describedAs('Is 1 minus the SLO')).toBe('1 minus the SLO');
    expect(describedAs('Is what users feel, expressed as good events')).toBe(
      'What users feel, expressed as good events',
    );
    expect(describedAs('Are retried with backoff')).toBe('Retried with backoff');
  });

  it('leaves any other text as it is', () => {
    for (const text of [
      'Isolates failures',
      'Is fast',
      'Blocks until ready',
      'Island hopping works',
    ])
      expect(describedAs(text)).toBe(text);
  });
});
