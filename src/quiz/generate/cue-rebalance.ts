/**
 * The bank's last pass over its surface cues ({@link readCue}): where the cues, summed over the
 * bank, point away from the keys (or at them), a question whose cue leans that way gives its place
 * to a stand-in — another draft of the same concept, owner and kind, another option set or another
 * fact of it (src/quiz/generate/assemble.ts says which) — whose cue leans less that way, so that a
 * reader who knows nothing gains neither by following the cues nor by inverting them. No concept,
 * owner or kind loses a question. Pure; one sort and one pass.
 *
 * Named rule `swap-toward-chance`: a swap is made only when it brings the bank closer to chance
 * both for a reader who follows whatever cue a question shows (the drifts summed over the bank)
 * and for one who has learnt each cue apart (the sum over cues of each cue's drift, unsigned),
 * without turning the bank past chance; stand-ins with the weakest cue first (no cue before a cue
 * tied between two options, before one pointing at one option), then the least quality lost, and
 * none more than {@link MAX_SWAP_LOSS} worse. Example (consensus.en: the cues of 6 of its 19
 * questions point away from the key, one tied at it): `FLP impossibility`'s "which is correct"
 * question `*No guaranteed termination… | Proposers get promises… | A monotonically increasing
 * election number` sends the reader to the last (it shares the most wording); it is asked beside
 * `Each operation takes effect at one instant…` instead, where the one negated option is the key.
 */

/** What the pass reads of a question or a variant. */
export interface CueBalanceItem {
  /** The cue it shows (`wording`, `negation`…), or null for none. */
  cue: string | null;
  /**
   * How often a reader following the cue finds the key, minus chance (1 / options): 0 without a
   * cue, negative when the cue points away from the key.
   */
  drift: number;
}

/** A proposed replacement of the question at `at` by `by`. */
interface Proposal<T> {
  at: number;
  by: T;
  strength: number;
  loss: number;
}

/**
 * How much worse (in draft quality) a variant may be than the question it replaces: three
 * places further down the list of preferred distractors. `*Removes head-of-line blocking at the
 * HTTP level only` asked with a fourth option from another section (`The browser enforces which
 * origins may read responses`, 0.4 worse) does not replace the question with three.
 */
export const MAX_SWAP_LOSS = 0.3;

/**
 * How far from chance (summed drift) the pass leaves a bank as it is: one question's worth (a cue
 * away from the key of three options). Within it a swap would buy little, and an edit of one row
 * (a drift a third different) would swap questions of other concepts, changing their ids.
 */
export const BANK_CUE_SLACK = 1 / 3;

/**
 * `bound-over-quality`: the README promises a blind reader within 5 points of chance on every
 * notes file (this share of its questions, summed drift, either way). A bank still past it after
 * the usual pass may pay this much quality per swap to come back within it — the bound is a
 * promise, {@link MAX_SWAP_LOSS} a preference. Example (networking.en, once its UDP question no
 * longer set `Cannot be used for reliable transfers`… beside the cell that answers it): the bank
 * leaned 6 points away from its keys, and no stand-in within 0.3 turned a cue back.
 */
export const BANK_CUE_BOUND = 0.05;
/** How much worse a stand-in may be under `bound-over-quality`. */
export const MAX_BOUND_SWAP_LOSS = 0.6;

/** Below this, two sums are equal (drifts are sums of fractions). */
const EPSILON = 1e-9;

/** The bank's drift: summed, and per cue. */
class Drift {
  total = 0;
  readonly perCue = new Map<string, number>();

  add(item: CueBalanceItem, sign: 1 | -1): void {
    if (item.cue === null) return;
    this.total += sign * item.drift;
    this.perCue.set(item.cue, (this.perCue.get(item.cue) ?? 0) + sign * item.drift);
  }

  /** How far from chance: the summed drift and each cue's, unsigned. */
  distance(): number {
    let d = Math.abs(this.total);
    for (const v of this.perCue.values()) d += Math.abs(v);
    return d;
  }

  /** {@link distance} after replacing `from` by `to`. */
  distanceAfter(from: CueBalanceItem, to: CueBalanceItem): number {
    this.add(from, -1);
    this.add(to, 1);
    const d = this.distance();
    this.add(to, -1);
    this.add(from, 1);
    return d;
  }
}

/**
 * Swaps questions of `taken` for variants by {@link swap-toward-chance}. `variants(i)` lists the
 * other option sets of question `i`; `quality` tells how good each is; `trySwap(i, v)` replaces
 * question `i` by `v` when `v` fits the rest of the bank (its option set is nobody else's…) and
 * reports whether it did. Returns how many questions were swapped.
 */
export function rebalanceCues<T extends CueBalanceItem>(
  taken: readonly T[],
  variants: (i: number) => readonly T[],
  quality: (item: T) => number,
  trySwap: (i: number, by: T) => boolean,
): number {
  const drift = new Drift();
  for (const item of taken) drift.add(item, 1);
  const swapped = new Set<number>();
  const current = [...taken];
  // The pass within the usual loss; then, for a bank still past the bound the README promises
  // (`bound-over-quality`), one more within the larger loss.
  const tiers = [
    { loss: MAX_SWAP_LOSS, within: BANK_CUE_SLACK },
    { loss: MAX_BOUND_SWAP_LOSS, within: Math.max(BANK_CUE_SLACK, BANK_CUE_BOUND * taken.length) },
  ];
  for (const tier of tiers) {
    if (Math.abs(drift.total) <= tier.within + EPSILON) continue;
    const lean = Math.sign(drift.total);
    const proposals: Proposal<T>[] = [];
    current.forEach((item, at) => {
      // Only a question whose cue leans the way the bank does can bring it back.
      if (swapped.has(at) || lean === 0 || Math.sign(item.drift) !== lean) return;
      for (const by of variants(at)) {
        if (Math.sign(by.drift - item.drift) !== -lean) continue;
        const loss = quality(item) - quality(by);
        if (loss > tier.loss + EPSILON) continue;
        proposals.push({ at, by, strength: Math.abs(by.drift), loss });
      }
    });
    // The weakest cue first (none before a tie), then the least quality lost; stable otherwise.
    proposals.sort((a, b) => a.strength - b.strength || a.loss - b.loss || a.at - b.at);
    for (const p of proposals) {
      if (Math.abs(drift.total) <= tier.within + EPSILON) break;
      if (swapped.has(p.at)) continue;
      const from = current[p.at] as T;
      const before = drift.distance();
      if (drift.distanceAfter(from, p.by) >= before - EPSILON) continue;
      // Never past chance: a swap may not turn the bank's lean round by more than it removes.
      if (Math.abs(drift.total - from.drift + p.by.drift) >= Math.abs(drift.total) - EPSILON)
        continue;
      if (!trySwap(p.at, p.by)) continue;
      swapped.add(p.at);
      drift.add(from, -1);
      drift.add(p.by, 1);
      current[p.at] = p.by;
    }
  }
  return swapped.size;
}

/**
 * Named rule `make-room` of {@link rebalanceCues}: a stand-in kept out by one other question —
 * that question asks the same fact or offers the same options (or the same wrong options) — takes
 * its place when the other question can move to a stand-in of its own that shows the same cue
 * reading (so the bank's drift is what the one swap says) and is no more than
 * {@link MAX_SWAP_LOSS} worse. Example (k8s-scheduling.en): `Pod anti-affinity`'s question
 * "Keeps pods apart per topology domain" with `Node affinity | nodeSelector` (the key the odd one
 * out) would be asked with `Node affinity | Taints and tolerations`, but nodeSelector's question
 * offers those two wrong options; nodeSelector's question moves to `Node affinity | Topology
 * spread constraints` (no cue either way, 0.1 worse) and makes room.
 *
 * `blocker(by)` says which question keeps `by` out (null when none or more than one);
 * `standIns(j)` lists question `j`'s stand-ins that show its cue reading, best first;
 * `move(j, v)` replaces question `j` by `v` when it fits and reports whether it did;
 * `current(j)` is the question at `j` now. Returns whether `by` took place `at`.
 */
export function swapMakingRoom<T>(
  at: number,
  by: T,
  blocker: (by: T) => number | null,
  standIns: (j: number) => readonly T[],
  move: (j: number, v: T) => boolean,
  current: (j: number) => T,
  quality: (item: T) => number,
): boolean {
  const j = blocker(by);
  if (j === null || j === at) return false;
  const holder = current(j);
  for (const v of standIns(j)) {
    if (v === holder || v === by) continue;
    if (quality(holder) - quality(v) > MAX_SWAP_LOSS + EPSILON) continue;
    if (!move(j, v)) continue;
    if (move(at, by)) return true;
    // Back as it was: the holder's place is free again, since `by` was not taken.
    move(j, holder);
  }
  return false;
}
