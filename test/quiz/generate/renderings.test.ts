/**
 * A misconception's terse cell stands in for its written-out statement only when it says it: a
 * `sole-bullet` cell that shares no word with the bullet beside the concept's names is another
 * claim, and the bullet's why would not answer it.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/quiz/facts/fact.ts';
import { renderings } from '../../../src/quiz/generate/context.ts';
import type { Concept } from '../../../src/quiz/types.ts';

const concept = (name: string): Concept => ({
  id: 'c',
  name,
  correct: '説明',
  keyPhrases: [],
  misconceptions: [],
  section: name,
  aliases: [],
  source: { file: 'x.md', line: 1 },
  language: 'ja',
});

const wrong = (text: string, cell: string): Fact => ({
  keys: ['R:c:0'],
  conceptId: 'c',
  text,
  truth: false,
  why: '理由',
  source: 'summary-misconception',
  rule: 'sole-bullet',
  cell,
  evidence: { file: 'x.md', line: 1, words: text },
  section: null,
});

describe('renderings of a sole-bullet misconception', () => {
  it('offers the cell when it shares a word with the bullet beside the names', () => {
    const fact = wrong('たくさんプリロードするほど速くなる', '何でも指定するほど速くなる');
    expect(renderings(fact, 'ja', concept('プリロード'))).toContain('何でも指定するほど速くなる');
  });

  it('does not offer a cell that is another claim', () => {
    const fact = wrong('結合テストは本番環境で行う', '単体テストがあれば不要');
    expect(renderings(fact, 'ja', concept('結合テスト'))).not.toContain('単体テストがあれば不要');
    // One shared kanji (`分` of `振り分け` and `分かれる`) is no shared word.
    const nat = wrong(
      '同じNATの内側にいる大勢のクライアントも均等に分かれる',
      'サーバーを増やしても振り分け先は変わらない',
    );
    expect(renderings(nat, 'ja', concept('IPハッシュ'))).not.toContain(
      'サーバーを増やしても振り分け先は変わらない',
    );
  });
});
