import { describe, expect, it } from 'vitest';
import { statementWords, topicWords } from '../../../src/quiz/generate/topic-words.ts';
import { withBuildMemos } from '../../../src/quiz/text/build-memo.ts';

describe('topic words', () => {
  it('reads words of three characters on, a Latin word by its stem', () =>
    withBuildMemos(() => {
      expect([...topicWords('Deletion of frames in トピック')]).toEqual([
        'deletion',
        'fram',
        'トピック',
      ]);
      expect([...topicWords('熟慮期間内に放棄')]).toEqual(['熟慮期間内']);
    }));

  it('two-kanji-word: statementWords reads two kanji as well, not two kana or letters', () =>
    withBuildMemos(() => {
      expect([...statementWords('熟慮期間内に限定承認も放棄もしなかった')]).toEqual([
        '熟慮期間内',
        '限定承認',
        '放棄',
      ]);
      expect([...statementWords('ログを出す on GC')]).toEqual([]);
    }));
});
