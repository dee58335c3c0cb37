import { describe, expect, it } from 'vitest';
import {
  documentHeadKeys,
  NAME_HEAD_RULES,
  nameHeadKeys,
} from '../../../src/quiz/facts/name-head.ts';

describe('nameHeadKeys (same-head-word)', () => {
  it('reads the kind a Latin name ends on, whatever its ending', () => {
    expect(nameHeadKeys('Recursive descent parser')).toEqual(nameHeadKeys('Pratt parsing'));
    expect(nameHeadKeys('Context-free grammar (CFG)')).toEqual(nameHeadKeys('Ambiguous grammar'));
    expect(nameHeadKeys('Write-back cache')).toEqual(nameHeadKeys('Inclusive vs exclusive caches'));
    expect(nameHeadKeys('Context-free grammar (CFG)')).not.toEqual(
      nameHeadKeys('Recursive descent parser'),
    );
  });

  it('reads no kind in an acronym or a one-word name', () => {
    expect(nameHeadKeys('TLB')).toEqual([]);
    expect(nameHeadKeys('GraphQL')).toEqual([]);
    expect(nameHeadKeys('LALR(1)')).toEqual([]);
    expect(nameHeadKeys('Static single SSA')).toEqual([]);
  });

  it('reads the kanji ending of a Japanese name, and a katakana word after another script', () => {
    expect(nameHeadKeys('ネステッドループ結合')).toEqual(['ja:結合']);
    expect(nameHeadKeys('ハッシュ結合')).toEqual(['ja:結合']);
    expect(nameHeadKeys('統合テスト')).toEqual(['ja:テスト']);
    // No boundary is seen inside a katakana compound: no kind rather than a guessed one.
    expect(nameHeadKeys('リンクローカルアドレス（fe80::/10）')).toEqual([]);
  });

  it('has an example for every rule, and stays linear on a long name', () => {
    for (const rule of NAME_HEAD_RULES) expect(rule.example).not.toBe('');
    expect(nameHeadKeys(`${'漢'.repeat(200_000)}`)).toHaveLength(7);
    expect(nameHeadKeys(`${'word '.repeat(100_000)}parser`)).toEqual(['en:pars']);
  });

  it('katakana-head-of-the-notes: a katakana name takes a kind word another name ends on', () => {
    expect(documentHeadKeys(['ブラシ付きDCモータ', 'ステッピングモータ', 'インバータ'])).toEqual([
      ['ja:モータ'],
      ['ja:モータ'],
      [],
    ]);
    // Not a name's whole self, and nothing where no name shows a kind word.
    expect(documentHeadKeys(['統合テスト', 'テスト'])).toEqual([['ja:テスト'], []]);
    expect(documentHeadKeys(['ステッピングモータ'])).toEqual([[]]);
    const long = 'ア'.repeat(200_000);
    expect(documentHeadKeys(['統合テスト', `${long}テスト`])[1]).toEqual(['ja:テスト']);
  });
});
