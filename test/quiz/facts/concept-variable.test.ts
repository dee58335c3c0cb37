/** A misconception about the concept's own letter (`Mは大きいほど安全` of Big-M) stands alone. */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

describe('concept-variable', () => {
  const doc = parseNotes(
    inline(
      [
        '# 最適化と熱力学',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| Big-M | 0/1変数で制約をオン・オフする定数。**必要最小限**にとる | Mは大きいほど安全 × |',
        '| 状態量と経路関数 | Q と W は**経路によって変わる** | QやWも状態だけで決まる × |',
        '| 緩和 | 整数条件を外した問題。下界を与える | S のどの変数も整数になる × |',
      ],
      'opt.ja.md',
    ),
  );
  const wrong = (name: string) => {
    const concept = doc.concepts.find((c) => c.name === name);
    if (!concept) throw new Error(name);
    return conceptFacts(doc, concept).falses[0];
  };

  it('keeps a letter of the concept’s name or correct cell', () => {
    expect(wrong('Big-M')?.text).toBe('Mは大きいほど安全');
    expect(wrong('Big-M')?.unusable).toBeUndefined();
    expect(wrong('状態量と経路関数')?.unusable).toBeUndefined();
  });

  it('still drops a letter the concept never introduces', () => {
    expect(wrong('緩和')?.unusable).toBe('leans on the notes around it (bare-variable)');
  });
});
