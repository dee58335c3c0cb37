/**
 * The bank's last pass over its surface cues (src/quiz/generate/cue-rebalance.ts,
 * `swap-toward-chance`): a question whose cue leans the way the bank's cues do is asked with a
 * variant whose cue brings the bank back toward chance, summed and cue by cue.
 */
import { describe, expect, it } from 'vitest';
import {
  BANK_CUE_BOUND,
  BANK_CUE_SLACK,
  type CueBalanceItem,
  MAX_BOUND_SWAP_LOSS,
  MAX_SWAP_LOSS,
  rebalanceCues,
  swapMakingRoom,
} from '../../../src/quiz/generate/cue-rebalance.ts';

/** A question or variant: its cue, drift and quality. */
interface Item extends CueBalanceItem {
  name: string;
  quality: number;
}

const item = (name: string, cue: string | null, drift: number, quality = 1): Item => ({
  name,
  cue,
  drift,
  quality,
});

/** Three options: a cue away from the key, one at it, one tied at the key and another. */
const AWAY = -1 / 3;
const AT = 2 / 3;
const TIE = 1 / 2 - 1 / 3;

/** Runs the pass over `taken` with `variants` by question; `fits` refuses some variants. */
function run(
  taken: Item[],
  variants: Record<number, Item[]>,
  fits: (i: number, by: Item) => boolean = () => true,
): { bank: string[]; swapped: number } {
  const bank = [...taken];
  const swapped = rebalanceCues(
    taken,
    (i) => variants[i] ?? [],
    (x) => x.quality,
    (i, by) => {
      if (!fits(i, by)) return false;
      bank[i] = by;
      return true;
    },
  );
  return { bank: bank.map((x) => x.name), swapped };
}

describe('swap-toward-chance', () => {
  it('asks a question whose cue points away from its key with a set that has no cue', () => {
    // Three questions whose wording cue sends the reader away from the key: a reader who
    // inverts it gains. The first has a variant without a cue.
    const taken = [item('q1', 'wording', AWAY), item('q2', 'wording', AWAY), item('q3', null, 0)];
    const { bank, swapped } = run(taken, { 0: [item('q1 plain', null, 0)] });
    expect(bank).toEqual(['q1 plain', 'q2', 'q3']);
    expect(swapped).toBe(1);
  });

  it('prefers no cue to a tie, and a tie to a cue at the key', () => {
    const taken = [
      item('q1', 'wording', AWAY),
      item('q2', 'wording', AWAY),
      item('q3', 'wording', AWAY),
    ];
    const variants = {
      0: [item('q1 at key', 'negation', AT), item('q1 tie', 'wording', TIE)],
      1: [item('q2 at key', 'negation', AT), item('q2 plain', null, 0)],
    };
    // q2 plain first (no cue: the bank at −2/3), then q1 tie (at −1/6); q1 at key would have
    // left it at +1/3.
    expect(run(taken, variants).bank).toEqual(['q1 tie', 'q2 plain', 'q3']);
  });

  it('swaps a cue away from the key for one at it when that brings every cue nearer chance', () => {
    // Three questions whose wording cue points away (−1) and one whose negation cue does too: a
    // variant of the first with the negation at its key leaves wording at −2/3, negation at +1/3.
    const taken = [
      item('q1', 'wording', AWAY),
      item('q2', 'wording', AWAY),
      item('q3', 'wording', AWAY),
      item('q4', 'negation', AWAY),
    ];
    const { bank } = run(taken, { 0: [item('q1 negated key', 'negation', AT)] });
    expect(bank[0]).toBe('q1 negated key');
  });

  it('never turns the bank past chance by more than it removes', () => {
    // One question of four options whose cue points away from the key and a little more (−0.4):
    // a variant at its key (+0.5) would leave the bank further from chance on the other side.
    const taken = [item('q1', 'wording', -0.4), item('q2', null, 0)];
    expect(run(taken, { 0: [item('q1 at key', 'wording', 0.5)] }).swapped).toBe(0);
  });

  it(`leaves a bank within ${BANK_CUE_SLACK.toFixed(2)} of chance as it is`, () => {
    // One question's worth away: a row edited elsewhere must not swap this concept's question.
    const taken = [item('q1', 'wording', AWAY), item('q2', null, 0)];
    expect(run(taken, { 0: [item('q1 plain', null, 0)] }).swapped).toBe(0);
  });

  it('touches nothing in a bank whose cues are already at chance', () => {
    const taken = [
      item('q1', 'wording', AWAY),
      item('q2', 'wording', AWAY),
      item('q3', 'wording', AT),
    ];
    const variants = { 0: [item('q1 plain', null, 0)], 1: [item('q2 plain', null, 0)] };
    expect(run(taken, variants).swapped).toBe(0);
  });

  it('brings back a bank whose cues point at the keys too', () => {
    const taken = [item('q1', 'negation', AT), item('q2', null, 0), item('q3', null, 0)];
    expect(run(taken, { 0: [item('q1 plain', null, 0)] }).bank[0]).toBe('q1 plain');
  });

  it('tries the next variant when one does not fit the bank (its option set is taken)', () => {
    const taken = [item('q1', 'wording', AWAY), item('q2', 'wording', AWAY)];
    const variants = { 0: [item('q1 taken set', null, 0), item('q1 other', null, 0, 0.9)] };
    const { bank } = run(taken, variants, (_, by) => by.name !== 'q1 taken set');
    expect(bank[0]).toBe('q1 other');
  });

  // Twenty questions, two of them away from their keys: 3.3 points from chance, within the bound.
  const withinBound = (): Item[] => [
    item('q1', 'absolute', AWAY, 1),
    item('q2', 'absolute', AWAY),
    ...Array.from({ length: 18 }, (_, i) => item(`plain ${i}`, null, 0)),
  ];

  it(`keeps a question whose only variant is more than ${MAX_SWAP_LOSS} worse`, () => {
    const worse = item('q1 with a far-off fourth option', null, 0, 1 - MAX_SWAP_LOSS - 0.1);
    expect(run(withinBound(), { 0: [worse] }).swapped).toBe(0);
  });

  it(`pays up to ${MAX_BOUND_SWAP_LOSS} to come back within ${BANK_CUE_BOUND * 100} points of chance (bound-over-quality)`, () => {
    const worse = item('q1 with a far-off fourth option', null, 0, 1 - MAX_SWAP_LOSS - 0.1);
    // Two questions, both away from their keys: 33 points from chance, past the bound.
    const past = [item('q1', 'absolute', AWAY, 1), item('q2', 'absolute', AWAY)];
    expect(run(past, { 0: [worse] }).bank).toEqual(['q1 with a far-off fourth option', 'q2']);
    // Never a stand-in worse than that.
    const far = item('q1 far worse', null, 0, 1 - MAX_BOUND_SWAP_LOSS - 0.1);
    expect(run(past, { 0: [far] }).swapped).toBe(0);
    // Within the bound, the usual loss holds (above).
    expect(BANK_CUE_BOUND * withinBound().length).toBeGreaterThan(2 / 3);
  });

  it('swaps each question once, and stops within one question of chance', () => {
    // Six questions away from their keys (−2 in all), each with two variants without a cue.
    const taken = Array.from({ length: 6 }, (_, i) => item(`q${i}`, 'wording', AWAY));
    const variants = Object.fromEntries(
      taken.map((_, i) => [i, [item(`q${i} plain`, null, 0), item(`q${i} plain 2`, null, 0)]]),
    );
    const { bank, swapped } = run(taken, variants);
    // Five swaps leave the bank at −1/3: the sixth question keeps its set.
    expect(swapped).toBe(5);
    expect(bank).toEqual([...taken.slice(0, 5).map((_, i) => `q${i} plain`), 'q5']);
  });
});

describe('make-room', () => {
  /**
   * A bank of named questions and its move: `fits` says which stand-ins may be asked while the
   * other questions are what they are (one that offers the same wrong options keeps one out).
   */
  function bankOf(names: string[], fits: (bank: string[], j: number, v: string) => boolean) {
    const bank = [...names];
    const move = (j: number, v: string): boolean => {
      if (!fits(bank, j, v)) return false;
      bank[j] = v;
      return true;
    };
    return { bank, move };
  }
  const quality = (name: string): number => (name.endsWith('worse') ? 0.5 : 1);
  /**
   * Asks to swap q1 (`q1 a`) for its stand-in `q1 b` in the bank `q1 a`, `q2 a`; `holder` names
   * the question in the way, `standIns` what it may move to. The bank as it ends.
   */
  function makeRoom(
    fits: (bank: string[], j: number, v: string) => boolean,
    holder: number | null,
    standIns: string[],
  ): { done: boolean; bank: string[] } {
    const { bank, move } = bankOf(['q1 a', 'q2 a'], fits);
    const done = swapMakingRoom(
      0,
      'q1 b',
      () => holder,
      () => standIns,
      move,
      (j) => bank[j] as string,
      quality,
    );
    return { done, bank };
  }
  /** q1's stand-in offers the wrong options q2 offers while q2 is `q2 a`. */
  const heldByQ2 = (b: string[], _j: number, v: string) => !(v === 'q1 b' && b[1] === 'q2 a');

  it('moves the one question in the way to a stand-in of its own, then swaps', () => {
    // q1's stand-in `q1 b` offers the wrong options q2 offers; q2 can move to `q2 b`.
    const { done, bank } = makeRoom(heldByQ2, 1, ['q2 a', 'q2 b']);
    expect(done).toBe(true);
    expect(bank).toEqual(['q1 b', 'q2 b']);
  });

  it('leaves the bank as it was when the swap still does not fit', () => {
    const { done, bank } = makeRoom((_b, _j, v) => v !== 'q1 b', 1, ['q2 b']);
    expect(done).toBe(false);
    expect(bank).toEqual(['q1 a', 'q2 a']);
  });

  it('never moves the question in the way to a stand-in much worse than it', () => {
    // `q2 worse` is 0.5 below q2: more than MAX_SWAP_LOSS, so q1 keeps its set.
    expect(0.5).toBeGreaterThan(MAX_SWAP_LOSS);
    const { done, bank } = makeRoom(heldByQ2, 1, ['q2 worse']);
    expect(done).toBe(false);
    expect(bank).toEqual(['q1 a', 'q2 a']);
  });

  it('does nothing when no single question keeps the stand-in out', () => {
    const { done, bank } = makeRoom(() => false, null, ['q2 b']);
    expect(done).toBe(false);
    expect(bank).toEqual(['q1 a', 'q2 a']);
  });
});
