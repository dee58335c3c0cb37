import { describe, expect, it } from 'vitest';
import { echoedPart } from '../../../src/quiz/generate/option-checks.ts';

describe('echoedPart', () => {
  it('finds the longest part of the name (three characters or half of it at least) the text repeats', () => {
    expect(echoedPart('メッセージブローカーを介さない直接通信', 'ブローカーレス')).toBe(
      'ぶろーかー',
    );
    expect(echoedPart('サービスの外側で実装する', 'サービスメッシュ')).toBe('さーびす');
    expect(echoedPart('直接通信する', 'ブローカーレス')).toBeNull();
  });
  it('counts characters, not UTF-16 units (a part never splits a surrogate pair)', () => {
    expect(echoedPart('𠮷野家で食べる', '𠮷野家')).toBe('𠮷野家');
    expect(echoedPart('𠮷野で食べる', '𠮷野家本店')).toBeNull();
    expect(echoedPart('野家本で食べる', '𠮷野家本店')).toBe('野家本');
  });
});
