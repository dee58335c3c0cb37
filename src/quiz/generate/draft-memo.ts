/**
 * What a draft's option list reads as, computed once per list: a draft copied with `{ ...draft }`
 * (a new quality) keeps its `choices` array, so the option search, the assembly and the bank's
 * key positions read one set once instead of three times. Keyed weakly by the array (nothing is
 * kept after a build); a list is never changed once a draft holds it. Pure in effect: each
 * function returns what it would compute.
 */
import { objectMemoTable } from '../text/build-memo.ts';
import {
  type CueReading,
  type OptionCues,
  readCue,
  readCueOf,
  wordingOutlier,
} from '../text/cues.ts';
import { type Draft, type DraftChoice, optionSetKey, setKeyOfMatchKeys } from './draft.ts';

const setKeys = objectMemoTable<readonly DraftChoice[], string>();

/**
 * {@link optionSetKey} of a draft's option texts. A caller that has the options' match keys at
 * hand (in the order of `choices`) passes them, and no text is looked up again; it passes them
 * only for a list it has just made (the option search), which no memo can hold yet, so the memo
 * is not asked then (a sure miss in a table of tens of thousands of lists).
 */
export function choicesSetKey(
  choices: readonly DraftChoice[],
  matchKeys?: readonly string[],
): string {
  let key = matchKeys ? undefined : setKeys().get(choices);
  if (key === undefined) {
    key = matchKeys ? setKeyOfMatchKeys([...matchKeys]) : optionSetKey(choices.map((c) => c.text));
    setKeys().set(choices, key);
  }
  return key;
}

/** A reading with what it was read against (a list could in principle meet a second prompt). */
interface Read {
  prompt: string;
  asksFor: Draft['asksFor'];
  reading: CueReading | null;
}

const readings = objectMemoTable<readonly DraftChoice[], Read>();

/**
 * {@link readCue} of a draft's prompt and options (shared: read it, never change it). A caller
 * that has the options' {@link OptionCues} at hand (in the order of `choices`) passes them, and
 * no text is looked up again; as with {@link choicesSetKey}, only for a list it has just made,
 * so the memo is not asked then.
 */
export function draftCue(draft: Draft, options?: readonly OptionCues[]): CueReading | null {
  const known = options ? undefined : readings().get(draft.choices);
  if (known && known.prompt === draft.prompt && known.asksFor === draft.asksFor)
    return known.reading;
  const asksMisconception = draft.asksFor === 'misconception';
  const reading = options
    ? readCueOf(draft.prompt, options, asksMisconception)
    : readCue(
        draft.prompt,
        draft.choices.map((c) => c.text),
        asksMisconception,
      );
  readings().set(draft.choices, { prompt: draft.prompt, asksFor: draft.asksFor, reading });
  return reading;
}

/**
 * `sibling-named-alike`: a wording cue among names where the key is one of the names alike and a
 * wrong option is the odd one out (`*Lead-time bias | Length-time bias | Recall bias`: the two
 * `-time bias` names share the wording). A sibling named alike is the distractor the notes set
 * apart and the standard asks for: readers ruled `*Lead-time bias | Confounding | Intention-to-
 * treat analysis` out at sight (reading 21). Which of the two alike a reader following the cue
 * picks turns on a letter pair (`ng` of `Length` and `Confounding`), and the bank's balance of
 * cues keeps the picks at chance (assemble.ts): such a cue costs a draft nothing of its own. Two
 * wrong options alike with the key the odd one out (`*NAT | L4 load balancer | L7 load
 * balancer`) set no sibling beside the key: a cue like any other.
 */
export function siblingNamedAlike(draft: Draft, reading: CueReading | null): boolean {
  if (reading === null || reading.cue !== 'wording' || draft.optionKind !== 'name') return false;
  const outlier = wordingOutlier(draft.choices.map((c) => c.text));
  return outlier !== null && !(draft.choices[outlier]?.correct ?? true);
}
