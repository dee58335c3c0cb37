import { describe, expect, it } from 'vitest';
import { englishSkeleton, katakanaSkeleton, soundsLike } from '../../../src/quiz/text/loanword.ts';

describe('loanword skeletons', () => {
  it('reads a katakana word and its English source as the same consonants', () => {
    expect(katakanaSkeleton('ファイナライザ')).toBe('fnrs');
    expect(englishSkeleton('finalize')).toBe('fnrs');
    expect(englishSkeleton('finalizer')).toBe('fnrs');
    expect(soundsLike('compaction', 'コンパクション')).toBe(true);
    expect(soundsLike('kubernetes', 'クバネティス')).toBe(true);
    expect(soundsLike('reference', 'リファレンス')).toBe(true);
  });

  it('tells different words apart, and says nothing of a short skeleton', () => {
    expect(soundsLike('finalize', 'コンパクション')).toBe(false);
    expect(soundsLike('reference', 'ファイナライザ')).toBe(false);
    // Two consonants are too few to tell a word by (`lock` / `ロック` k-r, `merge` / `マージ`).
    expect(soundsLike('lock', 'ロック')).toBe(false);
    expect(soundsLike('merge', 'マージ')).toBe(false);
  });

  it('reads three consonants, and m as n in both scripts (atomic ~ アトミック)', () => {
    expect(soundsLike('garbage', 'ガベージ')).toBe(true);
    expect(soundsLike('atomic', 'アトミック')).toBe(true);
    expect(soundsLike('fence', 'フェンス')).toBe(true);
    expect(soundsLike('token', 'アトミック')).toBe(false);
  });

  it('reads x as k and s (index ~ インデックス, proxy ~ プロキシ; reading 76)', () => {
    expect(englishSkeleton('index')).toBe('ntks');
    expect(soundsLike('index', 'インデックス')).toBe(true);
    expect(soundsLike('proxy', 'プロキシ')).toBe(true);
    expect(soundsLike('exception', 'エクセプション')).toBe(true);
  });

  it('is not katakana: no skeleton', () => {
    expect(katakanaSkeleton('弱参照')).toBeNull();
  });
});
