/**
 * A row's misconception that is an English sentence in full is not written out as the section's
 * one × bullet when that bullet is another misconception (`sole-bullet`); and an English true
 * statement is the answer to a wrong one only when it covers its words beside the concept's name.
 */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { factsNamed, inline } from '../notes-helpers.ts';

const notes = parseNotes({
  path: 'go.en.md',
  text: [
    '# Go notes',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| context.Context | Carries cancellation and deadlines across API boundaries | Cancelling a context stops the goroutines using it by force |',
    '| Goroutine | A function running concurrently on a few OS threads | Goroutines are free |',
    '',
    '## context.Context',
    '',
    'A context is passed as the first argument. Cancelling it closes its Done() channel.',
    '',
    'Common misconceptions:',
    '',
    '- × Storing a context in a struct field is the usual way to pass it (pass it as a parameter)',
    '',
    '## Goroutine',
    '',
    'A goroutine starts with a go statement in front of a call.',
    '',
    'Common misconceptions:',
    '',
    '- × Starting a goroutine is as costly as starting a thread',
    '',
  ].join('\n'),
});
const facts = (name: string) => {
  const concept = notes.concepts.find((c) => c.name === name);
  if (!concept) throw new Error(name);
  return conceptFacts(notes, concept);
};

describe('a full English sentence as a row misconception', () => {
  it('stays itself, and the × bullet keeps its own correction', () => {
    const falses = facts('context.Context').falses;
    const cell = falses.find((f) => f.source === 'summary-misconception');
    expect(cell?.text).toBe('Cancelling a context stops the goroutines using it by force');
    expect(cell?.why).not.toBe('pass it as a parameter');
    const bullet = falses.find((f) => f.text.startsWith('Storing a context'));
    expect(bullet?.why).toBe('pass it as a parameter');
  });
});

describe('the notes’ answer to a wrong English statement', () => {
  it('is not a sentence that shares only the name and one verb with it', () => {
    const wrong = facts('Goroutine').falses.find((f) => f.text.startsWith('Starting a goroutine'));
    expect(wrong).toBeDefined();
    expect(wrong?.why ?? '').not.toContain('starts with a go statement');
  });
});

describe('adjective-predicate: a cell that claims a property is a statement', () => {
  it('keeps `Mutations are transactional`, and still refuses the bare noun `A database`', () => {
    const doc = parseNotes(
      inline([
        '# API',
        '',
        '| Concept | Reality | Myths |',
        '|---|---|---|',
        '| Mutations | Top-level mutation fields run serially | Mutations are transactional × |',
        '| Queue | Holds messages until consumed | A database × |',
        '',
        '## Mutations',
        '',
        'Serial execution does not mean atomic.',
      ]),
    );
    const falses = (name: string) => factsNamed(doc, name).falses;
    expect(
      falses('Mutations').find((f) => f.text === 'Mutations are transactional')?.unusable,
    ).toBe(undefined);
    expect(falses('Queue').find((f) => f.text === 'A database')?.unusable).toBe(
      'a bare noun, not a statement',
    );
  });
});
