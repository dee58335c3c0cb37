/** `shared-section`: a heading that names two concepts speaks of each in turn. */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import {
  opensOnOtherTerm,
  otherHeadingTerms,
  othersInHeading,
  runInOwner,
  saidOfOther,
  spokenNames,
} from '../../../src/quiz/facts/shared-section.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import type { Concept, Section } from '../../../src/quiz/types.ts';
import { inline } from '../notes-helpers.ts';

const doc = parseNotes(
  inline([
    '# 取り消し',
    '',
    '## revert と reset',
    '',
    '**reset**：ブランチの指す先を過去のコミットに動かす。',
    '',
    'push 済みのブランチを reset すると、force push が必要になり、他の人の履歴と食い違う。',
    '',
    '- × revert は対象コミットを履歴から削除する（打ち消しコミットを足すだけで、元のコミットは残る）',
    '- × reset は push 済みでも他の人に影響しない（force push が必要になり、他の人の履歴とずれる）',
    '',
    '## まとめ',
    '',
    '| 概念 | 正しい理解 | よくある誤解 |',
    '|---|---|---|',
    '| revert | 打ち消しの**新しいコミット**を追加する | 対象コミットを履歴から削除する × |',
    '| reset | ブランチの**指す先を動かす** | push 済みでも他の人に影響しない × |',
  ]),
);
const named = (name: string): Concept => {
  const c = doc.concepts.find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
};

describe('shared-section', () => {
  it('finds the other concept the heading names, not a part of the concept’s own name', () => {
    const revert = named('revert');
    const section = doc.sections.find((s) => s.heading === 'revert と reset') ?? null;
    expect(othersInHeading(section, revert, doc.concepts).map((c) => c.name)).toEqual(['reset']);
    const utcDoc = parseNotes(
      inline([
        '# Time',
        '## UTC offset',
        'The difference from UTC at one instant.',
        '## Summary',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| UTC | The **reference** time scale | Changes with DST × |',
        '| UTC offset | The **difference** from UTC | Names a zone × |',
      ]),
    );
    const offset = utcDoc.concepts.find((c) => c.name === 'UTC offset') as Concept;
    const own = utcDoc.sections.find((s) => s.heading === 'UTC offset') ?? null;
    expect(othersInHeading(own, offset, utcDoc.concepts)).toEqual([]);
  });

  it('gives the lines about the other concept to it, not to this one', () => {
    const facts = conceptFacts(doc, named('revert'));
    const texts = [...facts.trues, ...facts.falses].map((f) => f.text);
    expect(texts.some((t) => t.includes('reset'))).toBe(false);
    expect(texts.some((t) => t.includes('force push'))).toBe(false);
    expect(texts).toContain('打ち消しコミットを足すだけで、元のコミットは残る');
  });

  it('keeps the term’s definition, and gives a line that names neither to neither', () => {
    const reset = conceptFacts(doc, named('reset')).trues.map((t) => t.source);
    expect(reset).toContain('definition');
    const lab = parseNotes(
      inline([
        '# 計測',
        '## ラボデータとフィールドデータ',
        '',
        'ラボデータは決まった端末で測る。再現できるので改善の確認に向く。',
        '',
        'フィールドデータは実ユーザーから集めた値。',
        '',
        '計測の条件は記録に残しておくと比較しやすい。',
        '',
        '## まとめ',
        '',
        '| 概念 | 正しい理解 | よくある誤解 |',
        '|---|---|---|',
        '| ラボデータ | **決まった環境**で再現できる計測 | 実ユーザーも速い × |',
        '| フィールドデータ | **実ユーザー**の値 | 開発者のPCで測れる × |',
      ]),
    );
    const concept = lab.concepts.find((c) => c.name === 'ラボデータ') as Concept;
    expect(concept.section).toBe('ラボデータとフィールドデータ');
    const trues = conceptFacts(lab, concept).trues.map((t) => t.text);
    expect(trues).toContain('再現できるので改善の確認に向く');
    expect(trues.some((t) => t.includes('計測の条件'))).toBe(false);
    expect(trues.some((t) => t.includes('実ユーザーから'))).toBe(false);
  });

  it('reads names whole: IN of a name is not the IN of the other’s NOT IN', () => {
    const semi = { ...named('revert'), name: 'セミ結合（EXISTS / IN）', aliases: [] };
    const anti = { ...named('reset'), name: 'アンチ結合（NOT EXISTS / NOT IN）', aliases: [] };
    expect(spokenNames(anti)).toEqual([
      'アンチ結合（NOT EXISTS / NOT IN）',
      'アンチ結合',
      'NOT EXISTS',
      'NOT IN',
    ]);
    expect(saidOfOther('NOT IN と NOT EXISTS は常に同じ結果', semi, [anti])).toBe(true);
    expect(saidOfOther('EXISTS なら左の行は1回だけ、NOT IN とは違う', semi, [anti])).toBe(false);
  });

  it('reads a 1 MB line in linear time', () => {
    const anti = { ...named('reset'), name: 'NOT IN', aliases: [] };
    expect(saidOfOther(`${'NOT I '.repeat(200_000)}NOT IN`, named('revert'), [anti])).toBe(true);
  });
});

describe('names-only-other: a × bullet under a subsection of a heading that names two concepts', () => {
  // `## NaN and signed zero` holds `### NaN` and `### Signed zero`; the list under the second
  // holds NaN's misconception too. `x == NaN detects a NaN` was asked about Signed zero.
  const doc = parseNotes(
    inline([
      '# Floating point',
      '',
      '## NaN and signed zero',
      '',
      '### NaN',
      '',
      'NaN is produced by invalid operations such as 0/0.',
      '',
      '### Signed zero',
      '',
      'IEEE 754 has +0.0 and -0.0, and they compare equal.',
      '',
      'Common misconceptions:',
      '',
      '- × x == NaN detects a NaN (always false)',
      '- × -0.0 compares unequal to 0.0 (they compare equal)',
      '',
      '## Rounding',
      '',
      'Results are rounded to the nearest double.',
      '',
      '- × Each result is off by a random amount, as NaN is (results are deterministic)',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| NaN | Not equal to itself | NaN stops the program ×; NaN has one bit pattern × |',
      '| Signed zero | -0.0 == 0.0 but 1/-0.0 is -Inf | -0.0 is a bug × |',
      '| Rounding | Nearest double | Rounding is random × |',
    ]),
  );
  const falsesOf = (name: string): string[] => {
    const concept = doc.concepts.find((c) => c.name === name);
    if (!concept) throw new Error(`no ${name}`);
    return conceptFacts(doc, concept).falses.map((f) => f.text);
  };

  it('is no misconception of the subsection’s concept when it names only the other', () => {
    expect(falsesOf('Signed zero').some((t) => /detects a nan/i.test(t))).toBe(false);
    expect(falsesOf('Signed zero')).toContain('-0.0 compares unequal to 0.0');
  });

  it('keeps a bullet naming another concept in a section under no shared heading', () => {
    expect(falsesOf('Rounding')).toContain('Each result is off by a random amount, as NaN is');
  });
});

describe('run-in-title', () => {
  const doc = parseNotes(
    inline([
      '# GraphQL',
      '',
      '## 8. Introspection and query cost',
      '',
      '**Introspection**: the `__schema` meta-field returns the full schema. Authorization has to be done in resolvers.',
      '',
      '**Query cost.** A single request can nest lists at every level. Counting requests is not enough.',
      '',
      '- Mandatory pagination arguments with a maximum.',
      '- × Rate limiting by requests per minute protects a GraphQL API (one request can cost as much as thousands)',
      '- × Turning off introspection secures the API (it is hardening, not authorization)',
      '',
      '## Summary',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Introspection | `__schema` exposes the schema | Disabling it secures the API × |',
      '| Query cost limits | One request can be arbitrarily expensive | Per-request rate limiting is enough × |',
    ]),
  );
  const factsOf = (name: string): { trues: string[]; falses: string[] } => {
    const concept = doc.concepts.find((c) => c.name === name);
    if (!concept) throw new Error(`no ${name}`);
    const f = conceptFacts(doc, concept);
    return { trues: f.trues.map((t) => t.text), falses: f.falses.map((t) => t.text) };
  };

  it('gives the lines under a bold title to the concept the title names, named or not', () => {
    const cost = factsOf('Query cost limits');
    expect(cost.falses).toContain('Rate limiting by requests per minute protects a GraphQL API');
    const intro = factsOf('Introspection');
    expect(intro.falses).not.toContain(
      'Rate limiting by requests per minute protects a GraphQL API',
    );
    expect(intro.trues.some((t) => t.includes('A single request'))).toBe(false);
  });

  it('still gives a line under the title that names the other concept to that one', () => {
    expect(factsOf('Query cost limits').falses.some((t) => /introspection/i.test(t))).toBe(false);
  });

  it('reads no title as a statement: the sentence after it opens the section', () => {
    const section = doc.sections.find((s) => s.heading.startsWith('8.'));
    expect(section?.intro).toBe('A single request can nest lists at every level.');
    expect(section?.runIns?.map((r) => r.title)).toEqual(['Introspection', 'Query cost']);
    expect(factsOf('Query cost limits').trues).not.toContain('Query cost');
  });

  it('finds the title above a line by a binary search: 100,000 titles, 100,000 lines, linear time', () => {
    const [alpha, beta] = doc.concepts;
    if (!alpha || !beta) throw new Error('two concepts');
    const section = doc.sections.find((s) => s.heading.startsWith('8.'));
    if (!section) throw new Error('no section');
    const runIns = Array.from({ length: 100_000 }, (_, i) => ({
      title: i % 2 ? 'Query cost' : 'Introspection',
      line: section.line + 1 + 2 * i,
    }));
    const many = { ...section, runIns, endLine: section.line + 300_000 };
    const before = process.cpuUsage();
    let owned = 0;
    for (let i = 0; i < 100_000; i++)
      if (runInOwner(many, section.line + 2 + 2 * i, [alpha, beta]) === beta) owned++;
    const used = process.cpuUsage(before);
    expect(owned).toBe(50_000);
    // A scan of every title per line would take minutes; a search takes well under a second.
    expect((used.user + used.system) / 1000).toBeLessThan(2_000);
  });
});

describe('other-heading-term', () => {
  const notes = parseNotes(
    inline([
      '# 地下水',
      '',
      '## 透水係数と固有透過度',
      '',
      '水の通しやすさを表す。',
      '',
      '- 透水係数 K: 地層と流体の性質。水温で粘性が変わると K も変わる',
      '- 固有透過度 k: 地層（間隙の大きさ・つながり方）だけで決まる',
      '- 同じ地層でも水平方向と鉛直方向で違う',
      '',
      '## Expires and Max-Age',
      '',
      'Max-Age is seconds from now; Expires is an absolute date.',
      '',
      '## まとめ',
      '',
      '| 概念 | 正しい理解 | よくある誤解 |',
      '|---|---|---|',
      '| 透水係数 | 地層と流体の両方で決まる | 地層固有の定数 × |',
      '| Expires / Max-Age | Max-Age wins when both are set | Expires always wins × |',
    ]),
  );
  const of = (name: string) => {
    const c = notes.concepts.find((x) => x.name === name);
    if (!c) throw new Error(name);
    return conceptFacts(notes, c).trues.map((f) => f.text);
  };

  it('gives no line that opens on a term the heading joins to the concept', () => {
    // 固有透過度's definition is no statement of 透水係数: it says the misconception of the row.
    const trues = of('透水係数');
    expect(trues.some((t) => t.startsWith('固有透過度'))).toBe(false);
    expect(trues.some((t) => t.startsWith('同じ地層でも'))).toBe(true);
  });

  it('keeps a line that opens on a part of the concept’s own name', () => {
    expect(of('Expires / Max-Age').some((t) => t.startsWith('Max-Age is seconds'))).toBe(true);
  });

  it('reads a heading of a megabyte cut at every joiner, and each line, in linear time', () => {
    const heading = `Cache and ${'ab / '.repeat(200_000)}end`;
    const section = { ...(notes.sections[0] as Section), heading };
    const cache: Concept = { ...(notes.concepts[0] as Concept), name: 'Cache', aliases: [] };
    const started = performance.now();
    const terms = otherHeadingTerms(section, cache);
    for (let i = 0; i < 400; i++)
      opensOnOtherTerm(`Copy ${i} ${'stays close '.repeat(1_000)}`, terms);
    expect(terms.length).toBeLessThanOrEqual(6);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
