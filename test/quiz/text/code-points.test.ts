import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../../src/quiz/text/code-points.ts';

describe('codePointLength', () => {
  it('counts code points as the spread does', () => {
    const texts = [
      '',
      'a',
      '日本語',
      '𠮷野家',
      'a😀b😀',
      'x\ud800',
      '\udc00\ud800',
      '\ud800\ud800\udc00',
    ];
    for (const text of texts) expect(codePointLength(text)).toBe([...text].length);
  });

  it('counts a 1 MB text', () => {
    const text = '𠮷a'.repeat(350_000);
    expect(codePointLength(text)).toBe(700_000);
  });
});
