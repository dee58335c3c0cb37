/**
 * A table whose section has no concept-owned sibling (`### 5. 検定の選び方` beside
 * `### 1. 検定の基本`, whose concepts sit one level down) still gives questions: they attach to the
 * closest concept anywhere in the notes.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';

const NOTES = `# 検定メモ

## 学習内容

### 1. 検定の基本

#### p値

帰無仮説のもとで、観測以上に極端な結果が出る確率。

**よくある誤解**:

- × p値は帰無仮説が正しい確率である（データの珍しさを表す）

#### 有意水準

帰無仮説を棄却する基準として事前に決めておく確率。

### 2. 検定の選び方

| 比べるもの | 使う検定 | 前提 |
|---|---|---|
| 2群の平均 | t検定 | おおよそ正規分布 |
| 2群の割合 | カイ二乗検定 | 期待度数が5以上 |
| 3群以上の平均 | 分散分析 | 各群の分散が等しい |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| p値 | 観測以上に**極端な結果が出る確率** | 帰無仮説が正しい確率 × |
| 有意水準 | **事前に決める**棄却の基準 | データを見てから決めてよい × |
`;

describe('a table beside sections whose concepts sit a level down', () => {
  const bank = buildQuestionBank([{ path: 'tests.ja.md', text: NOTES }]);
  const fromTable = bank.questions.filter((q) => q.prompt.includes('「検定の選び方」'));

  it('asks which row has a value, attached to the closest concept', () => {
    expect(fromTable.length).toBeGreaterThan(0);
    for (const q of fromTable) {
      expect(q.conceptName).toBe('有意水準');
      const key = q.choices.find((c) => c.correct)?.text;
      expect(['2群の平均', '2群の割合', '3群以上の平均']).toContain(key);
    }
  });
});
