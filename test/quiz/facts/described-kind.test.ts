/** Described kinds: the kind word the notes set beside a concept's name. */
import { describe, expect, it } from 'vitest';
import { DESCRIBED_KIND_RULES, describedKindKeys } from '../../../src/quiz/facts/described-kind.ts';

describe('describedKindKeys', () => {
  it('names every rule with an example', () => {
    for (const rule of DESCRIBED_KIND_RULES) {
      expect(rule.name).toMatch(/^[a-z-]+$/);
      expect(rule.example.length).toBeGreaterThan(5);
    }
  });

  it('heading-word-before and heading-aside: 工程能力指数 Cp and Ppk（工程性能指数） are indices', () => {
    expect(describedKindKeys('Cp', '8. 工程能力指数 Cp')).toContain('ja:指数');
    expect(describedKindKeys('Ppk', '10. Ppk（工程性能指数）')).toContain('ja:指数');
  });

  it('heading-word-after: a word after the name, before its aside', () => {
    expect(describedKindKeys('satisfies', '9. satisfies 演算子（TS 4.9〜）')).toContain(
      'ja:演算子',
    );
    expect(describedKindKeys('Kruskal', "Kruskal's algorithm")).toEqual(['en:algorithm']);
    expect(describedKindKeys('Ct (Cq)', '5. Ct (Cq) values')).toEqual(['en:valu']);
  });

  it('name-aside: an abbreviation’s aside spells out its kind; a worded name’s aside qualifies it', () => {
    expect(describedKindKeys('VEI（火山爆発指数）', null)).toContain('ja:指数');
    expect(describedKindKeys('対抗要件（借家）', null)).toEqual([]);
    expect(describedKindKeys('指数分布（無記憶性）', '指数分布（無記憶性）')).toEqual([]);
  });

  it('list-heading-says-no-kind: a heading naming more things says no kind of any', () => {
    expect(describedKindKeys('ミニバッチSGD', '3. ミニバッチSGDとバッチサイズ')).toEqual([]);
    expect(describedKindKeys('Load factor', '3. Load factor and resizing')).toEqual([]);
    expect(
      describedKindKeys('Min/max statistics', 'Min/max statistics and data skipping (pushdown)'),
    ).toEqual([]);
  });

  it('a Latin phrase after the name is no kind word; nor are digits and marks', () => {
    expect(describedKindKeys('NOT IN', '3. NOT IN with NULLs')).toEqual([]);
    expect(describedKindKeys('Microgravity', 'Microgravity in orbit')).toEqual([]);
    expect(describedKindKeys('プレリリース', 'プレリリース（- 以降）')).toEqual([]);
    expect(describedKindKeys('Dijkstra', "Dijkstra's algorithm (1959)")).toEqual(['en:algorithm']);
  });

  it('stays linear on a long heading', () => {
    const long = `${'工程能力指数'.repeat(50_000)} Cp（${'あ('.repeat(50_000)}）`;
    const started = performance.now();
    describedKindKeys('Cp', long);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
