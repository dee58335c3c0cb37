/**
 * `only-denies`: a statement that only says what its subject is not, in a word or two (`Is not
 * locking`, `Copy ではない`): most concepts of any notes are not that either, so it tells nothing
 * one could place. Pure.
 */
import { contentRuns } from './runs.ts';

const DENYING_OPENINGS = [
  'is not ',
  'are not ',
  "isn't ",
  "aren't ",
  'does not ',
  "doesn't ",
  'do not ',
  "don't ",
];
/** A denial with at most this many words of content after it says nothing one could place. */
const MAX_DENIED_WORDS = 2;

/**
 * `only-denies`: a stem that, its subject dropped, only says what the concept is not, in a word
 * or two (`Strong consistency is not locking` → `Is not locking`): most concepts of any notes are
 * not that either, so no sibling is a wrong answer. Japanese: see {@link onlyDeniesJa}.
 */
export function onlyDenies(text: string, language: 'ja' | 'en'): boolean {
  if (language === 'ja') return onlyDeniesJa(text);
  // `It is not locking` (text/copula-pronoun.ts) denies as `Is not locking` does.
  const lower = text.toLowerCase().replace(/^(?:it|they) /, '');
  const opening = DENYING_OPENINGS.find((o) => lower.startsWith(o));
  if (!opening) return false;
  return contentRuns(lower.slice(opening.length)).length <= MAX_DENIED_WORDS;
}

/** Japanese endings that deny a noun or a clause (`Copy ではない`, `消去するわけではない`). */
const JA_DENYING_ENDINGS = ['ではない', 'ではありません', 'じゃない', 'ではなく'];

/**
 * `only-denies` in Japanese: one clause with no subject of its own that ends on a denial
 * (`Copy ではない`, `値の寿命を延ばす機能ではない`, `メモリを消去するわけではない`) only says what
 * the concept is not. A text that goes on past a 、 or a 。 says more and is kept.
 */
function onlyDeniesJa(text: string): boolean {
  const plain = text.trim().replace(/[。．.]$/u, '');
  if (/[、。，]/u.test(plain) || /[はが]/u.test(plain.slice(0, Math.max(0, plain.length - 6))))
    return false;
  return JA_DENYING_ENDINGS.some((e) => plain.endsWith(e));
}
