import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/quiz/facts/fact.ts';
import { shorterTruth } from '../../../src/quiz/generate/shorter-truth.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

const doc = parseNotes(
  inline([
    '# Lung function',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Spirometry | FEV1/FVC tells obstruction from restriction | FEV1 alone makes the diagnosis × |',
  ]),
);
const spirometry = doc.concepts[0];

const fact = (text: string): Fact => ({
  keys: ['k'],
  conceptId: spirometry?.id ?? 'c',
  text,
  truth: true,
  why: null,
  source: 'sentence',
  evidence: { file: 'notes.md', line: 1, words: text },
  section: null,
});

describe('shorterTruth', () => {
  if (!spirometry) throw new Error('no concept');

  it('shorter-beside-short: offers a long truth in its first clause too', () => {
    const long = fact(
      'Obstruction shows up as a low ratio, because the air comes out slowly through narrowed airways',
    );
    expect(shorterTruth(long, 'en', spirometry)).toContain('Obstruction shows up as a low ratio');
  });

  it('cut-leans-not: no clause that leans on what was cut (`lowers both` of what?)', () => {
    const both = fact('Restriction (e.g. fibrosis) lowers both, so the ratio is normal or high');
    expect(shorterTruth(both, 'en', spirometry)).not.toContain(
      'Restriction (e.g. fibrosis) lowers both',
    );
  });
});
