/**
 * A Japanese sentence in the plain style of the options (である調 / dictionary form): notes
 * written in です・ます調 (`…が断片化します。`, `…が使っています。`) give statements that sit
 * beside plain ones (`…を解放する`) in one question, and the odd register is a cue. Only endings
 * whose plain form is certain are rewritten, one named rule each with an example; any other
 * polite ending (`済みます`: 済む or 済みる cannot be told without a dictionary) is left as
 * written. Reads only the end of the text: linear, no pattern that can backtrack. Pure.
 */
import { squashSpaces, withoutFinalStop } from './trim.ts';

/** A rewrite of one polite ending. */
interface PlainRule {
  name: string;
  example: string;
  /** The plain text, or null when the rule does not apply. */
  plain(text: string): string | null;
}

/** Kana of the え段: a ます stem ending in one is an 一段 verb (`呼ばれ`, `食べ`, `見せ`), never a 五段 one. */
const E_ROW = new Set([...'えけげせぜてでねへべぺめれ']);
/** Particles that may stand before `します` (`作業をします`, `…ようにします`): a する verb, not okurigana. */
const PARTICLES_BEFORE_SHI = new Set([...'をにとでがはもへ']);

/** Closing brackets and quotes: a word before `し` that ends in one is a noun (`…（マッピング）し`). */
const CLOSING_MARKS = new Set([...'）)」』】〕］]"\'”’']);

type Script = 'han' | 'hiragana' | 'word' | 'other';

function scriptOf(ch: string | undefined): Script {
  if (ch === undefined) return 'other';
  const code = ch.codePointAt(0) ?? 0;
  if ((code >= 0x4e00 && code <= 0x9fff) || code === 0x3005) return 'han';
  if (code >= 0x3041 && code <= 0x309f) return 'hiragana';
  if ((code >= 0x30a0 && code <= 0x30ff) || /[A-Za-z0-9]/.test(ch)) return 'word';
  return 'other';
}

/**
 * True when `stem` + `し` is the ます stem of a サ変 verb (`断片化し`, `コピーし`, `作業をし`),
 * false for a 五段 verb in す (`示し`, `残し`, `満たし`): one kanji alone, or kana written after
 * a kanji (okurigana), before the し.
 */
function isSuruStem(stem: string): boolean {
  const chars = [...stem];
  const last = chars.at(-1);
  const before = chars.at(-2);
  const script = scriptOf(last);
  // `コピーし`, `断片化し`, `実行し`: katakana, a Latin word or a compound of two kanji or more.
  if (script === 'word') return true;
  if (script === 'han') return scriptOf(before) === 'han' || scriptOf(before) === 'word';
  if (script === 'hiragana')
    return PARTICLES_BEFORE_SHI.has(last ?? '') || scriptOf(before) !== 'han';
  // `対応付け（マッピング）し`, `「コピー」し`: a bracket or quote closes a noun; a 五段 verb in す
  // is never written after one.
  return CLOSING_MARKS.has(last ?? '');
}

/** `…ます` with the stem before it, or null. */
function masuStem(text: string, ending: string): string | null {
  return text.endsWith(ending) && text.length > ending.length
    ? text.slice(0, -ending.length)
    : null;
}

/** Stems whose plain forms are fixed words: `あり` → `ある` / `ない`, `でき` → `できる`… */
const FIXED_STEMS: readonly { stem: string; plain: string; negative: string }[] = [
  { stem: 'てい', plain: 'ている', negative: 'ていない' },
  { stem: 'でい', plain: 'でいる', negative: 'でいない' },
  { stem: 'あり', plain: 'ある', negative: 'ない' },
  { stem: 'でき', plain: 'できる', negative: 'できない' },
  { stem: 'なり', plain: 'なる', negative: 'ならない' },
];

/** The plain form of a ます stem (`呼ばれ` → `呼ばれる`), or null when it is not certain. */
function plainVerb(stem: string, negative: boolean): string | null {
  // `読んできます` is `読んでくる`, not `読んできる`.
  if (stem.endsWith('んでき')) return null;
  for (const f of FIXED_STEMS)
    if (stem.endsWith(f.stem))
      return stem.slice(0, -f.stem.length) + (negative ? f.negative : f.plain);
  if (stem.endsWith('し')) {
    const before = stem.slice(0, -1);
    if (isSuruStem(before)) return before + (negative ? 'しない' : 'する');
    return before + (negative ? 'さない' : 'す');
  }
  if (E_ROW.has(stem.at(-1) ?? '')) return stem + (negative ? 'ない' : 'る');
  // `見ます`, `出ます`, `来ます`: a kanji without okurigana is an 一段 stem (or 来る: 来る / 来ない).
  if (scriptOf([...stem].at(-1)) === 'han') return stem + (negative ? 'ない' : 'る');
  return godanPlain(stem, negative);
}

/**
 * い段 stems of 五段 verbs, by their last kana: `使い` → `使う` / `使わない`, `済み` → `済む`,
 * `かかり` → `かかる`. Read only after a kanji or as okurigana of one (`かかり` is all kana, but
 * `かか` is no particle): a kana stem after a particle (`にい`) may be an 一段 verb (`いる`).
 */
const GODAN_ENDINGS: Readonly<Record<string, { plain: string; negative: string }>> = {
  い: { plain: 'う', negative: 'わない' },
  き: { plain: 'く', negative: 'かない' },
  ぎ: { plain: 'ぐ', negative: 'がない' },
  ち: { plain: 'つ', negative: 'たない' },
  び: { plain: 'ぶ', negative: 'ばない' },
  み: { plain: 'む', negative: 'まない' },
  り: { plain: 'る', negative: 'らない' },
};

/**
 * 一段 verbs whose ます stem ends in い段 like a 五段 one (`起きます` is `起きる`, not `起く`), and
 * verbs that are both (`降ります`: 降る or 降りる): their polite form is left as written.
 */
const I_ROW_ICHIDAN: readonly string[] = [
  '起き',
  '生き',
  '尽き',
  '飽き',
  '過ぎ',
  'すぎ',
  '落ち',
  '満ち',
  '朽ち',
  '浴び',
  '伸び',
  '延び',
  '滅び',
  '帯び',
  '試み',
  '顧み',
  '省み',
  '鑑み',
  '染み',
  '足り',
  '借り',
  '降り',
  '下り',
  '懲り',
  '用い',
  '強い',
  '率い',
  '報い',
  '老い',
  '悔い',
  // Kana: `〜てみます` (みる), `〜てきます` (くる), `おちます` (落ちる), `おきます` (置く or 起きる).
  'てみ',
  'でみ',
  'てき',
  'おち',
  'おき',
];

/** Particles: a kana stem after one is not read as a 五段 verb (`ここにい` + ます is `いる`). */
const PARTICLE_KANA = new Set([...'をにとでがはもへのや']);

function godanPlain(stem: string, negative: boolean): string | null {
  const chars = [...stem];
  const last = chars.at(-1) ?? '';
  const ending = GODAN_ENDINGS[last];
  if (!ending || I_ROW_ICHIDAN.some((v) => stem.endsWith(v))) return null;
  const before = chars.at(-2);
  // `使い`, `済み`: a kanji; `かかり`, `わかり`: kana that is no particle, after kana or a kanji.
  if (before === undefined) return null;
  if (scriptOf(before) !== 'han' && (scriptOf(before) !== 'hiragana' || PARTICLE_KANA.has(before)))
    return null;
  return chars.slice(0, -1).join('') + (negative ? ending.negative : ending.plain);
}

export const PLAIN_STYLE_RULES: readonly PlainRule[] = [
  {
    name: 'copula-desu',
    example: 'サービス間通信を管理するインフラストラクチャ層です → …インフラストラクチャ層',
    plain: (text) => {
      const stem = masuStem(text, 'です');
      return stem === null ? null : stem.trim();
    },
  },
  {
    name: 'masen',
    example: 'レスポンスタイム向上が容易になるわけではありません → …わけではない',
    plain: (text) => {
      const stem = masuStem(text, 'ません');
      return stem === null ? null : plainVerb(stem, true);
    },
  },
  {
    name: 'masu',
    example:
      '解放を繰り返すとヒープが断片化します → …断片化する; 多くのランタイムが使っています → …使っている',
    plain: (text) => {
      const stem = masuStem(text, 'ます');
      return stem === null ? null : plainVerb(stem, false);
    },
  },
];

/**
 * A sentence in the plain style of the options: `…する仕組みです。` → `…する仕組み`,
 * `…を管理します。` → `…を管理する`, `…断片化します。` → `…断片化する`,
 * `…わけではありません。` → `…わけではない` ({@link PLAIN_STYLE_RULES}), an aside in parentheses at
 * the end kept after the plain ending. Text in no polite
 * ending, or in one whose plain form is not certain, is returned without its final stop. Each
 * sentence of the text is read by its own ending.
 */
export function plainStyle(sentence: string): string {
  // Every sentence of a point of two (`…比例します。ゴミが…かかりません` → `…比例する。…かからない`).
  return withoutFinalStop(squashSpaces(sentence)).split('。').map(plainSentence).join('。');
}

function plainSentence(text: string): string {
  // `…必要があります（カードテーブル、記憶集合）`: the ending is the one before the aside.
  const aside = trailingAside(text);
  const head = text.slice(0, text.length - aside.length);
  for (const rule of PLAIN_STYLE_RULES) {
    const plain = rule.plain(head);
    if (plain !== null) return plain + aside;
  }
  return text;
}

/** A full-width parenthetical at the very end (`（カードテーブル、記憶集合）`), or `''`. */
function trailingAside(text: string): string {
  if (!text.endsWith('）')) return '';
  const open = text.lastIndexOf('（');
  if (open <= 0 || text.indexOf('）', open) !== text.length - 1) return '';
  return text.slice(open);
}
