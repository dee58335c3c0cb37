/**
 * Item rules about the options of a question (ITEM-WRITING.md, "The options"): enough options,
 * one key, one form, similar length, no clue in absolute words, paraphrases, contradictions, the
 * concept's name, bare table cells. Each rule is named and shows an example of what it catches.
 * Pure.
 */

import { memoByText } from '../text/build-memo.ts';
import { camelCaseWords } from '../text/camel-case.ts';
import { isInstruction } from '../text/instruction.ts';
import { nameAside } from '../text/name-aside.ts';
import { contentRuns, coverage } from '../text/runs.ts';
import type { Choice, Question } from '../types.ts';
import { wordingFor } from '../wording.ts';
import { optionsAreLabels } from './absolute-words.ts';
import { isBareValue } from './bare-values.ts';
import { labelledByConcepts } from './labelled-options.ts';
import { OptionAnalysis, optionsOf } from './option-analysis.ts';
import { compareKey, dice, latinWords, overlap } from './text-measures.ts';
import type { ItemRule } from './types.ts';

/** Two options whose content tokens overlap this much say the same thing. */
export const PARAPHRASE_OVERLAP = 0.5;
/** Paraphrase needs some content: options with fewer tokens are names or single words. */
export const PARAPHRASE_MIN_TOKENS = 3;
/** Two cores of opposite polarity this similar are one claim and its negation. */
export const CONTRADICTION_OVERLAP = 0.8;
/** Two options with the same (at least this many) content tokens in another order are a reversal. */
export const REVERSAL_MIN_TOKENS = 3;
/** A key and a wrong option whose content tokens overlap this much are one claim with a term swapped. */
export const MINIMAL_PAIR_OVERLAP = 0.6;
/** Options are of similar length unless the longest is this many times the shortest… */
export const LENGTH_RATIO = 3;
/** …and longer by at least this many units (so `TCP` / `QUIC over UDP` is not flagged). */
export const LENGTH_GAP = 8;
/** The key stands out when it is this many times the longest wrong option… */
export const KEY_LENGTH_RATIO = 1.5;
/** …and longer by at least this many units. */
export const KEY_LENGTH_GAP = 6;

/** True when the option states something true (the key of a correct-asking question, or any
 * non-key option of a misconception-asking one). */
export function statesTruth(question: Question, choice: Choice): boolean {
  return question.asksFor === 'misconception' ? !choice.correct : choice.correct;
}

const quote = (option: { text: string }): string => option.text;

/** Options `A` / `B` — two options are a coin toss. */
const optionCount: ItemRule = {
  name: 'option-count',
  description: 'At least three options (two only for a two-column fact).',
  check(question, context) {
    const n = question.choices.length;
    if (n >= 3 || (n === 2 && context.twoOptionsAllowed)) return null;
    return {
      message: `${n} option${n === 1 ? '' : 's'}: a question needs at least three`,
      evidence: question.choices.map(quote),
    };
  },
};

/** Options `A ✅` / `B ✅` / `C` — two keys. */
const oneKey: ItemRule = {
  name: 'one-key',
  description: 'Exactly one option is the key.',
  check(question) {
    const keys = question.choices.filter((c) => c.correct);
    if (keys.length === 1) return null;
    return { message: `${keys.length} options are marked as the key`, evidence: keys.map(quote) };
  },
};

/** Options `HTTP/2` / `http2` / `gRPC` — the first two are one option. */
const distinctOptions: ItemRule = {
  name: 'distinct-options',
  description: 'No two options are the same text once case, width and punctuation are ignored.',
  check(question) {
    const seen = new Map<string, string>();
    for (const option of optionsOf(question)) {
      const earlier = seen.get(option.key);
      if (earlier !== undefined)
        return { message: 'two options are the same text', evidence: [earlier, option.text] };
      seen.set(option.key, option.text);
    }
    return null;
  },
};

/** Options `補助機能を追加` / `中継` / `変換` — one statement among bare nouns. */
const oneForm: ItemRule = {
  name: 'one-form',
  description:
    'All options are full statements, or all are noun phrases (an option whose form is unclear counts as either).',
  check(question) {
    const statements = optionsOf(question).filter((o) => o.form === 'statement');
    const phrases = optionsOf(question).filter((o) => o.form === 'phrase');
    if (statements.length === 0 || phrases.length === 0) return null;
    return {
      message: `${statements.length} statement(s) among ${phrases.length} noun phrase(s)`,
      evidence: [
        ...statements.map((c) => `statement: ${c.text}`),
        ...phrases.map((c) => `phrase: ${c.text}`),
      ],
    };
  },
};

/**
 * `Fold / reduce: Always pass the initial value` beside two claims (text/instruction.ts): an
 * instruction is neither true nor false, so beside claims it is never the misconception a player
 * picks, or the key that stands out as the only advice (readers of readings 42–56).
 */
const oneMood: ItemRule = {
  name: 'one-mood',
  description:
    'No instruction among statements: all options claim something, or all tell what to do (English).',
  check(question) {
    if (optionsAreLabels(question.kind)) return null;
    const told = question.choices.filter((c) => isInstruction(c.text));
    if (told.length === 0 || told.length === question.choices.length) return null;
    return {
      message: `${told.length} instruction(s) among ${question.choices.length - told.length} statement(s)`,
      evidence: told.map((c) => c.text),
    };
  },
};

/**
 * Options `即エラー` / `キューに入れて下流の回復後にまとめて再送する` — lengths 4 and 21. Not of
 * names (which-concept): a name's length says nothing of whether it is the answer, and the rule
 * kept the sibling the notes set against the key out beside an acronym (`トランスポートモード`
 * beside `AH` for `トンネルモード`, reading 56).
 */
const similarLength: ItemRule = {
  name: 'similar-length',
  description: `Options of similar length (longest ≤ ${LENGTH_RATIO}× the shortest, in units: 1 per Japanese character, 2 per Latin word).`,
  check(question) {
    if (optionsAreLabels(question.kind)) return null;
    const sized = optionsOf(question);
    if (sized.length === 0) return null;
    const shortest = sized.reduce((a, b) => (b.units < a.units ? b : a));
    const longest = sized.reduce((a, b) => (b.units > a.units ? b : a));
    if (
      longest.units <= LENGTH_RATIO * Math.max(shortest.units, 1) ||
      longest.units - shortest.units < LENGTH_GAP
    )
      return null;
    return {
      message: `the longest option is ${longest.units} units, the shortest ${shortest.units}`,
      evidence: [longest.text, shortest.text],
    };
  },
};

/** Key `Safe for idempotent operations after a transient fault` against `Any operation` / `Never`. */
const keyNotLongest: ItemRule = {
  name: 'key-not-longest',
  description: `The key is not the longest option by far (≤ ${KEY_LENGTH_RATIO}× the longest wrong option).`,
  check(question) {
    const key = optionsOf(question).find((o) => o.choice.correct);
    const others = optionsOf(question).filter((o) => !o.choice.correct);
    if (!key || others.length === 0) return null;
    const keyUnits = key.units;
    const longestOther = Math.max(...others.map((o) => o.units));
    if (keyUnits <= KEY_LENGTH_RATIO * longestOther || keyUnits - longestOther < KEY_LENGTH_GAP)
      return null;
    return {
      message: `the key is ${keyUnits} units, the longest other option ${longestOther}`,
      evidence: [key.text],
    };
  },
};

/**
 * Under "which is a misconception", `Forbids bursts` (the key) beside `Keeps a timestamp per
 * request; exact, but memory grows with the limit` and `Stores one theoretical arrival time per
 * key`: the notes' misconceptions are short claims and their truths long, and the one short
 * option is picked.
 */
const keyNotShortest: ItemRule = {
  name: 'key-not-shortest',
  description: `Under a misconception question, the key is not the shortest option by far (≥ 1/${KEY_LENGTH_RATIO} of the shortest other option).`,
  check(question) {
    if (question.asksFor !== 'misconception') return null;
    const key = optionsOf(question).find((o) => o.choice.correct);
    const others = optionsOf(question).filter((o) => !o.choice.correct);
    if (!key || others.length < 2) return null;
    const shortestOther = Math.min(...others.map((o) => o.units));
    if (!keyFarShorter(key.units, shortestOther)) return null;
    return {
      message: `the key is ${key.units} units, the shortest other option ${shortestOther}`,
      evidence: [key.text],
    };
  },
};

/** True when a key of `key` units is far shorter than the shortest other option ({@link keyNotShortest}). */
export function keyFarShorter(key: number, shortestOther: number): boolean {
  return KEY_LENGTH_RATIO * key < shortestOther && shortestOther - key >= KEY_LENGTH_GAP;
}

/** `開発環境専用` (false) / `まとめて操作可能` (true) — only the false option says 専用. */
const absoluteWordsBalanced: ItemRule = {
  name: 'absolute-words-balanced',
  description:
    'Absolute words (のみ, 必ず, 常に, 専用, only, always, never…) do not mark only the false or only the true options.',
  check(question) {
    if (optionsAreLabels(question.kind)) return null;
    const marked = optionsOf(question).filter((o) => o.absolutes.length > 0);
    if (marked.length === 0 || marked.length === question.choices.length) return null;
    const truths = new Set(marked.map((o) => statesTruth(question, o.choice)));
    if (truths.size > 1) return null;
    const side = truths.has(true) ? 'true' : 'false';
    return {
      message: `absolute words appear only in ${side} statements`,
      evidence: marked.map((o) => `${o.text} [${o.absolutes.join(', ')}]`),
    };
  },
};

/** Words of `any` that make a claim sweeping (`Snapshots work on any cluster`), lower case. */
const ANY_WORDS: ReadonlySet<string> = new Set(['any', 'anything', 'anyone', 'anywhere']);

/**
 * `Any photo of a person is biometric data` (false) beside two true statements with no `any`:
 * the one sweeping claim is picked as the misconception at sight (readers of readings 54–55 named
 * `400 W on any sunny day`, `Any photon generates electricity`, `…excuses anything`). Only the
 * key's side: `any` in a true option (`RMS is defined for any waveform`) points away from the key,
 * and counted both ways, as `absolute-words-balanced` counts, it left 13 more of the 270 read
 * notes' concepts short of two questions.
 */
const sweepingKeyAlone: ItemRule = {
  name: 'sweeping-key-alone',
  description:
    'Under a misconception question, the key is not the only option that says any / anything / anyone / anywhere.',
  check(question) {
    if (question.asksFor !== 'misconception' || optionsAreLabels(question.kind)) return null;
    const says = (text: string): boolean => latinWords(text).some((w) => ANY_WORDS.has(w));
    const key = question.choices.find((c) => c.correct);
    if (!key || !says(key.text)) return null;
    if (question.choices.some((c) => !c.correct && says(c.text))) return null;
    return { message: 'only the key says any', evidence: [key.text] };
  },
};

/**
 * `Pod数を維持するよう自動起動` / `Pod障害時に指定数を満たすよう自動でPodを起動`, both true — one
 * claim twice, so neither can be the single answer. Options of different truth that share a frame
 * (`同じ行を読み直すと値が変わる` / `…行数が増減する`) are parallel distractors, not paraphrases.
 */
const noParaphrasePair: ItemRule = {
  name: 'no-paraphrase-pair',
  description: `No two options of the same truth share ≥ ${PARAPHRASE_OVERLAP * 100} % of their content (character bigrams and katakana words for Japanese, words for English), some of it beyond the frame every option shares.`,
  check(question) {
    const options = optionsOf(question);
    const frame = sharedFrame(options);
    const read = options.filter((o) => o.form !== 'phrase');
    for (let i = 0; i < read.length; i++) {
      for (let j = i + 1; j < read.length; j++) {
        const a = read[i];
        const b = read[j];
        if (!a || !b) continue;
        const truth = statesTruth(question, a.choice);
        if (truth !== statesTruth(question, b.choice)) continue;
        const shared = paraphraseShare(a, b, frame);
        if (shared !== null)
          return {
            message: `two ${truth ? 'true' : 'false'} options share ${Math.round(shared * 100)} % of their content`,
            evidence: [a.text, b.text],
          };
      }
    }
    return null;
  },
};

/**
 * How much of their content two options of one truth, neither a phrase, share when
 * `no-paraphrase-pair` reads them as one statement twice (the frame every option shares aside),
 * else null.
 */
function paraphraseShare(
  a: OptionAnalysis,
  b: OptionAnalysis,
  frame: ReadonlySet<string>,
): number | null {
  if (Math.min(a.tokens.size, b.tokens.size) < PARAPHRASE_MIN_TOKENS) return null;
  if (a.polarity.negative !== b.polarity.negative) return null;
  const shared = overlap(a.tokens, b.tokens);
  return shared >= PARAPHRASE_OVERLAP && sharesBeyond(a.tokens, b.tokens, frame) ? shared : null;
}

/** True when the two token sets share a token that is not part of the frame. */
function sharesBeyond(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  frame: ReadonlySet<string>,
): boolean {
  for (const token of a) if (b.has(token) && !frame.has(token)) return true;
  return false;
}

/**
 * The tokens every option has (`を返`, `返す` of `Aを返す` / `Bを返す` / `Cを返す`): options that
 * share only the frame are parallel, not paraphrases. Empty for fewer than three options.
 */
function sharedFrame(options: readonly OptionAnalysis[]): Set<string> {
  if (options.length < 3) return new Set();
  const [first, ...rest] = options;
  return new Set([...(first?.tokens ?? [])].filter((t) => rest.every((o) => o.tokens.has(t))));
}

/**
 * `単一障害点あり` / `単一障害点なし`, or `SOAは共有DB、MSAは専用DB` / `SOAは専用DB、MSAは共有DB` —
 * one claim and its negation or its reverse: one of the two must be true.
 */
const noContradiction: ItemRule = {
  name: 'no-contradiction',
  description:
    'No option is the negation (あり / なし, can / cannot) or the reverse (the same words swapped) of another.',
  check(question) {
    const read = optionsOf(question);
    for (let i = 0; i < read.length; i++) {
      for (let j = i + 1; j < read.length; j++) {
        const a = read[i];
        const b = read[j];
        if (!a || !b) continue;
        const message = contradiction(a, b);
        if (message) return { message, evidence: [a.text, b.text] };
      }
    }
    return null;
  },
};

/** Why `no-contradiction` reads option `a` and the later option `b` as one claim and its denial, or null. */
function contradiction(a: OptionAnalysis, b: OptionAnalysis): string | null {
  if (a.polarity.negative !== b.polarity.negative) {
    const same =
      a.polarity.core === b.polarity.core ||
      dice(a.coreTokens, b.coreTokens) >= CONTRADICTION_OVERLAP;
    if (same) return 'one option is the negation of another';
  }
  if (deniesClause(a, b) || deniesClause(b, a))
    return 'one option is the negation of a clause of another';
  if (deniesPredicate(a, b) || deniesPredicate(b, a))
    return 'one option denies the word another asserts';
  if (
    a.polarity.negative === b.polarity.negative &&
    a.tokens.size >= REVERSAL_MIN_TOKENS &&
    a.key !== b.key &&
    dice(a.tokens, b.tokens) === 1
  )
    return 'one option is the other with its words swapped';
  return null;
}

/** No frame: two options alone share none ({@link sharedFrame} of fewer than three options). */
const NO_FRAME: ReadonlySet<string> = new Set();

/**
 * True when two options, `a` before `b`, fail `no-paraphrase-pair` or `no-contradiction` on their
 * own: what {@link reviewQuestion} of a question of just these two options with those two rules
 * finds, read without building the question (the option search asks it of tens of thousands of
 * pairs). The two state the same truth exactly when their `correct` is equal, whatever the
 * question asks for.
 */
export function pairFailsAlone(a: Choice, b: Choice): boolean {
  const first = new OptionAnalysis(a);
  const second = new OptionAnalysis(b);
  if (
    a.correct === b.correct &&
    first.form !== 'phrase' &&
    second.form !== 'phrase' &&
    paraphraseShare(first, second, NO_FRAME) !== null
  )
    return true;
  return contradiction(first, second) !== null;
}

/** Japanese endings that deny the word before them (`独立していない`, `必須ではない`). */
const JA_DENYING_ENDS = ['していない', 'ではない', 'でない', 'しない', 'じゃない'];
/** A denial this short (in characters) says only that it denies its word. */
const MAX_DENIAL_CHARS = 24;
/** Kanji and katakana: the run before a denying ending is the word it denies. */
const NOUN_CHARACTER = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

/**
 * `denied-predicate`: a short Japanese option that only denies one word (`二つの系は独立していない`)
 * beside another that asserts that word (`獲得免疫は自然免疫と無関係に独立して働く`): one of the two
 * must be true, whatever their subjects (reading 23: the true option gave the misconception away).
 * Reads the denial's last few characters and looks its word up in the other option: linear.
 */
function deniesPredicate(denial: OptionAnalysis, other: OptionAnalysis): boolean {
  // A long option is no short denial: not read further (nor copied, trimmed or split).
  if (denial.text.length > 2 * MAX_DENIAL_CHARS) return false;
  const text = denial.text.trim().replace(/[。.]$/u, '');
  if ([...text].length > MAX_DENIAL_CHARS || other.polarity.negative) return false;
  const end = JA_DENYING_ENDS.find((e) => text.endsWith(e));
  if (!end) return false;
  let start = text.length - end.length;
  while (start > 0 && NOUN_CHARACTER.test(text[start - 1] as string)) start--;
  const word = text.slice(start, text.length - end.length);
  return [...word].length >= 2 && other.text.includes(word);
}

/** Tokens that carry no claim of their own in a short option (`Can have false negatives`). */
const WEAK_TOKENS = new Set(['can', 'have', 'has', 'be', 'is', 'are', 'may', 'will', 'it']);
/** A short option says something a clause can deny from this many tokens of content. */
const DENIED_CLAUSE_MIN_TOKENS = 2;

/**
 * `denied-clause`: a one-clause option whose claim (two content tokens or more) is said in a
 * clause of another option of the other polarity (`Can have false negatives` beside `Set
 * membership with no false negatives and tunable false positives; cannot delete`): one of the
 * two must be the answer, whatever the rest of the longer option says.
 */
function deniesClause(short: OptionAnalysis, long: OptionAnalysis): boolean {
  // Counted first: most options are one clause, whose reading the rule then never needs.
  if (short.clauseCount !== 1 || long.clauseCount < 2) return false;
  const [own] = short.clauses;
  if (!own) return false;
  const claim = [...own.coreTokens].filter((t) => !WEAK_TOKENS.has(t));
  if (claim.length < DENIED_CLAUSE_MIN_TOKENS) return false;
  return long.clauses.some(
    (c) => c.negative !== own.negative && claim.every((t) => c.coreTokens.has(t)),
  );
}

/**
 * `適合率と再現率の調和平均` (the key) beside `適合率と再現率の算術平均` — one claim with one term
 * swapped, one true and one false: a player who knows nothing sees that one of the two is the
 * answer (ITEM-WRITING.md: options that contradict each other). Options that share only the
 * frame every option has (`Aを返す` / `Bを返す` / `Cを返す`) are parallel, not such a pair; names
 * (which-concept and table questions) are not statements.
 */
const noMinimalPair: ItemRule = {
  name: 'no-minimal-pair',
  description: `The key and a wrong option do not share ≥ ${MINIMAL_PAIR_OVERLAP * 100} % of their content beyond the frame every option shares (one claim with a term swapped).`,
  check(question) {
    if (question.kind !== 'correct-about' && question.kind !== 'misconception-about') return null;
    const options = optionsOf(question);
    const frame = sharedFrame(options);
    const key = options.find((o) => o.choice.correct);
    if (!key || key.tokens.size < PARAPHRASE_MIN_TOKENS) return null;
    for (const other of options) {
      if (other === key || other.tokens.size < PARAPHRASE_MIN_TOKENS) continue;
      if (other.polarity.negative !== key.polarity.negative) continue;
      const shared = dice(beyond(key.tokens, frame), beyond(other.tokens, frame));
      if (shared >= MINIMAL_PAIR_OVERLAP)
        return {
          message: `the key and a wrong option share ${Math.round(shared * 100)} % of their content`,
          evidence: [key.text, other.text],
        };
    }
    return null;
  },
};

/** How much of one side a true statement and a wrong one's correction must share to be a pair. */
export const CORRECTION_OVERLAP = 0.5;
/**
 * A correction is read for what it says when it has this many words (runs of two characters or
 * more: `dependencies`, `エスケープ`, `出力時`), not single kanji (`書き込みは遅くなる` has only
 * `書` `込` `遅`, which any statement about writing shares).
 */
const CORRECTION_MIN_WORDS = 2;

/**
 * True when the true `statement` is said in the correction `why` of a wrong statement (most of
 * the statement is in the correction: `A commit is a snapshot` / correction `a commit is a
 * snapshot of the whole tree`).
 */
export function saidInCorrection(statement: string, why: string | null): boolean {
  return why !== null && coverage(statement, why) >= CORRECTION_OVERLAP;
}

/**
 * `row-contrast`: a misconception cell the notes give no correction of its own is explained by
 * its row's correct cell (`Correct: “…”`). Beside that very cell as the key, the two are a claim
 * and its denial only when they speak of the same thing and share a word (`Rolls back on
 * failure` / `…no rollback on failure`). Sharing none (`Guarantees the apply will succeed` /
 * `Computes the actions without changing anything`), they are two claims, one wrong: the row's
 * misconception is the best distractor there is (ITEM-WRITING.md: 即座にエラーを返す beside
 * キューに溜め…), not a pair that points at the key.
 */
export function rowContrast(
  key: string,
  wrong: string,
  why: string | null,
  language: 'ja' | 'en',
): boolean {
  return (
    why !== null &&
    why === wordingFor(language).correctIs(key) &&
    coverage(key, wrong) === 0 &&
    coverage(wrong, key) === 0
  );
}

/**
 * True when the true `statement` says what the correction `why` of a wrong statement says, either
 * way: {@link saidInCorrection}, or most of the correction's words are in the statement
 * (correction `dependencies are read only at install time` / `Metadata is written at install
 * time: a new dependency or a new entry point needs a reinstall`).
 */
export function statesCorrection(statement: string, why: string | null): boolean {
  if (why === null) return false;
  if (saidInCorrection(statement, why)) return true;
  const words = correctionWords(why);
  return words !== null && coverage(words, statement) >= CORRECTION_OVERLAP;
}

/**
 * The words of a correction {@link statesCorrection} seeks in a statement (its runs of two
 * characters or more, joined by spaces), or null when they are fewer than
 * {@link CORRECTION_MIN_WORDS}. Memoised per build: a big table tests each correction against
 * many statements, and one string per correction is hashed once where a string joined at each
 * test was hashed at each.
 */
const correctionWords = memoByText((why: string): string | null => {
  const words = contentRuns(why).filter((r) => r.weight >= 2);
  return words.length < CORRECTION_MIN_WORDS ? null : words.map((w) => w.text).join(' ');
});

/** Words of content (runs of this many characters or more) a key and a wrong option share to be about one thing. */
const SHARED_SUBJECT_MIN_CHARS = 3;
/** …and how many of them. */
const SHARED_SUBJECT_WORDS = 2;

/**
 * `correction-on-shared-subject`: the true `statement` says what the correction `why` of the wrong
 * `wrong` says ({@link statesCorrection}) and the two share two or more words of content — they
 * talk about one thing and say opposite things of it (`The Archive Access and Deep Archive
 * Access tiers, which need a restore, are opt-in` beside `Moves objects into tiers that need a
 * restore without being asked`, corrected `those tiers are opt-in`): a player sees that one of
 * the two is the answer. A key that answers a wrong option in other words (`Fails at once`
 * beside `Queues requests until the service recovers`) is a fair correct-about question.
 */
export function contradictsOnSubject(
  statement: string,
  wrong: string,
  why: string | null,
): boolean {
  if (!statesCorrection(statement, why)) return false;
  let shared = 0;
  const seen = new Set<string>();
  for (const run of contentRuns(wrong)) {
    if (run.weight < SHARED_SUBJECT_MIN_CHARS || seen.has(run.text)) continue;
    seen.add(run.text);
    if (coverage(run.text, statement) === 1) shared++;
  }
  return shared >= SHARED_SUBJECT_WORDS;
}

/**
 * `Picks up a new dependency added to pyproject.toml` (the misconception asked for, corrected by
 * `dependencies are read only at install time`) beside the true `Metadata is written at install
 * time: a new dependency or a new entry point needs a reinstall` — a true distractor that answers
 * the key points at it. In a correct-about question the key may be the correction of a wrong
 * option (ITEM-WRITING.md's own example: 即座にエラーを返す beside キューに溜め…), but not said in
 * a wrong option's correction word for word (the two are one claim and its negation).
 */
const noCorrectionBesideKey: ItemRule = {
  name: 'no-correction-beside-key',
  description: `In a misconception-about question no true option says what the key's correction says (≥ ${CORRECTION_OVERLAP * 100} % of one in the other); in a correct-about question the key is not said in a wrong option's correction, nor says it of the same thing (two words of content shared).`,
  check(question) {
    const answers =
      question.kind === 'misconception-about'
        ? statesCorrection
        : question.kind === 'correct-about'
          ? saidInCorrection
          : null;
    if (!answers) return null;
    const trues = question.choices.filter((c) => statesTruth(question, c));
    for (const wrong of question.choices) {
      if (statesTruth(question, wrong) || !wrong.why) continue;
      const answer = trues.find(
        (t) =>
          (answers(t.text, wrong.why) &&
            !(
              question.kind === 'correct-about' &&
              rowContrast(t.text, wrong.text, wrong.why, question.language)
            )) ||
          (question.kind === 'correct-about' &&
            t.correct &&
            contradictsOnSubject(t.text, wrong.text, wrong.why)),
      );
      if (answer)
        return {
          message: 'a true option says the correction of a false one',
          evidence: [answer.text, `${wrong.text} (${wrong.why})`],
        };
    }
    return null;
  },
};

/** The tokens not in the frame. */
function beyond(tokens: ReadonlySet<string>, frame: ReadonlySet<string>): Set<string> {
  return new Set([...tokens].filter((t) => !frame.has(t)));
}

/**
 * True when the option mentions `name`: a Latin name as whole words (`NAT` is not in `alternative`),
 * a Japanese name anywhere (no spaces to mark words).
 */
export function mentionsName(option: OptionAnalysis, name: string): boolean {
  const nameWords = latinWords(name);
  const key = compareKey(name);
  if (key.length < 2) return false;
  // `LoadBalancer` is named by `An external load balancer…` too.
  const spelled = camelCaseSpelled(name);
  if (spelled && option.spacedWords.includes(` ${spelled} `)) return true;
  if (nameWords.join('') === key) return option.spacedWords.includes(` ${nameWords.join(' ')} `);
  return option.key.includes(key);
}

/**
 * A name of one camel-case word in words (`LoadBalancer` → `load balancer`, `NodePort` → `node
 * port`, `ClusterIP` → `cluster ip`), or null for any other name.
 */
export function camelCaseSpelled(name: string): string | null {
  const word = name.trim();
  if (!/^[A-Za-z]+$/.test(word) || !/[a-z]/.test(word)) return null;
  const parts = camelCaseWords(word);
  return parts.length >= 2 ? parts.join(' ').toLowerCase() : null;
}

/**
 * True when the option names the concept by one of `names`; an option that is one of its names
 * (`403 Forbidden`, though it holds `Forbidden`) is no clue and does not count.
 */
function optionNamesConcept(option: OptionAnalysis, names: readonly string[]): boolean {
  const keys = names.map(compareKey);
  return !keys.includes(option.key) && names.some((name) => mentionsName(option, name));
}

/** {@link optionNamesConcept} of a text, as the no-concept-name-clue rule reads it. */
export function namesTheConcept(text: string, names: readonly string[]): boolean {
  return optionNamesConcept(new OptionAnalysis({ text, correct: false, why: null }), names);
}

/** True when a wrong option's aside is one of `names` (`X（マルチプライマリ）` of マルチプライマリ). */
function asideNames(choices: readonly Choice[], names: readonly string[]): boolean {
  const keys = new Set(names.map(compareKey));
  return choices.some(
    (c) => !c.correct && nameAside(c.text).parts.some((p) => keys.has(compareKey(p))),
  );
}

/** `セルフヒーリングはNode単位` among `Pod数を維持` / `自動起動` — the only option naming the concept. */
const noConceptNameClue: ItemRule = {
  name: 'no-concept-name-clue',
  description:
    'No option names the concept unless all of them do (an option that is only the name is fine).',
  check(question, context) {
    // `names-are-options`: the options of "which concept does this describe" are the concepts'
    // names; one that holds the key's (`非競合阻害`, `不競合阻害` beside `競合阻害`) is another
    // concept, a sibling named alike, not a mention of this one (reading 29: 競合阻害 was asked
    // beside 定常状態近似 and kcat/Km, its own kin refused as name clues).
    // Not one that calls itself by the key's name in its aside (`Group Replication / Galera
    // （マルチプライマリ）` beside `マルチプライマリ`): that is a kind of it, and fits too.
    const names = [question.conceptName, ...context.conceptNames];
    if (optionsAreLabels(question.kind) && !asideNames(question.choices, names)) return null;
    // `Token bucket: forbids bursts` beside `Leaky bucket: …`: each option names its own concept.
    if (labelledByConcepts(question.choices, names)) return null;
    const naming = optionsOf(question).filter((o) => optionNamesConcept(o, names));
    if (naming.length === 0 || naming.length === question.choices.length) return null;
    return {
      message: `${naming.length} of ${question.choices.length} options name the concept "${question.conceptName}"`,
      evidence: naming.map(quote),
    };
  },
};

/** Options `あり` / `なし`, or `低い` / `高め` — a table cell read aloud. */
const noBareValues: ItemRule = {
  name: 'no-bare-values',
  description:
    'The options are not all bare yes/no marks or grade words (あり/なし, ○/×, 発生/防止, high/low).',
  check(question) {
    if (!question.choices.every((c) => isBareValue(c.text))) return null;
    return {
      message: 'every option is a bare yes/no or grade word',
      evidence: question.choices.map(quote),
    };
  },
};

const ABOVE_PHRASES = [
  '上記のすべて',
  '上記すべて',
  '上記のいずれも',
  '上記いずれも',
  '以上のすべて',
  'いずれでもない',
  'どれも正しい',
  'どれも誤り',
  'all of the above',
  'none of the above',
  'both of the above',
  'all of these',
  'none of these',
].map(compareKey);

/** `上記のすべて` / `None of the above` — the player answers about the other options, not the idea. */
const noAllOrNoneOfAbove: ItemRule = {
  name: 'no-all-or-none-of-the-above',
  description: 'No "all of the above" / "none of the above" option.',
  check(question) {
    const found = optionsOf(question).filter((o) => ABOVE_PHRASES.includes(o.key));
    return found.length === 0
      ? null
      : { message: 'an "all/none of the above" option', evidence: found.map(quote) };
  },
};

/** The option rules, in the order a reviewer reads a question. */
export const OPTION_RULES: readonly ItemRule[] = [
  optionCount,
  oneKey,
  distinctOptions,
  oneForm,
  oneMood,
  similarLength,
  keyNotLongest,
  keyNotShortest,
  absoluteWordsBalanced,
  sweepingKeyAlone,
  noParaphrasePair,
  noContradiction,
  noMinimalPair,
  noCorrectionBesideKey,
  noConceptNameClue,
  noBareValues,
  noAllOrNoneOfAbove,
];
