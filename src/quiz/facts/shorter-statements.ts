/**
 * A true sentence too long for an option, cut to a clause that stands alone and says less but
 * nothing else. English ({@link SHORTENING_RULES}): a trailing `, which …` aside, a `, because …`
 * reason, a `, so …` consequence, the first of two clauses joined by `; `, a closing parenthesis,
 * or the first sentence. Japanese ({@link JA_SHORTENING_RULES}): a closing full-width parenthesis,
 * the first sentence, the reason before `ので、`. A summary cell's later sentences may stand alone
 * too ({@link laterSentences}). A condition (`unless`, `if`, `while`…) is never cut: without it the
 * sentence would say something else. One indexOf or one scan per rule, so linear. Pure.
 */
import { trailingParenthetical } from '../notes/misconception-bullet.ts';
import { sentenceStops } from '../notes/sentence-ends.ts';
import { bracketsClosed, firstOutsideBrackets } from '../text/brackets.ts';
import { contextRule } from '../text/context-words.ts';
import { formOf } from '../text/forms.ts';
import { trimEndOf, withoutFinalStop } from '../text/trim.ts';

/** A named way to shorten a sentence, with an example (long → short). */
export interface ShorteningRule {
  name: string;
  example: readonly [string, string];
  /** Where the kept clause ends, or -1. */
  cutAt: (sentence: string) => number;
}

/** The clause kept is at least this long (a shorter one says too little). */
const MIN_CLAUSE = 24;

export const SHORTENING_RULES: readonly ShorteningRule[] = [
  {
    name: 'without a trailing which-aside',
    example: [
      'Any two majorities of the same group overlap in at least one member, which is what lets a new decision see the old one',
      'Any two majorities of the same group overlap in at least one member',
    ],
    cutAt: trailingWhich,
  },
  {
    name: 'without a trailing reason',
    example: [
      'Requiring a majority for every write prevents it, because only one side of a partition can hold a majority',
      'Requiring a majority for every write prevents it',
    ],
    cutAt: (s) => s.indexOf(', because '),
  },
  {
    name: 'the first of two clauses',
    example: [
      'Members that hear nothing from a leader for an election timeout start an election; a candidate that collects votes from a majority becomes leader',
      'Members that hear nothing from a leader for an election timeout start an election',
    ],
    // `otherwise-keeps-its-rule`: not before a clause that says what holds when the first does
    // not (`…domiciled in the state for 730 days before filing; otherwise the state where they
    // lived…`): cut there, the first reads as a rule of its own (reading 68's `g`).
    // `limit-keeps-its-rule`: nor before one that limits the first or says what follows it
    // (`The 50 % applies at purchase; afterwards the ongoing test is maintenance`, `The written
    // note names are right; only the octave differs`): cut there, the first says more than the
    // notes (readings 77 and 79).
    // `parallel-halves`: nor before a clause built like the first on another subject (`N leaves
    // through the air (N₂); P leaves through the sludge (WAS)`, `CQS is about methods; CQRS is
    // about whole models`): the two are one contrast, and the first alone is the half the
    // sentence's concept is not about (reading 90 keyed EBPR for `N leaves through the air`).
    cutAt: (s) => {
      const at = firstOutsideBrackets(s, '; ');
      if (at < 0) return -1;
      const next = s.slice(at + 2);
      return opensOnWordOf(next, RULE_KEEPING_OPENINGS) || parallelHalves(s.slice(0, at), next)
        ? -1
        : at;
    },
  },
  {
    name: 'without a trailing consequence',
    example: [
      'Atmospheric drag removes orbital energy from the satellite, so the orbit shrinks until it re-enters',
      'Atmospheric drag removes orbital energy from the satellite',
    ],
    cutAt: (s) => firstOutsideBrackets(s, ', so '),
  },
  {
    name: 'without a trailing parenthesis',
    example: [
      'The runtime multiplexes goroutines onto a small number of OS threads (GOMAXPROCS of them run Go code at once)',
      'The runtime multiplexes goroutines onto a small number of OS threads',
    ],
    cutAt: trailingParenthesisStart,
  },
  {
    name: 'the first sentence',
    example: [
      'HTTP/2 removes head-of-line blocking at the HTTP level only. A lost TCP segment still stalls every stream of the connection until it is retransmitted',
      'HTTP/2 removes head-of-line blocking at the HTTP level only',
    ],
    cutAt: firstSentenceEnd,
  },
];

/**
 * Where a `, which …` aside that runs to the end of the sentence opens; -1 for one closed by a
 * comma mid-sentence (`The Archive Access tiers, which need a restore, are opt-in`: cut there,
 * the subject would be left without its verb).
 */
function trailingWhich(text: string): number {
  const at = text.indexOf(', which ');
  return at >= 0 && text.indexOf(', ', at + 2) < 0 ? at : -1;
}

/** Where a parenthesis that closes the sentence opens (` (`), when it is the only one; else -1. */
function trailingParenthesisStart(text: string): number {
  if (!text.endsWith(')')) return -1;
  const open = text.indexOf(' (');
  return open >= 0 && open === text.lastIndexOf(' (') && text.indexOf(')') === text.length - 1
    ? open
    : -1;
}

/**
 * Where the first sentence ends: a `.` followed by a space and a capital that
 * {@link sentenceStops} reads as an end (not `e.g. Maglev`); -1 when there is none.
 */
function firstSentenceEnd(text: string): number {
  for (const at of sentenceStops(text, 'en'))
    if (text[at] === '.' && text[at + 1] === ' ' && /\p{Lu}/u.test(text[at + 2] ?? '')) return at;
  return -1;
}

/**
 * The sentence itself when it is at most `max` characters (or not English), else the first
 * clause a rule of {@link SHORTENING_RULES} leaves that fits (at most `longest` characters, `max`
 * unless said) and is no bare phrase, else the sentence (too long: the option checks leave it out).
 */
export function shorterStatement(
  sentence: string,
  language: 'ja' | 'en',
  max: number,
  longest: number = max,
): string {
  if (language !== 'en' || [...sentence].length <= max) return sentence;
  return shorterClause(sentence, longest, CUTS_IN_A_ROW) ?? sentence;
}

/**
 * `cuts-in-a-row`: how many rules may cut one after another. The first of two clauses may still
 * be too long for its trailing parenthesis (`Food and energy are excluded because they are
 * volatile and driven by supply shocks (weather, oil); core is a better predictor…` → `…driven
 * by supply shocks`, a statement reading 54's notes had dropped as too long).
 */
const CUTS_IN_A_ROW = 2;

/**
 * The first clause a rule of {@link SHORTENING_RULES} leaves from `sentence` that fits in
 * `longest` characters and reads alone, cutting again a clause that reads alone but is too long
 * while `cuts` allows; null when none does.
 */
function shorterClause(sentence: string, longest: number, cuts: number): string | null {
  for (const rule of SHORTENING_RULES) {
    const at = rule.cutAt(sentence);
    if (at < MIN_CLAUSE) continue;
    const clause = sentence.slice(0, at).trim();
    if (
      !bracketsClosed(clause) ||
      formOf(clause, 'en') === 'phrase' ||
      endsOnBareComparative(clause) ||
      endsWantingObject(clause)
    )
      continue;
    if ([...clause].length <= longest) return clause;
    const shorter = cuts > 1 ? shorterClause(clause, longest, cuts - 1) : null;
    if (shorter !== null) return shorter;
  }
  return null;
}

/** How many words after the subject two clauses share, in place, to be built alike. */
const PARALLEL_WORDS = 2;

/**
 * True when the two clauses differ in their first word and share the {@link PARALLEL_WORDS}
 * after it (`N leaves through the air` / `P leaves through the sludge`, `is for identity` / `is
 * for values`): one statement said of two subjects side by side.
 */
function parallelHalves(first: string, second: string): boolean {
  const a = first.trim().toLowerCase().split(/\s+/);
  const b = second.trim().toLowerCase().split(/\s+/);
  if (a.length <= PARALLEL_WORDS || b.length <= PARALLEL_WORDS || a[0] === b[0]) return false;
  for (let i = 1; i <= PARALLEL_WORDS; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Words that open a clause of what holds when the clause before it does not. */
const ALTERNATIVE_OPENINGS = ['otherwise', 'else', 'or else', 'if not'];

/** Words that open a clause limiting the one before it or saying what comes after it. */
const LIMIT_OPENINGS = [
  'afterwards',
  'afterward',
  'after that',
  'thereafter',
  'only',
  'but',
  'then',
];

/** Openings of a clause after `; ` that the clause before it cannot be cut from. */
const RULE_KEEPING_OPENINGS = [...ALTERNATIVE_OPENINGS, ...LIMIT_OPENINGS];

/**
 * True when the clause opens on one of `words` as a whole word, in any case (`Otherwise, …`,
 * `Only the octave differs`): {@link RULE_KEEPING_OPENINGS}.
 */
function opensOnWordOf(clause: string, words: readonly string[]): boolean {
  const lower = clause.trimStart().slice(0, 12).toLowerCase();
  return words.some((w) => lower.startsWith(w) && !/[a-z]/.test(lower.charAt(w.length)));
}

/** The Japanese clause kept is at least this long, in characters. */
const MIN_CLAUSE_JA = 10;

/** A named way to shorten a Japanese statement, with an example (long → short). */
export interface JapaneseShorteningRule {
  name: string;
  example: readonly [string, string];
  /** The clause kept, or null where the rule does not apply. */
  cut: (sentence: string) => string | null;
}

export const JA_SHORTENING_RULES: readonly JapaneseShorteningRule[] = [
  {
    name: 'ja-without-a-trailing-parenthesis',
    example: [
      '乾燥ではなく化学反応なので、水中でも硬化する（だから水中コンクリートや養生水槽が成立する）',
      '乾燥ではなく化学反応なので、水中でも硬化する',
    ],
    cut: (s) => {
      if (!s.endsWith('）')) return null;
      // The one parenthesis of the sentence: none before it, none inside it.
      const closing = trailingParenthetical(s);
      return closing && !/[（(]/u.test(closing.before) && !/[（(]/u.test(closing.inside)
        ? closing.before
        : null;
    },
  },
  {
    name: 'ja-the-first-sentence',
    example: [
      '強い参照がすべてなくなったオブジェクトは次のGCで回収されうる。キャッシュに使われる',
      '強い参照がすべてなくなったオブジェクトは次のGCで回収されうる',
    ],
    cut: (s) => {
      const stop = sentenceStops(s, 'ja')[0];
      return stop === undefined || stop === s.length - 1 ? null : s.slice(0, stop);
    },
  },
  {
    name: 'ja-the-reason-stated',
    example: [
      '内容が変われば URL が変わるので、古い URL は何年キャッシュされても問題ない',
      '内容が変われば URL が変わる',
    ],
    // `…変わるので、…`: the reason is said as a fact. Not after `な` (`…量なので`: a noun that
    // would be left without its copula) nor after a quotation (`キーを含めれば「同じ値は同じパーティ
    // ションに入る」ので、…`, reading 76: a clause that ends on what it quotes says nothing), and
    // only at the first `ので、`.
    cut: (s) => {
      const at = s.indexOf(REASON_JA);
      return at > 0 &&
        !NO_REASON_BEFORE.includes(s[at - 1] ?? '') &&
        s.indexOf(REASON_JA, at + 1) < 0
        ? s.slice(0, at)
        : null;
    },
  },
];

/** `…ので、`: the reason before a Japanese main clause. */
const REASON_JA = 'ので、';
/** What a reason cut off at `ので、` may not end on: a noun's `な`, a closing quotation mark. */
const NO_REASON_BEFORE = 'な」』';

/**
 * A Japanese statement cut by the first rule of {@link JA_SHORTENING_RULES} that leaves a
 * statement of its own that fits (at least {@link MIN_CLAUSE_JA} characters, at most `max`,
 * brackets closed); else the sentence, which is also what a statement of at most `max` characters
 * gets.
 */
export function shorterJapanese(sentence: string, max: number, longest: number = max): string {
  if ([...sentence].length <= max) return sentence;
  for (const rule of JA_SHORTENING_RULES) {
    const clause = rule.cut(sentence)?.trim();
    if (!clause) continue;
    const size = [...clause].length;
    if (
      size >= MIN_CLAUSE_JA &&
      size <= longest &&
      bracketsClosed(clause) &&
      formOf(clause, 'ja') === 'statement'
    )
      return clause;
  }
  return sentence;
}

/** A cell of more sentences than this is a paragraph ({@link laterSentences}). */
const MAX_CELL_SENTENCES = 4;

/**
 * `a-later-sentence`: the sentences after the first of a true statement of two or more, each as a
 * statement of its own (`所有者・グループ・その他の3クラス × rwx。r=4、w=2、x=1 の和で8進表記` →
 * `r=4、w=2、x=1 の和で8進表記`), where it stands alone: a statement, no pointer back to the
 * sentence before (text/context-words.ts), brackets closed, and a size between the clause's least
 * ({@link MIN_CLAUSE}, {@link MIN_CLAUSE_JA}) and `longest`.
 */
export function laterSentences(text: string, language: 'ja' | 'en', longest: number): string[] {
  const stops = sentenceStops(text, language).filter((at) => at < text.length - 1);
  // A cell of many sentences is a paragraph, and each sentence goes on from the one before.
  if (stops.length > MAX_CELL_SENTENCES - 1) return [];
  const least = language === 'en' ? MIN_CLAUSE : MIN_CLAUSE_JA;
  const out: string[] = [];
  for (let i = 0; i < stops.length; i++) {
    const from = (stops[i] as number) + 1;
    const to = stops[i + 1] ?? text.length;
    const sentence = withoutFinalStop(text.slice(from, to).trim());
    const size = [...sentence].length;
    if (
      size >= least &&
      size <= longest &&
      bracketsClosed(sentence) &&
      formOf(sentence, language) === 'statement' &&
      contextRule(sentence, language) === null
    )
      out.push(sentence);
  }
  return out;
}

/** Comparatives a clause may end on: said without `than`, what they compare with was in the rest. */
const COMPARATIVES = new Set([
  'lower',
  'higher',
  'cheaper',
  'faster',
  'slower',
  'larger',
  'smaller',
  'bigger',
  'longer',
  'shorter',
  'more',
  'less',
  'fewer',
  'better',
  'worse',
]);

/**
 * `no-bare-comparative`: a clause that ends on a comparative (`The storage price is lower`)
 * compares with something the sentence names elsewhere (`…, like S3 Standard` before it, `than
 * …` after it): cut there, it no longer says lower than what. Reads the clause's last word.
 */
function endsOnBareComparative(clause: string): boolean {
  return COMPARATIVES.has(lastWord(clause));
}

/** A clause's last word, lower case, without the stops after it. */
function lastWord(clause: string): string {
  const word = clause.slice(clause.lastIndexOf(' ') + 1).toLowerCase();
  // A scan, not `[.,;:!?)]+$`, which tries every start of a long run of stops not at the end.
  return trimEndOf(word, '.,;:!?)');
}

/**
 * Words that want what follows them: articles, the copula and verbs that take an object. A clause
 * cut after one (`…each field has a resolver that receives`, where the cut parenthesis `(parent,
 * args, context, info)` was its object) is left hanging. Not prepositions: a relative clause ends
 * on one in good English (`declares ranges the project works with`).
 */
const WANTS_OBJECT = new Set([
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'be',
  'means',
  'equals',
  'receives',
  'returns',
  'takes',
  'accepts',
  'contains',
  'includes',
  'uses',
  'calls',
  'sends',
  'gets',
  'gives',
  'becomes',
]);

/**
 * `no-hanging-object`: a clause that ends on a word of {@link WANTS_OBJECT} lost that word's
 * object where it was cut. Reads the clause's last word.
 */
function endsWantingObject(clause: string): boolean {
  return WANTS_OBJECT.has(lastWord(clause));
}
