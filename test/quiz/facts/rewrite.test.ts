/**
 * `parallel`: the correct cell with its key phrase replaced by a misconception cell, only where
 * the result is Japanese.
 */
import { describe, expect, it } from 'vitest';
import { parallel } from '../../../src/quiz/facts/rewrite.ts';
import type { Concept } from '../../../src/quiz/types.ts';

const concept = (correct: string, keyPhrases: string[]): Concept => ({
  id: 'c',
  name: 'X',
  correct,
  keyPhrases,
  misconceptions: [],
  section: 'X',
  aliases: [],
  source: { file: 'x.md', line: 1 },
  language: 'ja',
});

describe('parallel', () => {
  it('replaces a key phrase by a cell of the same shape', () => {
    expect(
      parallel(concept('クライアント別にゲートウェイ', ['クライアント別']), 'サービス別'),
    ).toBe('サービス別にゲートウェイ');
  });

  it('does not put a noun phrase where the cell goes on from a verbal noun (`…ものし`)', () => {
    const spy = concept('本物や代役への呼び出しを記録し、あとで確かめる', ['呼び出しを記録']);
    expect(parallel(spy, '呼び出しを止めて別の値を返すもの')).toBeNull();
    // `own-topic`: a cell with its own topic is a statement, not a phrase (redis notes).
    expect(
      parallel(
        concept('スコアとメンバーの組。スコアが同じならメンバーの辞書順', ['辞書順']),
        '同スコアは挿入順',
      ),
    ).toBeNull();
    // Reading 59 (aws-lambda-serverless.ja): a space before は.
    expect(
      parallel(
        concept('ウォーム時は /tmp が残ることがある。残る保証はない', ['ことがある']),
        '/tmp は毎回空になる',
      ),
    ).toBeNull();
    // `latin-whole-words`: English phrases share whole words, not a letter.
    const swr = concept('Lets a cache serve a stale response while it revalidates', ['stale']);
    expect(parallel(swr, 'Replaces max-age')).toBeNull();
    const side = concept('Checks tokens client-side', ['client-side']);
    expect(parallel(side, 'server-side')).toBe('Checks tokens server-side');
  });

  it('replaces a phrase that closes on a particle only by one that closes on it too (same-closing-particle)', () => {
    const natural = concept('自分にない抗原への抗体を輸血歴・妊娠歴なしで持つ', [
      '輸血歴・妊娠歴なしで',
    ]);
    expect(parallel(natural, '輸血や妊娠で初めて作られる')).toBeNull();
    const commit = concept('反映を待たずにコミットする', ['反映を待たずに']);
    expect(parallel(commit, '反映後に')).toBe('反映後にコミットする');
  });

  it('does not splice in a cell that shares only a number with the phrase (more-than-a-number)', () => {
    // Reading 63's dismissal notes: the cell became `…手続の4つ全部満たさないと機械的に無効を総合判断`.
    const dismissal = concept('必要性・回避努力・人選・手続の4要素を総合判断', ['4要素']);
    expect(parallel(dismissal, '4つ全部満たさないと機械的に無効')).toBeNull();
    // Digits and more: `%` is shared too.
    const uptime = concept('月間稼働率99.9%を保証', ['99.9%']);
    expect(parallel(uptime, '99%')).toBe('月間稼働率99%を保証');
  });
});
