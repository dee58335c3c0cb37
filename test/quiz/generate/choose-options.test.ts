/** The option-set search (generate/choose-options.ts): what it marks on the drafts it keeps. */
import { describe, expect, it } from 'vitest';
import { chooseOptions } from '../../../src/quiz/generate/choose-options.ts';
import type { Draft, DraftChoice } from '../../../src/quiz/generate/draft.ts';
import { statementDraft } from '../notes-helpers.ts';

const choice = (text: string, truth: boolean, correct = false): DraftChoice => ({
  text,
  correct,
  truth,
  why: correct ? null : 'the notes say so',
  keys: [`k:${text}`],
});

/** A misconception-about draft of the given options (the key first). */
const make = (choices: DraftChoice[]): Draft => ({
  ...statementDraft(
    'Huffman coding',
    'Which of these is a misconception about “Huffman coding”?',
    'en',
    [],
  ),
  template: 'misconception-about',
  kind: 'misconception-about',
  asksFor: 'misconception',
  choices,
});

describe('strong-absolutes: `always` on one side only, beside a milder `all`', () => {
  const key = choice('Huffman coding always reaches the entropy of the source', false, true);

  it('marks the set a filler: the review passes it, a player picks `always` at sight', () => {
    const found = chooseOptions(
      key,
      [
        choice('It assigns all symbols whole numbers of bits each', true),
        choice('Frequent symbols get shorter codes than rare ones', true),
      ],
      make,
      { names: ['Huffman coding'] },
    );
    expect(found.drafts.length).toBeGreaterThan(0);
    for (const d of found.drafts) expect(d.filler).toBe(true);
  });

  it('leaves a set whose true options hold a strong absolute too', () => {
    const found = chooseOptions(
      key,
      [
        choice('A prefix code never lets one codeword begin another one', true),
        choice('Frequent symbols get shorter codes than rare ones', true),
      ],
      make,
      { names: ['Huffman coding'] },
    );
    expect(found.drafts.some((d) => !d.filler)).toBe(true);
  });
});
