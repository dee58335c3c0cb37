/**
 * Polarity: whether a statement is negated, and what it says once the negation and yes/no words
 * are taken out (its core). Two options with one core and opposite polarity contradict each other
 * (`単一障害点あり` / `単一障害点なし`, `TCP guarantees order` / `TCP does not guarantee order`).
 * Pure; a scan per marker, no backtracking.
 */
import { memoByText } from '../text/build-memo.ts';
import {
  classOfCode,
  compareKey,
  latinWords,
  withoutTrailingParenthetical,
} from './text-measures.ts';

/** Japanese polarity markers, longest first so `ではない` is taken before `ない`. */
const JAPANESE_MARKERS: readonly [string, boolean][] = [
  ['ではない', true],
  ['じゃない', true],
  ['できない', true],
  ['しない', true],
  ['ません', true],
  ['不可能', true],
  ['ない', true],
  ['なし', true],
  ['無し', true],
  ['不可', true],
  ['不要', true],
  ['できる', false],
  ['可能', false],
  ['必要', false],
  ['あり', false],
  ['有り', false],
  ['ある', false],
  ['する', false],
];

/** English contractions spelled out, so `doesn't` and `does not` are one thing. */
const ENGLISH_CONTRACTIONS: Record<string, string[]> = {
  cannot: ['can', 'not'],
  "can't": ['can', 'not'],
  "don't": ['do', 'not'],
  "doesn't": ['does', 'not'],
  "didn't": ['did', 'not'],
  "isn't": ['is', 'not'],
  "aren't": ['are', 'not'],
  "wasn't": ['was', 'not'],
  "weren't": ['were', 'not'],
  "won't": ['will', 'not'],
  "wouldn't": ['would', 'not'],
  "shouldn't": ['should', 'not'],
  without: ['with', 'not'],
};
const ENGLISH_NEGATIONS = new Set(['not', 'no', 'never', 'false']);
const ENGLISH_AFFIRMATIONS = new Set(['yes', 'true']);
/** Words after `false` that make a term of it (`false positives`), not a denial. */
const FALSE_TERMS = new Set([
  'positive',
  'positives',
  'negative',
  'negatives',
  'sharing',
  'alarm',
  'alarms',
  'dependency',
  'dependencies',
]);
/** Auxiliaries that only carry the negation (`does not guarantee` ≈ `guarantees`). */
const ENGLISH_AUXILIARIES = new Set(['do', 'does', 'did']);

/** A statement split into what it says and whether it is negated. */
export interface Polarity {
  /** The statement's comparison key without polarity words. */
  core: string;
  negative: boolean;
}

/**
 * `単一障害点なし` → { core: `単一障害点`, negative: true }; `あり（ブローカー）` →
 * { core: ``, negative: false }; `does not retry` → { core: `retry`, negative: true }.
 * A trailing parenthetical is left out (it qualifies, it does not negate). Memoised per build
 * (build-memo.ts; the value depends on the text alone, and is shared: read it, never change it):
 * a which-concept stem is read once per sibling it is offered beside (41,000 readings of a
 * 5,000-row table, most of them the text just read).
 */
export const polarity: (text: string) => Polarity = memoByText((text) => {
  const head = withoutTrailingParenthetical(text);
  const japanese = japanesePolarity(compareKey(head));
  const english = englishPolarity(head);
  return { core: japanese.core + english.core, negative: japanese.negative !== english.negative };
});

/**
 * The markers as one alternation of literals (longest first): no quantifier, so matching is one
 * pass over the text.
 */
const MARKER_PATTERN = new RegExp(JAPANESE_MARKERS.map(([marker]) => marker).join('|'), 'g');
const NEGATING = new Map(JAPANESE_MARKERS);

function japanesePolarity(key: string): Polarity {
  const pieces: string[] = [];
  let negative = false;
  let from = 0;
  for (const match of key.matchAll(MARKER_PATTERN)) {
    const at = match.index ?? 0;
    // The inflected end of the word before a marker goes too: 使わ|ない and 使|う meet as 使.
    pieces.push(withoutTrailingHiragana(japaneseOnly(key.slice(from, at))));
    if (NEGATING.get(match[0])) negative = !negative;
    from = at + match[0].length;
  }
  pieces.push(withoutTrailingHiragana(japaneseOnly(key.slice(from))));
  return { core: pieces.join(''), negative };
}

/** The text without Latin letters and digits (the English reading handles those). */
function japaneseOnly(text: string): string {
  return text.replace(/[^\u3000-\uffff]+/g, '');
}

/** `分散トランザクションを使う` → `分散トランザクションを使` (a verb's ending, not its stem). */
function withoutTrailingHiragana(text: string): string {
  let end = text.length;
  while (end > 0 && classOfCode(text.charCodeAt(end - 1)) === 'hiragana') end--;
  return text.slice(0, end);
}

function englishPolarity(text: string): Polarity {
  const words = latinWords(text).flatMap((w) => ENGLISH_CONTRACTIONS[w] ?? [w]);
  let negative = false;
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    // `false positives`, `false sharing`: a term, not a denial.
    if (word === 'false' && FALSE_TERMS.has(words[i + 1] ?? '')) kept.push(word);
    else if (ENGLISH_NEGATIONS.has(word)) negative = !negative;
    else if (!ENGLISH_AFFIRMATIONS.has(word) && !ENGLISH_AUXILIARIES.has(word)) kept.push(word);
  }
  if (text.includes('✗') || text.includes('×')) negative = !negative;
  return { core: kept.map(stemVerb).join(' '), negative };
}

/** `guarantees` → `guarantee`, so a negated `does not guarantee` meets its affirmative. */
function stemVerb(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
