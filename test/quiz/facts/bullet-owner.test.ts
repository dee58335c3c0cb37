/**
 * `bullet-of-another-row` (facts/bullet-owner.ts): a × bullet that says another concept's row
 * misconception belongs to that concept, wherever the notes put it.
 */
import { describe, expect, it } from 'vitest';
import { withBulletsOfOtherRows } from '../../../src/quiz/facts/bullet-owner.ts';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import type { NotesDocument } from '../../../src/quiz/types.ts';
import { inline } from '../notes-helpers.ts';

/** The wrong statements of each concept, by name, after the bullets are placed. */
function falsesByName(doc: NotesDocument): Map<string, string[]> {
  const facts = withBulletsOfOtherRows(
    new Map(doc.concepts.map((c) => [c.id, conceptFacts(doc, c)])),
  );
  return new Map(
    doc.concepts.map((c) => [c.name, (facts.get(c.id)?.falses ?? []).map((f) => f.text)]),
  );
}

const solvers = parseNotes(
  inline([
    '# Numerical linear algebra',
    '',
    '## Notes',
    '',
    '### 10. Sparse matrices and iterative solvers',
    '',
    'Large problems from graphs and PDEs are mostly zeros.',
    '',
    '#### Direct solvers and fill-in',
    '',
    'Sparse LU and Cholesky create fill-in: entries that were zero in A become nonzero.',
    '',
    '#### Iterative solvers',
    '',
    '- **Conjugate gradient (CG)**: for SPD matrices; iterations scale like √κ',
    '- **GMRES, BiCGSTAB**: for non-symmetric systems',
    '',
    '**Common misconceptions**:',
    '',
    '- × CG needs n iterations to be useful (convergence depends on √κ and eigenvalue clustering)',
    '- × Sparse direct solvers keep the factors as sparse as A (fill-in can be massive)',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Sparse direct solvers | **Ordering controls fill-in** | Factors stay as sparse as A × |',
    '| Conjugate gradient | SPD only; iterations scale with **√κ** | Needs n iterations × |',
  ]),
);

describe('bullet-of-another-row', () => {
  it('gives a bullet to the concept whose row misconception it says (CG under "Iterative solvers")', () => {
    const falses = falsesByName(solvers);
    expect(falses.get('Conjugate gradient')).toContain('CG needs n iterations to be useful');
    expect(falses.get('Sparse direct solvers')).not.toContain('CG needs n iterations to be useful');
  });

  it('keeps a bullet that says the opposite of the other row’s cell (`…できない` is no `…もできる`)', () => {
    const doc = parseNotes(
      inline([
        '# GC',
        '',
        '## マーク&スイープ',
        '',
        'ルートから辿れるオブジェクトに印を付け、印のないものを回収する。',
        '',
        '- × 循環参照は回収できない（辿れなければ循環していても回収される）',
        '- × 一度の回収で全メモリを走査しない（ヒープ全体を辿る）',
        '',
        '## 参照カウント',
        '',
        '参照の数を数え、0になったら回収する。',
        '',
        '## まとめ',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| マーク&スイープ | 到達可能性で判定 | 停止しない × |',
        '| 参照カウント | 0で即回収、循環は回収できない | 循環参照も回収できる × |',
      ]),
    );
    const falses = falsesByName(doc);
    expect(falses.get('マーク&スイープ')).toContain('循環参照は回収できない');
    expect(falses.get('参照カウント')).not.toContain('循環参照は回収できない');
  });

  it('keeps a bullet that names its own concept and not the other', () => {
    const doc = parseNotes(
      inline([
        '# Indexes',
        '',
        '## 複合インデックス',
        '',
        '複数の列をまとめた索引。',
        '',
        '- × 単一列インデックスを2つ作れば複合インデックスと同じ（列の順序で使える検索が決まる）',
        '- × 列の順序は関係ない（先頭の列から使われる）',
        '',
        '## 式インデックス',
        '',
        '式の結果に張る索引。',
        '',
        '## まとめ',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| 複合インデックス | 列の順序が効く | 更新が速くなる × |',
        '| 式インデックス | 式と同じ形の条件で使われる | 単一列インデックスを2つ作れば足りる × |',
      ]),
    );
    const falses = falsesByName(doc);
    expect(falses.get('複合インデックス')).toContain(
      '単一列インデックスを2つ作れば複合インデックスと同じ',
    );
    expect(falses.get('式インデックス')).not.toContain(
      '単一列インデックスを2つ作れば複合インデックスと同じ',
    );
  });

  it('gives no bullet to a row whose cell opens on a pronoun unless it names that row (pronoun-cell)', () => {
    // `They're the same number` (dBi vs dBd) is only a predicate: `ERP and EIRP are the same
    // number` under EIRP and ERP said it, and was asked as dBi vs dBd's misconception (reading 74).
    const doc = parseNotes(
      inline([
        '# Radio',
        '',
        '## 1. Decibels',
        '',
        'dBd is relative to a half-wave dipole.',
        '',
        '## 3. EIRP and ERP',
        '',
        'What regulators care about is the power radiated in the main direction.',
        '',
        '- × ERP and EIRP are the same number (they differ by 2.15 dB)',
        '',
        '## Summary',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        "| dBi vs dBd | dBi = dBd + 2.15 | They're the same number |",
        '| EIRP / ERP | EIRP = Tx power - feeder loss + antenna gain | EIRP ignores the cable |',
      ]),
    );
    const falses = falsesByName(doc);
    expect(falses.get('dBi vs dBd')).not.toContain('ERP and EIRP are the same number');
    expect(falses.get('EIRP / ERP')).toContain('ERP and EIRP are the same number');
  });

  it('tells no row apart by words every row says (the index leaves them out): each bullet stays', () => {
    const rows: string[] = [];
    const sections: string[] = [];
    for (let i = 0; i < 200; i++) {
      sections.push(`## Widget ${i}`, '', `Widget ${i} renders part ${i}.`, '');
      sections.push(`- × Every widget caches its output forever (widget ${i} does not)`, '');
      rows.push(`| Widget ${i} | Renders part ${i} | Caches its output forever × |`);
    }
    const doc = parseNotes(
      inline([
        '# Widgets',
        '',
        ...sections,
        '## Summary',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        ...rows,
      ]),
    );
    const before = new Map(doc.concepts.map((c) => [c.id, conceptFacts(doc, c)]));
    const after = withBulletsOfOtherRows(before);
    for (const c of doc.concepts)
      expect(after.get(c.id)?.falses.map((f) => f.text)).toEqual(
        before.get(c.id)?.falses.map((f) => f.text),
      );
  });
});
