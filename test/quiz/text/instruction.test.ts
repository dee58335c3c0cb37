/** English instructions among options (text/instruction.ts). */
import { describe, expect, it } from 'vitest';
import { INSTRUCTION_RULES, isInstruction } from '../../../src/quiz/text/instruction.ts';

describe('isInstruction', () => {
  it.each(INSTRUCTION_RULES.map((r) => [r.name, r.example]))('%s reads %s', (_name, example) => {
    expect(isInstruction(example)).toBe(true);
  });

  it('reads the body after a concept label (`Fold / reduce: Always pass…`, reading 56)', () => {
    expect(isInstruction('Fold / reduce: Always pass the initial value')).toBe(true);
    expect(isInstruction('Microsegmentation: Start with observation (flow logs)')).toBe(true);
  });

  it('reads an instruction after a `Key point:` label in lower case (reading 69)', () => {
    expect(
      isInstruction('Know which one your lab/guideline uses and say it out loud on rounds'),
    ).toBe(true);
    expect(isInstruction('Key point: know which one your lab uses')).toBe(true);
    expect(isInstruction('Beware the false negative Rinne')).toBe(true);
    expect(isInstruction('Knowledge of the lab matters')).toBe(false);
  });

  it('reads past a label whose parenthesis is an aside (reading 70)', () => {
    expect(
      isInstruction("What to do (US lifesaving / NOAA advice): don't swim straight against it"),
    ).toBe(true);
    expect(
      isInstruction('Rip currents (the narrow seaward jets through the surf): pull you out'),
    ).toBe(false);
  });

  it('leaves statements, and nouns that are also verbs', () => {
    for (const text of [
      'Test coverage measures which lines ran',
      'Split brain is when two nodes both lead',
      'Limit orders rest on the book',
      'Stop words: Often kept; IDF already downweights them',
      'Never returns null',
      'Use of force is limited by proportionality',
      'A prefix code never lets one codeword begin another',
      // Japanese notes are no English instructions.
      'Cookie に Secure を付ける',
    ])
      expect(isInstruction(text)).toBe(false);
  });

  it('reads only the opening words of a long line', () => {
    expect(isInstruction(`The ${'very '.repeat(200_000)}long line`)).toBe(false);
    expect(isInstruction(`Avoid ${'x '.repeat(200_000)}`)).toBe(true);
  });
});
