/**
 * `parallel-label` (facts/name-opening.ts): a sentence that opens on a concept's name, or the
 * first word of a name of several words, set off by a mark, says that concept's.
 */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { openedConcept } from '../../../src/quiz/facts/name-opening.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

const doc = parseNotes(
  inline([
    '# Insider trading',
    '',
    '## Misappropriation theory',
    '',
    'An outsider who trades on information taken from its source is liable (O’Hagan).',
    '',
    '**Key point**: Classical = duty to the shareholders you trade with. Misappropriation = duty to the source you took the information from.',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Classical theory | An insider trades in breach of a duty to the shareholders | Anyone who possesses MNPI is liable × |',
    '| Misappropriation theory | An outsider trades in breach of a duty to the source | Only insiders can be liable × |',
    '| Vmax | The rate at saturation | Depends on the substrate concentration × |',
  ]),
);
const [classical, misappropriation, vmax] = doc.concepts;

describe('openedConcept', () => {
  it('reads a shortened name or a whole name set off by a mark', () => {
    expect(openedConcept('Classical = duty to the shareholders', doc.concepts)).toBe(classical);
    expect(openedConcept('Misappropriation: duty to the source', doc.concepts)).toBe(
      misappropriation,
    );
    expect(openedConcept('Vmax — the rate at saturation', doc.concepts)).toBe(vmax);
  });

  it('reads no name that is the topic of its sentence, nor a first word with no mark after it', () => {
    expect(openedConcept('Vmax falls to 1/α of its value', doc.concepts)).toBeUndefined();
    expect(openedConcept('Classical music is older', doc.concepts)).toBeUndefined();
    expect(openedConcept('Duty to the source', doc.concepts)).toBeUndefined();
  });

  it('reads the first word of a long line once (a 1 MB word, then a mark)', () => {
    const long = `${'a'.repeat(1_000_000)} = b`;
    const start = performance.now();
    expect(openedConcept(long, doc.concepts)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('true statements of a key point of parallel labels', () => {
  it('gives the sentence that opens on another concept’s label to no statement of this one', () => {
    if (!misappropriation) throw new Error('no concept');
    const trues = conceptFacts(doc, misappropriation).trues.map((t) => t.text);
    // Reading 75 keyed `Classical = duty to the shareholders you trade with` to Misappropriation.
    expect(trues.some((t) => t.startsWith('Classical ='))).toBe(false);
    expect(trues.some((t) => t.startsWith('An outsider who trades'))).toBe(true);
  });
});
