/** What a table's rows are (generate/entity-kind.ts), and the look-up stems that ask for one. */
import { describe, expect, it } from 'vitest';
import { generationContext } from '../../../src/quiz/generate/context.ts';
import { entityKind, KIND_REFUSALS } from '../../../src/quiz/generate/entity-kind.ts';
import { tableDrafts } from '../../../src/quiz/generate/table-questions.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';

/** The matrices of notes holding one table of rows with the given first header cell. */
function kindOf(label: string, language: 'ja' | 'en'): string | null {
  const text = `# Notes

## Compared

| ${label} | Speed | Cost |
|---|---|---|
| Alpha | fast | high |
| Beta | slow | low |
| Gamma | medium | none |
`;
  const doc = parseNotes({ path: `n.${language}.md`, text });
  const [m] = generationContext(doc).matrices;
  if (!m) throw new Error('no table read');
  return entityKind(m, language);
}

describe('entityKind', () => {
  it('names the rows by the first header cell, English lowercased unless an acronym', () => {
    expect(kindOf('Algorithm', 'en')).toBe('algorithm');
    expect(kindOf('Isolation level', 'en')).toBe('isolation level');
    expect(kindOf('Sub-part', 'en')).toBe('sub-part');
    expect(kindOf('QoS class', 'en')).toBe('QoS class');
    expect(kindOf('API', 'en')).toBe('API');
    expect(kindOf('指標', 'ja')).toBe('指標');
  });

  it('english-clause-kind: names no kind by a clause (reading 56: “Which what you know has …”)', () => {
    expect(kindOf('What you know', 'en')).toBeNull();
    expect(kindOf('When to use', 'en')).toBeNull();
    // A noun that merely opens on the same letters is a kind.
    expect(kindOf('Whitelist', 'en')).toBe('whitelist');
  });

  it.each(
    KIND_REFUSALS.flatMap((r) =>
      r.example
        .replace(/ \(.*\)$/, '')
        .split(', ')
        .map((label) => [r.name, label]),
    ),
  )('%s refuses %s', (_name, label) => {
    const language = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(label)
      ? 'ja'
      : 'en';
    expect(KIND_REFUSALS.some((r) => r.refuses(label, language))).toBe(true);
    expect(kindOf(label, language)).toBeNull();
  });

  it('gives none for a table of things in its columns', () => {
    const doc = parseNotes({
      path: 'n.en.md',
      text: `# Notes

## Compared

| Aspect | Alpha | Beta |
|---|---|---|
| Speed | fast | slow |
| Cost | high | low |
`,
    });
    const [m] = generationContext(doc).matrices;
    expect(m && entityKind(m, 'en')).toBeNull();
  });

  it('reads a long header cell at once', () => {
    expect(kindOf(`${'Word '.repeat(200_000)}end`, 'en')).toBeNull();
  });
});

describe('look-up stems ask for a kind, not in a table the player cannot see', () => {
  const notes = (language: 'ja' | 'en') =>
    language === 'en'
      ? `# Sorting

## Algorithms compared

| Algorithm | Worst case | Stable |
|---|---|---|
| Merge sort | n log n | yes |
| Quicksort | quadratic | no |
| Heapsort | n log n, in place | no |

## Summary

| Concept | Correct understanding | Common misconceptions |
|---|---|---|
| Quicksort | Fast on average | Always n log n × |
`
      : `# ソート

## アルゴリズムの比較

| アルゴリズム | 最悪計算量 | 安定 |
|---|---|---|
| マージソート | n log n | ○ |
| クイックソート | 二乗 | × |
| ヒープソート | n log n・追加メモリなし | × |

## まとめ

| 概念 | 正しい理解 | よくある誤解 |
|---|---|---|
| クイックソート | 平均は速い | 常に n log n × |
`;

  it('in English', () => {
    const ctx = generationContext(parseNotes({ path: 'sort.en.md', text: notes('en') }));
    const prompts = tableDrafts(ctx).drafts.map((d) => d.prompt);
    expect(prompts).toContain('Which algorithm has “quadratic” for “Worst case”?');
    expect(prompts).toContain('Which algorithm is marked yes for “Stable”?');
    for (const p of prompts) expect(p).not.toMatch(/\btable\b/);
  });

  it('in Japanese', () => {
    const ctx = generationContext(parseNotes({ path: 'sort.ja.md', text: notes('ja') }));
    const prompts = tableDrafts(ctx).drafts.map((d) => d.prompt);
    expect(prompts).toContain('アルゴリズムのうち、「最悪計算量」が「二乗」なのはどれ？');
    expect(prompts).toContain('アルゴリズムのうち、「安定」が○のものはどれ？');
    for (const p of prompts) expect(p).not.toContain('表');
  });
});

describe('kinds from a closing parenthesis and from headings', () => {
  const table = (heading: string, header: string, language: 'ja' | 'en') => {
    const doc = parseNotes({
      path: `n.${language}.md`,
      text: `# Notes\n\n## ${heading}\n\n${header}\n|---|---|---|---|\n| Speed | fast | slow | medium |\n| Cost | high | low | none |\n| Size | big | small | tiny |\n`,
    });
    const [m] = generationContext(doc).matrices;
    if (!m) throw new Error('no table read');
    return entityKind(m, language);
  };

  it('reads a first header cell without its closing parenthesis', () => {
    expect(kindOf('Clock (Linux)', 'en')).toBe('clock');
    expect(kindOf('音程（Cから）', 'ja')).toBe('音程');
    expect(kindOf('Type of a (operator)', 'en')).toBeNull();
  });

  it.each([
    ['Muscle fiber types', 'en', 'muscle fiber type'],
    ['Forms of yeast', 'en', 'form of yeast'],
    ['地震波の種類', 'ja', '地震波'],
    ['Energy systems at a glance', 'en', null],
  ] as const)('a table of things in its columns under “%s”', (heading, language, kind) => {
    expect(table(heading, '| Property | Alpha | Beta | Gamma |', language)).toBe(kind);
  });
});
