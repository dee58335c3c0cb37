/**
 * The grammatical form of an option (a statement or a noun phrase), the subject that a question
 * about a concept drops from the front of its options (`セルフヒーリングはNode単位` → `Node単位`,
 * `It queues requests` → `Queues requests`), and bare nouns, which state nothing. One pass each,
 * no backtracking. Pure.
 */

import { englishForm, japaneseForm, type OptionForm, optionForm } from '../review/option-form.ts';
import { closesEmbeddedClause } from './embedded-clause.ts';
import { endsModifier } from './modifier.ts';
import { withoutNameSubject } from './name-subject.ts';
import { trimEndChars, trimEndOf } from './trim.ts';
import { withCapitalStart } from './variable-word.ts';

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

/**
 * How an option reads: a *statement* says something (it has a predicate: `Nodeを作成`,
 * `まとめて操作可能`, `Fails fast`), a *phrase* only names something (`負荷分散`,
 * `サービス間通信を管理するインフラストラクチャ層`, `Requests per second`); `unclear` counts as
 * either. The same reading as the review's one-form rule.
 */
export type Form = OptionForm;

/**
 * How an option reads (its trailing parenthesis left out): the review's reading
 * (`review/option-form.ts`), Japanese for any text with kana or kanji, or in Japanese notes.
 */
export function formOf(text: string, language: 'ja' | 'en'): Form {
  const head = withoutParenthesisAtEnd(text);
  const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(head);
  return japanese || language === 'ja' ? japaneseForm(head) : englishForm(head);
}

function withoutParenthesisAtEnd(text: string): string {
  const t = text.trim();
  const close = t.at(-1);
  if (close !== '）' && close !== ')') return t;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')' || t[i] === '）') depth++;
    else if (t[i] === '(' || t[i] === '（') {
      depth--;
      if (depth === 0) return t.slice(0, i).trim() || t;
    }
  }
  return t;
}

/**
 * The statement without a leading subject that names the concept (`セルフヒーリングはNode単位` →
 * `Node単位`; `It queues requests` → `Queues requests`; `Retries fix faults` → `Fixes faults`;
 * `A promise's callback runs later` → `Its callback runs later`), so that it reads like the
 * other options of a question about that concept: the named rules of `NAME_SUBJECT_RULES`.
 * Unchanged otherwise.
 */
export function withoutTopic(
  text: string,
  names: readonly string[],
  language: 'ja' | 'en',
): string {
  return withoutNameSubject(text, names, language);
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
  // Three words are enough to tell (a statement may be a megabyte long).
  const words = t.trimStart().split(/\s+/, 4).filter(Boolean);
  if (words.length > 2) return false;
  // `Never blocks`: two words can be a statement.
  if (englishForm(t) === 'statement') return false;
  const first = (words[0] ?? '').toLowerCase();
  return !(words.length === 2 && /[^s]s$/.test(first));
}

/** Characters of a head noun: kanji, katakana, Latin letters and digits (and spaces, when asked). */
const HEAD_NOUN_CHAR = /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]/u;

/**
 * The index of the last character before the noun a Japanese phrase ends in (`…を持つ構造体` → the
 * index of `つ`), -1 when the whole text is that noun. `spaces`: a space inside it counts as part of
 * the noun (`…ごとの rwx`).
 */
function beforeHeadNoun(chars: readonly string[], spaces = false): number {
  let i = chars.length - 1;
  while (i >= 0 && (HEAD_NOUN_CHAR.test(chars[i] ?? '') || (spaces && chars[i] === ' '))) i--;
  return i;
}

/** Nouns written with kana after their kanji: the noun run ends on the kana. */
const KANA_NOUNS = ['仕組み', '取り組み', '見込み', '手続き', '振る舞い', '扱い', '違い'];

/**
 * `copula-statement`: a Japanese noun phrase said as a statement (`ファイルのコピー` →
 * `ファイルのコピーである`, `…ごとの rwx` → `…ごとの rwx である`, `効率的` → `効率的である`), so
 * that it may stand beside statements in one form; null for anything else. Only a phrase whose
 * last noun is modified (after `の`, a `な` adjective or a verb or adjective ending) or a `的`
 * word takes the copula: a note-style compound (`即エラー`, `クライアント別にゲートウェイ`,
 * `双方向ストリーミング対応`) reads oddly with it, and a bare noun (`負荷分散`) says nothing.
 */
export function copulaStatement(text: string, language: 'ja' | 'en'): string | null {
  if (language !== 'ja' || optionForm(text) !== 'phrase' || isBareNoun(text, language)) return null;
  // A formula (`誤差 = バイアス² + … + ノイズ`) states itself: `…ノイズである` reads as its last term's.
  if (FORMULA_MARKS.some((m) => text.includes(m))) return null;
  const trimmed = text.trimEnd();
  const okurigana = KANA_NOUNS.find((n) => trimmed.endsWith(n));
  const chars = [...(okurigana ? trimmed.slice(0, -okurigana.length) : trimmed)];
  const i = beforeHeadNoun(chars, true);
  const before = chars[i] ?? '';
  const modified =
    text.endsWith('的') || before === 'の' || before === 'な' || endsModifier(before, chars[i - 1]);
  if (!modified) return null;
  return `${text}${spacedLatinEnd(text) ? ' ' : ''}である`;
}

/**
 * `copula-spacing`: true when the text ends on a Latin word set off by a space (`…ごとの rwx`), so
 * that the copula is set off alike (`…ごとの rwx である`); a Latin word run on from Japanese
 * (`テーブルごとに1つ作るDAO`) takes it run on too (`…作るDAOである`, not the `DAO である`
 * reading 53's reader called broken).
 */
function spacedLatinEnd(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && LATIN_WORD_CHAR.test(text[i] ?? '')) i--;
  return i < text.length - 1 && text[i] === ' ';
}

/** A character of a Latin word or number, as {@link spacedLatinEnd} reads a text's last word. */
const LATIN_WORD_CHAR = /[A-Za-z0-9._-]/;

/** Head nouns up to this long are dropped by {@link withoutHeadNoun}. */
const MAX_HEAD_NOUN = 12;

/**
 * A Japanese definition without the noun it ends in, so that it reads as a statement about the
 * concept: `…を発見する仕組み` → `…を発見する`, `…のどちらかになる性質` → `…のどちらかになる`. Null
 * when the text does not end in a noun after a verb or adjective.
 */
export function withoutHeadNoun(text: string): string | null {
  const chars = [...text.trim()];
  const i = beforeHeadNoun(chars);
  const head = chars.length - 1 - i;
  if (head < 1 || head > MAX_HEAD_NOUN || i < 6) return null;
  if (!endsModifier(chars[i] ?? '', chars[i - 1])) return null;
  const clause = chars.slice(0, i + 1).join('');
  const noun = chars.slice(i + 1).join('');
  if (HEAD_NOUN_KEPT.some((rule) => rule.keeps(clause, noun))) return null;
  return clause;
}

/**
 * Head nouns that carry the meaning, so the clause before them is no statement about the concept
 * (`全予測のうち、正しく分類できた割合`: the concept is the ratio, not what was classified). A
 * named rule each, with an example; the head noun is kept when one applies.
 */
export const HEAD_NOUN_KEPT: readonly {
  name: string;
  example: string;
  keeps: (clause: string, noun: string) => boolean;
}[] = [
  {
    name: 'a measure',
    example: '陽性と予測したもののうち、本当に陽性だった割合',
    keeps: (_clause, noun) => MEASURE_NOUNS.some((m) => noun.endsWith(m)),
  },
  {
    name: 'a part of a whole',
    example: '全リクエストのうち、キャッシュから返せた分',
    keeps: (clause) => clause.includes('のうち'),
  },
  {
    // A past clause tells what was done to the noun (`集めた計測`: the measurement was
    // collected) or what it did once (`認証の層を載せた仕様`); without the noun it reads as a
    // cut relative clause (`実ユーザーの環境で集めた`), not a statement about the concept.
    name: 'a past clause',
    example: '実ユーザーの環境で集めた計測',
    keeps: (clause) => clause.endsWith('た'),
  },
  {
    // Clauses of their own subjects (`A は…、OIDC はその上に載る認証レイヤ`): the noun is what the
    // last subject is, not the concept's kind, and without it that clause says nothing of it.
    name: 'a clause of its own subject',
    example: 'OAuth は認可（権限委任）、OIDC はその上に載る認証レイヤ',
    keeps: (clause) => {
      const comma = clause.lastIndexOf('、');
      return comma > 0 && hasTopic(clause.slice(comma + 1));
    },
  },
  {
    // A term of a formula (`誤差 = バイアス² + バリアンス + 削減できないノイズ`): the noun is the
    // term, and without it the formula loses its last operand.
    name: 'a term of a formula',
    example: '誤差 = バイアス² + バリアンス + 削減できないノイズ',
    keeps: (clause) => FORMULA_MARKS.some((m) => clause.includes(m)),
  },
  {
    // Two modifiers of one noun (`…を持つ、軽い実装`): without the noun the second is left
    // hanging (`…を持つ、軽い`), an adjective with nothing to describe.
    name: 'two modifiers',
    example: '本物と同じインターフェースを持つ、軽い実装',
    keeps: (clause) => {
      const comma = clause.lastIndexOf('、');
      if (comma < 1) return false;
      const last = clause.slice(comma + 1);
      return (
        [...last].length <= MAX_SECOND_MODIFIER &&
        !/[をがにではも]/.test(last) &&
        endsModifier(clause.charAt(comma - 1), clause.charAt(comma - 2))
      );
    },
  },
];

/** Kana before which `は` is the topic particle (`のは`, `とは`, `では`, `には`), not part of a word. */
const PARTICLES_BEFORE_TOPIC = new Set([...'のとでにへ']);

/**
 * True when the clause has a topic in `は` (`OIDC はその上に載る`, `データは複製される`): a `は`
 * after a word that is not hiragana, or after a particle. `はず`, `すばやい` are no topic.
 */
function hasTopic(clause: string): boolean {
  const chars = [...clause];
  for (let i = 1; i < chars.length - 1; i++) {
    if (chars[i] !== 'は') continue;
    const before = chars[i - 1] as string;
    const code = before.codePointAt(0) ?? 0;
    const hiragana = code >= 0x3041 && code <= 0x309f;
    if (!hiragana || PARTICLES_BEFORE_TOPIC.has(before)) return true;
  }
  return false;
}

/** Marks of a formula: a clause holding one is an equation's side, not a relative clause. */
const FORMULA_MARKS = ['=', '＝', '+', '＋', '×', '÷'];

/** The second of two modifiers is at most this long (`軽い`, `安全な`): a clause of its own is longer. */
const MAX_SECOND_MODIFIER = 6;

/** Nouns that name a quantity: what the clause before them counts is not what the concept does. */
const MEASURE_NOUNS = [
  '割合',
  '比率',
  '率',
  '比',
  '数',
  '量',
  '値',
  '確率',
  '平均',
  '合計',
  '差',
  '時間',
  '期間',
  '頻度',
  '速度',
  '上限',
  '下限',
  '範囲',
];

/**
 * True for English text that opens in lower case on a plain word (`moves or evict running pods`,
 * `descheduler or a rollout rebalances`): a piece cut from a longer sentence. A name in code
 * style (`nodeSelector`, `kubectl`) or a cell of the summary is not such a piece.
 */
export function startsMidSentence(text: string, language: 'ja' | 'en'): boolean {
  const t = text.trimStart();
  // `(AES-GCM, ChaCha20-Poly1305)`: an aside without the sentence it belongs to.
  if (t.startsWith('(') || t.startsWith('（')) return true;
  // `That is a side effect of the mapping table`: it leans on the sentence before it.
  if (LEANING.some((w) => t.startsWith(w))) return true;
  if (language !== 'en') return false;
  // `history, extensions…`: the word without the mark after it.
  const first = (t.split(/\s/, 1)[0] ?? '').replace(/[,;:]$/, '');
  // `low-risk config changes can…` (a correction in parentheses) is a word in lower case too.
  return /^[a-z]+(?:-[a-z]+)*$/.test(first) && !CODE_WORDS.has(first);
}

/**
 * The text as the start of a sentence: an English point written after its label in lower case
 * (`**Key point**: a committed entry is never lost…`) opens on a capital (`A committed entry…`);
 * a name in code style (`kubectl`) and Japanese are left as they are.
 */
export function asSentenceStart(text: string, language: 'ja' | 'en'): string {
  if (language !== 'en') return text;
  const first = text.split(/\s/, 1)[0] ?? '';
  // `low-risk` is a word too.
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(first) || CODE_WORDS.has(first) || CONNECTIVES.has(first))
    return text;
  return withCapitalStart(text);
}

/**
 * Words that join a clause to the one before it: English text opening on one is a piece of a
 * sentence (`or evict running pods`), never written as a sentence start.
 */
const CONNECTIVES = new Set([
  'and',
  'or',
  'but',
  'nor',
  'yet',
  'so',
  'than',
  'which',
  'whose',
  'whom',
  'whereas',
  'because',
  'although',
  'though',
  'unless',
]);

/**
 * True when the markdown opens on a code span: `` `any` spreads… `` opens a sentence although its
 * plain text (`any spreads…`) starts in lower case, and it keeps that case (`any` is not `Any`).
 */
export function opensOnCode(markdown: string): boolean {
  return markdown.trimStart().startsWith('`');
}

/** Openings that point back at a sentence not given (`That is…`, `これは…`). */
const LEANING = [
  'That is ',
  'This is ',
  'That ',
  'This ',
  'It is ',
  'These ',
  'Those ',
  'それは',
  'これは',
];

/** Lower-case words that open English statements as names (commands, tools). */
const CODE_WORDS = new Set(['kubectl', 'kubelet', 'etcd', 'iptables', 'npm', 'git', 'curl']);

/** Words an English statement does not end on: it was cut after them (`…which servers are`). */
const CUT_AFTER = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** True for an English statement cut after a copula (a wrapped line read without its end). */
export function endsOnCopula(text: string, language: 'ja' | 'en'): boolean {
  if (language !== 'en') return false;
  // A scan, not `[.!?]+$`, which tries every start of a long run of stops not at the end.
  const words = trimEndOf(text.trimEnd(), '.!?').split(/\s+/);
  const tail = words.slice(-8).map((word) => word.toLowerCase());
  return CUT_AFTER.has(tail.at(-1) ?? '') && !closesEmbeddedClause(tail);
}
