/**
 * `learner-voice`: a misconception the notes write in the voice of the one who holds it (`The GIL
 * makes my program thread-safe`, `A stop-loss guarantees I exit at the stop price`, `We're not an
 * EU company so it doesn't apply`) is said to the player in the second person (`The GIL makes your
 * program thread-safe`). In the first person it read as the team's own story and was dropped
 * (`first-person`): 30 named misconceptions over the 270 read notes. English only; pure.
 */

/** A first-person word and what it becomes, with an example. */
export interface VoiceRule {
  /** The word as written, in lower case (apostrophe `'`). */
  first: string;
  /** The second-person word, in lower case. */
  second: string;
  example: string;
}

export const VOICE_RULES: readonly VoiceRule[] = [
  { first: "i'm", second: "you're", example: "If I'm very bullish… → If you're very bullish…" },
  { first: "i've", second: "you've", example: "I've tested it → you've tested it" },
  { first: "i'd", second: "you'd", example: "I'd lose the data → you'd lose the data" },
  { first: "i'll", second: "you'll", example: "I'll be filled → you'll be filled" },
  { first: 'i am', second: 'you are', example: 'I am covered → you are covered' },
  { first: 'i was', second: 'you were', example: 'I was filled → you were filled' },
  { first: 'i', second: 'you', example: 'guarantees I exit → guarantees you exit' },
  { first: 'me', second: 'you', example: 'protects me → protects you' },
  { first: 'my', second: 'your', example: 'my broker → your broker' },
  { first: 'myself', second: 'yourself', example: 'sign it myself → sign it yourself' },
  {
    first: "we're",
    second: "you're",
    example: "We're not an EU company → You're not an EU company",
  },
  { first: "we've", second: "you've", example: "we've paid for → you've paid for" },
  { first: "we'd", second: "you'd", example: "we'd lose → you'd lose" },
  { first: "we'll", second: "you'll", example: "the warming we'll see → the warming you'll see" },
  { first: 'we', second: 'you', example: 'we can roll back → you can roll back' },
  { first: 'us', second: 'you', example: 'invisible to us → invisible to you' },
  { first: 'our', second: 'your', example: 'our service → your service' },
  { first: 'ours', second: 'yours', example: 'the choice is ours → the choice is yours' },
  { first: 'ourselves', second: 'yourselves', example: 'host it ourselves → host it yourselves' },
];

const BY_WORDS = new Map(VOICE_RULES.map((r) => [r.first, r]));

/**
 * One or two words that may be first-person: a letter run with an apostrophe, and `I am` / `I
 * was`. Plain alternatives, no nested quantifier: linear on any line.
 */
const FIRST_PERSON_WORD = /\b(?:[A-Za-z]+['’][a-z]+|I(?: am| was)?|[A-Za-z]+)\b/g;

/**
 * `roman-i`: `I` that is no pronoun — a numeral after a capitalised word (`Type I error`, `Phase
 * I`, `Class I`), a letter of a name (`I/O`, `I-beam`, `I²C`), or a letter before a verb in -s
 * (`I means intermediate`).
 */
function numeralI(text: string, offset: number): boolean {
  const next = text.charAt(offset + 1);
  const before = text.charAt(offset - 1);
  if ('/-²2'.includes(next) && next !== '') return true;
  // `I means intermediate` (S / I / R): the pronoun takes no verb in -s.
  const verb = /^\s+([a-z]+)/.exec(text.slice(offset + 1, offset + 24))?.[1] ?? '';
  if (verb === 'is' || verb === 'has' || verb === 'was' || /^[a-z]{3,}[^s]s$/.test(verb))
    return true;
  if (before === '/' || before === '-') return true;
  const previous = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, offset - 24), offset))?.[1] ?? '';
  return /^[A-Z]/.test(previous) && !OPENING_WORDS.has(previous.toLowerCase());
}

/** Words written with a capital where they open a sentence, before a pronoun `I` (`If I exit…`). */
const OPENING_WORDS = new Set([
  'if',
  'when',
  'whenever',
  'so',
  'then',
  'and',
  'but',
  'because',
  'once',
  'unless',
  'now',
  'since',
  'while',
  'before',
  'after',
  'until',
  'although',
  'though',
  'what',
  'where',
  'why',
  'how',
  'as',
  'yes',
  'no',
]);

/**
 * Which characters stand inside quotation marks (`"I didn't know it was illegal" is a defense`):
 * someone's words, quoted as theirs, stay in their voice. Straight quotes pair up in order; curly
 * ones open and close.
 */
function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inside = !inside;
    else if (ch === '“') inside = true;
    else if (ch === '”') inside = false;
    else if (inside) mask[i] = 1;
  }
  return mask;
}

/**
 * The misconception in the second person: each first-person word of {@link VOICE_RULES} in its
 * place, a capital kept where the word had one (`We're` → `You're`; `I` is always written so, and
 * becomes `You` only where it opens the text). `us` in capitals is the US, not a pronoun; words in
 * quotation marks are someone's own and stay as written.
 */
export function inSecondPerson(text: string): string {
  if (!/\b(?:I|[Mm]y|[Mm]e|[Ww]e|us|[Oo]urs?|ourselves|[Mm]yself)\b/.test(text)) return text;
  const quoted = quotedMask(text);
  return text.replace(FIRST_PERSON_WORD, (word, offset: number) => {
    if (quoted[offset] === 1) return word;
    const lower = word.toLowerCase().replace('’', "'");
    if (word === 'US' || word === 'Us') return word;
    const rule = BY_WORDS.get(lower);
    if (!rule) return word;
    if (lower.startsWith('i') && !word.startsWith('I')) return word;
    if (lower === 'i' && numeralI(text, offset)) return word;
    const opening = offset === 0 || /[.!?:]\s+$/.test(text.slice(Math.max(0, offset - 3), offset));
    const capital = word.startsWith('I') ? opening : /^[A-Z]/.test(word);
    const second = word.includes('’') ? rule.second.replace("'", '’') : rule.second;
    return capital ? `${second.charAt(0).toUpperCase()}${second.slice(1)}` : second;
  });
}
