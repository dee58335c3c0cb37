/** A table whose rows are clauses about the things its columns compare asks no "which row" question. */
import { describe, expect, it } from 'vitest';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import { tableDrafts } from '../../../src/quiz/generate/table-questions.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';

const summary = [
  '## まとめ',
  '',
  '| 概念 | 正しい理解 | よくある誤解 |',
  '|---|---|---|',
  '| 事前分布 | データを見る前の θ の分布 | 主観なので使ってはいけない × |',
  '| 事後分布 | 事前分布と尤度から得る θ の分布 | 尤度と同じ × |',
  '| P波 | 心房の脱分極 | 心室の興奮 × |',
  '| QRS波 | 心室の脱分極 | 心房の興奮 × |',
  '',
];

function drafts(table: readonly string[]) {
  const text = ['# ノート', '', ...summary, '## 比較', '', ...table, ''].join('\n');
  return tableDrafts(generationContext(parseNotes({ path: 'n.ja.md', text }))).drafts;
}

describe('clause-rows', () => {
  it('asks nothing of rows that are clauses under an aspect header (reading of bayesian-inference.ja)', () => {
    const asked = drafts([
      '| 観点 | 95%信用区間（ベイズ） | 95%信頼区間（頻度論） |',
      '|---|---|---|',
      '| 確率的に扱うもの | パラメータ θ | 区間 |',
      '| 言えること | θ がこの区間にある確率は95% | 繰り返すと95%の区間が真値を含む |',
      '| 事前分布 | 必要 | 不要 |',
    ]);
    expect(asked.filter((d) => d.choices.some((c) => c.text === '言えること'))).toEqual([]);
  });

  it('still asks of rows that name things', () => {
    const asked = drafts([
      '| 項目 | 正常 | 何を表すか | 異常で考えるもの |',
      '|---|---|---|---|',
      '| P波 | II誘導で陽性 | 心房の脱分極 | 心房拡大 |',
      '| PR間隔 | 0.12〜0.20秒 | 房室伝導 | 房室ブロック |',
      '| QRS波 | 0.12秒未満 | 心室の脱分極 | 脚ブロック |',
    ]);
    expect(asked.some((d) => d.choices.some((c) => c.text === 'PR間隔'))).toBe(true);
  });
});
