import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { comparesSeveral, tableOrderSections } from '../../../src/quiz/notes/table-order.ts';
import type { Section } from '../../../src/quiz/types.ts';
import { inline } from '../notes-helpers.ts';

/** Notes whose sections follow the table's rows, one heading naming its row in other words. */
function tokenizerNotes(middleHeading: string, extra: readonly string[] = []) {
  return parseNotes(
    inline([
      '# Tokenizers',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Special tokens | Control tokens with reserved IDs | A special token is just a string ×; any text can become one × |',
      '| Tokenizer–model coupling | Token IDs index the model’s embedding rows | Any tokenizer gives the same IDs × |',
      '| Normalization | NFKC and lowercasing happen before tokenization | Decoding always returns the original text × |',
      '',
      '### 10. Special tokens',
      '',
      'BOS, EOS and PAD have reserved IDs.',
      '',
      ...extra,
      `### ${middleHeading}`,
      '',
      'A model only works with the tokenizer it was trained with.',
      '',
      '- × Swapping in another tokenizer changes only the token count (the IDs point at other embedding rows)',
      '',
      '### 12. Normalization and reversibility',
      '',
      'Normalization can make decoding lossy.',
    ]),
  );
}

const sectionOf = (doc: ReturnType<typeof parseNotes>, name: string) =>
  doc.concepts.find((c) => c.name === name)?.section ?? null;

describe('table-order: a section placed between its neighbours’ sections', () => {
  it('gives the row between two placed rows the one section between theirs', () => {
    // Reading 72: `### 11. The tokenizer belongs to the model` names `Tokenizer–model
    // coupling` in other words; the concept had no section and got no question.
    const doc = tokenizerNotes('11. The tokenizer belongs to the model');
    expect(sectionOf(doc, 'Tokenizer–model coupling')).toBe(
      '11. The tokenizer belongs to the model',
    );
    const coupling = doc.concepts.find((c) => c.name === 'Tokenizer–model coupling');
    if (!coupling) throw new Error('no concept');
    expect(conceptFacts(doc, coupling).falses.map((f) => f.text)).toContain(
      'Swapping in another tokenizer changes only the token count',
    );
  });

  it('leaves a section headed as a comparison of several things to no one', () => {
    const doc = tokenizerNotes('11. Comparison of tokenizers');
    expect(sectionOf(doc, 'Tokenizer–model coupling')).toBeNull();
  });

  it('says nothing when the sections between are more than the rows between', () => {
    const doc = tokenizerNotes('11. The tokenizer belongs to the model', [
      '### 10b. Chat templates',
      '',
      'Role markers are special tokens too.',
      '',
    ]);
    expect(sectionOf(doc, 'Tokenizer–model coupling')).toBeNull();
  });

  it('reads deeper headings between as parts of a section, not sections of their own', () => {
    const doc = tokenizerNotes('11. The tokenizer belongs to the model', [
      '#### Chat templates',
      '',
      'Role markers are special tokens too.',
      '',
    ]);
    expect(sectionOf(doc, 'Tokenizer–model coupling')).toBe(
      '11. The tokenizer belongs to the model',
    );
  });
});

/** A section at `level` with `heading` and nothing else. */
function section(heading: string, level = 3): Section {
  return { heading, level, line: 1, body: '', points: [], misconceptions: [], path: [heading] };
}

describe('tableOrderSections', () => {
  const a = section('A');
  const b1 = section('Something else');
  const b2 = section('Another thing');
  const c = section('C');
  const placed = (s: Section) => ({ section: s, via: 'heading' });
  const none = { section: null, via: null };

  it('gives a run of rows the sections between in turn', () => {
    const found = tableOrderSections([placed(a), none, none, placed(c)], [a, b1, b2, c]);
    expect([...found]).toEqual([
      [1, b1],
      [2, b2],
    ]);
  });

  it('needs both neighbours placed by a heading that names them', () => {
    expect(tableOrderSections([none, placed(b1), placed(c)], [a, b1, c]).size).toBe(0);
    expect(tableOrderSections([placed(a), none], [a, b1]).size).toBe(0);
    const defined = { section: a, via: 'definition' };
    expect(tableOrderSections([defined, none, placed(c)], [a, b1, c]).size).toBe(0);
  });

  it('does not cross a heading above the neighbours’ level', () => {
    const chapter = section('Part two', 2);
    expect(tableOrderSections([placed(a), none, placed(c)], [a, chapter, b1, c]).size).toBe(0);
  });

  it('takes no section another row has', () => {
    const found = tableOrderSections(
      [placed(a), none, placed(c), { section: b1, via: 'definition' }],
      [a, b1, c],
    );
    expect(found.size).toBe(0);
  });

  it('stays linear on thousands of rows and sections', () => {
    const sections = Array.from({ length: 20_000 }, (_, i) => section(`S${i}`));
    const matches = sections.map((s, i) => (i % 2 === 0 ? placed(s) : none));
    const started = performance.now();
    // Every odd row but the last lies between two placed rows.
    expect(tableOrderSections(matches, sections).size).toBe(9_999);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stays linear when placed rows’ sections alternate far apart over deep headings', () => {
    // Rows placed at sections 0, N, 1, N-1, … each with one unplaced row after: every pair
    // spans most of the notes, and only deeper headings stand between.
    const n = 20_000;
    const sections = Array.from({ length: n }, (_, i) => section(`S${i}`, i % 100 === 0 ? 3 : 4));
    const tops = sections.filter((s) => s.level === 3);
    const order: Section[] = [];
    for (let lo = 0, hi = tops.length - 1; lo <= hi; lo++, hi--) {
      order.push(tops[lo] as Section);
      if (hi !== lo) order.push(tops[hi] as Section);
    }
    const matches = order.flatMap((s) => [placed(s), none]);
    const started = performance.now();
    tableOrderSections(matches, sections);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('comparesSeveral', () => {
  it.each([
    ['5. インデックス方式の比較', true],
    ['A comparison of index types', true],
    ['How BPE and Unigram differ: differences', true],
    ['11. The tokenizer belongs to the model', false],
    ['7. Sessions: server-side store vs tokens in cookies', false],
    ['Comparator functions', false],
  ])('%s → %s', (heading, expected) => {
    expect(comparesSeveral(heading)).toBe(expected);
  });
});
