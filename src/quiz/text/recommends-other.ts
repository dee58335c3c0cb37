/**
 * `recommends-other`: a statement that recommends another thing in the concept's place — the
 * notes' advice after a misconception (`列を明示する USING か ON を使う` under NATURAL JOIN, `同期には
 * std::atomic を使う` under volatile, `Use Early Hints instead` under server push). It is true, but
 * of the thing it recommends: as a key it says nothing of the concept, and as a description the
 * concept asked for is the one it warns against. A named rule each, with an example; each reads
 * the statement's end or its first words (no pattern over the whole text). Pure.
 */

import { outsideParentheses } from './context-words.ts';
import { holdsWholeWord } from './whole-word.ts';

/** A rule: its name, an example it finds, and the check. */
export interface RecommendsRule {
  name: string;
  example: string;
  language: 'ja' | 'en';
  recommends: (text: string) => boolean;
}

/** Japanese endings that recommend what stands before them (`…を使う`, `…にする`). */
const JA_ADVICE_ENDINGS = [
  'を使う',
  'を使うこと',
  'を使おう',
  'を使うべき',
  'を選ぶ',
  'に置き換える',
];
/** Japanese markers of the case the advice is for (`暗号用途には`, `見るだけなら`). */
const JA_CASE_MARKERS = ['には', 'なら', 'では', '場合は', 'ときは', '時は'];
/** How far before the ending the case marker may stand (the recommended thing lies between). */
const JA_CASE_WINDOW = 40;

/** English verbs that open a recommendation (`Use…`, `Prefer…`). */
const EN_ADVICE_OPENINGS = ['use ', 'prefer ', 'switch to ', 'migrate to ', 'replace it with '];
/** Words after `Use` that say how the concept itself is used, not what to use instead. */
const EN_USE_OF_ITSELF = new Set(['for', 'in', 'with', 'when', 'it', 'them', 'this', 'only', 'on']);

/** True when the Japanese statement ends on advice for a case it names (`…には X を使う`). */
function recommendsJa(text: string): boolean {
  // An aside is no part of the distance to the case (`…データには、X か、CRDT（…を必ずマージでき
  // るように設計したデータ型）を使う`, reading 16).
  const plain = outsideParentheses(text.trim()).replace(/[。．]$/u, '');
  const ending = JA_ADVICE_ENDINGS.find((e) => plain.endsWith(e));
  if (!ending) return false;
  const before = plain.slice(
    Math.max(0, plain.length - ending.length - JA_CASE_WINDOW),
    -ending.length,
  );
  return JA_CASE_MARKERS.some((m) => before.includes(m));
}

/** True when the English statement opens on `Use X` / `Prefer X` (not `Use for…`). */
function recommendsEn(text: string): boolean {
  const lower = text.trimStart().slice(0, 40).toLowerCase();
  const opening = EN_ADVICE_OPENINGS.find((o) => lower.startsWith(o));
  if (!opening) return false;
  const next = lower.slice(opening.length).split(/\s/, 1)[0] ?? '';
  return next !== '' && !EN_USE_OF_ITSELF.has(next);
}

export const RECOMMENDS_RULES: readonly RecommendsRule[] = [
  {
    name: 'advice-for-a-case',
    example: 'リモートの状態を見るだけなら git fetch を使う',
    language: 'ja',
    recommends: recommendsJa,
  },
  {
    name: 'use-instead',
    example: 'Use 103 Early Hints or preload instead',
    language: 'en',
    recommends: recommendsEn,
  },
];

/**
 * True when the statement recommends another thing than the concept, whose `names` it does not
 * say (`NATURAL JOIN を使うなら USING を使う` still speaks of the concept: left to other rules).
 */
export function recommendsOther(
  text: string,
  names: readonly string[],
  language: 'ja' | 'en',
): boolean {
  const rule = RECOMMENDS_RULES.find((r) => r.language === language && r.recommends(text));
  if (!rule) return false;
  const lower = text.toLowerCase();
  return !names.some((n) => says(lower, n.toLowerCase()));
}

/** A name shorter than this (`C` of `volatile（C/C++）`) is no word to look for. */
const MIN_NAME = 2;

/** True when `text` holds `name`, a Latin name as a whole word (`c` is not in `std::atomic`). */
function says(text: string, name: string): boolean {
  return name.length >= MIN_NAME && holdsWholeWord(text, name);
}
