/** learner-voice: a misconception voiced in the first person is said in the second. */
import { describe, expect, it } from 'vitest';
import { inSecondPerson, VOICE_RULES } from '../../../src/quiz/text/learner-voice.ts';

describe('learner-voice', () => {
  it('says the holder of a misconception as `you`', () => {
    expect(inSecondPerson('The GIL makes my program thread-safe')).toBe(
      'The GIL makes your program thread-safe',
    );
    expect(inSecondPerson('A stop-loss guarantees I exit at the stop price')).toBe(
      'A stop-loss guarantees you exit at the stop price',
    );
    expect(inSecondPerson("We're not an EU company so it doesn't apply")).toBe(
      "You're not an EU company so it doesn't apply",
    );
    expect(inSecondPerson('If I’m very bullish on the stock, the fair call price is higher')).toBe(
      'If you’re very bullish on the stock, the fair call price is higher',
    );
    expect(inSecondPerson('I am covered once I was filled')).toBe(
      'You are covered once you were filled',
    );
    expect(inSecondPerson('Using an asset we already own is free')).toBe(
      'Using an asset you already own is free',
    );
    expect(inSecondPerson('Anything receding faster than light is invisible to us')).toBe(
      'Anything receding faster than light is invisible to you',
    );
  });

  it('leaves what is no first-person pronoun', () => {
    expect(inSecondPerson('A Type I error rejects a true null')).toBe(
      'A Type I error rejects a true null',
    );
    expect(inSecondPerson('I/O waits release the GIL, i.e. other threads run')).toBe(
      'I/O waits release the GIL, i.e. other threads run',
    );
    expect(inSecondPerson('US law applies to it')).toBe('US law applies to it');
    expect(inSecondPerson('Phase I trials test efficacy')).toBe('Phase I trials test efficacy');
    expect(inSecondPerson('A coal mine is a mine')).toBe('A coal mine is a mine');
    expect(inSecondPerson('I means intermediate/unreliable, so avoid it')).toBe(
      'I means intermediate/unreliable, so avoid it',
    );
    // Quoted words are someone's own: `first-person` does not read them either.
    expect(inSecondPerson('Committing offset N means "I processed N"')).toBe(
      'Committing offset N means "I processed N"',
    );
    expect(inSecondPerson('“I didn’t know it was illegal” is a defense for my client')).toBe(
      '“I didn’t know it was illegal” is a defense for your client',
    );
    expect(inSecondPerson('Breakpoints (S / “I” / R): “I” means intermediate')).toBe(
      'Breakpoints (S / “I” / R): “I” means intermediate',
    );
  });

  it('has an example for each rule, and reads a line of 1 MB once', () => {
    for (const rule of VOICE_RULES) expect(rule.example).toContain('→');
    const long = `${'we '.repeat(300_000)}win`;
    expect(inSecondPerson(long)).toBe(`${'you '.repeat(300_000)}win`);
  });
});
