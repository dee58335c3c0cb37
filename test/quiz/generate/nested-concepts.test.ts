/**
 * Concepts that nest (1NF ⊂ 2NF ⊂ 3NF, as a ○/× table of the notes says): a weaker level's
 * statement is no wrong option about a stronger one, nor the stronger one a wrong name for it
 * (`row-includes`); a table row labelled by a name's aside is that concept (`aside-label`).
 */
import { describe, expect, it } from 'vitest';
import { tableLinks } from '../../../src/quiz/facts/table-links.ts';
import { conceptSubject, generationContext } from '../../../src/quiz/generate/context.ts';
import { correctAboutDrafts } from '../../../src/quiz/generate/correct-about.ts';
import { rowIncludes } from '../../../src/quiz/generate/fit.ts';
import { whichConceptDrafts } from '../../../src/quiz/generate/which-concept.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';

const NOTES = `# 正規化

## 第1正規形（1NF）

属性値が原子的で、繰り返しグループを持たない形。

## 第2正規形と第3正規形

| 正規形 | 条件 |
|---|---|
| 2NF | 非キー属性が候補キーの一部に部分従属しない |
| 3NF | 非キー属性が候補キーに推移従属しない |

## ボイス・コッド正規形（BCNF）

すべての決定項がスーパーキーである形。
3NFは「X がスーパーキーであるか、A がキー属性であること」を求める。

## 関数従属

ある属性の値が決まると別の属性の値が一つに決まる関係。

## 正規形の比較

| 正規形 | 部分従属を排除 | 推移従属を排除 | 決定項は常にスーパーキー |
|---|---|---|---|
| 1NF | × | × | × |
| 2NF | ○ | × | × |
| 3NF | ○ | ○ | × |
| BCNF | ○ | ○ | ○ |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| 第1正規形（1NF） | 属性値が**原子的**で繰り返しグループがない | ID列を足せば満たす × |
| 第2正規形（2NF） | 候補キーの**一部**への部分従属を除く | 非キー属性どうしの従属を除く × |
| 第3正規形（3NF） | 非キー属性の**推移従属**を除く | サロゲートキーを付ければ満たす × |
| BCNF | すべての決定項が**スーパーキー** | 3NFなら満たす × |
| 関数従属 | 業務ルールとして**常に**成り立つ制約 | 今のデータで成り立てばよい × |
`;

const doc = parseNotes({ path: 'nf.ja.md', text: NOTES });
const ctx = generationContext(doc);
const named = (name: string) => {
  const c = doc.concepts.find((x) => x.name === name);
  if (!c) throw new Error(`no concept ${name}`);
  return c;
};

describe('nested concepts', () => {
  it('aside-label: a table row labelled by a name’s aside is that concept', () => {
    const table = tableLinks(doc).find((l) => l.title === '正規形の比較');
    expect([...(table?.rows.values() ?? [])].map((c) => c.name)).toEqual([
      '第1正規形（1NF）',
      '第2正規形（2NF）',
      '第3正規形（3NF）',
      'BCNF',
    ]);
  });

  it('row-includes: a row marked yes wherever another is has its every property', () => {
    expect(rowIncludes(ctx, named('第3正規形（3NF）'), named('第2正規形（2NF）'))).toBe(true);
    expect(rowIncludes(ctx, named('第2正規形（2NF）'), named('第3正規形（3NF）'))).toBe(false);
    // 1NF says yes nowhere: nothing to include.
    expect(rowIncludes(ctx, named('第2正規形（2NF）'), named('第1正規形（1NF）'))).toBe(false);
  });

  it('offers no weaker level’s statement as wrong about a stronger one', () => {
    const subject = conceptSubject(ctx, named('第3正規形（3NF）'));
    for (const d of correctAboutDrafts(ctx, subject).drafts)
      for (const c of d.choices.filter((x) => !x.correct))
        expect(c.text).not.toContain('部分従属を除く');
  });

  it('offers no stronger level as a wrong name for a weaker one’s description', () => {
    const subject = conceptSubject(ctx, named('第2正規形（2NF）'));
    const drafts = whichConceptDrafts(ctx, subject).drafts;
    for (const d of drafts) {
      const names = d.choices.map((c) => c.text);
      expect(names).not.toContain('第3正規形（3NF）');
      expect(names).not.toContain('BCNF');
    }
  });
});
