import { describe, expect, it } from 'vitest';
import {
  compareKey,
  contentTokens,
  dice,
  isJapaneseText,
  latinWords,
  lengthUnits,
  overlap,
  withoutTrailingParenthetical,
} from '../../../src/quiz/review/text-measures.ts';

describe('text measures', () => {
  it('compares options without case, width, spaces or punctuation', () => {
    expect(compareKey('「HTTP/2 専用」')).toBe(compareKey('ｈｔｔｐ２専用'));
    expect(compareKey('Fails fast.')).toBe('failsfast');
    // Options of marks only stay apart (`$@` / `$<` / `$^`, gnu-make.ja's automatic variables).
    expect(new Set(['$@', '$<', '$^'].map(compareKey)).size).toBe(3);
    expect(compareKey('$ <')).toBe(compareKey('$<'));
  });

  it('compareKey keeps letters and digits only, whatever the units (a key of letters as it is)', () => {
    const reference = (text: string): string => {
      const plain = text.normalize('NFKC').toLowerCase();
      const key = plain.replace(/[^\p{L}\p{N}]+/gu, '');
      return key !== '' ? key : plain.replace(/[\s`]+/gu, '');
    };
    for (const text of ['概念12', 'grpc', 'サービス・メッシュ', '$@', 'a b', 'ーー', '']) {
      expect(compareKey(text)).toBe(reference(text));
    }
    for (let code = 0; code <= 0xffff; code++) {
      const text = `k${String.fromCharCode(code)}`;
      expect(compareKey(text)).toBe(reference(text));
    }
  });

  it('takes Japanese content as bigrams and katakana words, English as words', () => {
    expect([...contentTokens('Pod数を維持する')]).toEqual(['pod', '数を', 'を維', '維持', '持す']);
    expect([...contentTokens('分散トランザクションを使う')]).toEqual([
      '分散',
      'トランザクション',
      'を使',
      '使う',
    ]);
    expect([...contentTokens('The breaker fails fast for requests')]).toEqual([
      'breaker',
      'fail',
      'fast',
      'request',
    ]);
    // -ing / -ed / -s meet at one stem; quantity and modal words frame, they say nothing.
    expect([...contentTokens('Limiting how many requests a client may make')]).toEqual([
      'limit',
      'request',
      'client',
      'make',
    ]);
    expect([...contentTokens('Limits requests per second')]).toEqual([
      'limit',
      'request',
      'second',
    ]);
    // Four letters stay: `string`, `need` and `used` are not cut to nothing.
    expect([...contentTokens('string need used')]).toEqual(['string', 'need', 'used']);
  });

  it('measures overlap (of the smaller set) and Dice', () => {
    const a = new Set(['x', 'y']);
    const b = new Set(['x', 'y', 'z', 'w']);
    expect(overlap(a, b)).toBe(1);
    expect(dice(a, b)).toBeCloseTo(2 / 3);
    expect(overlap(new Set(), b)).toBe(0);
  });

  it('counts length units alike in both languages', () => {
    expect(lengthUnits('即エラー')).toBe(4);
    expect(lengthUnits('Fails fast')).toBe(4);
    expect(lengthUnits('HTTP/2専用')).toBe(6);
  });

  it('tells Japanese text from English', () => {
    expect(isJapaneseText('HTTP/2専用')).toBe(true);
    expect(isJapaneseText('gRPC-Web経由なら可')).toBe(true);
    expect(isJapaneseText('Uses TLS 1.3')).toBe(false);
  });

  it('reads English words with contractions', () => {
    expect(latinWords("It doesn't retry; it FAILS.")).toEqual([
      'it',
      "doesn't",
      'retry',
      'it',
      'fails',
    ]);
  });

  it('drops one trailing parenthetical, nested or not', () => {
    expect(withoutTrailingParenthetical('あり（ブローカー）')).toBe('あり');
    expect(withoutTrailingParenthetical('Passes it through (usually (mostly))')).toBe(
      'Passes it through',
    );
    expect(withoutTrailingParenthetical('（注）')).toBe('（注）');
    expect(withoutTrailingParenthetical('a) b)')).toBe('a) b)');
  });
});
