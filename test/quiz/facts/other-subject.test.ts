/**
 * `other-subject`: a × bullet whose subject is another concept, and whose name of this concept is
 * only a part of that other's longer name, is said of that other (`The sliding window counter is
 * exact` is no misconception of Fixed window counter, whose `window counter` it holds).
 */
import { describe, expect, it } from 'vitest';
import { usable } from '../../../src/quiz/facts/fact.ts';
import { parseNotes } from '../../../src/quiz/notes/parse-notes.ts';
import { factsNamed, inline } from '../notes-helpers.ts';

const doc = parseNotes(
  inline([
    '# Rate limiting',
    '',
    '## Window algorithms',
    '',
    'A fixed window counter keeps one counter per calendar window. A sliding window counter weights the previous window by its overlap.',
    '',
    '- × A fixed window of 100/min never admits more than 100 requests in any minute (up to 2× across a boundary)',
    '- × The sliding window counter is exact (it is an approximation)',
    '',
    '## Summary',
    '',
    '| Concept | Correct understanding | Common misconceptions |',
    '|---|---|---|',
    '| Fixed window counter | One counter per calendar window, reset at the boundary | It never lets more than the limit through in any 60 s span<br>It is exact |',
    '| Sliding window counter | Weights the previous window by its overlap | It is exact |',
  ]),
);

describe('other-subject', () => {
  it("leaves another concept's bullet out of a concept whose name it holds a part of", () => {
    const fixed = usable(factsNamed(doc, 'Fixed window counter').falses).map((f) => f.text);
    expect(fixed.some((t) => t.includes('100/min'))).toBe(true);
    expect(fixed.some((t) => t.toLowerCase().includes('sliding window counter'))).toBe(false);
  });
});

describe('other-subject for true statements (reading 39)', () => {
  const notes = parseNotes(
    inline([
      '# Op-amps',
      '',
      '| Concept | Correct understanding | Common misconceptions |',
      '|---|---|---|',
      '| Slew rate | Max dV/dt of the output | Slew rate and bandwidth are the same limit |',
      '| Gain–bandwidth product | Closed-loop bandwidth ≈ GBW / noise gain | The bandwidth is GBW / signal gain |',
      '',
      '## Slew rate',
      '',
      '- A slew-limited sine turns into a triangle: a large-signal, nonlinear effect',
      '- Gain–bandwidth product is a small-signal, linear limit that only shrinks the output',
      '- Which bites first depends on amplitude, not on the Gain–bandwidth product alone',
      '',
      '## Gain–bandwidth product',
      '',
      '- Gain times frequency stays roughly constant for a dominant-pole op-amp',
    ]),
  );

  it('leaves out a sentence of the section whose subject is another concept', () => {
    const slew = usable(factsNamed(notes, 'Slew rate').trues).map((f) => f.text);
    expect(slew.some((t) => t.includes('large-signal'))).toBe(true);
    expect(slew.some((t) => t.startsWith('Gain–bandwidth product is'))).toBe(false);
    // Named in passing, not as the subject: still this section's statement.
    expect(slew.some((t) => t.startsWith('Which bites first'))).toBe(true);
  });
});
