/**
 * Writing a terse misconception cell out as a statement from the notes themselves: `逆` → the
 * correct understanding with its two key phrases swapped; `サービス別` → the correct
 * understanding with its key phrase replaced (`クライアント別にゲートウェイ` →
 * `サービス別にゲートウェイ`). A rewrite that would repeat a word (`コミットコミット`) is refused.
 * Pure.
 */
import type { Concept } from '../types.ts';

const OTHER_WAY_ROUND = new Set([
  '逆',
  '反対',
  'その逆',
  'the opposite',
  'opposite',
  'reverse',
  'reversed',
  'the other way round',
  'the other way around',
  'other way round',
  'vice versa',
]);

/** True for a cell (or a correction) that only says "the other way round". */
export function saysOtherWayRound(cell: string): boolean {
  return OTHER_WAY_ROUND.has(cell.trim().toLowerCase());
}

function once(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && at === text.lastIndexOf(part);
}

/**
 * The correct understanding the other way round: its two key phrases swapped
 * (`SOAは**共有DB**、MSAは**専用DB**` → `SOAは専用DB、MSAは共有DB`), else the values of its two
 * `A は X、B は Y` clauses swapped; null when the notes give no way to tell.
 */
export function swapped(concept: Concept): string | null {
  const [a, b] = concept.keyPhrases;
  const text = concept.correct;
  if (concept.keyPhrases.length === 2 && a && b && a !== b && once(text, a) && once(text, b)) {
    return text.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
  }
  const comma = text.includes('、') ? '、' : ', ';
  const clauses = text.split(comma);
  if (clauses.length !== 2) return null;
  const parts = clauses.map(topicAndValue);
  const [p, q] = parts;
  if (!p || !q) return null;
  return `${p.topic}${p.mark}${q.value}${comma}${q.topic}${q.mark}${p.value}`;
}

function topicAndValue(clause: string): { topic: string; mark: string; value: string } | null {
  for (const mark of ['は', '：', ':', ' is ']) {
    const at = clause.indexOf(mark);
    if (at > 0 && at + mark.length < clause.length)
      return { topic: clause.slice(0, at), mark, value: clause.slice(at + mark.length) };
  }
  return null;
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** True when some stretch of two or more characters is written twice in a row (`コミットコミット`). */
export function repeatsItself(text: string): boolean {
  const chars = [...text];
  for (let size = 2; size <= 8; size++)
    for (let i = 0; i + 2 * size <= chars.length; i++) {
      let same = true;
      for (let k = 0; k < size && same; k++) same = chars[i + k] === chars[i + size + k];
      if (same && /[\p{L}\p{N}]/u.test(chars[i] ?? '')) return true;
    }
  return false;
}

const HIRAGANA = /\p{Script=Hiragana}/u;

/**
 * A word (kanji, katakana, Latin, a closing parenthesis) and the topic particle は, a space
 * between or not (`/tmp は毎回空になる`), with more after it: a clause.
 */
const OWN_TOPIC = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9)）] ?は./u;

/** True when the shared beginning or end of two Latin phrases ends at a word's edge in both. */
function sharesWholeWords(
  k: readonly string[],
  m: readonly string[],
  prefix: number,
  suffix: number,
): boolean {
  const edge = (c: string | undefined): boolean => c === undefined || !/[a-z0-9]/i.test(c);
  // The shared part ends (prefix) or starts (suffix) on a separator, or at a word's edge in both.
  const byPrefix = prefix >= 1 && (edge(k[prefix - 1]) || (edge(k[prefix]) && edge(m[prefix])));
  const bySuffix =
    suffix >= 1 &&
    (edge(k[k.length - suffix]) ||
      (edge(k[k.length - suffix - 1]) && edge(m[m.length - suffix - 1])));
  return byPrefix || bySuffix;
}

/** True when every character is a digit (none is too). */
function onlyDigits(chars: readonly string[]): boolean {
  return chars.every((c) => c >= '0' && c <= '9');
}

/** The script of a character, as far as what may follow it goes. */
function scriptOf(char: string | undefined): 'hiragana' | 'other' {
  return char !== undefined && HIRAGANA.test(char) ? 'hiragana' : 'other';
}

/**
 * The correct understanding with a key phrase replaced by the cell, when the two share a
 * beginning or an end (`クライアント別` / `サービス別`); null otherwise, or when the result would
 * repeat a word the cell already carries (`**反映を待たずに**コミット` + `反映後にコミット`).
 */
export function parallel(concept: Concept, cell: string): string | null {
  const m = cell.normalize('NFKC').trim();
  const mChars = [...m];
  if (mChars.length > 16) return null;
  // `own-topic`: a cell with a topic of its own (`同スコアは挿入順`) is a statement, no phrase to
  // splice in: `…スコアが同じならメンバーの辞書順` became `…スコアが同じならメンバーの同スコアは挿入順`.
  if (OWN_TOPIC.test(m)) return null;
  const correct = concept.correct.normalize('NFKC');
  for (const phrase of concept.keyPhrases) {
    const k = phrase.normalize('NFKC');
    if (k === m || !once(correct, k)) continue;
    const kChars = [...k];
    const prefix = commonPrefix(kChars, mChars);
    const suffix = commonPrefix([...kChars].reverse(), [...mChars].reverse());
    const shared = Math.max(prefix, suffix);
    if (shared < 1 || shared >= Math.min(kChars.length, mChars.length)) continue;
    // `more-than-a-number`: a phrase and a cell that share only digits (`**4要素**` and
    // `4つ全部満たさないと機械的に無効`) share a count, not the slot: spliced in, the clause gave
    // `…手続の4つ全部満たさないと機械的に無効を総合判断`. `99%` for `**99.9%**` shares `%` too.
    if (onlyDigits(kChars.slice(0, prefix)) && onlyDigits(kChars.slice(kChars.length - suffix)))
      continue;
    // `latin-whole-words`: English phrases share whole words (`client-side` / `server-side`),
    // not a letter (`stale` / `Replaces max-age` both end in `e`).
    if (/[a-z]/i.test(k) && !sharesWholeWords(kChars, mChars, prefix, suffix)) continue;
    // `**呼び出しを記録**し` + `呼び出しを止めて別の値を返すもの`: a verbal noun the correct cell
    // goes on from (`し`, `する`) is replaced only by one (`…ものし` is no Japanese).
    const after = correct.charAt(correct.indexOf(k) + k.length);
    if (HIRAGANA.test(after) && scriptOf(kChars.at(-1)) !== scriptOf(mChars.at(-1))) continue;
    // `same-closing-particle`: a key phrase that closes on a particle (`**輸血歴・妊娠歴なしで**持つ`)
    // is what the cell's predicate goes on from; a cell that closes otherwise (`輸血や妊娠で初めて
    // 作られる`, a predicate of its own) leaves two predicates in a row (`…作られる持つ`, reading 33).
    const particle = closingParticle(k);
    if (particle !== null && closingParticle(m) !== particle) continue;
    const result = correct.replace(k, m);
    if (repeatsItself(result) && !repeatsItself(correct)) return null;
    return result;
  }
  return null;
}

/** Japanese particles a phrase may close on: those of two characters before those of one. */
const CLOSING_PARTICLES = ['から', 'まで', 'より', 'で', 'に', 'を', 'が', 'と', 'へ'];

/** The particle a Japanese phrase closes on after a word (`なしで` → `で`), or null. */
function closingParticle(phrase: string): string | null {
  for (const p of CLOSING_PARTICLES)
    if (phrase.endsWith(p) && [...phrase].length > [...p].length) return p;
  return null;
}
