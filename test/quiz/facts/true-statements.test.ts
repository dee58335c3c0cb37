import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { inline } from '../notes-helpers.ts';

const notes = inline(
  [
    '# Promises',
    '',
    '### Promise',
    '',
    'An object for a value that may not be available yet, settled once as fulfilled or rejected.',
    '',
    '**Features**:',
    '',
    '- `then` callbacks always run asynchronously, even when the promise is already settled',
    '- descheduler or a rollout rebalances them later',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Promise | a value that may not be available yet | starts a new thread × |',
  ],
  'promise.en.md',
);

describe('true statements', () => {
  it('keep a feature that opens on code in lower case, and drop a piece cut from a sentence', () => {
    const doc = parseNotes(notes);
    const concept = doc.concepts[0];
    if (!concept) throw new Error('no concept');
    const trues = conceptFacts(doc, concept).trues.map((f) => f.text);
    expect(trues).toContain(
      'then callbacks always run asynchronously, even when the promise is already settled',
    );
    expect(trues.some((t) => t.startsWith('descheduler'))).toBe(false);
  });
});
