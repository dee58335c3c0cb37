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

describe('hosted-table-last: a table of things that are no concept, filed under the closest concept', () => {
  const NOTES_EN = `# Imaging notes

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Ultrasound | Sound echoes timed to place tissue | It uses ionising radiation × |
| PET | Coincident 511 keV photons from positron annihilation | PET detects the positron itself ×; FDG uptake means cancer × |
| CT | X-ray attenuation measured from many angles and reconstructed | CT images are photographs of the body × |
| MRI | Hydrogen nuclei precess in a strong field and return a radio signal | MRI is a kind of X-ray scan × |

## Ultrasound

Ultrasound times the echoes of short sound pulses to place tissue boundaries.

- × It uses ionising radiation (it uses sound)

## CT

A CT scanner measures X-ray attenuation from many angles and reconstructs slices of the body.

- × CT images are photographs of the body (they are maps of attenuation)

## MRI

In a strong magnetic field hydrogen nuclei precess; a radio pulse tips them and they return a signal.

- × MRI is a kind of X-ray scan (it uses no ionising radiation)

## PET

A positron meets an electron and two 511 keV photons leave back to back; the ring detects them in coincidence.

- Glucose-like FDG is trapped in cells that take up glucose.
- × PET detects the positron itself (the positron travels about a millimetre and annihilates)
- × FDG uptake means cancer (inflammation and brown fat take it up too)

### Numbers worth memorising

| Quantity | Typical value |
|---|---|
| Speed of sound assumed by scanners | 1540 m/s |
| Annihilation photon energy | 511 keV |
| F-18 half-life | about 110 min |
| Boiling point of liquid helium | about 4.2 K |
`;
  const bank = buildQuestionBank([{ path: 'imaging.en.md', text: NOTES_EN }]);
  const pet = bank.questions.filter((q) => q.conceptName === 'PET');
  const fromTable = (q: (typeof pet)[number]): boolean =>
    q.kind === 'table-row' || q.kind === 'comparison';

  it('gives the concept two questions of its own before any question of the table', () => {
    expect(
      pet.filter((q) => !fromTable(q)).length,
      pet.map((q) => q.prompt).join(' / '),
    ).toBeGreaterThanOrEqual(2);
  });

  it('still asks the table once, as a source of its own', () => {
    const quantities = bank.questions.filter((q) => q.prompt.includes('Typical value'));
    expect(quantities.length).toBe(1);
  });

  it('counts no question of the table for the concept’s coverage', () => {
    const id = pet[0]?.conceptId;
    const coverage = bank.coverage?.find((c) => c.conceptId === id);
    expect(coverage).toBeDefined();
    expect(coverage?.questions).toBe(pet.filter((q) => !fromTable(q)).length);
  });
});
