/**
 * Matrix-table questions: another row's value that the asked row's own cells say (`世代別` in
 * CPython's `特徴`) is no wrong option of "what is CPython's 既定のGC?", nor a row whose cells say
 * the asked value (Java's `特徴`: `世代別。…`) of "which row's 既定のGC is 世代別?".
 */
import { describe, expect, it } from 'vitest';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import { tableDrafts } from '../../../src/quiz/generate/table-questions.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { fixture } from '../notes-helpers.ts';

const NOTES = `# GC

## 弱参照

到達可能性に数えられない参照。

## ファイナライザ

回収の前に呼ばれることがあるメソッド。

## 主なランタイムのGC

| ランタイム | 既定のGC | 特徴 |
|---|---|---|
| Java | G1 | 世代別。リージョンに分けて回収する |
| Go | 並行マーク&スイープ | オブジェクトを動かさない |
| CPython | 参照カウント | 循環参照は別の世代別GCで回収する |
| V8 | 世代別 | 若い世代はコピーGCで回収する |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| 弱参照 | **到達可能性に数えられない**参照 | すぐ回収される × |
| ファイナライザ | 回収の前に呼ばれることがある | スコープを抜けると呼ばれる × |
`;

describe('matrix-table questions', () => {
  const doc = parseNotes({ path: 'gc.ja.md', text: NOTES });
  const all = tableDrafts(generationContext(doc)).drafts;
  const drafts = all.filter((d) => d.template === 'value-of');

  it('do not offer another row’s value that the asked row’s own cells say', () => {
    const cpython = drafts.filter((d) => d.prompt.includes('「CPython」'));
    expect(cpython.length).toBeGreaterThan(0);
    for (const d of cpython) {
      expect(d.choices.map((c) => c.text)).not.toContain('世代別');
      expect(d.choices.find((c) => c.correct)?.text).toBe('参照カウント');
    }
  });

  it('read a mark of another column (`発生` / `防止`) as no saying of the value', () => {
    // REPEATABLE READ's ファントムリード is `発生`: a mark of its own column, not a text saying it.
    const tx = parseNotes(fixture('transactions.ja.md'));
    const dirty = tableDrafts(generationContext(tx)).drafts.filter(
      (d) => d.template === 'which-has' && d.prompt.includes('「ダーティリード」が「発生」なのは'),
    );
    expect(dirty.some((d) => d.choices.some((c) => c.text === 'REPEATABLE READ'))).toBe(true);
  });

  it('still offer it where the row does not say it', () => {
    const go = drafts.filter((d) => d.prompt.includes('「Go」'));
    expect(go.some((d) => d.choices.some((c) => c.text === '世代別'))).toBe(true);
  });

  it('do not offer a row whose own cells say the value asked for', () => {
    const generational = all.filter(
      (d) => d.template === 'which-has' && d.prompt.includes('「世代別」なのは'),
    );
    // Go is the one row left: no two-option question is made of what the notes made arguable.
    expect(generational).toEqual([]);
    const counted = all.filter(
      (d) => d.template === 'which-has' && d.prompt.includes('「参照カウント」なのは'),
    );
    expect(counted.length).toBeGreaterThan(0);
    for (const d of [...generational, ...counted]) {
      const texts = d.choices.map((c) => c.text);
      if (d.prompt.includes('世代別')) expect(texts).not.toContain('Java');
      expect(texts.length).toBeGreaterThanOrEqual(3);
    }
  });
});
