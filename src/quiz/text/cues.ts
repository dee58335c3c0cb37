/**
 * Surface cues a reader can answer from without knowing the subject: absolute words, negations,
 * shared wording (the odd one out), paraphrases and mirror images. The generator uses them to
 * choose options that do not give themselves away. Pure; every pattern is linear (no nested
 * quantifiers), so a 1 MB option cannot make it backtrack.
 */

import { hasJapaneseAbsolute } from '../review/absolute-words.ts';
import { optionBody } from '../review/labelled-options.ts';
import { memoByText } from './build-memo.ts';
import { nfkcLower, onlyWordUnits } from './normalize.ts';
import { contentRuns, coverage } from './runs.ts';

/**
 * English absolute words, as the blind solver reads them (`shared/tools/blind-solver.mjs`); the
 * Japanese ones are the review's list (review/absolute-words.ts {@link hasJapaneseAbsolute}), so
 * that what the option search avoids and what the review refuses are one list.
 */
const ABSOLUTE_EN =
  /\b(?:only|always|never|every|all|must|cannot|impossible|guarantee[sd]?|any)\b/i;

/** True when the text holds an absolute word (のみ, 必ず, しか…ない, only, always, never, every …). */
export const hasAbsoluteWord: (text: string) => boolean = memoByText((text) => {
  const plain = text.normalize('NFKC');
  return hasJapaneseAbsolute(plain) || ABSOLUTE_EN.test(plain);
});

const NEGATION_JA = ['ない', 'なし', 'ません', '不可', '不要'];
const NEGATION_EN = /\b(?:not|no(?!-)|never|cannot)\b|n't\b/i;

/** True when the text is negated (ない, なし, not, no, n't …). */
export const isNegated: (text: string) => boolean = memoByText((text) => {
  const plain = text.normalize('NFKC');
  return NEGATION_JA.some((w) => plain.includes(w)) || NEGATION_EN.test(plain);
});

/** The text as the similarity measures see it: NFKC, lower case, no spaces or punctuation. */
const squeezed = memoByText((text: string): string => {
  const plain = nfkcLower(text);
  // Letters and digits only (most names): nothing to take out.
  return onlyWordUnits(plain) ? plain : plain.replace(/[\s\p{P}\p{S}]+/gu, '');
});

/**
 * Character pairs of a text (a one-character text is its own pair). Memoised per build (the same
 * options are compared in many sets); the set returned is shared: read it, never change it.
 */
export const bigrams: (text: string) => ReadonlySet<string> = memoByText((text) => {
  const chars = [...squeezed(text)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
  if (chars.length === 1 && chars[0]) out.add(chars[0]);
  return out;
});

/** Shared character pairs over the smaller set, 0…1. */
export function pairSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  // The shared pairs are counted from the smaller set (the count is the same either way).
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / small.size;
}

/** How much wording each option shares with the others (the sum of its similarities). */
export function centrality(texts: readonly string[]): readonly number[] {
  return centralityOf(texts.map(bigrams));
}

/**
 * {@link centrality} from the options' character pairs. Not memoised: almost every option set
 * is new, and summing a few pair similarities costs less than building and keeping a key for it.
 * The similarity is symmetric, so each pair is measured once and added to both options (each
 * option's sum still runs over the others in order, so the sums are the same to the last bit).
 */
function centralityOf(grams: readonly ReadonlySet<string>[]): readonly number[] {
  const sums = grams.map(() => 0);
  for (let i = 0; i < grams.length; i++)
    for (let j = i + 1; j < grams.length; j++) {
      const similarity = pairSimilarity(
        grams[i] as ReadonlySet<string>,
        grams[j] as ReadonlySet<string>,
      );
      sums[i] = (sums[i] as number) + similarity;
      sums[j] = (sums[j] as number) + similarity;
    }
  return sums;
}

/** How far the least connected option must sit below the next to stand out. */
const OUTLIER_GAP = 0.15;

/**
 * The option that stands out by its wording, when one does: the one sharing clearly less wording
 * with the others than any other option (three options or more). Null when none stands out.
 */
export function wordingOutlier(texts: readonly string[]): number | null {
  if (texts.length < 3) return null;
  return outlierOf(centrality(texts));
}

/** {@link wordingOutlier} from the options' centralities (three or more). */
function outlierOf(centralities: readonly number[]): number | null {
  if (centralities.length < 2) return null;
  // The lowest (the first of equals) and the lowest of the rest: the first two in sorted order.
  let first = 0;
  for (let i = 1; i < centralities.length; i++)
    if ((centralities[i] as number) < (centralities[first] as number)) first = i;
  let second = Number.POSITIVE_INFINITY;
  for (let i = 0; i < centralities.length; i++)
    if (i !== first) second = Math.min(second, centralities[i] as number);
  return (centralities[first] as number) < second - OUTLIER_GAP ? first : null;
}

/** The option sharing the most wording with the others; null when two share it equally. */
export function wordingHub(texts: readonly string[]): number | null {
  const c = centrality(texts);
  let best = 0;
  c.forEach((v, i) => {
    if (v > (c[best] ?? 0)) best = i;
  });
  const top = c[best] ?? 0;
  return c.filter((v) => Math.abs(v - top) < 1e-9).length > 1 ? null : best;
}

/** Content overlap at which two statements say the same thing (or one is the other turned round). */
export const PARAPHRASE_MIN = 0.5;

/**
 * True when two statements share most of their content words: paraphrases (`Pod数を維持するよう
 * 自動起動` / `指定数を満たすよう自動でPodを起動`) or mirror images (`Pod単位` / `Node単位`).
 */
export function sameContent(a: string, b: string): boolean {
  if (squeezed(a) === squeezed(b)) return true;
  const runs = Math.min(contentRuns(a).length, contentRuns(b).length);
  if (runs === 0) return false;
  return Math.max(coverage(a, b), coverage(b, a)) >= PARAPHRASE_MIN;
}

/** The length of a text in characters as a reader sees them (code points). */
export function visibleLength(text: string): number {
  return [...text.normalize('NFKC').replace(/\s+/g, ' ').trim()].length;
}

const NEGATIVE_JA = [
  'ではない',
  'じゃない',
  'できない',
  'しない',
  'ません',
  '不可能',
  'ない',
  'なし',
  '無し',
  '不可',
  '不要',
];
const POSITIVE_JA = ['できる', '可能', '必要', 'あり', '有り', 'ある', 'する'];

/**
 * A statement without its polarity words, and whether it was negative: `単一障害点なし` →
 * `単一障害点` (negative), `単一障害点あり` → `単一障害点` (positive), `does not retry` → `retry`.
 */
export function polarityOf(text: string): { core: string; negative: boolean } {
  let t = text.normalize('NFKC').toLowerCase();
  const close = t.trim().at(-1);
  if (close === ')' || close === '）') {
    const open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
    if (open > 0) t = t.slice(0, open);
  }
  let negative = false;
  for (const m of NEGATIVE_JA)
    if (t.includes(m)) {
      negative = !negative;
      t = t.split(m).join('');
    }
  for (const m of POSITIVE_JA) t = t.split(m).join('');
  const words = t
    .replace(/n't\b/g, ' not')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept: string[] = [];
  for (const w of words) {
    if (w === 'not' || w === 'no' || w === 'never' || w === 'cannot' || w === 'without') {
      negative = !negative;
      continue;
    }
    if (w === 'does' || w === 'do' || w === 'did') continue;
    kept.push(w);
  }
  return { core: kept.join(' '), negative };
}

/** A surface cue and the options it points at (two or more when options tie on it). */
export interface CueReading {
  /** Which cue: `absolute`, `name`, `wording` or `negation`. */
  cue: 'absolute' | 'name' | 'wording' | 'negation';
  /** The options it points at; a reader following it picks one of them. */
  targets: number[];
}

/**
 * The surface cue a reader who knows nothing would follow, and the options it points at — or
 * null when no cue points anywhere. The cues, in order: the one absolute word in a "which is
 * wrong" question (or the one option without one in a "which is right" question), the one option
 * repeating the name quoted in the prompt, the option standing out by its wording (in a "which
 * is right" question the hub: the option sharing the most wording, every one of them on a tie),
 * the one negated option. A cue can point at the key or away from it: the bank keeps both rare
 * and uninformative (src/quiz/generate/assemble.ts).
 */
export function readCue(
  prompt: string,
  texts: readonly string[],
  asksMisconception: boolean,
): CueReading | null {
  return readCueOf(prompt, texts.map(optionCues), asksMisconception);
}

/**
 * {@link readCue} from what each option's text says alone ({@link optionCues}, in order): the
 * option search reads each candidate once and then many sets of them.
 */
export function readCueOf(
  prompt: string,
  options: readonly OptionCues[],
  asksMisconception: boolean,
): CueReading | null {
  const marked = countOf(options, (o) => o.absolute);
  if (marked > 0 && marked < options.length) {
    if (asksMisconception && marked === 1)
      return { cue: 'absolute', targets: [options.findIndex((o) => o.absolute)] };
    if (!asksMisconception && options.length - marked === 1)
      return { cue: 'absolute', targets: [options.findIndex((o) => !o.absolute)] };
  }
  const name = asksMisconception ? null : quotedName(prompt);
  if (name !== null && name !== '') {
    // Counted in a plain loop, no closure per set (the option search reads every set it tries).
    let naming = 0;
    let at = -1;
    for (let i = 0; i < options.length; i++)
      if ((options[i] as OptionCues).squeezed.includes(name)) {
        naming++;
        if (at < 0) at = i;
      }
    if (naming === 1) return { cue: 'name', targets: [at] };
  }
  // Read once for both the outlier and the hub.
  // `labelled-wording`: options that each name their concept first (`エッジキャッシュ：…`,
  // `キャッシュアサイド：…` beside `ライトスルー：…`) are compared by what they say: names that
  // share a word tell nothing of which statement is false.
  const labelled = asksMisconception && options.every((o) => o.said !== o.bigrams);
  const c =
    options.length < 3 ? null : centralityOf(options.map((o) => (labelled ? o.said : o.bigrams)));
  const outlier = c ? outlierOf(c) : null;
  if (c && outlier !== null) {
    if (asksMisconception) return { cue: 'wording', targets: [outlier] };
    const top = Math.max(...c);
    return {
      cue: 'wording',
      targets: c.flatMap((v, i) => (Math.abs(v - top) < 1e-9 ? [i] : [])),
    };
  }
  if (countOf(options, (o) => o.negated) === 1)
    return { cue: 'negation', targets: [options.findIndex((o) => o.negated)] };
  return null;
}

/** How many of the options `test` holds for (read in place: no array of flags). */
function countOf(options: readonly OptionCues[], test: (o: OptionCues) => boolean): number {
  let n = 0;
  for (const o of options) if (test(o)) n++;
  return n;
}

/**
 * The name quoted in a prompt (`「サーガ」について正しいもの`), squeezed; null when none is. Memoised
 * per build: the option search reads one prompt with each option set it tries.
 */
const quotedName = memoByText((prompt: string): string | null => {
  const quoted = /[「“"]([^」”"]{1,80})[」”"]/u.exec(prompt.slice(0, 200))?.[1];
  return quoted ? squeezed(quoted) : null;
});

/** What {@link readCue} reads of one option's text alone. */
export interface OptionCues {
  absolute: boolean;
  negated: boolean;
  squeezed: string;
  bigrams: ReadonlySet<string>;
  /**
   * The bigrams of what the option says after its label (`Token bucket: Forbids bursts`:
   * `Forbids bursts`, review/labelled-options.ts), or {@link bigrams} itself when it has none.
   */
  said: ReadonlySet<string>;
}

/**
 * {@link OptionCues} of a text, memoised per build: the option search reads the cues of every
 * option set it tries, and one option is in many sets, so one look-up per option replaces four.
 */
export const optionCues = memoByText(
  (text: string): OptionCues => ({
    absolute: hasAbsoluteWord(text),
    negated: isNegated(text),
    squeezed: squeezed(text),
    bigrams: bigrams(text),
    said: saidBigrams(text),
  }),
);

/** {@link OptionCues.said}: the bigrams of the text after its label, or of the text. */
function saidBigrams(text: string): ReadonlySet<string> {
  const body = optionBody(text);
  return bigrams(body ?? text);
}

/**
 * How often a reader following the cue picks option `key`: 1 when the cue points at it alone,
 * 1/k when it ties with k − 1 others, 0 when the cue points elsewhere.
 */
export function cueHitRate(reading: CueReading, key: number): number {
  return reading.targets.includes(key) ? 1 / reading.targets.length : 0;
}

/**
 * The option a reader who knows nothing would pick from surface cues ({@link readCue}; the first
 * of tied options), and the cue — or null when no cue points anywhere.
 */
export function surfaceGuess(
  prompt: string,
  texts: readonly string[],
  asksMisconception: boolean,
): { pick: number; cue: string } | null {
  const reading = readCue(prompt, texts, asksMisconception);
  const pick = reading?.targets[0];
  return reading && pick !== undefined ? { pick, cue: reading.cue } : null;
}
