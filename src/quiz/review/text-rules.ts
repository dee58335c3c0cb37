/**
 * Item rules about the text of a question and its feedback (ITEM-WRITING.md, "The feedback"):
 * no doubled words from a bad rewrite, explanations that teach (never circular), a why for every
 * wrong option, English text without Japanese punctuation. Each rule shows an example. Pure.
 */

import { closesEmbeddedClause } from '../text/embedded-clause.ts';
import { matchKey } from '../text/normalize.ts';
import type { Question } from '../types.ts';
import { circularPhrase } from './circular-why.ts';
import { repeatedChunk } from './repeated-words.ts';
import { classOfCode, isJapaneseText, latinWords } from './text-measures.ts';
import type { ItemContext, ItemRule } from './types.ts';

/** Every piece of text the player reads, with a label saying where it is. */
export function questionTexts(question: Question): { where: string; text: string }[] {
  const texts = [{ where: 'prompt', text: question.prompt }];
  question.choices.forEach((choice, i) => {
    texts.push({ where: `option ${i + 1}`, text: choice.text });
    if (choice.why) texts.push({ where: `why of option ${i + 1}`, text: choice.why });
  });
  if (question.explanation.why)
    texts.push({ where: 'explanation', text: question.explanation.why });
  for (const line of question.explanation.notes)
    texts.push({ where: 'explanation notes', text: line });
  return texts;
}

/** `反映を待たずにコミットコミット` — a word doubled by a rewrite. */
const noRepeatedWords: ItemRule = {
  name: 'no-repeated-words',
  description: 'No word immediately repeated (コミットコミット, "the the").',
  check(question) {
    for (const { where, text } of questionTexts(question)) {
      const chunk = repeatedChunk(text);
      if (chunk) return { message: `"${chunk}" is repeated in the ${where}`, evidence: [text] };
    }
    return null;
  },
};

/** Why `まとめ表で『よくある誤解』に挙げられている` / "Listed as a common misconception". */
const explanationNotCircular: ItemRule = {
  name: 'explanation-not-circular',
  description:
    'No why that only says the notes call it wrong, or repeats the option with a verdict.',
  check(question) {
    const whys = question.choices.flatMap((c) => (c.why ? [{ why: c.why, option: c.text }] : []));
    const key = question.choices.find((c) => c.correct);
    if (question.explanation.why)
      whys.push({ why: question.explanation.why, option: key?.text ?? '' });
    for (const { why, option } of whys) {
      const phrase = circularPhrase(why, option || undefined);
      if (phrase)
        return { message: 'a why that says nothing the reader did not know', evidence: [why] };
    }
    return null;
  },
};

/** asksFor=correct, wrong option `Nodeを作成する` with why null — the reader learns nothing. */
const wrongOptionsExplained: ItemRule = {
  name: 'wrong-options-explained',
  description:
    'Every wrong option of a correct-asking question has a why; the misconception of a misconception-asking question has one.',
  check(question) {
    const empty = (text: string | null | undefined): boolean => !text || text.trim() === '';
    if (question.asksFor === 'correct') {
      const bare = question.choices.filter((c) => !c.correct && empty(c.why));
      if (bare.length === 0) return null;
      return {
        message: `${bare.length} wrong option(s) without a why`,
        evidence: bare.map((c) => c.text),
      };
    }
    const key = question.choices.find((c) => c.correct);
    if (!key || !empty(key.why) || !empty(question.explanation.why)) return null;
    return { message: 'the misconception has no correction', evidence: [key.text] };
  },
};

/** English words a sentence cannot end with: articles, prepositions, conjunctions, auxiliaries. */
const ENGLISH_DANGLING = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'to',
  'of',
  'for',
  'with',
  'from',
  'by',
  'at',
  'as',
  'than',
  'and',
  'or',
  'but',
  'that',
  'which',
  'is',
  'are',
  'was',
  'were',
  'can',
  'will',
  'would',
  'should',
  'must',
  // A clause cut before what it leads to (reading 30: `…D* = P (e^(λt) − 1), so`).
  'so',
  'because',
  'if',
  'unless',
  'whereas',
]);
/** Japanese particles a text cannot end with (`…を`, `…の`); `か` and `よ` may end a sentence. */
const JAPANESE_DANGLING = new Set(['を', 'が', 'は', 'に', 'で', 'と', 'の', 'へ', 'や', 'も']);

/** Japanese endings that lead into a noun (`…という`, `…といった`, `…のような`): a text cut there. */
const JAPANESE_DANGLING_ENDINGS = ['という', 'といった', 'のような'];

/**
 * `noun-end`: Japanese nouns written in kana whose last kana is also a particle. A sentence
 * that ends on one ends on its noun (体言止め), not mid-phrase: `孤児とゾンビは同じもの`,
 * `ポアソン到着とは等間隔に到着すること`. (Across the 270 read notes, 49 named misconceptions
 * such as these had been dropped as cut short.)
 */
const JAPANESE_NOUN_ENDINGS = ['もの', 'こと'];

/** Closing quotes: a text that ends on a quotation ends on someone else's words (a label). */
const CLOSING_QUOTES = new Set(['”', '"', '」', '』', '’', "'", '`']);

/**
 * The dangling word a text ends with, or null: `The public key is used to encrypt the` → `the`,
 * `…の状態を` → `を`. Trailing punctuation and white space are ignored; a text ending on a
 * quotation (`…under “Best for”?`) is not judged. (`in` and `on` are left out: `built in`.)
 */
export function danglingEnd(text: string): string | null {
  let end = text.length;
  while (end > 0 && classOfCode(text.charCodeAt(end - 1)) === 'other') {
    if (CLOSING_QUOTES.has(text[end - 1] ?? '')) return null;
    end--;
  }
  if (end === 0) return null;
  const last = text[end - 1] ?? '';
  if (isJapaneseText(text)) {
    // `「観測変数の背後に少数の潜在因子がある」という` (reading 48): cut before its noun.
    const tail = JAPANESE_DANGLING_ENDINGS.find((e) => text.endsWith(e, end));
    if (tail) return tail;
    if (JAPANESE_NOUN_ENDINGS.some((noun) => text.endsWith(noun, end))) return null;
    return JAPANESE_DANGLING.has(last) ? last : null;
  }
  const words = latinWords(text.slice(Math.max(0, end - 60), end));
  const word = words.at(-1) ?? '';
  if (!ENGLISH_DANGLING.has(word)) return null;
  if (endsOnLetterName(text, end, words.length)) return null;
  if (closesEmbeddedClause(words)) return null;
  return strandedPreposition(words) ? null : word;
}

/**
 * `letter-name`: a capital `A` after other words is a name (`less valid than Type A`, `Plan A`,
 * `vitamin A`), not the article: an article is written in capitals only where a sentence opens
 * (reading 56's `Type B is a guess, so it's less valid than Type A` was dropped as cut short).
 */
function endsOnLetterName(text: string, end: number, wordCount: number): boolean {
  return wordCount > 1 && text[end - 1] === 'A' && !/[A-Za-z]/.test(text[end - 2] ?? '');
}

/** Forms of `be` before a passive participle (`wasn't tampered with`). */
const BE_FORMS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  'not',
]);

/** Verbs whose passive keeps their preposition, its object being the subject (`tampered with`). */
const PREPOSITIONAL_PASSIVES = new Set([
  'tampered with',
  'dealt with',
  'accounted for',
  'paid for',
  'cared for',
  'asked for',
  'waited for',
  'catered for',
  'provided for',
  'relied on',
  'depended on',
  'talked about',
  'worried about',
  'thought of',
  'heard of',
  'disposed of',
  'looked at',
]);

/** Prepositions a relative clause may leave at its end (`the ranges the project works with`). */
const STRANDABLE = new Set(['to', 'of', 'for', 'with', 'from', 'by', 'about', 'at']);
/** Words that open the subject of a relative clause (`the project`, `a client`, `they`). */
const CLAUSE_SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'your', 'our']);
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'we', 'you', 'he', 'she', 'i']);

/**
 * True when the last word is a preposition a relative clause leaves behind: a subject (a
 * determiner and a noun, or a pronoun) and a verb in -s or -ed come straight before it —
 * `declares ranges the project works with`, `the servers they connect to`,
 * `the format it is written in`. A text cut short (`sends requests to`, `encrypted with the`)
 * has no such subject before its verb and still dangles. Reads the last four words.
 */
export function strandedPreposition(words: readonly string[]): boolean {
  const n = words.length;
  if (!STRANDABLE.has(words[n - 1] ?? '')) return false;
  const verb = words[n - 2] ?? '';
  // `passive-preposition`: `it wasn't tampered with`, `is paid for`: the subject of the passive
  // is what the preposition is about (`It is encrypted with` still lacks its key).
  if (BE_FORMS.has(words[n - 3] ?? '') && PREPOSITIONAL_PASSIVES.has(`${verb} ${words[n - 1]}`))
    return true;
  const pronoun = words[n - 3] ?? '';
  if (SUBJECT_PRONOUNS.has(pronoun) && /^[a-z]{2,}$/.test(verb) && !ENGLISH_DANGLING.has(verb))
    return true;
  if (!/^[a-z]{3,}(?:s|ed)$/.test(verb) || verb.endsWith('ss')) return false;
  const noun = words[n - 3] ?? '';
  const opener = words[n - 4] ?? '';
  return (
    CLAUSE_SUBJECT_OPENERS.has(opener) && /^[a-z]{2,}$/.test(noun) && !ENGLISH_DANGLING.has(noun)
  );
}

/**
 * Option `The certificate's public key is used to encrypt the` — a sentence cut short. The options
 * of a question whose key is its concept's name are names the notes wrote, not sentences
 * (`names-are-whole`: reading 84's `yield from` is Python's statement, not a phrase that lost its
 * object), so only its prompt is read.
 */
const noTruncatedText: ItemRule = {
  name: 'no-truncated-text',
  description:
    'No prompt or option ends mid-phrase (on an article, preposition or conjunction; on a particle such as を or の).',
  check(question, context) {
    const options = asksForAName(question, context) ? [] : question.choices;
    const texts = [
      { where: 'prompt', text: question.prompt },
      ...options.map((c, i) => ({ where: `option ${i + 1}`, text: c.text })),
    ];
    for (const { where, text } of texts) {
      const word = danglingEnd(text);
      if (word) return { message: `the ${where} ends on "${word}"`, evidence: [text] };
    }
    return null;
  },
};

/** True when the key is one of the names the question's concept goes by. */
function asksForAName(question: Question, context: ItemContext): boolean {
  const key = question.choices.find((c) => c.correct)?.text;
  if (key === undefined) return false;
  const asked = matchKey(key);
  return context.conceptNames.some((name) => matchKey(name) === asked);
}

const FULL_WIDTH = new Set([
  '（',
  '）',
  '「',
  '」',
  '『',
  '』',
  '【',
  '】',
  '、',
  '。',
  '：',
  '；',
  '！',
  '？',
]);

/** English option `Fails fast（not queues）` — full-width parentheses in English text. */
const noFullWidthPunctuationInEnglish: ItemRule = {
  name: 'no-full-width-punctuation-in-english',
  description: 'English questions use ASCII punctuation: no （）「」、。 from Japanese rewrites.',
  check(question) {
    if (question.language !== 'en') return null;
    for (const { where, text } of questionTexts(question)) {
      for (const ch of text)
        if (FULL_WIDTH.has(ch)) return { message: `"${ch}" in the ${where}`, evidence: [text] };
    }
    return null;
  },
};

/** The text rules. */
export const TEXT_RULES: readonly ItemRule[] = [
  noRepeatedWords,
  noTruncatedText,
  explanationNotCircular,
  wrongOptionsExplained,
  noFullWidthPunctuationInEnglish,
];
