/**
 * The checks an option set must pass before the generator offers it: first every item rule of
 * the review stage (src/quiz/review: one key, three options, one form, similar length, absolute
 * words balanced, no paraphrase, no contradiction, no concept-name clue, explanations that
 * teach…), then the cues that only the choice of options can avoid, one named rule each with an
 * example of what it rejects: one fact per option, a stem that repeats the key's name, one option
 * alone repeating the name asked about (either way: its truth does not matter), an option
 * that is another negated by a prefix. Each returns the reason a set fails, or null. Cues that can
 * point either way (the only negated option, the option standing out by its wording) are not
 * refused here: refusing them only where they mark the key leaves every such cue pointing away
 * from it, which a test-wise reader inverts. The bank keeps them rare and balanced instead
 * (src/quiz/generate/assemble.ts). Pure.
 */

import { labelledByConcepts } from '../review/labelled-options.ts';
import { OPTION_RULES } from '../review/option-rules.ts';
import { reviewQuestion } from '../review/review.ts';
import { TEXT_RULES } from '../review/text-rules.ts';
import { memoByText, memoTable } from '../text/build-memo.ts';
import { laterWordEcho, nameEcho } from '../text/name-echo.ts';
import { matchKey, nfkcLower, onlyWordUnits } from '../text/normalize.ts';
import { contentRuns } from '../text/runs.ts';
import { glossEcho } from '../text/stem-clue.ts';
import {
  type Draft,
  type DraftChoice,
  finish,
  MAX_OPTIONS,
  MIN_OPTIONS,
  repeatedFactAt,
} from './draft.ts';

/** What a check may look at besides the draft. */
export interface CheckContext {
  /** The names of what the question is about (its concept, or a topic): options must not give them away. */
  names: readonly string[];
}

/** A named check of an option set. */
export interface OptionCheck {
  name: string;
  /** An option set it rejects, and why. */
  example: string;
  check(draft: Draft, ctx: CheckContext): string | null;
}

const keysOfChoice = (c: DraftChoice): readonly string[] => c.keys;

export const OPTION_CHECKS: readonly OptionCheck[] = [
  {
    name: 'enough-options',
    example: '「Docker Compose」か「Kubernetes」か (two options for a fact that has a third)',
    check: (d) => {
      const n = d.choices.length;
      if (n > MAX_OPTIONS) return `${n} options (at most ${MAX_OPTIONS})`;
      if (n >= MIN_OPTIONS || (d.binary && n === 2)) return null;
      return `${n} options (at least ${MIN_OPTIONS})`;
    },
  },
  {
    name: 'distinct-facts',
    example: '「キュー待機」 and 「キューに入れて後で処理」: one misconception written twice',
    check: (d) => {
      const repeated = d.choices[repeatedFactAt(d.choices, keysOfChoice)];
      return repeated ? `「${repeated.text}」 repeats another option's fact` : null;
    },
  },
  {
    name: 'no-stem-echo',
    example:
      "「メッセージブローカーを介さない直接通信」 → ブローカーレス: the stem says the answer's name",
    check: (d) => {
      if (d.optionKind !== 'name') return null;
      const key = d.choices.find((c) => c.correct);
      const echo = key ? echoedPart(d.prompt, key.text) : null;
      if (!echo) return null;
      const shared = d.choices.some((c) => !c.correct && matchKey(c.text).includes(echo));
      return shared ? null : `the prompt repeats 「${echo}」 of the key`;
    },
  },
  {
    name: 'no-name-echo',
    example:
      '「多要素認証」について正しいもの: 「同じ種類の要素を重ねても多要素にはならない」 beside 「本人であることを確かめる」 / 「どの操作を許すかをサーバー側で判定」: only one option repeats 多要素 of the name',
    check: (d, ctx) => {
      // Names are options of their own (no-stem-echo reads them); a statement or a cell that
      // repeats the head of the name asked about is picked for sounding like it.
      if (d.optionKind === 'name') return null;
      // Each option of a labelled set names its own concept (`Token bucket: forbids bursts`).
      if (labelledByConcepts(d.choices, ctx.names)) return null;
      for (const name of ctx.names) {
        const echo = (t: string): string | null =>
          nameEcho(t, name) ?? laterWordEcho(t, name) ?? glossEcho(t, name);
        const echoing = d.choices.filter((c) => echo(c.text) !== null);
        if (echoing.length !== 1) continue;
        const [one] = echoing;
        if (one) return `only 「${one.text}」 repeats 「${echo(one.text)}」 of 「${name}」`;
      }
      return null;
    },
  },
  {
    name: 'no-named-distractor',
    example:
      '「Opening a TCP connection takes three segments: SYN → SYN-ACK → ACK」 → TCP beside Three-way handshake: the description names TCP, so TCP is defensible',
    check: (d) => {
      if (d.optionKind !== 'name') return null;
      const prompt = wordsOf(d.prompt);
      const key = d.choices.find((c) => c.correct);
      // A plain loop, no closure per set: this runs for every option set the search tries.
      for (const c of d.choices)
        if (!c.correct && (namesIn(prompt, c.text) || namedWordwise(prompt, c.text, key)))
          return `the prompt names the wrong option 「${c.text}」`;
      return null;
    },
  },
  {
    name: 'no-twin-values',
    example:
      'ZGC’s typical pause: 「Long, many threads」 / 「Long, one thread」 beside 「Under 1 ms」 — two values that open alike stand as a pair, and the one apart is picked',
    check: (d) => {
      if (d.optionKind !== 'value' || d.choices.length < MIN_OPTIONS) return null;
      const firsts = d.choices.map((c) => firstWord(c.text));
      for (let i = 0; i < firsts.length; i++) {
        const word = firsts[i];
        if (!word) continue;
        const same = firsts.filter((w) => w === word).length;
        if (same === 2 && same < firsts.length)
          return `two values open on 「${word}」 and the rest do not`;
      }
      return null;
    },
  },
  {
    name: 'no-twin-key-statement',
    example:
      'Weighted round robin: 「Weights are static configuration」 (the key) beside 「Weights adapt to latency」 and 「Picks the backend with the fewest…」 — the key and one option say opposite things of one subject, so one of the two is the answer',
    check: (d) => {
      // English statements only: a Japanese statement opens on its topic far less often.
      if (d.optionKind !== 'statement' || d.language !== 'en' || d.choices.length < MIN_OPTIONS)
        return null;
      const key = d.choices.find((c) => c.correct);
      const opening = key ? firstWord(key.text) : null;
      if (!opening) return null;
      const same = d.choices.filter((c) => firstWord(c.text) === opening).length;
      return same === 2 ? `the key and one option alone open on 「${opening}」` : null;
    },
  },
  {
    name: 'no-prefix-negation',
    example: '「効率的」 beside 「非効率なメモリ内結合」: one is the other negated by 非',
    check: (d) => {
      // Names (`非正規化` beside `第3正規形`) state nothing: neither is the other's negation.
      if (d.optionKind === 'name') return null;
      for (const a of d.choices)
        for (const b of d.choices) {
          if (a === b) continue;
          const word = prefixNegated(a.text, b.text);
          if (word) return `「${a.text}」 negates 「${b.text}」 (${word})`;
        }
      return null;
    },
  },
];

/** Articles a value may open on without it telling anything (`The local date`). */
const VALUE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * The word a value opens on: its first English word but an article (`long` of `Long, many
 * threads`, `it` of `It is not a moment`), or its first content run (`参照` of `参照を書き換える回数`).
 */
const firstWord = memoByText((text: string): string | null => {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  const latin = /^[\s\p{P}]*[A-Za-z]/u.test(text.normalize('NFKC'));
  if (latin) return words.find((w) => w !== '' && !VALUE_ARTICLES.has(w)) ?? null;
  return contentRuns(text)[0]?.text ?? null;
});

/**
 * A text as a reader matches names in it: NFKC, lower case, padded with spaces, punctuation as
 * spaces. Memoised per build: every option set tried for one question reads the same prompt.
 */
const wordsOf = memoByText((text: string): string => {
  const plain = nfkcLower(text);
  // Letters and digits only (most names): no run to turn into a space.
  return ` ${onlyWordUnits(plain) ? plain : plain.replace(/[^\p{L}\p{N}/+#.-]+/gu, ' ')} `;
});

/**
 * True when `prompt` (as {@link wordsOf} gives it) names `name`: a Latin name as whole words
 * (`TCP` in `a TCP connection`, not in `TCPdump`), a Japanese name anywhere.
 */
function namesIn(prompt: string, name: string): boolean {
  const sought = soughtName(name);
  return sought !== null && prompt.includes(sought);
}

/**
 * What {@link namesIn} looks for in a prompt: the name's words, padded with spaces when they
 * are printable ASCII (whole words), or null for a name of fewer than two characters. Memoised
 * per build: a name is a wrong option of many sets.
 */
const soughtName = memoByText((name: string): string | null => {
  const words = wordsOf(name).trim();
  if ([...words].length < 2) return null;
  return /^[ -~]+$/.test(words) ? ` ${words} ` : words;
});

/**
 * `words-name-it`: `Most fission neutrons are prompt` names Prompt neutrons word by word (reading
 * 42 keyed it to Delayed neutrons, whose words it does not all hold): the prompt holds every word
 * of the wrong option's name ({@link holdsEveryWord}) and not every word of the key's.
 */
function namedWordwise(prompt: string, name: string, key: DraftChoice | undefined): boolean {
  return holdsEveryWord(prompt, name) && (key === undefined || !holdsEveryWord(prompt, key.text));
}

/**
 * True when `prompt` (as {@link wordsOf} gives it) holds every word of a Latin name of two words
 * or more, in any order, a final `s` aside (`Prompt neutrons` in `most fission neutrons are
 * prompt`). Words of fewer than three letters are not read (`of`, `a`).
 */
function holdsEveryWord(prompt: string, name: string): boolean {
  const words = latinNameWords(name);
  if (words === null) return false;
  return words.every(
    (w) =>
      prompt.includes(` ${w} `) ||
      prompt.includes(` ${w}s `) ||
      (w.endsWith('s') && prompt.includes(` ${w.slice(0, -1)} `)),
  );
}

/**
 * The words {@link holdsEveryWord} looks for of a name: its words of three letters or more, when
 * there are two or more and all are Latin; else null. Memoised per build: a name is a wrong option
 * of every set its question tries (it was split again for each).
 */
const latinNameWords = memoByText((name: string): readonly string[] | null => {
  const words = wordsOf(name)
    .trim()
    .split(' ')
    .filter((w) => w.length >= 3);
  return words.length < 2 || !words.every((w) => /^[a-z0-9/+#.-]+$/.test(w)) ? null : words;
});

/** A kanji word of `b` that `a` has with 非 / 不 / 無 / 未 before it (`非効率` / `効率的`), or null. */
export function prefixNegated(a: string, b: string): string | null {
  const plainB = b.normalize('NFKC');
  for (const m of a.normalize('NFKC').matchAll(/[非不無未](\p{Script=Han}{2})/gu)) {
    const word = m[1] ?? '';
    if (plainB.includes(word) && !plainB.includes(`${m[0]}`)) return m[0];
  }
  return null;
}

/**
 * The part of `name` (at least three characters, at least half of it) that `text` repeats, or
 * null: `メッセージブローカーを介さない` repeats `ブローカー` of `ブローカーレス`.
 */
export function echoedPart(text: string, name: string): string | null {
  // Memoised per build: every option set tried for one question asks about the same prompt and key.
  // Per text, then per name: the strings themselves are the keys (no joined key to build and hash).
  const memo = echoes();
  let byName = memo.get(text);
  if (!byName) {
    byName = new Map();
    memo.set(text, byName);
  }
  const known = byName.get(name);
  if (known !== undefined) return known;
  const echo = findEcho(text, name);
  byName.set(name, echo);
  return echo;
}

const echoes = memoTable<Map<string, string | null>>();

/** {@link echoedPart}, computed. */
function findEcho(text: string, name: string): string | null {
  const haystack = matchKey(text);
  const key = matchKey(name);
  // Where each character starts (UTF-16 offsets, the end last): a part is one slice of the key,
  // not characters joined again.
  const starts: number[] = [];
  for (let at = 0; at < key.length; at += (key.codePointAt(at) ?? 0) > 0xffff ? 2 : 1)
    starts.push(at);
  const count = starts.length;
  starts.push(key.length);
  const size = Math.max(3, Math.ceil(count / 2));
  for (let n = count; n >= size; n--)
    for (let i = 0; i + n <= count; i++) {
      const part = key.slice(starts[i], starts[i + n]);
      if (haystack.includes(part)) return part;
    }
  return null;
}

/** The seed drafts are finished with to be reviewed (the option order does not matter to a rule). */
const REVIEW_SEED = 'review';

/**
 * The first failing check's name and reason, or null when the draft passes them all: the cue
 * checks here, and with `full` the review stage's item rules too (the bank runs those on the
 * drafts it is about to keep: reviewing every variant would cost most of the build).
 */
export function failedCheck(
  draft: Draft,
  ctx: CheckContext,
  full = false,
): { check: string; reason: string } | null {
  for (const c of OPTION_CHECKS) {
    const reason = c.check(draft, ctx);
    if (reason) return { check: c.name, reason };
  }
  if (!full) return null;
  const question = finish(draft, REVIEW_SEED);
  const context = { conceptNames: ctx.names, twoOptionsAllowed: draft.binary === true };
  // Option rules first: most sets fail there, and the text rules read every why as well.
  for (const rules of [OPTION_RULES, TEXT_RULES]) {
    const [first] = reviewQuestion(question, context, rules);
    if (first) return { check: first.rule, reason: first.message };
  }
  return null;
}
