/** A table question's key explained by the notes' sentence that says the cell (generate/cell-reason.ts). */
import { describe, expect, it } from 'vitest';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import { tableDrafts } from '../../../src/quiz/generate/table-questions.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';

const NOTES = `# Central banks

## Price targets

The Fed's target is defined on the PCE price index, not on CPI, because PCE covers more spending.
The ECB targets the HICP.
Conversion: Fed target = PCE ≈ CPI − 0.3.

| Central bank | Price index | Target |
|---|---|---|
| Fed | PCE price index | 2 % |
| ECB | HICP | 2 % medium term |
| BoJ | CPI excluding fresh food | 2 % |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Fed | Targets PCE inflation at 2 % | Targets CPI × |
`;

describe('cell-reason', () => {
  const ctx = generationContext(parseNotes({ path: 'banks.en.md', text: NOTES }));
  const drafts = tableDrafts(ctx).drafts;

  it('explains the key by the sentence that says its cell and more', () => {
    const asked = drafts.filter((d) => d.prompt.includes('“PCE price index”'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked)
      expect(d.why).toBe(
        "The Fed's target is defined on the PCE price index, not on CPI, because PCE covers more spending",
      );
  });

  it('keeps the cell where the only sentence is the cell again or shorthand', () => {
    const hicp = drafts.filter((d) => d.prompt.includes('“HICP”'));
    expect(hicp.length).toBeGreaterThan(0);
    // `The ECB targets the HICP.` says nothing beyond the cell and the row's name.
    for (const d of hicp) expect(d.why).toMatch(/^The table under “Price targets” gives ECB/u);
  });
});

describe('cell-reason in Japanese', () => {
  const notes = `# 中央銀行

## 物価目標

FRB の目標は CPI ではなく PCE 価格指数で定義されています。

| 中央銀行 | 物価指標 | 目標 |
|---|---|---|
| FRB | PCE 価格指数 | 2% |
| ECB | HICP | 中期的に2% |
| 日銀 | 生鮮食品を除くCPI | 2% |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| FRB | PCE インフレ率で2%を目指す | CPI を目標にしている × |
`;

  it('finds the sentence of the section that names the row and says its cell', () => {
    const ctx = generationContext(parseNotes({ path: 'banks.ja.md', text: notes }));
    const asked = tableDrafts(ctx).drafts.filter((d) => d.prompt.includes('「PCE 価格指数」'));
    expect(asked.length).toBeGreaterThan(0);
    for (const d of asked)
      expect(d.why).toBe('FRB の目標は CPI ではなく PCE 価格指数で定義されています');
  });
});
