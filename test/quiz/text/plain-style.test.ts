import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { PLAIN_STYLE_RULES, plainStyle } from '../../../src/quiz/text/plain-style.ts';
import { inline } from '../notes-helpers.ts';

describe('plainStyle', () => {
  it('writes the polite endings whose plain form is certain in the plain style', () => {
    expect(plainStyle('サービス間通信を管理するインフラストラクチャ層です。')).toBe(
      'サービス間通信を管理するインフラストラクチャ層',
    );
    expect(plainStyle('解放を繰り返すとヒープが断片化します。')).toBe(
      '解放を繰り返すとヒープが断片化する',
    );
    expect(plainStyle('CPython や Swift が使っています')).toBe('CPython や Swift が使っている');
    expect(plainStyle('アプリが動いたままだと安全にできません')).toBe(
      'アプリが動いたままだと安全にできない',
    );
    expect(plainStyle('データ管理が容易になるわけではありません。')).toBe(
      'データ管理が容易になるわけではない',
    );
    expect(plainStyle('参照を書き換える必要があります')).toBe('参照を書き換える必要がある');
    expect(plainStyle('次のGCで回収されます')).toBe('次のGCで回収される');
    expect(plainStyle('このオーバーヘッドも見ます')).toBe('このオーバーヘッドも見る');
    expect(plainStyle('ログには出ません')).toBe('ログには出ない');
    expect(plainStyle('外からは呼ばれません')).toBe('外からは呼ばれない');
    expect(plainStyle('ページをコピーします')).toBe('ページをコピーする');
    expect(plainStyle('毎回ログを出すようにします')).toBe('毎回ログを出すようにする');
  });

  it('reads a noun closed by a bracket or quote before します as a する verb', () => {
    // Reading 12 (linux-cgroups-namespaces.ja): the key read `…対応付け（マッピング）す`.
    expect(plainStyle('UID/GIDをホスト側の別のUID/GIDに対応付け（マッピング）します。')).toBe(
      'UID/GIDをホスト側の別のUID/GIDに対応付け（マッピング）する',
    );
    expect(plainStyle('ファイルを「コピー」します')).toBe('ファイルを「コピー」する');
    // A 五段 verb in す after kana okurigana is still one.
    expect(plainStyle('結果を示します')).toBe('結果を示す');
  });

  it('reads the ending before an aside in parentheses, and keeps the aside', () => {
    expect(
      plainStyle('ライトバリアで記録しておく必要があります（カードテーブル、記憶集合）。'),
    ).toBe('ライトバリアで記録しておく必要がある（カードテーブル、記憶集合）');
    // A parenthesis inside the aside: not read as one aside, left as written.
    expect(plainStyle('参照を辿ります（ルート（スタック）から）')).toBe(
      '参照を辿ります（ルート（スタック）から）',
    );
  });

  it('reads a single kanji or okurigana before し as a 五段 verb in す, not a する verb', () => {
    expect(plainStyle('ハッシュ値は入力の指紋を示します')).toBe('ハッシュ値は入力の指紋を示す');
    expect(plainStyle('条件を満たします')).toBe('条件を満たす');
    expect(plainStyle('値は返しません')).toBe('値は返さない');
  });

  it('reads every sentence of the text by its own ending', () => {
    expect(plainStyle('処理時間は生存量に比例します。ゴミが多くても手間はかかりません。')).toBe(
      '処理時間は生存量に比例する。ゴミが多くても手間はかからない',
    );
  });

  it('writes a 五段 verb out by the kana its ます stem ends in', () => {
    expect(plainStyle('長い停止を待たずに済みます。')).toBe('長い停止を待たずに済む');
    expect(plainStyle('ゴミがどれだけ多くても手間はかかりません')).toBe(
      'ゴミがどれだけ多くても手間はかからない',
    );
    expect(plainStyle('参照カウントを使います')).toBe('参照カウントを使う');
    expect(plainStyle('値を保ちます')).toBe('値を保つ');
    expect(plainStyle('古い方を選びません')).toBe('古い方を選ばない');
    expect(plainStyle('メモリを書き換えておきます')).toBe('メモリを書き換えておきます');
  });

  it('leaves a polite ending it cannot write out for certain as written', () => {
    // 一段 verbs whose stem ends in い段 (起きる, 過ぎる, 足りる), 〜てみる, 〜てくる, いる after a particle.
    expect(plainStyle('競合が起きます')).toBe('競合が起きます');
    expect(plainStyle('回数が多過ぎます')).toBe('回数が多過ぎます');
    expect(plainStyle('メモリが足りません')).toBe('メモリが足りません');
    expect(plainStyle('実際に試してみます')).toBe('実際に試してみます');
    expect(plainStyle('ログを読んできます')).toBe('ログを読んできます');
    expect(plainStyle('まだキューにいます')).toBe('まだキューにいます');
    expect(plainStyle('A plain English sentence.')).toBe('A plain English sentence');
  });

  it('has an example for every rule that the rule rewrites', () => {
    for (const rule of PLAIN_STYLE_RULES) {
      const polite = rule.example.split(' → ')[0] ?? '';
      expect(rule.plain(polite), rule.name).not.toBeNull();
    }
  });
});

describe('points in です・ます調', () => {
  it('are true statements in the plain style of the options beside them', () => {
    const doc = parseNotes(
      inline(
        [
          '# GC',
          '',
          '## マーク&スイープ',
          '',
          'ルートから辿れるオブジェクトに印を付け、印のないものを解放します。',
          '',
          'ポイント：オブジェクトを動かさないため、解放を繰り返すとヒープが断片化します。',
          '',
          '## まとめ',
          '',
          '| 概念 | 正しい理解 | よくある誤解 |',
          '|---|---|---|',
          '| マーク&スイープ | 辿れないオブジェクトを解放する | 詰め直す × |',
        ],
        'gc.ja.md',
      ),
    );
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const points = conceptFacts(doc, concept)
      .trues.filter((f) => f.source === 'point')
      .map((f) => f.text);
    expect(points).toEqual(['オブジェクトを動かさないため、解放を繰り返すとヒープが断片化する']);
  });
});
