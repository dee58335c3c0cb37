/**
 * The grammatical form of an option, and the rewrites that bring statements to one form:
 * Japanese options end in a noun (体言止め: `Nodeを作成`, `まとめて操作可能`) like the notes'
 * summary cells; English options lose a leading `It` so that they read like the summary cells
 * (`Queues requests until …`). Each rewrite is a named rule with an example. Every pattern is
 * anchored at the end with a fixed-length context, so it runs in linear time. Pure.
 */
import { matchKey } from './normalize.ts';
import { trimEndChars } from './trim.ts';
import { thirdPersonOf } from './verbs.ts';

/** How an option reads: a noun phrase or a clause ending in a verb or an adjective. */
export type Form = 'noun' | 'predicate';

/** A rewrite towards the noun form, with an example. */
interface FormRule {
  name: string;
  example: [string, string];
  pattern: RegExp;
  replacement: string;
}

const WORD_CHAR = '[\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z0-9）)]';

/** Japanese endings rewritten to the noun form, tried in order (the first that applies wins). */
export const JA_NOUN_FORM_RULES: readonly FormRule[] = [
  {
    name: 'polite-suru',
    example: ['トランザクションを管理します', 'トランザクションを管理'],
    pattern: new RegExp(`(${WORD_CHAR})します$`, 'u'),
    replacement: '$1',
  },
  {
    name: 'copula',
    example: ['コンテナオーケストレーション基盤です', 'コンテナオーケストレーション基盤'],
    pattern: /(?:です|である)$/u,
    replacement: '',
  },
  {
    name: 'suru-verb',
    example: ['Nodeを作成する', 'Nodeを作成'],
    pattern: new RegExp(`(${WORD_CHAR})する$`, 'u'),
    replacement: '$1',
  },
  {
    name: 'dekiru',
    example: ['まとめて操作できる', 'まとめて操作可能'],
    pattern: new RegExp(`(${WORD_CHAR})(?:が)?できる$`, 'u'),
    replacement: '$1可能',
  },
  {
    name: 'shinai',
    example: ['コーディネータがロックしない', 'コーディネータがロックなし'],
    pattern: new RegExp(`(${WORD_CHAR})しない$`, 'u'),
    replacement: '$1なし',
  },
  {
    name: 'ga-aru',
    example: ['自動で戻る機能がある', '自動で戻る機能あり'],
    pattern: /がある$/u,
    replacement: 'あり',
  },
  {
    name: 'ga-nai',
    example: ['単一障害点がない', '単一障害点なし'],
    pattern: /がない$/u,
    replacement: 'なし',
  },
];

/** Hiragana endings that still end a noun phrase (`単一障害点あり`, `個別操作のみ`). */
const NOUN_HIRAGANA_ENDINGS = ['あり', 'なし', 'のみ', 'だけ', 'など', 'ごと', 'ずつ', 'まで'];

/** The text without a trailing parenthesis, quote or full stop, for reading its ending. */
function ending(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 3; i++) {
    t = trimEndChars(t, '。．.、,」』”"');
    const close = t.at(-1);
    if (close === '）' || close === ')') {
      const open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
      if (open > 0) t = t.slice(0, open).trim();
    }
  }
  return t;
}

/** How a Japanese or English option ends. */
export function formOf(text: string, language: 'ja' | 'en'): Form {
  const end = ending(text);
  if (language === 'ja') {
    if (NOUN_HIRAGANA_ENDINGS.some((e) => end.endsWith(e))) return 'noun';
    return /\p{Script=Hiragana}$/u.test(end) ? 'predicate' : 'noun';
  }
  return englishIsClause(end) ? 'predicate' : 'noun';
}

const EN_SUBJECTS = new Set([
  'it',
  'they',
  'this',
  'that',
  'these',
  'those',
  'the',
  'a',
  'an',
  'every',
  'each',
  'all',
  'any',
  'no',
  'some',
  'you',
  'we',
]);
const EN_FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'can',
  'will',
  'may',
  'must',
  'should',
  'does',
  'do',
  'has',
  'have',
  'cannot',
]);

/** A crude test for an English clause with its own subject (`It queues …`, `Retries are …`). */
function englishIsClause(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).slice(0, 4);
  if (EN_SUBJECTS.has(words[0] ?? '')) return true;
  return words.slice(1).some((w) => EN_FINITE.has(w));
}

/** A Japanese statement in the noun form (`Nodeを作成する` → `Nodeを作成`); English unchanged. */
export function toNounForm(text: string, language: 'ja' | 'en'): string {
  if (language !== 'ja') return text;
  const trimmed = text.trim();
  for (const rule of JA_NOUN_FORM_RULES) {
    if (rule.pattern.test(trimmed)) return trimmed.replace(rule.pattern, rule.replacement);
  }
  return trimmed;
}

/**
 * The statement without a leading subject that names the concept (`セルフヒーリングはNode単位` →
 * `Node単位`; `It queues requests` → `Queues requests`; `Retries fix faults` → `Fixes faults`),
 * so that it reads like the other options of a question about that concept. Unchanged otherwise.
 */
export function withoutTopic(
  text: string,
  names: readonly string[],
  language: 'ja' | 'en',
): string {
  const t = text.trim();
  if (language === 'ja') {
    for (const name of names) {
      for (const particle of ['は', 'では', 'が']) {
        const head = `${name}${particle}`;
        if (t.startsWith(head) && t.length > head.length + 1) return t.slice(head.length).trim();
      }
    }
    return t;
  }
  const [first = '', second = '', ...rest] = t.split(' ');
  const firstKey = matchKey(first);
  if (!second) return t;
  if (firstKey === 'it' || firstKey === 'this') return capitalise([second, ...rest].join(' '));
  for (const name of names) {
    const key = matchKey(name);
    const words = name.trim().split(/\s+/).length;
    const head = t.split(' ').slice(0, words).join(' ');
    const headKey = matchKey(head);
    const after = t.split(' ').slice(words);
    const [verb = '', ...tail] = after;
    if (!verb) continue;
    if (headKey === key) return capitalise(after.join(' '));
    if (headKey === `${key}s` || headKey === `${key.replace(/y$/, 'ie')}s`)
      return capitalise([thirdPersonOf(verb), ...tail].join(' '));
  }
  return t;
}

function capitalise(text: string): string {
  return text ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;
}

/** Japanese endings that make a bare noun a statement (`開発環境専用`, `Node単位`, `HTTP/1互換`). */
const JA_QUALIFIERS = [
  '可能',
  '不可',
  '専用',
  '必須',
  '必要',
  '不要',
  '単位',
  '的',
  '別',
  '互換',
  '対応',
  '限定',
  '禁止',
  '向け',
  '中心',
  '重視',
  '以上',
  '以下',
  '未満',
  '同時',
];

/**
 * True for a bare noun — a name with nothing said about it (`負荷分散`, `リアルタイム`,
 * `load balancing`): not a statement, so not a misconception a question can offer.
 */
export function isBareNoun(text: string, language: 'ja' | 'en'): boolean {
  const t = ending(text);
  if (!t) return true;
  if (language === 'ja') {
    if (/\p{Script=Hiragana}/u.test(t)) return false;
    return !JA_QUALIFIERS.some((q) => t.endsWith(q));
  }
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length > 2) return false;
  const first = (words[0] ?? '').toLowerCase();
  return !(words.length === 2 && /[^s]s$/.test(first));
}
