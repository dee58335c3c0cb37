/**
 * The grammatical form of an option, by a measurable proxy: a **statement** says something
 * (it has a predicate), a **phrase** only names something.
 *
 * Japanese: a statement ends like a predicate (る, た, い, だ, す…, or 可能 / 不要 / あり / なし),
 * or has the particle を, a topic or subject particle (は / が after a word), or a case particle
 * before a word and a kanji verbal noun at the end (`レジストリから動的に選択`); a noun modified by
 * a clause (`…を発見する仕組み`) and a bare noun (`負荷分散`) are phrases.
 *
 * English: a statement has an auxiliary or copula (is, can, does, must…), starts with a pronoun
 * or with a verb in -s (`Fails fast`, `Routes by path`), or has a verb in -s before a determiner,
 * a preposition or an adverb (`The scheduler starts the containers`, `arrives as one message`).
 * Otherwise up to four words is a phrase; a longer text without a verb found is `unclear` and
 * counts as neither. Pure; one pass.
 */
import { endsModifier } from '../text/modifier.ts';
import { MODALS } from '../text/verbs.ts';
import {
  charClass,
  classOfCode,
  isJapaneseText,
  latinWords,
  withoutTrailingParenthetical,
} from './text-measures.ts';

export type OptionForm = 'statement' | 'phrase' | 'unclear';

/** Hiragana a Japanese predicate ends with (verbs, i-adjectives, copula, polite forms). */
export const PREDICATE_ENDINGS: ReadonlySet<string> = new Set([
  'る',
  'た',
  'だ',
  'い',
  'す',
  'う',
  'く',
  'つ',
  'む',
  'ぶ',
  'ぐ',
  'ず',
  'ぬ',
  'ん',
  'て',
  'か',
]);
/**
 * Words that end a predicate in note style (`まとめて操作可能`), and `べき` (`毎晩VACUUM FULLすべき`:
 * should, said without its copula).
 */
const PREDICATE_NOUNS: readonly string[] = [
  '可能',
  '不可',
  '不要',
  '必要',
  '不能',
  'あり',
  'なし',
  'べき',
];

/** Auxiliary verbs: be, do and have forms, and the modal verbs ({@link MODALS}). */
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'am',
  'does',
  "doesn't",
  'do',
  "don't",
  'did',
  "didn't",
  'has',
  'have',
  'had',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  ...MODALS,
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'every',
  'each',
  'all',
  'any',
  'no',
  'one',
  'some',
  'this',
  'that',
  'these',
  'those',
]);
/** Words after a plural noun that show it is a noun, not a verb (`Requests per second`). */
const NOUN_FOLLOWERS = new Set(['per', 'of', 'and', 'or']);

/**
 * `補助機能を追加` → statement, `中継` → phrase, `HTTP/2専用` → phrase,
 * `The data is encrypted with the public key` → statement, `Symmetric session keys` → phrase,
 * `Used by DNS queries, QUIC and games` → unclear.
 */
export function optionForm(text: string): OptionForm {
  const head = withoutTrailingParenthetical(text);
  return isJapaneseText(head) ? japaneseForm(head) : englishForm(head);
}

/** Particles: a noun modified by a clause has none after the clause (`発見する仕組み`). */
const PARTICLES = new Set(['を', 'が', 'は', 'に', 'で', 'と', 'へ', 'も', 'の', 'や']);
/** Case particles that make a clause when a word of content follows (`動的に選択`, `外側で実装`). */
const CASE_PARTICLES: readonly string[] = ['から', 'まで', 'より', 'に', 'で', 'へ', 'と'];

/** The index of the text's last character that is no mark, stop or space; -1 for none. */
export function lastWordChar(text: string): number {
  let end = text.length - 1;
  while (end >= 0 && classOfCode(text.charCodeAt(end)) === 'other') end--;
  return end;
}

/** How a Japanese option reads (see {@link optionForm}); `text` without its trailing parenthetical. */
export function japaneseForm(text: string): OptionForm {
  // Indexes are UTF-16 units: every character tested below is in the BMP.
  const chars = text.normalize('NFKC').trim();
  const end = lastWordChar(chars);
  if (end < 0) return 'phrase';
  if (PREDICATE_ENDINGS.has(chars[end] ?? '')) return 'statement';
  const tail = chars.slice(Math.max(0, end - 2), end + 1);
  if (PREDICATE_NOUNS.some((word) => tail.endsWith(word))) return 'statement';
  // `equation`: `誤差 = バイアス² + バリアンス + 削減できないノイズ` says what equals what.
  if (isEquation(chars)) return 'statement';
  if (relativeClauseNoun(chars, end)) return 'phrase';
  const endsInVerbalNoun = classOfCode(chars.charCodeAt(end)) === 'han';
  const endsOnNoun = endsOnNounAfterNo(chars, end);
  // `quoted-clause-is-a-name`: a clause in 「」 names something (`「受信が含まれるなら…」カット` is
  // a noun phrase): its particles make no statement.
  // `aside-is-no-clause` too: the particles of a parenthesis (`固定子（界磁：小型は永久磁石が多い）と、
  // 回転子`) belong to the aside, not to the option (reading 32).
  let quoted = '「『（('.includes(chars[0] ?? '') ? 1 : 0;
  for (let i = 1; i < end; i++) {
    const ch = chars[i] ?? '';
    if ('「『（('.includes(ch)) quoted++;
    else if ('」』）)'.includes(ch) && quoted > 0) quoted--;
    if (quoted > 0) continue;
    const before = classOfCode(chars.charCodeAt(i - 1));
    if (ch === 'を' && !endsOnNoun) return 'statement';
    // `…のは` / `…のが`: a clause made a noun and the topic (`ログをまとめるのはサイドカーの役目`).
    if ((ch === 'は' || ch === 'が') && (before !== 'hiragana' || chars[i - 1] === 'の'))
      return 'statement';
    if (endsInVerbalNoun && !endsOnNoun && before !== 'hiragana') {
      const particle = CASE_PARTICLES.find((p) => chars.startsWith(p, i));
      const next = chars.charCodeAt(i + (particle?.length ?? 0));
      // A word of content after it (`動的に選択`), not a comma (`固定子と、回転子`: a list).
      const after = classOfCode(next);
      if (particle && after !== 'hiragana' && after !== 'other') return 'statement';
    }
  }
  return 'phrase';
}

/** The noun after the last `の` of a noun phrase is at most this many characters (`仕組み`). */
const MAX_HEAD_NOUN = 5;

/**
 * `object-inside-a-noun-phrase`: a text that ends on `の` and a noun (`外部からのコントリビューションを
 * 受け入れるときの仕組み`) is a noun phrase, whatever `を` its clause holds; only `は` / `が` make it
 * a statement (`ログをまとめるのはサイドカーの役目`). The noun opens on a kanji or katakana and holds
 * no particle.
 */
function endsOnNounAfterNo(chars: string, end: number): boolean {
  const no = chars.lastIndexOf('の', end);
  if (no <= 0 || end - no > MAX_HEAD_NOUN) return false;
  const head = chars.slice(no + 1, end + 1);
  const first = classOfCode(head.charCodeAt(0));
  return (first === 'han' || first === 'katakana') && ![...head].some((c) => PARTICLES.has(c));
}

/**
 * True when the text sets two sides equal (`A = B`), each side holding something: a lone `=`,
 * not a comparison (`<= 3`, `!=`, `==`).
 */
function isEquation(chars: string): boolean {
  const at = chars.indexOf('=');
  if (at <= 0 || '<>!='.includes(chars[at - 1] ?? '') || chars[at + 1] === '=') return false;
  return chars.slice(0, at).trim() !== '' && chars.slice(at + 1).trim() !== '';
}

/**
 * `…を発見する仕組み`, `…を変換するコンテナ`: a verb or adjective ending directly before the last
 * word (okurigana such as the み of 仕組み allowed), with no particle after it — a noun with a
 * relative clause, not a statement.
 */
function relativeClauseNoun(chars: string, end: number): boolean {
  for (let i = end; i > 0; i--) {
    const ch = chars[i] ?? '';
    const cls = charClass(ch);
    if (cls === 'other' || PARTICLES.has(ch)) return false;
    if (cls !== 'hiragana') continue;
    const next = charClass(chars[i + 1] ?? '');
    if (
      endsModifier(ch, chars[i - 1]) &&
      (next === 'han' || next === 'katakana' || next === 'latin')
    )
      return true;
  }
  return false;
}

/** Pronouns that start a clause (`It limits requests per second`). */
const PRONOUNS = new Set(['it', 'they', 'this', 'he', 'she', 'we', 'you', 'i']);
/** Words that follow a verb rather than a plural noun (`arrives as`, `works for`). */
const VERB_FOLLOWERS = new Set([
  ...DETERMINERS,
  'as',
  'from',
  'over',
  'with',
  'to',
  'into',
  'across',
  'through',
  'on',
  'at',
  'only',
  'also',
  'again',
  'fast',
  'slowly',
]);
/** Up to this many words without a verb is a noun phrase; longer ones are left undecided. */
const MAX_PHRASE_WORDS = 4;

/** How an English option reads (see {@link optionForm}); `text` without its trailing parenthetical. */
export function englishForm(text: string): OptionForm {
  const words = latinWords(text);
  if (nounWithRelativeClause(words)) return 'phrase';
  if (words.some((w) => AUXILIARIES.has(w))) return 'statement';
  const first = words[0] ?? '';
  if (words.length >= 2 && PRONOUNS.has(first)) return 'statement';
  if (
    words.length >= 2 &&
    looksLikeVerbS(first) &&
    !firstWordEndsWithComma(text) &&
    !NOUN_FOLLOWERS.has(words[1] ?? '')
  )
    return 'statement';
  for (let i = 1; i + 1 < words.length; i++) {
    const next = words[i + 1] ?? '';
    if (looksLikeVerbS(words[i] ?? '') && (VERB_FOLLOWERS.has(next) || next.endsWith('ly')))
      return 'statement';
  }
  if (ENGLISH_CLAUSE_SHAPES.some((shape) => shape.test(words, text))) return 'statement';
  return words.length <= MAX_PHRASE_WORDS ? 'phrase' : 'unclear';
}

/** Words a plural noun follows inside a noun phrase (`Rules for retries`, `Limits on pods`). */
const PHRASE_JOINERS = new Set([
  ...NOUN_FOLLOWERS,
  'for',
  'to',
  'in',
  'on',
  'with',
  'by',
  'from',
  'at',
  'about',
  'open',
]);

/** A clause shape the verb-and-follower reading misses, with an example. */
interface ClauseShape {
  name: string;
  example: string;
  /** The lower-cased words ({@link latinWords}: no punctuation) and the text as written. */
  test(words: readonly string[], text: string): boolean;
}

/** A term before its colon is at most this many words (`Latency`, `Error budget burn`). */
const MAX_TERM_WORDS = 3;
/** …and this many characters: the colon is looked for in the first few words only. */
const MAX_TERM_CHARS = 40;
/** Words that make what stands before a colon a label or a clause, not a term (`What it holds`). */
const NOT_TERM_WORDS = new Set([
  ...PRONOUNS,
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
  'who',
  'note',
  'example',
  'e.g',
]);

/**
 * `Latency: the share of requests served faster than a threshold`: a term of one to three words
 * (a capital first, no verb, no pronoun), a colon, and a definition that opens on an article and
 * runs three words or more — the colon stands for `is`, so the line states what the term is.
 * Reads the first {@link MAX_TERM_CHARS} characters for the colon.
 */
function termColonDefinition(text: string): boolean {
  const t = text.trimStart();
  const colon = t.slice(0, MAX_TERM_CHARS + 1).indexOf(': ');
  if (colon < 1 || !/^[A-Z]/.test(t)) return false;
  const term = t.slice(0, colon).split(' ');
  if (term.length > MAX_TERM_WORDS) return false;
  for (const w of term) {
    const word = w.toLowerCase();
    if (!/^[a-z0-9][a-z0-9.+/-]*$/.test(word) || NOT_TERM_WORDS.has(word) || AUXILIARIES.has(word))
      return false;
  }
  const definition = t.slice(colon + 2).trimStart();
  const [first = '', , third] = definition.split(' ', 3);
  return ARTICLES.has(first.toLowerCase()) && third !== undefined && third !== '';
}

/** English clause shapes read from the lower-cased words, each with the sentence it was made for. */
export const ENGLISH_CLAUSE_SHAPES: readonly ClauseShape[] = [
  {
    // A term and its definition after a colon (`- Latency: the share of…` under `Common kinds
    // of SLI:`): the colon stands for `is`.
    name: 'term-colon-definition',
    example: 'Latency: the share of requests served faster than a threshold',
    test: (_words, text) => termColonDefinition(text),
  },
  {
    // A gerund subject and its verb last (`Pending requests for retries` stays a phrase).
    name: 'gerund-subject-verb-last',
    example: 'Closing a channel twice panics',
    test: (words) => {
      const first = words[0] ?? '';
      const last = words.at(-1) ?? '';
      const before = words.at(-2) ?? '';
      return (
        words.length >= 4 &&
        first.length > 4 &&
        first.endsWith('ing') &&
        // `panics` too: after a gerund subject, not the noun `physics`.
        (looksLikeVerbS(last) || /^[a-z]{3,}ics$/.test(last)) &&
        !PHRASE_JOINERS.has(before) &&
        !DETERMINERS.has(before)
      );
    },
  },
  {
    // A frequency adverb and a verb (`A buffered channel never blocks`, `Never blocks`).
    name: 'adverb-then-verb',
    example: 'A buffered channel never blocks',
    test: (words) => {
      for (let i = 0; i + 1 < words.length; i++) {
        const next = words[i + 1] ?? '';
        if (FREQUENCY_ADVERBS.has(words[i] ?? '') && (looksLikeVerbS(next) || looksPast(next)))
          return true;
      }
      return false;
    },
  },
  {
    // A subject of a word or three, a past-tense verb and its object (`Few servers implemented
    // it`); not a participle in a noun phrase (`Signed cookies for the session`).
    name: 'past-verb-object',
    example: 'RFC 9113 deprecated the dependency tree',
    test: (words) => {
      for (let i = 1; i <= MAX_HEAD_WORDS && i + 1 < words.length; i++) {
        const before = words[i - 1] ?? '';
        if (DETERMINERS.has(before) || PHRASE_JOINERS.has(before)) continue;
        if (looksPast(words[i] ?? '') && OBJECT_OPENERS.has(words[i + 1] ?? '')) return true;
      }
      return false;
    },
  },
  {
    // An article, one noun, a verb and its object (`The request headers of a call` stays a phrase).
    name: 'article-noun-verb-object',
    example: 'The runtime multiplexes goroutines onto a few OS threads',
    test: (words) =>
      words.length >= 5 &&
      ARTICLES.has(words[0] ?? '') &&
      !looksLikeVerbS(words[1] ?? '') &&
      looksLikeVerbS(words[2] ?? '') &&
      !PHRASE_JOINERS.has(words[3] ?? ''),
  },
];

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that open the object of a verb (`deprecated it`, `removed the tree`). */
const OBJECT_OPENERS = new Set([...DETERMINERS, 'it', 'them']);

/** A word that may be a verb in the past tense (`removed`, `shipped`, not `need` or `red`). */
function looksPast(word: string): boolean {
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed');
}
const FREQUENCY_ADVERBS = new Set([
  'never',
  'always',
  'often',
  'rarely',
  'sometimes',
  'usually',
  'seldom',
]);

/** Relative pronouns that open a clause on the noun before them. */
const RELATIVES = new Set(['that', 'which', 'who', 'whose']);
/** A noun (with its modifiers) before a relative pronoun has at most this many words. */
const MAX_HEAD_WORDS = 3;

/**
 * `Objects that are still reachable but never used again`: a noun of a word or three, a relative
 * pronoun and its auxiliary, and no other verb after it — a noun phrase whose only verb is in its
 * relative clause (`Objects that are reachable are kept`, `A file that did not change keeps the
 * same blob` have a verb of their own).
 */
function nounWithRelativeClause(words: readonly string[]): boolean {
  const at = words.findIndex((w, i) => i <= MAX_HEAD_WORDS && RELATIVES.has(w));
  if (at < 1 || !AUXILIARIES.has(words[at + 1] ?? '')) return false;
  if (PRONOUNS.has(words[0] ?? '') || AUXILIARIES.has(words[0] ?? '')) return false;
  for (let i = at + 2; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (AUXILIARIES.has(w)) return false;
    // `A file that did not change keeps the same blob`: a verb of its own after the clause.
    if (looksLikeVerbS(w) && (VERB_FOLLOWERS.has(next) || next.endsWith('ly'))) return false;
  }
  return true;
}

/** A word that may be a verb in the third person singular (`fails`, `routes`, not `status`). */
export function looksLikeVerbS(word: string): boolean {
  return (
    word.length > 3 &&
    word.endsWith('s') &&
    !word.endsWith('ss') &&
    !word.endsWith('us') &&
    !word.endsWith('is') &&
    !word.endsWith('ics')
  );
}

/** `Headers, cookies` → true: a list of nouns, not a verb and its object. */
function firstWordEndsWithComma(text: string): boolean {
  const trimmed = text.trimStart();
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i] ?? '';
    if (ch === ',') return true;
    if (ch === ' ' || ch === '\t') return false;
  }
  return false;
}
