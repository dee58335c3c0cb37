import { describe, expect, it } from 'vitest';
import {
  comparisonIndex,
  comparisonKeys,
  comparisonsNaming,
} from '../../../src/quiz/notes/comparison-index.ts';
import { comparisonMentions } from '../../../src/quiz/notes/heading-match.ts';
import { matchKey } from '../../../src/quiz/text/normalize.ts';
import type { Section } from '../../../src/quiz/types.ts';

const section = (heading: string, line: number): Section =>
  ({ heading, line, level: 2, body: '', misconceptions: [] }) as unknown as Section;

describe('comparisonIndex', () => {
  const sections = [
    section('SOA vs MSA', 1),
    section('サーガ', 5),
    section('オーケストレーション型 vs コレオグラフィ型', 9),
    section('GraphQL vs REST', 13),
  ];
  const index = comparisonIndex(sections);

  it('keys each side by its names and by them without a kind word', () => {
    expect(comparisonKeys('オーケストレーション型')).toContain(matchKey('オーケストレーション'));
    expect(index.get('msa')).toEqual([0]);
    expect(index.get(matchKey('コレオグラフィ'))).toEqual([2]);
    expect(index.get(matchKey('サーガ'))).toBeUndefined();
  });

  it('finds what scoring every comparison heading finds, but the primary one', () => {
    for (const names of [['MSA'], ['コレオグラフィ'], ['REST', 'SOA'], ['gRPC']]) {
      const scored = sections.filter(
        (s) => s.heading !== 'SOA vs MSA' && comparisonMentions(s.heading, names),
      );
      expect(comparisonsNaming(sections, index, names, 'SOA vs MSA')).toEqual(scored);
    }
  });
});
