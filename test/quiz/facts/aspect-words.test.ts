import { describe, expect, it } from 'vitest';
import { namesAnAspect } from '../../../src/quiz/facts/aspect-words.ts';

describe('namesAnAspect', () => {
  it('reads a first header cell that names the rows’ aspect, in either language and any case', () => {
    expect(namesAnAspect('観点')).toBe(true);
    expect(namesAnAspect('比較項目')).toBe(true);
    expect(namesAnAspect('Aspect')).toBe(true);
    expect(namesAnAspect('FEATURES')).toBe(true);
    expect(namesAnAspect('')).toBe(true);
  });

  it('not a cell that names the kind of thing compared or a thing', () => {
    expect(namesAnAspect('Protocol')).toBe(false);
    expect(namesAnAspect('戦略')).toBe(false);
    expect(namesAnAspect('TCP')).toBe(false);
  });
});
