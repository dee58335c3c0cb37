/** Loanwords and their Japanese glosses (text/glosses.ts): a name said in other words. */
import { describe, expect, it } from 'vitest';
import { OPTION_CHECKS } from '../../../src/quiz/generate/option-checks.ts';
import { GLOSSES, glossesOfWord } from '../../../src/quiz/text/glosses.ts';
import { glossEcho } from '../../../src/quiz/text/stem-clue.ts';
import { statementDraft } from '../notes-helpers.ts';

describe('glosses', () => {
  it('give each loanword its glosses, a katakana compound by its heads and tails', () => {
    expect(glossesOfWord('インテグレーション')).toContain('統合');
    expect(glossesOfWord('リードレプリカ')).toEqual(expect.arrayContaining(['読み取', '複製']));
    expect(glossesOfWord('writes')).toContain('書き込');
    expect(glossesOfWord('ノード')).toEqual([]);
    // Three kana at least for a part: `フラグ` holds no loanword `ラグ`.
    expect(glossesOfWord('フィーチャーフラグ')).toEqual([]);
  });

  it('each entry shows the clue it catches where it has an example', () => {
    for (const entry of GLOSSES) {
      if (!entry.example) continue;
      expect(entry.glosses.some((g) => entry.example?.includes(g))).toBe(true);
    }
  });

  it('gloss `vary` as 変わる: `…リクエストヘッダによって変わる` names Vary (reading 9)', () => {
    expect(glossesOfWord('vary')).toContain('変わ');
  });

  it('read a 100,000-kana word whole only', () => {
    expect(glossesOfWord('ア'.repeat(100_000))).toEqual([]);
  });

  it('gloss-echo: an option that says a loanword of the name in Japanese', () => {
    expect(glossEcho('既にDOMにある領域の変化を読み上げる', 'ライブリージョン（aria-live）')).toBe(
      '領域',
    );
    expect(glossEcho('変化を読み上げる', 'ライブリージョン（aria-live）')).toBeNull();
  });

  it('make the one option saying it fail no-name-echo', () => {
    const check = OPTION_CHECKS.find((c) => c.name === 'no-name-echo');
    const draft = statementDraft(
      'ライブリージョン',
      '「ライブリージョン」について正しいものはどれ？',
      'ja',
      [
        '既にDOMにある領域の変化を読み上げる',
        'ネイティブ要素はロールを最初から持つ',
        '目標は通常AAとする',
      ],
    );
    expect(check?.check(draft, { names: ['ライブリージョン'] })).toMatch(/領域/);
  });
});
