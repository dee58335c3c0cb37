import { describe, expect, it } from 'vitest';
import { describedAs, setsApart } from '../../../src/quiz/generate/which-concept.ts';

describe('describedAs (which-concept stems)', () => {
  it('drops the copula a dropped subject left in front', () => {
    expect(describedAs('Is 1 minus the SLO')).toBe('1 minus the SLO');
    expect(describedAs('Is what users feel, expressed as good events')).toBe(
      'What users feel, expressed as good events',
    );
    expect(describedAs('Are retried with backoff')).toBe('Retried with backoff');
  });

  it('keeps the case of a variable it then opens on (`k2`, reading 78)', () => {
    expect(describedAs('Is k2 / k1 for two adjacent peaks')).toBe('k2 / k1 for two adjacent peaks');
    expect(describedAs('Is n / m, the entries per bucket')).toBe('n / m, the entries per bucket');
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

describe('setsApart (which-concept stems)', () => {
  it('reads a sentence that tells another thing apart from the concept', () => {
    expect(setsApart('Closing is a different exchange: each side sends its own FIN')).toBe(true);
    expect(setsApart('Unlike a mutex, it never blocks')).toBe(true);
    expect(setsApart('接続の終了はこれとは別の手順で行う')).toBe(true);
    expect(setsApart('Opening a TCP connection takes three segments')).toBe(false);
    expect(setsApart(`${'a different '.repeat(100_000)}`)).toBe(false);
  });
});
