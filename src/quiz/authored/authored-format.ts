/**
 * The words and marks of hand-written questions in notes, Japanese and English: the headings of a
 * questions section, the option marks, the separators before an option's why, the field labels
 * and the stems that ask for the wrong statement. Each is a named rule with an example. Pure;
 * every check is a plain scan.
 *
 * ```markdown
 * ## 問題
 *
 * ### サーキットブレーカーがOpenのとき、新しいリクエストはどう扱われるか？
 *
 * 概念: サーキットブレーカー
 *
 * - [x] 下流を呼ばずに即座にエラーを返す
 * - [ ] キューに溜め、回復後にまとめて送る — キューに入れて後で処理する仕組みではない
 * - [ ] 秒間リクエスト数の上限を超えた分だけ拒否する — それはレート制限
 *
 * 解説: 「キューに入れて後で処理」ではない → 即エラー
 * ```
 */
import { matchKey } from '../text/normalize.ts';

/** A named rule of the format, with an example of what it accepts. */
export interface FormatRule<T> {
  name: string;
  example: string;
  read: (text: string) => T | null;
}

/** Headings that open a section of hand-written questions (compared without case, space or punctuation). */
export const QUESTIONS_HEADINGS: readonly string[] = [
  '問題',
  '確認問題',
  '練習問題',
  '演習問題',
  '自作問題',
  'クイズ',
  'Questions',
  'Quiz',
  'Quiz questions',
  'Practice questions',
  'Review questions',
];

const QUESTIONS_KEYS = new Set(QUESTIONS_HEADINGS.map(matchKey));

/** True for a heading that opens a section of hand-written questions (`## 問題`, `## Questions`). */
export function isQuestionsHeading(heading: string): boolean {
  return QUESTIONS_KEYS.has(matchKey(heading));
}

/**
 * Headings that only number a question (`### Q1`, `### 問2`, `### Question 3`): they are not
 * shown, the lines under them are the question.
 */
export const NUMBER_ONLY_HEADINGS: readonly FormatRule<true>[] = [
  {
    name: 'Q and a number',
    example: 'Q1',
    read: (t) => (/^q\.?\s?\d{1,4}$/i.test(t) ? true : null),
  },
  {
    name: 'Question and a number',
    example: 'Question 3',
    read: (t) => (/^question\s?\d{1,4}$/i.test(t) ? true : null),
  },
  {
    name: '問 and a number',
    example: '問2',
    read: (t) => (/^(問|問題)\s?\d{1,4}$/.test(t) ? true : null),
  },
  { name: '第n問', example: '第3問', read: (t) => (/^第\d{1,4}問$/.test(t) ? true : null) },
  { name: 'a number', example: '4.', read: (t) => (/^\d{1,4}[.)．]?$/.test(t) ? true : null) },
];

/** True when a question heading only numbers the question. */
export function isNumberOnly(heading: string): boolean {
  const text = heading.trim().replace(/[:：]$/, '');
  return NUMBER_ONLY_HEADINGS.some((rule) => rule.read(text) !== null);
}

/** An option line: its mark and its text (the why not yet split off). */
export interface OptionMark {
  key: boolean;
  rest: string;
}

/** Option marks at the start of a list item: a task-list box, checked for the answer. */
export const OPTION_RULES: readonly FormatRule<OptionMark>[] = [
  {
    name: 'checked box: the answer',
    example: '- [x] 下流を呼ばずに即座にエラーを返す',
    read: (t) => box(t, ['[x]', '[X]', '[ｘ]', '[Ｘ]'], true),
  },
  {
    name: 'empty box: a wrong option',
    example: '- [ ] キューに溜め、回復後にまとめて送る — キューに入れる仕組みではない',
    read: (t) => box(t, ['[ ]', '[\u3000]', '[]'], false),
  },
];

function box(text: string, marks: readonly string[], key: boolean): OptionMark | null {
  const mark = marks.find((m) => text.startsWith(m));
  if (!mark) return null;
  const rest = text.slice(mark.length);
  if (rest !== '' && !/\s/.test(rest[0] ?? '')) return null;
  return { key, rest: rest.trim() };
}

/** Reads an option mark, or null when the line is not an option. */
export function readOption(markdown: string): OptionMark | null {
  for (const rule of OPTION_RULES) {
    const read = rule.read(markdown);
    if (read) return read;
  }
  return null;
}

/**
 * What separates an option from its why on one line (the first one found): an em dash, a
 * horizontal bar or two hyphens, with a space on each side. An option whose own text holds one of
 * them puts its why on the next line instead, indented under it.
 */
export const WHY_SEPARATORS: readonly string[] = [' — ', ' ― ', ' -- '];

/** `text — why` → the text and the why (null when the line has no separator). */
export function splitWhy(text: string): { text: string; why: string | null } {
  let at = -1;
  let separator = '';
  for (const candidate of WHY_SEPARATORS) {
    const i = text.indexOf(candidate);
    if (i >= 0 && (at < 0 || i < at)) [at, separator] = [i, candidate];
  }
  if (at < 0) return { text: text.trim(), why: null };
  return { text: text.slice(0, at).trim(), why: text.slice(at + separator.length).trim() || null };
}

/** The fields a question may have, by the labels that name them. */
export type FieldName = 'concept' | 'explanation' | 'source' | 'asks';

export const FIELD_LABELS: Readonly<Record<FieldName, readonly string[]>> = {
  concept: ['概念', 'Concept'],
  explanation: ['解説', '説明', 'Explanation', 'Why'],
  source: ['出典', 'Source'],
  asks: ['問う', 'Asks', 'Asks for'],
};

const FIELD_BY_KEY = new Map<string, FieldName>(
  (Object.entries(FIELD_LABELS) as [FieldName, readonly string[]][]).flatMap(([field, labels]) =>
    labels.map((label) => [matchKey(label), field] as const),
  ),
);

/** A field line: `解説: …`, `**Explanation**: …`, `**概念：** …`. */
export interface FieldLine {
  field: FieldName;
  value: string;
}

/** Reads a field line (label of {@link FIELD_LABELS}, a colon, the value), else null. */
export function readField(markdown: string): FieldLine | null {
  let text = markdown.trim();
  let label: string;
  if (text.startsWith('**')) {
    const close = text.indexOf('**', 2);
    if (close < 0) return null;
    label = text.slice(2, close);
    text = text.slice(close + 2).trimStart();
    if (label.endsWith(':') || label.endsWith('：')) label = label.slice(0, -1);
    else if (text.startsWith(':') || text.startsWith('：')) text = text.slice(1);
    else return null;
  } else {
    const colon = firstColon(text, 20);
    if (colon < 0) return null;
    label = text.slice(0, colon);
    text = text.slice(colon + 1);
  }
  const field = FIELD_BY_KEY.get(matchKey(label));
  return field ? { field, value: text.trim() } : null;
}

function firstColon(text: string, within: number): number {
  const limit = Math.min(text.length, within);
  for (let i = 0; i < limit; i++) if (text[i] === ':' || text[i] === '：') return i;
  return -1;
}

/** Values of `問う:` / `Asks:`. */
export const ASKS_VALUES: readonly FormatRule<'correct' | 'misconception'>[] = [
  {
    name: 'the wrong statement',
    example: '問う: 誤っているもの',
    read: (t) =>
      [
        '誤っているもの',
        '誤り',
        '間違い',
        '正しくないもの',
        'wrong',
        'false',
        'incorrect',
        'misconception',
        'not true',
      ].some((v) => matchKey(v) === matchKey(t))
        ? 'misconception'
        : null,
  },
  {
    name: 'the correct statement',
    example: 'Asks: correct',
    read: (t) =>
      ['正しいもの', '正しい', '正解', 'correct', 'true', 'right'].some(
        (v) => matchKey(v) === matchKey(t),
      )
        ? 'correct'
        : null,
  },
];

/** Stems that ask for the wrong statement, so the key is a wrong statement and the others are true. */
export const WRONG_STATEMENT_STEMS: readonly FormatRule<true>[] = [
  {
    name: 'Japanese: which is wrong',
    example: '誤っているものはどれ？',
    read: (t) =>
      [
        '誤っているもの',
        '誤りはどれ',
        '誤りを',
        '間違っているもの',
        '正しくないもの',
        '不適切なもの',
      ].some((w) => t.includes(w))
        ? true
        : null,
  },
  {
    name: 'English: which is not true',
    example: 'Which statement is NOT true?',
    read: (t) => {
      const lower = t.toLowerCase();
      return [
        'not true',
        'not correct',
        'is false',
        'is wrong',
        'is incorrect',
        'false statement',
        'a misconception',
      ].some((w) => lower.includes(w))
        ? true
        : null;
    },
  },
];

/** What a stem asks for, when no `問う:` / `Asks:` line says. */
export function inferredAsksFor(stem: string): 'correct' | 'misconception' {
  return WRONG_STATEMENT_STEMS.some((rule) => rule.read(stem) !== null)
    ? 'misconception'
    : 'correct';
}

/** Fewest and most options a hand-written question may have. */
export const AUTHORED_MIN_OPTIONS = 3;
export const AUTHORED_MAX_OPTIONS = 5;

/**
 * Longest option text: a Slack button holds 75 characters, and the bot puts the option's number
 * and a full stop in front (`1. `); Discord's 80 is more.
 */
export const AUTHORED_MAX_OPTION_LENGTH = 72;

/**
 * Longest question with its options, whys and explanation: what the bot shows in one block when
 * explaining it (Slack: 3,000 characters a section; Discord: 4,096 an embed).
 */
export const AUTHORED_MAX_TOTAL_LENGTH = 3_000;
