/** A list under `What it does **not** do:` says what the concept does not do: none of it is true of it. */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { labelKind } from '../../../src/quiz/notes/labels.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

const doc = parseNotes(
  inline(
    [
      '# RTOS',
      '',
      '## 10. volatile',
      '',
      '`volatile` tells the compiler that every read and write of this object is observable.',
      '',
      'What it does **not** do:',
      '',
      '- Make read-modify-write atomic.',
      '- Guarantee a 64-bit variable is read in one go on a 32-bit MCU (torn reads).',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| volatile | Every access is observable | Makes counter++ atomic × |',
    ],
    'rtos.en.md',
  ),
);

describe('cannot-label', () => {
  it('reads `What it does not do` and its Japanese kin as a list of what the concept does not do', () => {
    for (const label of ['What it does not do', "What it doesn't do", 'しないこと', 'できないこと'])
      expect(labelKind(label), label).toBe('cannot');
  });

  it('keeps the list’s items out of the concept’s true statements (reading 47 keyed one to volatile)', () => {
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const facts = conceptFacts(doc, concept);
    const torn = (t: string): boolean => t.includes('64-bit');
    expect(facts.trues.some((f) => torn(f.text))).toBe(false);
    expect(facts.cannots.some((f) => torn(f.text))).toBe(true);
  });
});
