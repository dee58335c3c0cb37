/** A misconception in its holder's voice is a usable wrong statement, said as `you` (learner-voice). */
import { describe, expect, it } from 'vitest';
import { conceptFacts } from '../../../src/quiz/facts/concept-facts.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { contextRule } from '../../../src/quiz/text/context-words.ts';
import { inline } from '../notes-helpers.ts';

describe('learner-voice', () => {
  const doc = parseNotes(
    inline(
      [
        '# Python threads',
        '',
        '| Concept | Correct understanding | Common misconceptions |',
        '|---|---|---|',
        '| GIL | One thread runs Python bytecode at a time | The GIL makes my program thread-safe × |',
        '| asyncio | One thread switches tasks at await | Our handlers run in parallel × |',
        '',
        '## GIL',
        '',
        'The GIL protects interpreter internals only.',
        '',
        '- × We never need locks under the GIL (compound operations still race)',
      ],
      'threads.en.md',
    ),
  );
  const falses = (name: string) => {
    const concept = doc.concepts.find((c) => c.name === name);
    if (!concept) throw new Error(name);
    return conceptFacts(doc, concept).falses;
  };

  it('keeps a row misconception and a × bullet written in the first person, as `you`', () => {
    const gil = falses('GIL');
    const cell = gil.find((f) => f.source === 'summary-misconception');
    expect(cell?.text).toBe('The GIL makes your program thread-safe');
    expect(cell?.unusable).toBeUndefined();
    const bullet = gil.find((f) => f.source === 'bullet');
    expect(bullet?.text).toBe('You never need locks under the GIL');
    expect(bullet?.unusable).toBeUndefined();
    expect(falses('asyncio')[0]?.text).toBe('Your handlers run in parallel');
  });

  it('reads a bare `it` in a misconception as the concept, not `them` (it-is-the-concept)', () => {
    const leak = parseNotes(
      inline(
        [
          '# Pools',
          '',
          '| Concept | Correct understanding | Common misconceptions |',
          '|---|---|---|',
          '| Connection leak | A borrowed connection never returned | Restarting the pods fixes it × |',
          '| Gamma | Pixel values are gamma-encoded | Averaging them is physically correct × |',
          '| Archive | Objects restored on request | A GET on an archived object waits for it × |',
        ],
        'pools.en.md',
      ),
    );
    const wrong = (name: string) => {
      const concept = leak.concepts.find((c) => c.name === name);
      if (!concept) throw new Error(name);
      return conceptFacts(leak, concept).falses[0];
    };
    expect(wrong('Connection leak')?.unusable).toBeUndefined();
    expect(wrong('Gamma')?.unusable).toBe('leans on the notes around it (bare-pronoun)');
    expect(wrong('Archive')?.unusable).toBe('leans on the notes around it (bare-pronoun)');
  });

  it('still drops a true line of the team’s own story, and reads うち after a verb as "while"', () => {
    expect(contextRule('We banned SELECT * in scheduled queries', 'en')?.name).toBe('first-person');
    expect(contextRule('うちの RDS も random_page_cost を下げてある', 'ja')?.name).toBe(
      'first-person',
    );
    expect(contextRule('症状が軽いうちは速度を落として継続する', 'ja')).toBeNull();
    expect(contextRule('汗が出ているうちは熱射病ではない', 'ja')).toBeNull();
  });
});
