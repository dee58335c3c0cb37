/** Brackets read by depth (text/brackets.ts). */
import { describe, expect, it } from 'vitest';
import { bracketsClosed, firstOutsideBrackets } from '../../../src/quiz/text/brackets.ts';

describe('firstOutsideBrackets', () => {
  it('finds a mark outside brackets of either language, not one inside them', () => {
    const cell = 'V_LL = √3·V_LN (400/230 V; US 208/120 V); P = √3·V_LL·I_L·PF';
    expect(firstOutsideBrackets(cell, '; ')).toBe(cell.indexOf('); ') + 1);
    expect(firstOutsideBrackets('危険（…が来る。誰でも作れる）', '。')).toBe(-1);
    expect(firstOutsideBrackets('「A。B」と言う。次', '。')).toBe('「A。B」と言う'.length);
  });

  it('reads a megabyte at once', () => {
    expect(firstOutsideBrackets(`${'('.repeat(500_000)}${'; '.repeat(250_000)}`, '; ')).toBe(-1);
  });
});

describe('bracketsClosed', () => {
  it('tells a text that leaves a bracket open', () => {
    expect(bracketsClosed('V_LL = √3·V_LN (400/230 V')).toBe(false);
    expect(bracketsClosed('「その開始位置から最も短い」')).toBe(true);
    expect(bracketsClosed('plain text')).toBe(true);
  });
});
