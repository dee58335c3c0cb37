/**
 * Words that make a statement lean on the text around it in the notes: read alone, as an option
 * or a stem, the reader cannot tell what `この制約` or `the table above` is. A named rule each,
 * with an example; plain substring and word checks, linear on any line. Pure.
 */

import { memoByText } from './build-memo.ts';
import { pointsAtSection } from './cross-reference.ts';
import { trimEndOf, withoutFinalStop } from './trim.ts';

/** A rule: its name, an example statement it finds, and the check. */
export interface ContextRule {
  name: string;
  example: string;
  language: 'ja' | 'en';
  leans: (text: string) => boolean;
}

/** `この` / `その` words that stand for no earlier thing (`そのまま` is "as it is"). */
const JA_FIXED_PHRASES = [
  'そのまま',
  'このまま',
  'そのもの',
  'その他',
  'その都度',
  'その場',
  'その時',
  // `ループしたフレームはそのうち TTL 切れで消える`: "sooner or later"; `その後` "afterwards".
  'そのうち',
  'その後',
];

/** Quotation marks that open a quotation (a text without one is read as it is). */
const QUOTE_OPENINGS = /[「『“]/u;

/** The text without what it quotes (`『この参照は…』` is an example, no pointer). */
function unquoted(text: string): string {
  if (!QUOTE_OPENINGS.test(text)) return text;
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '「' || ch === '『' || ch === '“') depth++;
    else if ((ch === '」' || ch === '』' || ch === '”') && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** A straight quote that may open a quoted phrase, and what may stand right after its closing one. */
const STRAIGHT_QUOTES = `'"`;
const AFTER_CLOSING_QUOTE = ' \t,.;:!?)';

/**
 * The text without phrases in straight quotes (`An express 'binding in honour only' clause can
 * rebut it` → `An express  clause can rebut it`): a quote opens after a space or at the start and
 * before a letter, and closes after a letter and before a space, a stop or the end, so the
 * apostrophes of `don't` and `server's` are no quotes. Linear: when no closing follows one
 * opening, none follows a later one either, and the search ends.
 */
export function withoutStraightQuotes(text: string): string {
  if (!text.includes("'") && !text.includes('"')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const opens =
      STRAIGHT_QUOTES.includes(ch) &&
      (i === 0 || /\s|\(/u.test(text.charAt(i - 1))) &&
      /\p{L}/u.test(text.charAt(i + 1));
    if (!opens) {
      out += ch;
      i++;
      continue;
    }
    const close = closingQuote(text, ch, i + 1);
    if (close < 0) return out + text.slice(i);
    i = close + 1;
  }
  return out;
}

/** Where the quote `quote` opened before `from` closes, or -1. */
function closingQuote(text: string, quote: string, from: number): number {
  for (let at = text.indexOf(quote, from); at >= 0; at = text.indexOf(quote, at + 1))
    if (
      /[\p{L}\p{N}.!?]/u.test(text.charAt(at - 1)) &&
      (at + 1 === text.length || AFTER_CLOSING_QUOTE.includes(text.charAt(at + 1)))
    )
      return at;
  return -1;
}

/**
 * The statement's first clause: up to its first `、` `。` `,` `;` (a pointer after one may point
 * at the clause before it, `変更は、その直後に…`, inside the statement itself).
 */
function firstClause(text: string): string {
  const end = text.search(/[、。,;；，]/u);
  return end < 0 ? text : text.slice(0, end);
}

/** True when `この` or `その` in the first clause opens a reference to something said before. */
function pointsBackJa(statement: string): boolean {
  const text = firstClause(unquoted(statement));
  for (const word of ['この', 'その']) {
    let at = text.indexOf(word);
    while (at >= 0) {
      if (
        !JA_FIXED_PHRASES.some((p) => text.startsWith(p, at)) &&
        !ownNounBefore(text, at) &&
        !afterOwnClause(text, at) &&
        !reopensSaidWord(text, at)
      )
        return true;
      at = text.indexOf(word, at + word.length);
    }
  }
  return false;
}

/** Characters that end the word a demonstrative opens (kana of grammar, spaces, punctuation). */
const WORD_ENDS = /[\p{Script=Hiragana}\s、。,.;；:：「」『』（）()]/u;

/** How many `この` after the first clause {@link unmetDemonstrativeJa} reads, at most. */
const MAX_DEMONSTRATIVES_READ = 4;
/** The word a demonstrative opens is read this far at most (a word, not a line). */
const MAX_OPENED_WORD = 24;

/**
 * `demonstrative-unmet`: `この` after the first clause points back inside the sentence when the
 * sentence has said the word it opens (`Yを使い、このYが…`); a word the sentence has not said was
 * said before it (`…書き換えられるので、この exit がなくなる`: which exit?). Not `その`, which after
 * a clause is most often "its" of a noun the sentence has just said (`故障率を…その逆数`,
 * `再起動すると0に戻るが…そのリセット`). A plain scan, linear in the text.
 */
function unmetDemonstrativeJa(statement: string): boolean {
  const text = unquoted(statement);
  let at = text.indexOf('この', firstClause(text).length);
  // The first few only: each looks back over the sentence once (a line of `このA、` repeated
  // is read a few times, not once per `この`).
  for (let seen = 0; at >= 0 && seen < MAX_DEMONSTRATIVES_READ; seen++) {
    if (!JA_FIXED_PHRASES.some((p) => text.startsWith(p, at))) {
      let start = at + 2;
      while (text[start] === ' ' || text[start] === '\u3000') start++;
      let end = start;
      const last = Math.min(text.length, start + MAX_OPENED_WORD);
      while (end < last && !WORD_ENDS.test(text[end] as string)) end++;
      const opened = text.slice(start, end);
      if (opened !== '' && !text.slice(0, at).includes(opened)) return true;
    }
    at = text.indexOf('この', at + 2);
  }
  return false;
}

/**
 * `noun-and-its`: `その` right after a noun and `と` / `や` (`要素とその子孫`: the element and its
 * descendants) points at that noun, inside the statement.
 */
function ownNounBefore(text: string, at: number): boolean {
  const particle = text[at - 1] ?? '';
  if (particle !== 'と' && particle !== 'や') return false;
  const noun = text[at - 2] ?? '';
  return noun !== '' && !/[\p{Script=Hiragana}\s、。]/u.test(noun);
}

/**
 * Clause endings after which `この` / `その` points at what that clause set up (`飲んだその日から`,
 * `利上げすればその月の`, `implements を書かないとそのinterfaceとして`, `any を使ってもその行だけ`).
 * `でも` only after a verb's `ん` / `い` (`飲んでも`, `泳いでも`): after a noun it is `で` and `も`
 * (`国内でもこの2剤は…`, reading 86: which two drugs?), no clause of the statement.
 */
const CLAUSE_ENDINGS = [
  'ば',
  'ても',
  'んでも',
  'いでも',
  'ないと',
  'ると',
  'たら',
  'した',
  'った',
  'んだ',
  'いた',
];

/**
 * `after-own-clause`: a demonstrative right after a conditional or a relative clause of the
 * statement ({@link CLAUSE_ENDINGS}) points inside the statement, at what that clause said.
 */
function afterOwnClause(text: string, at: number): boolean {
  return at > 2 && CLAUSE_ENDINGS.some((ending) => text.endsWith(ending, at));
}

/**
 * `said-word`: a demonstrative that opens a word the statement has said before it points at that
 * word (`ライブラリ内部の関数呼び出しは常にそのライブラリ内の定義に解決される`). Reads one word.
 */
function reopensSaidWord(text: string, at: number): boolean {
  let end = at + 2;
  const last = Math.min(text.length, end + MAX_OPENED_WORD);
  while (end < last && !WORD_ENDS.test(text[end] as string)) end++;
  const opened = text.slice(at + 2, end);
  // Within the sentence before it: a bounded look back, so a line of a thousand `そのX` reads
  // each once (linear, not once per demonstrative over the whole line).
  const said = text.slice(Math.max(0, at - SAID_WORD_WINDOW), at);
  return [...opened].length >= 2 && said.includes(opened);
}

/** How far back `said-word` looks for the word a demonstrative opens (about a sentence). */
const SAID_WORD_WINDOW = 200;

/** Pronouns of direction that stand for one of things said before (reading 10). */
const JA_DIRECTION_PRONOUNS = ['そちら', 'こちら', 'あちら'];

/** Words of notes' layout (`上記`, `above`): the reader of one option has no layout. */
const JA_LAYOUT = [
  '上記',
  '下記',
  '前述',
  '後述',
  '上の表',
  '下の表',
  '上の図',
  '下の図',
  '上の例',
  '下の例',
  '上のコード',
  // `上の理由で違う。…` (reading 81, a correction): which reason, above?
  '上の理由',
  // `上で書いた吹き下ろしのタイプもある` (reading 64, a wrong option's why): which one, above?
  '上で書いた',
  '上に書いた',
  '先に書いた',
  '前に書いた',
  '上で述べた',
  '先に述べた',
  // `…は次のように短縮できる`: what follows is the notes' next block, not in the question.
  '次のように',
  '以下のように',
  '次の通り',
  '以下の通り',
  // `RFC 9110の記述はおおむね次のとおり` (reading 15): the same in kana.
  '次のとおり',
  '以下のとおり',
  // `各プロセスが整数カウンタ C を持ち、次の規則で更新する` (a why of reading 21): which rules?
  '次の規則',
  '以下の規則',
  // `次の合計が 10年以上必要` (reading 55): the sum of which?
  '次の合計',
  '以下の合計',
  // `…までの間は、次の理由で最もリスクが高い時間帯になります` (raid.ja): which reasons?
  '次の理由',
  '以下の理由',
  // `1行ずつ読む定番は次の形` (bash-pitfalls.ja): the form is the notes' next code block.
  '次の形',
  '以下の形',
  '次のような',
  '以下のような',
  // `冒頭の謎の正体`, `冒頭の話` (reading 19): the notes' opening, which the question does not show.
  '冒頭',
  // `特許出願前に、次のどれかに当たる発明は特許を受けられない` (reading 35): the notes' next list.
  '次のどれか',
  '次のいずれか',
  '以下のどれか',
  '以下のいずれか',
];
// `The regression in the intro had a tiny residual` (reading 19).
const EN_LAYOUT = ['above', 'below', 'aforementioned', 'intro'];

/** English openings that point at the notes' layout before a clause of their own. */
const EN_LAYOUT_LEADS = ['as above', 'see above', 'as shown above', 'as the table shows'];

/**
 * `layout-lead`: a correction that opens on a pointer to the notes' layout (`上の表のとおり、空文字・
 * 単位つき・指数表記で全部違う`, `上の理由で違う。if ([]) は通るが [] == true は false`, `As above, …`)
 * says the rest without it: the pointer goes, up to the first `、` `。` `,` `;` or `.` after it (an
 * explanation of reading 81 sent the player to a table it never saw). A pointer with nothing after
 * it leaves nothing. Other texts come back unchanged. One pass.
 */
export function withoutLayoutLead(text: string): string {
  const trimmed = text.trimStart();
  const lower = trimmed.toLowerCase();
  if (
    !JA_LAYOUT.some((w) => trimmed.startsWith(w)) &&
    !EN_LAYOUT_LEADS.some((w) => lower.startsWith(w))
  )
    return text;
  for (let i = 0; i < trimmed.length; i++)
    if (LAYOUT_LEAD_ENDS.includes(trimmed.charAt(i))) return trimmed.slice(i + 1).trim();
  return '';
}

/** Where a {@link withoutLayoutLead} pointer ends. */
const LAYOUT_LEAD_ENDS = '、。,;.，；';
/**
 * `place-not-layout`: `above` / `below` before what they are above or below (`float because they
 * are "above the atmosphere"`, `below 1 GHz`) are places, not the notes' layout (`the table
 * below`, `as shown above`). Words that open such an object.
 */
const EN_PLACE_OBJECTS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'our',
  'your',
  'his',
  'her',
  'zero',
  'freezing',
  'average',
  'ground',
  'sea',
]);

/** True when a layout word points at the notes (`the table below`), not at a place. */
function pointsAtLayout(text: string): boolean {
  const words = englishWords(text);
  if (!words.some((w) => EN_LAYOUT.includes(w))) return false;
  if (words.some((w) => w !== 'above' && w !== 'below' && EN_LAYOUT.includes(w))) return true;
  const lower = text.toLowerCase();
  for (const word of ['above', 'below']) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (/[a-z]/.test(lower[at - 1] ?? '') || /[a-z]/.test(lower[end] ?? '')) continue;
      // A place when its object follows after one space (`above the atmosphere`, `below 4 MPa`).
      const rest = lower[end] === ' ' ? lower.slice(end + 1, end + 1 + MAX_OBJECT_WORD) : '';
      const next = rest.split(/[^a-z0-9]/u)[0] ?? '';
      if (EN_PLACE_OBJECTS.has(next) || /^\d/.test(next)) continue;
      if (pointsAtNotes(lower, at, end)) return true;
    }
  }
  return false;
}

/** Nouns of the notes' own blocks (`the table below`, `the steps above`). */
const EN_LAYOUT_NOUNS: ReadonlySet<string> = new Set([
  'table',
  'tables',
  'figure',
  'diagram',
  'chart',
  'graph',
  'example',
  'examples',
  'list',
  'code',
  'snippet',
  'formula',
  'equation',
  'section',
  'steps',
  'step',
  'output',
  'rule',
  'rules',
  'point',
  'points',
  'paragraph',
  'note',
  'notes',
  'line',
  'lines',
  'command',
  'query',
  'case',
  'cases',
  'one',
  'ones',
  'calculation',
  'definition',
]);
/** Words before `above` / `below` that point at the notes (`as shown above`, `see below`). */
const EN_LAYOUT_POINTERS: ReadonlySet<string> = new Set([
  'as',
  'see',
  'shown',
  'listed',
  'described',
  'mentioned',
  'noted',
  'given',
  'discussed',
  'explained',
  'defined',
  'the',
]);

/**
 * `above-as-quantity`: `above` / `below` point at the notes only where they end their clause
 * (`…the freshness calculation above`, `…described below:`), follow a noun of the notes' blocks
 * (`The table below lists…`) or a pointing word (`As shown above`, `the above`). Elsewhere they
 * compare a quantity (`far above fs`, `Above ~69% utilisation`, `well below yield`, `a dose above
 * which it stops working`): 9 named misconceptions over the 270 read notes had been dropped.
 */
function pointsAtNotes(lower: string, at: number, end: number): boolean {
  const after = lower.slice(end, end + 2).trimStart();
  if (after === '' || /^[.,;:!?)\]—–]/u.test(after)) return true;
  const before = /([a-z]+)\W*$/u.exec(lower.slice(Math.max(0, at - 24), at))?.[1] ?? '';
  return EN_LAYOUT_NOUNS.has(before) || EN_LAYOUT_POINTERS.has(before);
}

/** How far the word after `above` / `below` is read (the longest of {@link EN_PLACE_OBJECTS}). */
const MAX_OBJECT_WORD = 10;

/**
 * `the-notes-object`: a sentence that opens on one of the notes' own objects, unqualified (`The
 * formula explains why the temperature tracks concentration`, reading 35): which formula? Not one
 * the words after it name (`The formula for kinetic energy…`, `The example of a race…`). Not the
 * words a subject's own things go by (`The table is rewritten` in notes on databases, `The graph
 * has a negative cycle`, `The chart installs…`).
 */
const NOTES_OBJECTS: ReadonlySet<string> = new Set([
  'formula',
  'equation',
  'snippet',
  'example',
  'screenshot',
]);
/** Words after such an object that say which one it is. */
const OBJECT_QUALIFIERS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'in',
  'on',
  'from',
  'that',
  'which',
  'with',
  'where',
  'whose',
]);

/** True when the sentence opens `The formula …` with nothing saying which formula. */
function opensOnNotesObject(text: string): boolean {
  const words = englishWords(text.trimStart().slice(0, MAX_OPENING));
  return (
    words[0] === 'the' &&
    NOTES_OBJECTS.has(words[1] ?? '') &&
    words.length > 2 &&
    !OBJECT_QUALIFIERS.has(words[2] ?? '')
  );
}

/** How much of a sentence's start {@link opensOnNotesObject} reads. */
const MAX_OPENING = 60;

/** English words that point back at a noun said before, anywhere in a sentence. */
const EN_POINTERS = ['this', 'these'];

/**
 * `ordinal-of-a-list`: `a third` … `a fifth` before a noun (not `of`): the next of a list the
 * notes gave before. One pass of literals and a word, no nested quantifier.
 */
const ORDINAL_OF_A_LIST = /\ba (?:third|fourth|fifth) (?!of\b)[a-z]/i;
/** A count the line gives itself: a digit or a number word (`three-node`, `2 replicas`). */
const COUNTED = /\d|\b(?:two|three|four|five)\b/i;

/** Verbs right after `Both` that leave out what both are (`Both are correct`). */
const BOTH_VERBS = new Set([
  'are',
  'were',
  'is',
  'can',
  'have',
  'do',
  'work',
  'must',
  'need',
  'use',
]);
/**
 * `quantifier-alone`: quantifiers that, opening a sentence right before a verb, stand for things
 * the sentence before named (`Some must pass through…`, `Others are…`). Over the 366 read notes,
 * the English lines that open so all lean on the line before. Not `Neither` or `Either`, which
 * like `Both` may speak of the two a concept's own name joins (`Neither has a universal "good"
 * value` of `Log loss and Brier score`, the key of a sound question there).
 */
const BARE_QUANTIFIERS: ReadonlySet<string> = new Set([
  'some',
  'most',
  'many',
  'few',
  'several',
  'others',
]);
/** Japanese openings that say "both" of things named before (`どちらも正しい`). */
const JA_BOTH = [
  'どちらも',
  '両方とも',
  '両者とも',
  '両者は',
  // `両者が接続した瞬間、帰還雷撃：…` (reading 72's why): which two? Not inside a sentence, where
  // the two are the parties it names (`鍵を両者が持つので…`).
  '両者が',
  '両者の',
  '両者を',
  'いずれも',
  'どちらにしても',
  // `両方を1枚に描いたのがバイプロット`, `どちらの意味で言っているか確認` (reading 48): which two?
  '両方を',
  '両方の',
  '両方が',
  'どちらの',
  // `2つは独立した軸である` (reading 53 offered it twice): which two?
  '2つは',
  '二つは',
  '2つとも',
  '二つとも',
];
/** `両者は` anywhere (`素の SGD では両者は等価になる`, reading 16): both of which two? */
const JA_BOTH_ANYWHERE = '両者は';
/**
 * `confusable-names`: a line that only says two names are easily confused (`名前が似ていますが
 * 別物`, `名前が紛らわしい組み合わせの代表`): true of the pair, it tells neither apart (readings 15–16).
 */
const CONFUSABLE: Readonly<Record<'ja' | 'en', readonly string[]>> = {
  ja: ['名前が似', '名前が紛らわし', '混同しやすい', '混同されやすい', '混同しがち', '紛らわしい'],
  en: [
    'easily confused',
    'often confused',
    // `These two are usually confused because both are "preference numbers"` (bgp, a why).
    'usually confused',
    'commonly confused',
    'similar names',
    'names are similar',
    'sound alike',
  ],
};

/** Prepositions after which `that` is a determiner (`outside that boundary`), not a conjunction. */
const EN_PREPOSITIONS = new Set([
  'outside',
  'inside',
  'within',
  'beyond',
  'of',
  'in',
  'on',
  'at',
  'to',
  'from',
  'for',
  'with',
  'by',
  'under',
  'over',
]);

/** True when `that` follows a preposition in the words: it points at a noun said before. */
function thatAfterPreposition(words: readonly string[]): boolean {
  return words.some((w, i) => w === 'that' && i > 0 && EN_PREPOSITIONS.has(words[i - 1] ?? ''));
}

/**
 * `that-pronoun`: `that` standing for a thing said before, as the sentence's first word (`That is
 * expected: …`) or as an object closed by punctuation (`NTS fixes that: a TLS handshake…`).
 * Reads each `that` once, and the character after it.
 */
function thatPronoun(text: string): boolean {
  const lower = unquoted(outsideParentheses(text)).toLowerCase();
  if (/^that\b/u.test(lower.trimStart())) return true;
  for (let at = lower.indexOf('that'); at >= 0; at = lower.indexOf('that', at + 4)) {
    const before = lower.charAt(at - 1);
    const after = lower.charAt(at + 4);
    if (at > 0 && before === ' ' && [':', ';', ',', '.', '：'].includes(after)) return true;
  }
  return false;
}

/** Prepositions an English sentence may open on before its subject (`On a big table …`). */
const EN_OPENING_PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'for',
  'with',
  'under',
  'during',
  'after',
  'before',
  'without',
  'over',
  'beyond',
]);
/** Verbs a demonstrative subject takes at once (`that is an outage`, `this means …`). */
const DEMONSTRATIVE_VERBS = new Set([
  'is',
  'was',
  'means',
  'causes',
  'takes',
  'breaks',
  'blocks',
  'becomes',
  'costs',
  'locks',
  'will',
  'would',
  'can',
]);
/** Words of an opening phrase at most, before its subject. */
const MAX_OPENING_WORDS = 6;

/**
 * `that-after-an-opening-phrase`: `On a big table that is an outage` — an opening phrase, then
 * `that` / `this` as the subject of what follows, with no clause after it: the sentence says
 * something of the line before it (a table rewrite), which the player never sees (reading 33
 * flagged it five times). `In a table that is partitioned, each partition has its own index`
 * (a relative clause, a main clause after its comma) is a statement.
 */
function thatAfterOpening(text: string): boolean {
  const words = unquoted(outsideParentheses(text)).toLowerCase().trim().split(/\s+/u);
  if (!EN_OPENING_PREPOSITIONS.has(words[0] ?? '')) return false;
  for (let at = 2; at <= MAX_OPENING_WORDS && at < words.length - 1; at++) {
    const word = words[at] ?? '';
    if (word.endsWith(',')) return false;
    if ((word === 'that' || word === 'this') && DEMONSTRATIVE_VERBS.has(words[at + 1] ?? ''))
      return !words.slice(at + 1).some((w) => w.endsWith(','));
  }
  return false;
}

/** Opening parentheses (a text without one is read as it is). */
const PARENTHESES = /[(（]/u;

/** The text without what it sets in parentheses (one pass, nesting counted). */
export function outsideParentheses(text: string): string {
  if (!PARENTHESES.test(text)) return text;
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * The words of an English text, lower case (letters, digits and apostrophes). Memoised: the
 * rules of {@link CONTEXT_RULES} each read the words of one statement (15 reads a statement on a
 * big table), and its recent texts answer them. Shared: read it, never change it.
 */
const englishWords = memoByText((text: string): readonly string[] =>
  text.toLowerCase().split(/[^a-z0-9']+/u),
);

/** Verbs right after `the two` that make it the subject of its own clause, naming nothing. */
const THE_TWO_VERBS: ReadonlySet<string> = new Set([
  'are',
  'were',
  'differ',
  'match',
  'meet',
  'cross',
  'coincide',
  'agree',
  'disagree',
  'overlap',
]);

/** Phrases that compare with what was said before, naming nothing (`for similar reasons`). */
const JA_COMPARING = [
  '同じ理由',
  '同様の理由',
  '同様に',
  '同じく',
  // `水出しにするとカテキンがさらに抑えられ、甘く感じる` (reading 52): further than what?
  'さらに抑えられ',
  'さらに減',
  'さらに増',
  'さらに下が',
  'さらに上が',
];
/** Comparisons that name what they compare with when a noun (and `と`) stands before them. */
const JA_NAMEABLE_COMPARING = new Set(['同様に', '同じく']);

/** Topic particles before which `逆に` turns the topic against something said of another. */
const CONVERSELY_AFTER = ['は逆に', 'も逆に'];
/** Clause endings before `、` that set up, inside the statement, what `逆に` turns against. */
const OWN_SIDE_ENDINGS = new Set(['て', 'で', 'が', 'ど', 'く', 'ば', 'り']);

/**
 * `conversely-to-what`: `Xは逆に…` / `Xも逆に…` turns X against something said of another
 * thing; with no clause of the statement before it (`Aは高く出て、Bは逆に低く出る`: a `、`
 * after a clause ending, {@link OWN_SIDE_ENDINGS}), that was said on the line before
 * (`…直後は逆に低く出る`). A list's `や、` is no such clause. Two scans, linear in the text.
 */
function converselyToWhatJa(text: string): boolean {
  let at = -1;
  for (const phrase of CONVERSELY_AFTER) {
    const found = text.indexOf(phrase);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  if (at < 0) return false;
  for (let i = text.indexOf('、'); i >= 0 && i < at; i = text.indexOf('、', i + 1))
    if (OWN_SIDE_ENDINGS.has(text[i - 1] ?? '')) return false;
  return true;
}

/**
 * `comparing-back`, in Japanese: a {@link JA_COMPARING} phrase with nothing named before it
 * (`パスワードグラントも同様の理由で廃止された`). `同じく` and `同様に` right after a noun, or a
 * noun and `と`, name their other side (`ワルファリンと同じくINRを見て…`, `GIN は B-tree 同様に…`):
 * the statement stands alone (`named-comparand`; 23 named misconceptions over the 270 read notes
 * had been dropped).
 */
function comparesBackJa(text: string): boolean {
  for (const phrase of JA_COMPARING) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    if (!JA_NAMEABLE_COMPARING.has(phrase) || !namedBefore(text, at)) return true;
  }
  return false;
}

/** True when a noun (a kanji, katakana, Latin letter or digit), or a noun and `と`, ends at `at`. */
function namedBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u3000')) end--;
  if (text[end - 1] === 'と') end--;
  const last = text[end - 1] ?? '';
  return (
    last !== '' &&
    /[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9Ａ-Ｚａ-ｚ０-９)）」』]/u.test(last)
  );
}

const EN_COMPARING = [
  // `Other activities are still finished by Back as before` (reading 52): before what?
  'as before',
  'for similar reasons',
  'for the same reason',
  'likewise',
  'in the same way',
  // `…"Squash and merge" buttons do the same`: the same as what? (reading 9)
  'do the same',
  'does the same',
  'did the same',
  // `For column direction, the same applies to min-height`: the same as what? (reading 10)
  'the same applies',
  'the same goes for',
  'the same is true',
  // `Weight works the same way: stall speed ∝ √W`: the same way as what? (reading 27)
  'works the same way',
  'work the same way',
  'behaves the same way',
  'behave the same way',
];

/**
 * Subjects that set themselves against someone said before: `Everyone else just trades existing
 * ETF shares` (reading 57) — else than whom? Only as a statement's opening: inside a sentence the
 * sentence names what they are set against (`a compromised host can't reach everything else`).
 */
const EN_ELSE_SUBJECTS = [
  'everyone else',
  'everybody else',
  'anyone else',
  'anybody else',
  'someone else',
  'no one else',
  'nobody else',
  'everything else',
];

/** True when an English text opens on an {@link EN_ELSE_SUBJECTS} subject (not its possessive). */
function opensOnElse(text: string): boolean {
  const head = text.trimStart().slice(0, 16).toLowerCase();
  const subject = EN_ELSE_SUBJECTS.find((p) => head.startsWith(p));
  if (subject === undefined) return false;
  const next = head.charAt(subject.length);
  return next !== "'" && next !== '’' && !/[a-z]/.test(next);
}

/**
 * Adjectives of the writer's feeling that open a remark with no subject (`Slightly annoying how
 * convincing the wrong intuition is`, `Funny that nobody notices`): the writer's aside about the
 * notes, no statement about the concept.
 */
const EN_REMARK_ADJECTIVES = new Set([
  'annoying',
  'amazing',
  'funny',
  'interesting',
  'weird',
  'strange',
  'odd',
  'surprising',
  'ironic',
  'frustrating',
  'confusing',
  'remarkable',
  'curious',
  'sad',
  'crazy',
  'wild',
]);
/** Degree words a remark may open on before its adjective (`Slightly annoying how…`). */
const EN_REMARK_DEGREES = new Set(['slightly', 'really', 'very', 'quite', 'so', 'always', 'kind']);

/**
 * `writer-remark`: an English text that opens on (a degree word and) an
 * {@link EN_REMARK_ADJECTIVES} adjective followed by `how`, `that` or `what`. Reads the first
 * four words.
 */
function opensOnRemark(text: string): boolean {
  const words = text
    .trimStart()
    .slice(0, 48)
    .toLowerCase()
    .split(/[\s,]+/, 4);
  let at = 0;
  while (at < 2 && EN_REMARK_DEGREES.has(words[at] ?? '')) at++;
  if (words[at] === 'of') at++;
  return (
    EN_REMARK_ADJECTIVES.has(words[at] ?? '') &&
    ['how', 'that', 'what'].includes(words[at + 1] ?? '')
  );
}

/**
 * `worth-knowing`: a line that says something is good to know (`Good to know when a 15-table view
 * plans strangely`, after the sentence on join_collapse_limit: reading 61 asked it as a stem and
 * offered it twice as true) is the writer's remark on the line before: worth knowing what? (The
 * Japanese `知っておくと…` is `study-advice`.)
 */
const EN_WORTH_KNOWING = [
  'good to know',
  'worth knowing',
  'useful to know',
  'handy to know',
  'nice to know',
  'worth remembering',
  'good to remember',
];

/**
 * Openings that point the reader at something in front of them (`Notice neither assertion says
 * what the sorted list is`, `See how the second call blocks`): the example or code beside it.
 */
const EN_POINTING_OPENINGS = [
  'notice ',
  'also notice ',
  'note that ',
  'also note that ',
  'observe that ',
  'see how ',
  'look at how ',
];

/** `pointing-at-example`: the text opens on one of {@link EN_POINTING_OPENINGS}. */
function opensOnPointing(text: string): boolean {
  return opensOnOneOf(text, EN_POINTING_OPENINGS);
}

/** True when the text's first 20 characters, lower case, open on one of `openings`. */
function opensOnOneOf(text: string, openings: readonly string[]): boolean {
  const head = text.trimStart().slice(0, 20).toLowerCase();
  return openings.some((opening) => head.startsWith(opening));
}

/** Connectives that open a statement on what the one before it said (`なので…`, `Therefore…`). */
const JA_CONNECTIVES = [
  'なので',
  'だから',
  'したがって',
  'よって',
  'そこで',
  '一方',
  'ただし',
  'しかし',
  'つまり',
  'さらに',
  'そのため',
  'このため',
  'それでも',
  // `また「極小」は…` as much as `また、…` (a why of reading 21): also, after what? Not `または`.
  'また',
  // `なお、unhealthy が全滅すると…` (reading 4: a stray なお opened a which-concept stem).
  'なお',
  'ちなみに',
  'ところで',
  'とはいえ',
  'ただ、',
  'もっとも',
  'それに',
  '加えて',
  '逆に',
  // `他にHashSkipList、Vectorなども選べる`: besides what? (reading 5)
  '他に',
  'ほかに',
  'それ以外に',
  // `するとGCが、もう誰も使わないデータまでコピーし続ける`: if what? (reading 12)
  'すると',
  // `しかも any から取り出した値も any になって伝播する` (reading 47, a stem): moreover, after what?
  'しかも',
  // `でも「エラー処理をしない」という意味ではない` (reading 72, an option): but what?
  'でも',
  // `裏返すと、損失は税務上なかったものとされる` (reading 82, an option): the other side of what?
  '裏返すと',
  '裏を返すと',
  '言い換えると',
  // `両方陰性の「特発性」潰瘍もある` (reading 82, a key): both of what? Not `両方向` (two ways).
  '両方とも',
  '両方が',
  '両方の',
  '両方陰性',
  '両方陽性',
  // `ところが上流…が下流…より速いと、差分がどこかのバッファに溜まり続ける` (reading 87, a true
  // option): but, after what?
  'ところが',
  'だが、',
  'けれども',
  'それなのに',
];
/**
 * `additive-opening`: connectives that only add to what was said (`また、`, `さらに`, `Also,`,
 * `Moreover,`): the sentence after them stands alone once they go (`また「極小」は「属性数が最小」と
 * いう意味ではない` → `「極小」は…`). Other connectives (`なので`, `Therefore`) carry the sentence
 * before them and stay.
 */
const ADDITIVE_OPENINGS: Readonly<Record<'ja' | 'en', readonly string[]>> = {
  ja: ['また、', 'また', 'さらに、', 'さらに', '加えて、', 'なお、', 'しかも、', 'しかも'],
  en: ['also, ', 'also ', 'moreover, ', 'in addition, ', 'additionally, ', 'furthermore, '],
};

/** The text without an additive connective that opens it ({@link ADDITIVE_OPENINGS}). */
export function withoutAdditiveOpening(text: string, language: 'ja' | 'en'): string {
  const t = text.trimStart();
  const lower = language === 'en' ? t.toLowerCase() : t;
  for (const w of ADDITIVE_OPENINGS[language]) {
    if (!lower.startsWith(w)) continue;
    const rest = t.slice(w.length).trimStart();
    // `または` (or), `またぐ` (straddle): more kana go on the word.
    if (language === 'ja' && /^\p{Script=Hiragana}/u.test(rest) && !w.endsWith('、')) return text;
    if (rest === '') return text;
    return language === 'en' ? `${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : rest;
  }
  return text;
}

/** Connectives that open longer words too (`なおせる`): a connective only before no more kana. */
const WORD_GOES_ON: ReadonlySet<string> = new Set(['なお', 'また']);
/**
 * Openings that point at the sentence before (`After that the surface dries again`, reading 30),
 * as two or three words ending on `that` / `this`: `Because of caching, …` names its cause.
 */
const EN_CONNECTIVE_PHRASES: ReadonlySet<string> = new Set([
  'after that',
  'after this',
  'before that',
  'besides that',
  'despite this',
  'despite that',
  'because of that',
  'because of this',
  'apart from that',
  'other than that',
  'on top of that',
]);

const EN_CONNECTIVES = new Set([
  'so',
  'therefore',
  'thus',
  'hence',
  'however',
  'also',
  'but',
  'still',
  'moreover',
  'furthermore',
  'additionally',
  'likewise',
  'similarly',
  'conversely',
  'nevertheless',
  'nonetheless',
  // `Equivalently, in terms of oxidation numbers: …` (reading 50): equivalent to what?
  'equivalently',
  'alternatively',
  'consequently',
  'accordingly',
  // `Elsewhere: GEV is common` (reading 69, after the US practice): where is elsewhere?
  'elsewhere',
  // `Otherwise the job runs twice`: otherwise than what?
  'otherwise',
]);

/** Nouns of a remedy: `The fix is…` says what cures a problem said before, naming none. */
const EN_REMEDIES = new Set([
  'fix',
  'solution',
  'workaround',
  'remedy',
  'cure',
  'mitigation',
  'alternative',
  'replacement',
]);
/** Japanese openings that name a remedy of a problem said before (`対策は…`). */
const JA_REMEDIES = [
  '対策は',
  // `対策の基本：アドレスを使い回さない` (reading 57): a remedy of what?
  '対策の',
  '対策：',
  '対策:',
  '解決策は',
  '回避策は',
  '対処法は',
  '解決法は',
  '代替は',
  '代わりに',
];

/**
 * True when an English text opens on `The fix` / `The classic fix` / `The usual workaround`: the
 * article, at most one word, and a remedy noun.
 */
function opensOnRemedy(text: string): boolean {
  const [first = '', second = '', third = ''] = englishWords(text.trimStart());
  if (first !== 'the') return remedyLabel(text);
  return EN_REMEDIES.has(second) || EN_REMEDIES.has(third);
}

/**
 * `Standard fix: assert asynchronously, deassert synchronously` (reading 57), `Workaround: …`: a
 * label of at most two words whose last is a remedy noun, then a colon — the fix of a problem
 * the line before named.
 */
function remedyLabel(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > REMEDY_LABEL_CHARS) return false;
  const words = englishWords(text.slice(0, colon));
  return words.length >= 1 && words.length <= 2 && EN_REMEDIES.has(words.at(-1) ?? '');
}

/** How long a remedy label may be (`Standard workaround:`). */
const REMEDY_LABEL_CHARS = 30;

/**
 * Japanese openings that name a side of something said before (`代償は更新の整合性`: the cost of
 * what?): a relation noun and は.
 */
const JA_RELATIONS = [
  '代償は',
  '欠点は',
  '弱点は',
  '利点は',
  'メリットは',
  'デメリットは',
  '副作用は',
  'トレードオフは',
  '理由は',
  '狙いは',
  // `核となるのは平行トレンド仮定` (reading 17): the core of what?
  '核となるのは',
  '要点は',
  '肝は',
];

/** English nouns that name a side of something said before (`The reasons are…`, `The catch is…`). */
const EN_RELATIONS = new Set([
  // `The answer is the coverage rows minus the matching sales rows` (reading 17): to what?
  'answer',
  'reason',
  'reasons',
  'cost',
  'price',
  'catch',
  'downside',
  'downsides',
  'upside',
  'drawback',
  'drawbacks',
  'benefit',
  'benefits',
  'trade-off',
  'tradeoff',
]);

/** True when an English text opens on `The reasons are` / `The catch is`: the article, a relation noun, a copula. */
function opensOnRelation(text: string): boolean {
  const [first = '', second = '', third = ''] = englishWords(text.trimStart());
  return first === 'the' && EN_RELATIONS.has(second) && (third === 'is' || third === 'are');
}

/**
 * Japanese openings on a condition of being or not being, whose subject is the sentence before
 * (`どの境界にも当てはまらない行の受け皿。ないと …でINSERTが落ちる`, reading 76's stem; `…があれば使う。
 * なければ指数バックオフ`): what is missing is said in the other sentence.
 */
const JA_BARE_CONDITIONS = ['ないと', 'なければ', '無いと', '無ければ', 'あると', 'あれば'];

/** Japanese openings that count items of a list said before (`1つはコンパイラで…`). */
const JA_ENUMERATION = [
  '1つは',
  '一つは',
  '1つ目は',
  '一つ目は',
  'もう1つは',
  'もう一つは',
  '2つ目は',
  '二つ目は',
  '3つ目は',
  '三つ目は',
  '最後の1つは',
];
/** Nouns of a numbered list's item (`方式1`, `案2`, `Method 1`), read before a number. */
const JA_ITEM_NOUNS = ['方式', '方法', '手順', '案', 'パターン', 'ステップ', 'ケース', '選択肢'];
const EN_ITEM_NOUNS = [
  ' method ',
  ' methods ',
  ' option ',
  ' options ',
  ' approach ',
  ' approaches ',
];

/**
 * True when one of `nouns` stands right before a number (`方式1`, `方式 2`, ` methods 1`): an item
 * of a numbered list. One indexOf per noun and occurrence, and digits read once after each.
 */
function namesNumberedItem(text: string, nouns: readonly string[]): boolean {
  for (const noun of nouns)
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
      let next = at + noun.length;
      if (text[next] === ' ') next++;
      let end = next;
      while (isDigitChar(text[end] ?? '')) end++;
      // A number, not a name that opens on one (`option 3G`, `approach 2x faster`).
      if (end > next && !/[a-z]/i.test(text[end] ?? '')) return true;
    }
  return false;
}

function isDigitChar(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９');
}

/** `前者` / `後者` anywhere: which of two things said before (`…ボタンは常に後者`). */
const JA_FORMER_LATTER = ['前者', '後者'];
const EN_FORMER_LATTER = ['the former', 'the latter'];
/** Quantifiers before `of them` (`Change any of them`): of what? */
const EN_QUANTIFIERS = new Set([
  'any',
  'all',
  'each',
  'both',
  'none',
  'one',
  'some',
  'either',
  'neither',
  'most',
  'many',
  'few',
]);
const EN_BACK_OBJECTS = new Set(['them', 'these', 'those']);

/** `Change any of them`: within this many words of the opening (later, `at least one of them
 * writes` counts what its own sentence named: `two goroutines`). */
const QUANTIFIER_OPENING_WORDS = 4;

/** True when the words open on `any of them`, `each of these`…: a quantifier of things said before. */
function quantifiesBack(words: readonly string[]): boolean {
  return words
    .slice(0, QUANTIFIER_OPENING_WORDS)
    .some(
      (w, i) =>
        EN_BACK_OBJECTS.has(w) && words[i - 1] === 'of' && EN_QUANTIFIERS.has(words[i - 2] ?? ''),
    );
}

/**
 * Nouns that a demonstrative before them makes a pointer at something said before (`that
 * guarantee`, `these values`): words of a statement about a rule, a bound or a choice.
 */
const BACK_NOUNS = new Set([
  'guarantee',
  // `…calls the value unreliable, for exactly these reasons` (reading 15).
  'reason',
  'limit',
  'value',
  'rule',
  'problem',
  'issue',
  'case',
  'approach',
  'method',
  'behaviour',
  'behavior',
  'setting',
  'option',
  'property',
  'step',
  'cost',
  'risk',
  'bound',
  'mode',
  'constraint',
  'effect',
  'pattern',
  'technique',
  'requirement',
  'assumption',
  'scheme',
  'strategy',
  'trade-off',
  'tradeoff',
  'order',
  'check',
  'flag',
]);
/** Demonstratives before a plural noun (`such` too: `such values`). */
const PLURAL_DEMONSTRATIVES = new Set(['these', 'those', 'such']);

/** The noun without a plural `s` (`values` → `value`). */
function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * `demonstrative-noun`: a demonstrative before a noun of {@link BACK_NOUNS}, anywhere outside
 * parentheses and quotations (`Fast-math flags trade that guarantee for speed`): which guarantee?
 */
function demonstrativeNoun(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9'-]+/u)
    .filter((w) => w !== '');
  return words.some((w, i) => {
    const next = words[i + 1] ?? '';
    // `this limit`, `these values`; `a rule that limits…` is a relative clause (a verb's `s`).
    if (w === 'this' || w === 'that') return BACK_NOUNS.has(next) || endsOnPointedNoun(words, i);
    return PLURAL_DEMONSTRATIVES.has(w) && BACK_NOUNS.has(singular(next));
  });
}

/**
 * `pointed-noun-at-end`: `this` / `that` and one word that is no verb end the sentence (`A shaded
 * cell can't produce that current`, three options of reading 54): the noun was named before, and
 * no clause follows for `that` to open. A verb after it (`the replica that lags`, `…that failed`)
 * is a relative clause's, and a noun the sentence named before it (`A read after a write sees that
 * write`) points within it.
 */
function endsOnPointedNoun(words: readonly string[], at: number): boolean {
  if (at !== words.length - 2) return false;
  const last = words[at + 1] ?? '';
  const verbLike = /(?:[^s]s|ed)$/.test(last) || NOT_NOUNS.has(last);
  // Named earlier in the sentence itself (`A read after a write sees that write`): no lean.
  const namedBefore = words.slice(0, at).some((w) => w === last || singular(w) === last);
  return !verbLike && !namedBefore;
}

/** Words after a sentence-final `that` that make it a clause or a comparison, not a noun. */
const NOT_NOUNS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'can',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'do',
  'did',
  'much',
  'many',
  'far',
  'long',
  'fast',
  'often',
]);

/** Words after `the` before `one`/`ones` that pick one of things said before (`the last one`). */
const ONE_PICKERS = new Set(['last', 'first', 'next', 'previous', 'other', 'latest', 'new', 'old']);

/** `the last one`, `the other ones`: which one? */
function pickedOne(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      (w === 'one' || w === 'ones') &&
      ONE_PICKERS.has(words[i - 1] ?? '') &&
      words[i - 2] === 'the',
  );
}

/** Adverbs that say the sentence follows from, or replaces, what was said before it. */
const CONNECTIVE_ADVERBS = new Set(['therefore', 'thus', 'hence', 'consequently']);
/** Words before such an adverb that join it to a clause of the same sentence (`and thus`). */
const CLAUSE_JOINERS = new Set(['and', 'or', 'but', 'so', 'which', 'that']);

/**
 * `connective-adverb`: `therefore` / `thus` / `hence` inside the sentence's first clause and not
 * after `and` (`Summation order therefore changes results`), or `instead` anywhere but before `of`
 * (`Envoy's least request counts outstanding requests instead`): the reason, or what is
 * replaced, was the sentence before. `Writes go to one leader and thus never conflict` names its
 * own reason; `…, thus Y` follows its own first clause.
 */
function connectiveAdverb(text: string): boolean {
  const words = englishWords(outsideParentheses(text)).filter((w) => w !== '');
  if (words.some((w, i) => w === 'instead' && words[i + 1] !== 'of')) return true;
  const first = englishWords(firstClause(outsideParentheses(text))).filter((w) => w !== '');
  return first.some(
    (w, i) => i > 0 && CONNECTIVE_ADVERBS.has(w) && !CLAUSE_JOINERS.has(first[i - 1] ?? ''),
  );
}

/** Object pronouns that stand for a thing named before (`inside it`, `reuse them`). */
const BARE_PRONOUNS = new Set(['it', 'them']);
/**
 * Words after which a pronoun may stand for a noun of the same sentence: subordinators, relatives
 * and conjunctions open a clause of their own (`Retries help only if it is idempotent`).
 */
const POINTER_GROUND = new Set([
  'when',
  'whenever',
  'if',
  'once',
  'because',
  'since',
  'while',
  'after',
  'before',
  'until',
  'unless',
  'where',
  'that',
  'which',
  'who',
  'whose',
  'so',
  'and',
  'or',
  'but',
  'than',
  'as',
]);
/**
 * Words after `it` that make it a subject, not an object: a subject `it` mid-clause opens a
 * clause on a noun just named (`the key it uses`) or is a dummy (`it is safe to retry`).
 */
const SUBJECT_VERBS = new Set([
  'is',
  'was',
  'has',
  'had',
  'can',
  'could',
  'will',
  'would',
  'must',
  'may',
  'might',
  'should',
  'does',
  'did',
  "it's",
  'takes',
  'makes',
]);

/** `activating`, `copying`: a gerund or a participle, whose object may be a noun said before it. */
function isGerund(word: string): boolean {
  // `hard-working`, `long-running`: an adjective, no clause of its own (reading 30: `Hard-working
  // muscles … have lots of it`). `nothing`, `during`: no verb at all (reading 56: `Averaging does
  // nothing to them`, them being the random errors of the line before).
  return (
    word.length > 5 &&
    word.endsWith('ing') &&
    !word.includes('-') &&
    !word.endsWith('thing') &&
    !ING_WORDS_NO_VERB.has(word)
  );
}

/** Words on `-ing` that are no verb's form (`-thing` words aside). */
const ING_WORDS_NO_VERB: ReadonlySet<string> = new Set([
  'during',
  'string',
  'spring',
  'morning',
  'evening',
]);

/** {@link englishWords}, a hyphenated word kept whole (`hard-working`). */
const englishWordsHyphenated = memoByText((text: string): readonly string[] =>
  text.toLowerCase().split(/[^a-z0-9'-]+/u),
);

/**
 * `bare-pronoun`: an object `it` or `them` in the sentence's first clause (up to its first `,`
 * `;`) with nothing before it that opens a clause of its own — no subordinator, relative or
 * * conjunction ({@link POINTER_GROUND}), no gerund after the opening word (`without activating
 * it`; `Requiring a majority prevents it` opens on its subject) and no infinitive
 * `to` with a verb between (`to serve them`). Alone, the reader cannot tell what it is: `COPY can
 * only read files inside it`, `The client sends it back in If-None-Match`. Not leaning:
 * - a pronoun after the first clause (`When a layer changes, it is rebuilt`): the clause before
 *   names what it stands for;
 * - a pronoun that opens the sentence (`It holds only a process-table entry`): in the notes it is
 *   the section's concept, the subject of the question it is read for;
 * - a subject `it` / `they` (`Datagrams arrive in the order they were sent`, `It is safe to…`).
 */
function barePronoun(text: string): boolean {
  const words = englishWordsHyphenated(
    firstClause(unquoted(withoutStraightQuotes(outsideParentheses(text)))),
  ).filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    // `to it` is a preposition before the pronoun; `to serve them` an infinitive that may
    // stand for a noun of the sentence.
    if (w === 'to' && !BARE_PRONOUNS.has(words[i + 1] ?? '')) return false;
    if (POINTER_GROUND.has(w) || (i > 0 && isGerund(w))) return false;
    if (!BARE_PRONOUNS.has(w) || i === 0) continue;
    // `gerund-object`: the object of an opening gerund (`Raising it can change behaviour`, a
    // stem of reading 88), whatever verb follows: raising what?
    if (i === 1 && isGerund(words[0] ?? '')) return true;
    if (w === 'it' && SUBJECT_VERBS.has(words[i + 1] ?? '')) continue;
    if (w === 'it' && opensRelativeClause(words, i)) continue;
    if (causedOnGerundObject(words, i)) continue;
    return true;
  }
  return false;
}

/** Prepositions of an opening adverbial phrase (`In practice`, `At first`, `By design`). */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'by', 'on', 'of', 'for']);

/** Adverbs that may stand between a subject `it` and its verb (`a mutex it already holds`). */
const PRONOUN_ADVERBS = new Set(['already', 'still', 'just', 'never', 'ever', 'only', 'also']);

/**
 * `relative-subject`: `it` before a verb in -s (an adverb between) is the subject of a relative
 * clause on the noun before it (`The RR forwards all paths it knows`, `A goroutine can re-lock a
 * mutex it already holds`): it stands for a noun of the sentence.
 */
function opensRelativeClause(words: readonly string[], at: number): boolean {
  // The noun the clause is on stands right before it (not `Disabling it…`, `Strictly it…`).
  const noun = words[at - 1] ?? '';
  if (!/^[a-z]{2,}$/.test(noun) || isGerund(noun) || noun.endsWith('ly')) return false;
  // `adverbial-opening`: `In practice it disappears quickly` opens on a phrase, not on a noun
  // the clause is on: `it` is the subject, of something said before (reading 82, a key).
  if (at === 2 && OPENING_PREPOSITIONS.has(words[0] ?? '')) return false;
  let next = at + 1;
  if (PRONOUN_ADVERBS.has(words[next] ?? '')) next++;
  const verb = words[next] ?? '';
  return /^[a-z]{3,}s$/.test(verb) && !verb.endsWith('ss') && !verb.endsWith('ous');
}

/** Verbs whose object a complement follows (`makes it anonymous`, `keeps it warm`). */
const CAUSATIVE_VERBS = new Set([
  'make',
  'makes',
  'keep',
  'keeps',
  'leave',
  'leaves',
  'render',
  'renders',
  'let',
  'lets',
  'turn',
  'turns',
]);
/** Words after a gerund that open no object of it (`Wrapping in async def…`). */
const NO_OBJECT_AFTER_GERUND = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'up']);

/**
 * `causative-object`: a sentence that opens on a gerund and its object, then makes that object
 * something (`Hashing an email makes it anonymous`, `Giving a program real-time priority makes it
 * run faster`): the pronoun is the gerund's object. `Requiring a majority prevents it` still
 * leans: prevents what?
 */
function causedOnGerundObject(words: readonly string[], at: number): boolean {
  return (
    isGerund(words[0] ?? '') &&
    !NO_OBJECT_AFTER_GERUND.has(words[1] ?? '') &&
    CAUSATIVE_VERBS.has(words[at - 1] ?? '')
  );
}

/** Nouns after `the other` that set the sentence against the one before (`the other direction`). */
const OTHER_RELATIONS = new Set(['direction', 'way', 'side', 'case', 'extreme']);

/** `is different` / `are different` that ends its clause: different from what? */
const DIFFERENT_ALONE = /\b(?:is|are) different\s*(?:[:;,.]|$)/;

/**
 * `different-alone`: `is different` / `are different` ending its clause (`A page fault is
 * different: the OS is involved`), or `the other direction` / `way` / `side` (`Doc values are the
 * other direction`): both compare with the sentence before. `…are different origins` and `Memory
 * on the other socket is slower` name their own things.
 */
function differentAlone(text: string): boolean {
  if (DIFFERENT_ALONE.test(text.toLowerCase())) return true;
  const words = englishWords(text);
  for (let i = 1; i < words.length; i++)
    if (words[i] === 'other' && words[i - 1] === 'the' && OTHER_RELATIONS.has(words[i + 1] ?? ''))
      return true;
  return false;
}

/** Forms of `do` whose object `this` / `that` stands for an act said before (`does this`). */
const DO_FORMS: ReadonlySet<string> = new Set(['do', 'does', 'did', 'doing', 'done']);
/** Words after `do this` that end its clause: `this` is then the object, no determiner. */
const AFTER_DONE_OBJECT: ReadonlySet<string> = new Set(
  ['', 'with', 'for', 'by', 'in', 'on', 'at', 'to', 'when', 'so', 'and', 'but', 'because', 'as']
    .concat(['automatically', 'already', 'too', 'also', 'without', 'unless', 'if', 'only', 'once'])
    .concat(['internally', 'anyway', 'either', 'natively']),
);

/**
 * `back-pronoun-object`: `do this` / `does that` with `this` as its object (`FP addition isn't
 * associative, so the compiler may not do this by default`, reading 78, offered as true; `Redis's
 * dict does this`), or `than that` / `than this` (`Going slower than that makes peaks broader`,
 * reading 78): the act or the value stands in the sentence before. Not `does this goroutine end`
 * (a determiner) nor `lower than that of the arterioles`.
 */
function backPronounObject(text: string): boolean {
  const words = englishWords(text);
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1];
    if (next !== 'this' && next !== 'that') continue;
    const after = words[i + 2] ?? '';
    if (DO_FORMS.has(words[i] ?? '') && AFTER_DONE_OBJECT.has(after)) return true;
    if (words[i] === 'than' && after !== 'of') return true;
  }
  return false;
}

/** English first-person words of the team's own story (`we`, `our`; `us` only in lower case: US). */
const EN_FIRST_PERSON = new Set(
  // `Costs one dive, saves arguing with myself at the airport` (reading 72, a stem and an option).
  ['we', 'our', 'ours', 'my', 'me', 'myself', 'ourselves', "i'm", "i've", "i'd", "i'll"]
    // `Without WAL archiving we'd have lost ~14 h of orders` (reading 29).
    .concat(["we'd", "we're", "we've", "we'll"])
    .flatMap((w) => [w, w.replace("'", '’')]),
);
/**
 * The writer's study circle (`Everyone in the study group was right about a different claim`,
 * reading 24): their story, not the subject's.
 */
const EN_OWN_CIRCLE = ['study group', 'the team lead', 'someone in the group'];

/**
 * `first-person`: the team's own story (`We banned SELECT * in scheduled queries`, `Our gray
 * #777777 on white is about 4.5:1`): true of that team, not a statement of the concept a player
 * can judge. Quoted words are someone's words (`offset N means "I processed N"`), not the notes'.
 */
function firstPersonEn(text: string): boolean {
  // `I/O` is no `I`.
  const plain = unquoted(text)
    .replace(/"[^"]{0,200}"/gu, ' ')
    .replaceAll('I/O', ' ');
  for (const word of plain.split(/[^A-Za-z’']+/u)) {
    if (word === 'I' || word === 'us') return true;
    if (EN_FIRST_PERSON.has(word.toLowerCase())) return true;
  }
  const lower = plain.toLowerCase();
  return EN_OWN_CIRCLE.some((w) => lower.includes(w));
}

/** Japanese words of the team's own story (`うちの RDS も下げてある`, `我々は…`). */
const JA_FIRST_PERSON = [
  '我々',
  '私たち',
  '自分たち',
  '弊社',
  '当社',
  '僕ら',
  '私は',
  '私が',
  '私の',
  // `自分は『あたりをつける道具』と割り切って` (reading 19); not `自分を守る`, `自分が管理する`.
  '自分は',
  // `個人的メモ：昔の案件で…揉めたのを見た` (reading 32).
  '個人的メモ',
  '個人的には',
  '個人的な',
];
/**
 * `writer-feels`: the writer's own feeling (`これは正直ヒヤッとした`, reading 51's stem; `正直、名前が
 * ひどいと思う`): nothing of the subject to judge. `正直` as "honestly", not `正直に表す` (states
 * plainly) nor `正直者`.
 */
function writerFeelsJa(text: string): boolean {
  if (WRITER_FEELINGS_JA.some((w) => text.includes(w))) return true;
  for (let at = text.indexOf('正直'); at >= 0; at = text.indexOf('正直', at + 2)) {
    const next = text.charAt(at + 2);
    if (next === '' || !NOT_HONESTLY_AFTER.includes(next)) return true;
  }
  return false;
}

/** What follows `正直` where it is no aside: `正直に`, `正直な`, `正直者`, `正直さ`. */
const NOT_HONESTLY_AFTER = 'にな者さ';

/** Words of a start or a fright the writer felt. */
const WRITER_FEELINGS_JA = [
  'ヒヤッと',
  'ヒヤリと',
  'ひやっと',
  'ゾッとした',
  'ぞっとした',
  // `実運用の値は意外と大きい` (reading 54): surprising to the writer; which value?
  '意外と',
  '意外に',
  // `古い参考書だと…の図が残っていて混乱した`, `…と考えるほうがしっくりくる` (reading 55).
  '混乱した',
  'しっくりくる',
  // `「台風は巨大な蒸気機関」という言い方が一番しっくりきた` (reading 62, offered as a key).
  'しっくりきた',
  'しっくり来た',
  // `自分の発作は両側のこめかみがギューッとなるタイプで、ずっと「緊張型」だと思っていた` (reading 65,
  // offered as true beside a misconception, and read as a misbelief): what the writer once thought.
  // Over the 366 read notes, 12 of the 13 lines that say it are the writer's or the team's story;
  // the other (`SDBと思っていたのがDDBになる`) is a fragment no option should be either.
  '思っていた',
  '思ってた',
  // `ニュースで見る「○mの津波」がどれを指すのか意識していなかった` (reading 65, offered as true).
  '意識していなかった',
  // `試したけど変わらなかった` (reading 76, offered as true of パーティションワイズ結合): the
  // writer's own trial, whose setting the sentence before told.
  '試したけど',
  '試したが',
  '試してみたけど',
  '試してみたが',
  'やってみたけど',
  'やってみたが',
];

/**
 * Openings of the writer's own diary with its `I` left out (`Had to unlearn the econ class
 * vocabulary here`, reading 78, offered as true; `Found this in Jake Archibald's article`,
 * `Learned that one with paper money`): what the writer did, nothing of the subject to judge.
 * Over the 390 read notes, each of the 3 lines that open so is the writer's.
 */
const EN_DIARY_OPENINGS = [
  'had to ',
  'found this ',
  'found that ',
  'found it ',
  'learned this ',
  'learned that one',
  'learnt this ',
  'learnt that one',
  'took me ',
];

/** `writer-feels` in English: the text opens on one of {@link EN_DIARY_OPENINGS}. */
function writerDiaryEn(text: string): boolean {
  return opensOnOneOf(text, EN_DIARY_OPENINGS);
}

/**
 * `for-this-reason`: a sentence that ends on `このため` / `そのため` (`…のはこのため`, `…のはそのため
 * です`) gives as its reason the sentence before it. Over the 366 read notes, every one of the 10
 * lines that end so points back.
 */
function endsForThatReasonJa(text: string): boolean {
  let end = withoutFinalStop(text.trim());
  for (const copula of REASON_COPULAS)
    if (end.endsWith(copula)) {
      end = end.slice(0, -copula.length);
      break;
    }
  return end.endsWith('このため') || end.endsWith('そのため');
}

/** The copulas a `…このため` sentence may end on, longest first. */
const REASON_COPULAS = ['である', 'です', 'だ'];

/** `うち` as "our": not `そのうち` / `このうち` ("of those"), nor `うちに` ("while"). */
function ourJa(text: string): boolean {
  for (let at = text.indexOf('うち'); at >= 0; at = text.indexOf('うち', at + 2)) {
    const before = text[at - 1] ?? '';
    const after = text[at + 2] ?? '';
    if ('のそこあど'.includes(before) && before !== '') continue;
    // `症状が軽いうちは`, `汗が出ているうちは`, `静かなうちに`: "while", after a verb or adjective.
    if ('いるただな'.includes(before) && before !== '') continue;
    if (after === 'の' || after === 'で' || after === 'は') return true;
  }
  return false;
}

/** A year of the last two centuries, as a whole number. */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/u;
/** Words a list of authors is joined by. */
const AUTHOR_JOINERS: ReadonlySet<string> = new Set(['and', 'et', 'al.', 'al', 'ら', 'ほか', '他']);

/**
 * `citation`: who wrote it and when (`Fan, Cao, Almeida, Broder (2000, "Summary Cache")`, `Burton
 * Bloom, 1970 (…, CACM)`, `Abraham Lempel & Jacob Ziv, 1977`) — a year, and outside its asides
 * nothing but capitalised names: no statement of the concept (reading 5 found such lines as keys,
 * stems and true options).
 */
/** An RFC's number (`RFC 3264`, `RFC8827`). */
const RFC_NUMBER = /\bRFC ?\d{3,5}\b/gu;
/** A reference line has fewer words than this besides its RFC numbers (outside parentheses). */
const REFERENCE_WORDS = 6;

/**
 * `standard-reference`: a line that is mostly where something is specified (`Offer/answer model
 * from RFC 3264`); a claim that cites its RFC in parentheses (`Keys are negotiated in the DTLS
 * handshake (RFC 5764)`) says something and stays.
 */
function standardReference(text: string): boolean {
  const outside = outsideParentheses(text);
  // `DEFLATE (RFC 1951, Phil Katz) = LZ77 + Huffman`: a claim whose source is an aside.
  if (!/\bRFC ?\d/u.test(outside)) return false;
  const rest = outside.replace(RFC_NUMBER, ' ');
  return rest.split(/[\s,;]+/u).filter((w) => /\p{L}/u.test(w)).length < REFERENCE_WORDS;
}

/** A year in Japanese (`1968年`). */
const JA_YEAR = /\d{4}年/u;
/** A Japanese line that ends on who proposed something (`…が1968年に提唱`, `…が提唱した`). */
const JA_PROPOSED = /(?:提唱|考案|命名)(?:した|された)?$/u;

function citationOnly(text: string): boolean {
  if (!YEAR.test(text)) return false;
  const words = outsideParentheses(unquoted(text))
    .replace(/"[^"]{0,200}"/gu, ' ')
    .split(/[\s,&;]+/u)
    .filter((w) => w !== '');
  return (
    words.length > 0 &&
    words.every(
      (w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:19|20)\d\d$/u.test(w) || AUTHOR_JOINERS.has(w),
    )
  );
}

/** What may stand right before `こう` the adverb: a particle, or no kana at all. */
const BEFORE_KOU = 'とはもでがを、';
/** What `こう` the adverb ("this way") is followed by: a verb of becoming, doing, writing, saying. */
const AFTER_KOU = ['なる', 'なっ', 'する', 'した', 'して', 'いう', 'いっ', '書', '並', '見え'];
/** What `そう` ("that way") is followed by where it points back: `そういう`, `そういった`. */
const AFTER_SOU = ['いう', 'いっ'];

/**
 * `this-way`: `こう` the adverb, "like this" (`操作ごとに必要な権限を並べるとこうなる`): what it points
 * at is the notes' next block (reading 11). Not `けっこう` / `かっこう` (a kana before it).
 */
function thisWayJa(text: string): boolean {
  return adverbBefore(unquoted(text), 'こう', AFTER_KOU);
}

/**
 * `that-kind`: `そういう` / `そういった`, "that kind of" (`「△」はそういう意味`, reading 64): what it
 * points at is the notes' line before.
 */
function thatKindJa(text: string): boolean {
  return adverbBefore(unquoted(text), 'そう', AFTER_SOU);
}

/** True when `adverb` stands as a word (a particle or no kana before it) before one of `after`. */
function adverbBefore(plain: string, adverb: string, after: readonly string[]): boolean {
  for (let at = plain.indexOf(adverb); at >= 0; at = plain.indexOf(adverb, at + 2)) {
    const before = plain[at - 1] ?? '';
    if (before !== '' && /\p{Script=Hiragana}/u.test(before) && !BEFORE_KOU.includes(before))
      continue;
    if (after.some((w) => plain.startsWith(w, at + 2))) return true;
  }
  return false;
}

/** Words before `の行` that pick a line of the notes' table or code (`最後の行`, `write の行`). */
const LINE_PICKERS = ['最後', '最初', '先頭', '末尾', '次', '上', '下', '前', '後', '2', '3'];
/** What may follow `の行` when it is "the line" (not `の行動`, `の行う`): a particle or the end. */
const AFTER_LINE = 'がはをにでのもと、。';

/**
 * `points-at-a-line`: `最後の行` / `write の行` — a line of a table or code block the option does not
 * show (reading 11: `最後の行が「引き算ではない」例`, `write の行`).
 */
function pointsAtLineJa(text: string): boolean {
  const plain = unquoted(text);
  for (let at = plain.indexOf('の行'); at >= 0; at = plain.indexOf('の行', at + 2)) {
    const after = plain[at + 2] ?? '';
    if (after !== '' && !AFTER_LINE.includes(after)) continue;
    const head = plain.slice(0, at).trimEnd();
    if (LINE_PICKERS.some((w) => head.endsWith(w)) || /[A-Za-z0-9_)\]`]$/u.test(head)) return true;
  }
  return false;
}

/** English words that pick a row or line of the notes (`the last row`, `the first line`). */
const EN_LINE_PICKERS = new Set([
  'last',
  'first',
  'next',
  'previous',
  'second',
  'third',
  'top',
  'bottom',
]);

/** `the last row`, `the next line`: which table's? */
function pointsAtLineEn(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      (w === 'row' || w === 'line') &&
      EN_LINE_PICKERS.has(words[i - 1] ?? '') &&
      words[i - 2] === 'the',
  );
}

/** Counters of kinds or ways a lead-in announces (`2種類ある`). */
const JA_COUNTED = ['種類', '通り', 'パターン', '段階', 'つ'];
/** Endings of a lead-in that announces a count of things the notes list next. */
const JA_ANNOUNCE_ENDS = ['ある', 'あります', 'に分かれる', 'に分けられる'];

/**
 * `announces-a-list`: a sentence that only says how many kinds there are (`エラーの出るタイミングには
 * 2種類ある`, `There are two kinds of timeouts`): the kinds are the notes' next lines (reading 11:
 * "a vague lead-in sentence, not a checkable claim").
 */
function announcesListJa(text: string): boolean {
  const plain = withoutFinalStop(text.trim());
  const end = JA_ANNOUNCE_ENDS.find((e) => plain.endsWith(e));
  if (!end) return false;
  const head = plain.slice(0, -end.length).replace(/が$/u, '');
  const counter = JA_COUNTED.find((c) => head.endsWith(c));
  if (!counter) return false;
  return /[0-9０-９一二三四五六七八九十]$/u.test(head.slice(0, -counter.length));
}

/** Number words an English lead-in counts with. */
const EN_NUMBERS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  '2',
  '3',
  '4',
  '5',
  '6',
  'several',
]);
/** Nouns of kinds or parts an English lead-in counts (`two kinds`, `three phases`). */
const EN_COUNTED = new Set([
  'kinds',
  'types',
  'ways',
  'phases',
  'parts',
  'steps',
  'cases',
  'modes',
  'flavors',
  'flavours',
  'categories',
  'stages',
]);

/** `There are two kinds of timeouts.` / `A request has three phases.`: nothing after the count. */
function announcesListEn(text: string): boolean {
  const trimmed = withoutFinalStop(text.trim());
  if (/[:;,(]/u.test(trimmed)) return false;
  const words = englishWords(trimmed).filter((w) => w !== '');
  const at = words.findIndex((w, i) => EN_NUMBERS.has(w) && EN_COUNTED.has(words[i + 1] ?? ''));
  if (at < 1) return false;
  const verb = words[at - 1] ?? '';
  const rest = words.slice(at + 2);
  // `…are two kinds` or `…are two kinds of timeouts`, and no more.
  return (
    ['are', 'has', 'have'].includes(verb) &&
    (rest.length === 0 || (rest[0] === 'of' && rest.length <= 3))
  );
}

/**
 * `次の時系列ができる`: the things `次の` announces are the notes' next block (a list, a code
 * block), not in the question. A short noun (at most 12 characters, no stop: bounded, so linear)
 * between `次の` and a verb of being made that ends the statement; `次のリーダーを選ぶ` is kept.
 */
const WHAT_FOLLOWS_JA =
  /次の[^。、]{1,12}(?:ができる|ができます|が作られる|が生まれる|がある|が基本になる|が基本)$/u;

/**
 * `メーカーの保証値は次の2つで表される`: the items counted are the notes' next lines (reading 12).
 * Bounded (at most three digits), so linear.
 */
const NEXT_COUNTED_JA =
  /(?:次|以下)の[0-9０-９一二三四五六七八九十]{1,3}(?:つ|種類|点|個|項目|期間|段階)/u;

/**
 * Words of the writer's own experience (`「全部落ちたら503が返る」と思い込んでいたので驚いた`, `外部DBの
 * 接続先を…切り替える用途で使った`): a diary line, no statement of the concept (reading 16).
 */
const JA_DIARY = [
  '驚いた',
  '思い込んでいた',
  'と思ったら',
  'ハマった',
  'ハマる',
  '気づいた',
  'で使った',
  // Reading 19: `今思えばかなり短めに出ていたはず`, `以来、ロットを混ぜて調達するようにしている`,
  // `…本番では全く当たりませんでした`.
  '今思えば',
  'ようにしている',
  'ませんでした',
  // `ここは表を作って初めて理解できた` (reading 21).
  '理解できた',
  // Reading 24: `…というのがあると今日初めて知った`, `今日の実験メモ：…`, `犯人は組み込みルールだった`.
  '初めて知った',
  '知らなかった',
  '実験メモ',
  '犯人は',
  // h40: `OPTIONS は認証をスキップするように直した` (what the writer changed).
  'ように直した',
  // Reading 39: `optional は意外だった`, `…という話を講習会で聞いて初めて理解した`.
  '意外だった',
  '初めて理解した',
  'なるほどと思った',
  // `…新サーバにログが来ない、で1時間悩んだのがこれ`.
  '悩んだのがこれ',
  // Reading 59: `チームの実装は Powertools に寄せることにした` (what the team decided).
  'ことにした',
  // Reading 60: `研修でトレーナー（練習用の針なし）を実際に押してみた` (what the writer tried).
  'てみた',
  'でみた',
  // Reading 81: `実際に試したら翌日のすくいやすさが明らかに違った` (what the writer saw).
  '試したら',
];

/**
 * `hearsay`: what the writer heard, not what the notes assert (`ジアセチルの感度は個人差が大きいらしい`,
 * `TACO：実際にはきれいに分かれないことも多いらしい`; readings 30–31): as a true option it is a
 * claim no one vouches for, read by players as the odd register.
 */
const JA_HEARSAY_ENDINGS = [
  'とのこと',
  'と聞いた',
  'と聞く',
  'と言われた',
  // `FPの本では「手取りの25%以内」とよく書かれている` (reading 42): what a book says.
  'と書かれている',
  'とよく書かれている',
  'と書いてある',
  // The writer's hunch (`差額は出ていなかった気がする…`, reading 34: keyed as true).
  '気がする',
  '気がした',
  '気がします',
  'かもしれない',
  'かもしれません',
];
/** `Xいわく「…」`: someone's words quoted (`hearsay`). */
const JA_SAYS = ['いわく', '曰く'];
/** `らしい` after a verb or an adjective (`大きいらしい`, `あるらしい`), not the `らしい` of `素晴らしい`. */
const RASHII_AFTER = new Set([
  'い',
  'る',
  'た',
  'だ',
  'う',
  'く',
  'す',
  'つ',
  'む',
  'ぶ',
  'ぐ',
  'ぬ',
]);

function hearsayJa(text: string): boolean {
  // `先輩薬剤師いわく「夏場の高齢者で本当に見る」` (reading 41): what someone said, quoted.
  if (JA_SAYS.some((w) => text.includes(w))) return true;
  const t = withoutFinalStop(text.trim().replace(TRAILING_ELLIPSIS, ''));
  if (JA_HEARSAY_ENDINGS.some((w) => t.endsWith(w))) return true;
  for (const ending of ['らしい', 'らしいです']) {
    if (!t.endsWith(ending)) continue;
    return RASHII_AFTER.has(t.slice(-ending.length - 1, -ending.length));
  }
  return false;
}

/** An ellipsis a hunch trails off with (`…気がする…`). */
const TRAILING_ELLIPSIS = /[…‥]+$|\.{2,}$/u;

/** English words of hearsay (lower case, with the space after them). */
const EN_HEARSAY = [
  'apparently ',
  'supposedly ',
  'reportedly ',
  'i heard ',
  "i've heard ",
  'i was told ',
];

/**
 * Openings that count among things said before (`多くは chmod 4644 のような設定ミス`: most of
 * what?), as `Some are…` does in English (reading 15).
 */
const JA_QUANTIFIER_OPENINGS = ['多くは', 'ほとんどは', '大半は', '一部は', '残りは', 'いくつかは'];

/**
 * `reason-clause-only`: a Japanese sentence that ends on its reason (`…使われていたため`, `…ので`,
 * `…だから`) with no clause it is the reason of (`重症の大きな結石に A が多く使われていたため`,
 * reading 17). A cleft (`冪等性が重要なのはリトライのため`: `…のは` / `…のも` says what) is whole.
 */
function reasonClauseOnly(text: string): boolean {
  const plain = withoutFinalStop(text.trim());
  if (plain.includes('のは') || plain.includes('のも')) return false;
  if (plain.endsWith('ので')) return true;
  const before = plain.at(-3) ?? '';
  if (plain.endsWith('ため')) return 'るたいなの'.includes(before) && before !== '';
  if (plain.endsWith('から')) return 'るたいだ'.includes(before) && before !== '';
  return false;
}

/** Particles after which a lone letter is a noun the sentence uses (`A が`, `S の`). */
const LETTER_PARTICLES = 'がはをのにとでも';

/**
 * `bare-variable`: a lone capital letter used as a noun that the sentence never introduces
 * (`S のどの変数も、処置 T の子孫ではない`: which S? `…どちらも A が優れています`): the notes named
 * it lines before (reading 17). One introduced by the noun right before it (`処置 T`, `属性集合X`)
 * is named in place, as is one that stands in a formula before (`X→Y について、Xが…`). One scan.
 */
function bareVariable(text: string): boolean {
  return loneVariables(text, true).length > 0;
}

/**
 * The lone capital letters of a Japanese statement that {@link bareVariable} finds introduced
 * nowhere in it (`濃度や圧力を変えると K も変わる` → `K`); with `first`, only the first one.
 */
export function loneVariables(text: string, first = false): string[] {
  const found: string[] = [];
  const chars = [...unquoted(text)];
  // A letter is read where it first stands (`X→Y について、Xが…` introduced X by its formula).
  const seen = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch < 'A' || ch > 'Z' || seen.has(ch)) continue;
    seen.add(ch);
    const prev = chars[i - 1];
    const next = chars[i + 1];
    // A letter of a word (`API`, `Xの`, `T–Y`) is no lone letter.
    if (next !== undefined && next !== ' ' && !LETTER_PARTICLES.includes(next)) continue;
    const at = next === ' ' ? i + 2 : i + 1;
    const after = chars[at];
    if (after === undefined || !LETTER_PARTICLES.includes(after)) continue;
    // `X と Y が無相関なら…`, `AとBが互いを指していると…`: a pair of placeholders the sentence
    // itself quantifies over.
    const other = chars[chars[at + 1] === ' ' ? at + 2 : at + 1] ?? '';
    if (after === 'と' && other >= 'A' && other <= 'Z') return [];
    // At the start, or after a particle or a mark (and a space): nothing names it.
    const lead = prev === ' ' ? chars[i - 2] : prev;
    if (lead === undefined || /[\p{Script=Hiragana}、。「『（(]/u.test(lead)) {
      found.push(ch);
      if (first) return found;
    }
  }
  return found;
}

/**
 * `writer-narrates`: a line of what the writer does next, not of the subject (`4台（A, B, C, D）で
 * 比べる`, `…を見ていく`, `…してみよう`; reading 15).
 */
const JA_NARRATION_ENDS = [
  'で比べる',
  'を比べる',
  'と比べる',
  'を見てみる',
  'を見ていく',
  'を考えてみる',
  'てみよう',
  'ていこう',
  'ましょう',
  // `大きさの上限は損失の曲率で決まるというのが要点` (reading 16): the writer's remark on a line.
  'というのが要点',
  // `「量」ではなく「体積」である点が肝` (reading 21), `…ずれるので、表にしておきます` (reading 22).
  '点が肝',
  'ておきます',
];

/**
 * `caption`: a noun phrase that labels what follows (`Linux で使われる Itanium C++ ABI の例`,
 * `名前が紛らわしい組み合わせの代表`): no topic (`…は`), so it claims nothing (readings 16, 17).
 */
const JA_CAPTION_ENDS = ['の例', 'の一例', 'の代表', 'の代表例'];

/**
 * `adds-to-before`: an opening that adds to what the notes said before (`There is also a
 * performance angle`, `ここでもう1つの限界がある`): besides what? (readings 15–17)
 */
const EN_ADDING_OPENINGS = ['there is also ', 'there are also ', "there's also ", 'there’s also '];

/**
 * `goes-on-from-before`: a sentence that opens on `Then` goes on from the one before it (`Then
 * someone half-closes the discharge valve and leaves it that way for 15 years`, the end of a
 * story reading 60 was offered as true; `Then auto.offset.reset applies on restart`): then after
 * what? A `then` inside a sentence (`If it fails, then…`) is its own, and so is the method `then`
 * a feature opens on in lower case (`then callbacks always run asynchronously`).
 */
function goesOnFromBefore(text: string): boolean {
  const opening = text.trimStart().slice(0, 5);
  return opening === 'Then ' || opening === 'Then,';
}

const JA_ADDING_OPENINGS = [
  'ここで',
  'ここから',
  'もう1つの',
  'もう一つの',
  '以来',
  // `同時に、昼も長い`: at the same time as what? Not `同時に` alone, which is as often
  // "simultaneously" (`同時に Python バイトコードを実行できるのは1スレッドだけ`).
  '同時に、',
];

/**
 * `article-citation`: a line that is only where the law says it (`労基法39条`, `民法第709条`,
 * `著作権法30条1項`): a source, no statement (reading 34 asked `労基法39条` as a description).
 */
const JA_ARTICLE_CITATION =
  /^[\p{Script=Han}\p{Script=Katakana}ー]{1,12}第?[0-9０-９]{1,4}条(?:の[0-9０-９]{1,3})?(?:第?[0-9０-９]{1,3}項)?$/u;

/** True when the text is only a law article (`労基法39条`, `民法第709条`): `article-citation`. */
export function isArticleCitation(text: string): boolean {
  return JA_ARTICLE_CITATION.test(withoutFinalStop(text.trim()));
}

/**
 * `date-only`: a line that is only a date or the start of a period (`2019年4月〜`, `Since 2019`):
 * when something began, with nothing said of it (reading 34's bank asked `2019年4月〜` as a
 * description).
 */
const JA_DATE_ONLY =
  /^[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:〜|～|~|から|以降|以前|まで)?$/u;
const EN_DATE_ONLY =
  /^(?:since |from |as of |until |by |in )?(?:[A-Z][a-z]+ )?(?:[0-9]{1,2}, )?[0-9]{4}(?: onwards| on)?$/iu;

/**
 * `caution-note`: a line that ends on 注意 (`…と逆なので注意`, `…に要注意`): the writer warns the
 * reader of a line before it, not a statement a player can judge.
 */
const JA_CAUTION_ENDINGS = [
  'ので注意',
  'に注意',
  'に要注意',
  'なので要注意',
  'ので要注意',
  'は要注意',
  'のは注意',
];

/**
 * `place-pointer`: `ここ` / `そこ` as a place the notes just described (`アジュバントが効く理由もここに
 * ある`, reading 23): where? Read with the particle after it, so `そこそこ` or `どこ` are not.
 */
const JA_PLACE_POINTERS = [
  // `リン酸、尿酸なども多くがここで処理される` (reading 41: here, in which segment?),
  // `ここを×にする生徒が多い` (reading 42: a column of a table).
  'ここで',
  'ここを',
  'ここに',
  'ここが',
  'ここは',
  'ここまで',
  'ここでは',
  'ここから',
  'そこに',
  'そこが',
  'そこは',
  'そこから',
  'そこまで',
  'そこでは',
];

/**
 * `exception-of-what`: an opening that names an exception to the line before (`例外として
 * クロスプレゼンテーションがある`, reading 23): an exception to what?
 */
const JA_EXCEPTION_OPENINGS = ['例外として', '例外は', '例外的に'];

/** Words an English sentence may end on with its predicate left to the sentence before. */
const ELIDED_ENDINGS = [
  'is not',
  'are not',
  'was not',
  'were not',
  'does not',
  'do not',
  "isn't",
  "aren't",
  "doesn't",
  "don't",
  'cannot',
  "can't",
  "won't",
];

/**
 * `elided-predicate`: an English sentence that ends on `is not` / `does not` with its predicate
 * in the sentence before (`Rebinding the parameter name inside the function is not`, `An idle
 * speed test does not`; reading 16). One whose own clause says it (`…; recall doesn't`,
 * `…faster than X does not`) is whole.
 */
function elidedPredicate(text: string): boolean {
  const whole = withoutFinalStop(text.trim()).toLowerCase().replaceAll('’', "'");
  // `Whey proteins are not — they denature from ~70 °C up` (reading 51): the clause before a
  // dash elides it as a whole sentence does.
  const dash = firstDash(whole);
  const plain = dash < 0 ? whole : whole.slice(0, dash).trimEnd();
  if (/[,;:.]/u.test(plain)) return false;
  const words = englishWords(plain);
  if (words.includes('than') || words.includes('as')) return false;
  if (ELIDED_ENDINGS.some((e) => plain.endsWith(` ${e}`))) return true;
  // `elided-auxiliary`: a short sentence that ends on `does` (`Acute target-organ damage does`,
  // after `The number alone does not decide`: reading 61) says its predicate in the sentence
  // before. Not one that compares or asks inside itself (`…like aspirin does`, `…the way GROUP
  // BY does`, `…what the boat does`).
  return (
    words.length <= ELIDED_AUXILIARY_WORDS &&
    ELIDED_AUXILIARIES.some((e) => plain.endsWith(` ${e}`)) &&
    !words.some((w) => OWN_CLAUSE_WORDS.has(w))
  );
}

/** Auxiliaries a short English sentence may end on with its verb in the sentence before. */
const ELIDED_AUXILIARIES = ['does', 'do', 'did', 'can', 'will'];
/** At most this many words: a longer sentence ending on an auxiliary has a clause of its own. */
const ELIDED_AUXILIARY_WORDS = 6;
/** Words that give a sentence its own clause for the auxiliary to close (`like`, `what`…). */
const OWN_CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'like',
  'way',
  'what',
  'how',
  'which',
  'who',
  'whatever',
  'whichever',
  'whenever',
  'where',
  'if',
  'whether',
]);

/** Where a spaced dash (` — `, ` – `) first sets a clause off, or -1. */
function firstDash(text: string): number {
  const em = text.indexOf(' — ');
  const en = text.indexOf(' – ');
  if (em < 0) return en;
  return en < 0 ? em : Math.min(em, en);
}

/** Words of one incident of the team (`今回は…`, `先日`): a story, no statement of the concept. */
const JA_INCIDENT = ['今回', '前回', '先日', '先週', '先月', '昨日', '今日'];

/**
 * Labels of a digression (`余談：日本語の「電食」は…`, `Aside: the name comes from…`): the writer
 * steps off the concept, to a word's usage, a story or a neighbouring thing (reading 33 found the
 * stray-current 余談 keyed as カソード防食).
 */
export const JA_DIGRESSIONS = [
  '余談',
  '雑談',
  '蛇足',
  '脱線',
  '小ネタ',
  '豆知識',
  'トリビア',
  'おまけ',
  // `mnemonic-label`: a memory aid is the writer's study device, no claim (`覚え方メモ：1,2は『エリア
  // の中の地図』、3,4は『ABRの伝言』`, reading 78's which-concept stem, with no word of what 1–4 count).
  '覚え方',
  '覚え方メモ',
  '語呂合わせ',
  '暗記法',
  // `legend-label`: a key to the notes' own symbols says what letters stand for, no claim
  // (`記号：H＝イソニアジド…、E＝エタンブトール。数字は月数。`, reading 81's which-concept stem).
  '記号',
  '略号',
  '略語',
  '凡例',
];
export const EN_DIGRESSIONS = [
  'aside',
  'as an aside',
  'side note',
  'sidenote',
  'digression',
  'tangent',
  'fun fact',
  'trivia',
  'off-topic',
  'off topic',
  'mnemonic',
  'memory aid',
  'memory hook',
  'legend',
  'abbreviations',
];
/**
 * `another-way`: labels of another way to the same end (`別解：SO_REUSEPORT で…`, `Alternative:
 * run a cron job`): the line is about that other way, not the concept it stands beside (reading 35
 * keyed the SO_REUSEPORT 別解 as EPOLLEXCLUSIVE).
 */
const JA_OTHER_WAYS = ['別解', '代替案', '代案', '別案', '別の方法', '別のやり方'];
const EN_OTHER_WAYS = [
  'alternative',
  'alternatively',
  'another option',
  'another approach',
  // `Options: strict FP flags, own math functions, or fixed-point` (reading 81): ways out of a
  // problem the sentence before named.
  'options',
];
/** Marks a digression label may open on (`> 余談：`, `※余談：`). */
const LABEL_LEAD = /^[\s>※*（(]*/u;

/** `digression`: the text opens on one of `labels` and a colon. */
function opensOnDigression(text: string, labels: readonly string[]): boolean {
  const rest = text.replace(LABEL_LEAD, '').toLowerCase();
  return labels.some((label) => {
    if (!rest.startsWith(label)) return false;
    const after = rest.slice(label.length).trimStart();
    return (
      after.startsWith(':') ||
      after.startsWith('：') ||
      after.startsWith('）') ||
      after.startsWith(')') ||
      // `Fun fact, though the volume inside…` (reading 82): a label of two words and a comma.
      (label.includes(' ') && after.startsWith(','))
    );
  });
}

/** Study advice (`よく使うモードは暗記しておくと速い`): about learning the notes, not the subject. */
const JA_STUDY_ADVICE = [
  '暗記',
  '覚えておく',
  '覚えておこう',
  // `128 + シグナル番号、と覚えておけば他も読める` (reading 42).
  '覚えておけば',
  '覚えると',
  // `「死亡年＋70年の年末」で覚える` (reading 32): a mnemonic, no statement to judge.
  'で覚える',
  'と覚える',
  // `施行は先なので、試験では現行ルールで答える` (reading 55): how to answer an exam.
  '試験では',
  // `大文字は穴、小文字は軸と覚えた` (reading 52): the writer's mnemonic, not a claim of the subject.
  'で覚えた',
  'と覚えた',
  // `値の集合で考えるとわかりやすい`, `時間の順に並べると分かりやすい` (readings 47–48): a way to
  // learn it, not a claim of the subject.
  'と分かりやすい',
  'とわかりやすい',
  'と理解しやすい',
  '覚えやすい',
];
const EN_STUDY_ADVICE = [
  'memorize',
  'memorise',
  'worth remembering',
  'good to remember',
  // `Foreign comparisons are a favorite policy question on the exam` (reading 49).
  'on the exam',
  'exam question',
];

/**
 * Openings that continue the line before (`→ ブラウザは 60 秒、CDN は 600 秒`, `= utf8mb3, no
 * emoji`, `で、約63%にすぎません`): an arrow, a lone `=` or a particle and a comma say what follows
 * from something the reader is not shown (reading 12). `==` opens on code and is kept.
 */
const CONTINUATIONS: Readonly<Record<'ja' | 'en', readonly string[]>> = {
  ja: ['→', '⇒', '= ', '＝', 'で、', 'と、', '、'],
  en: ['→', '⇒', '= ', '=> '],
};

/**
 * `particle-opening`: a Japanese paragraph that opens on a case particle goes on with a sentence a
 * list or a code block broke off (`が同居していると、…事故が起きる` after a list of methods, `を満たす
 * 角 θ_B では…` after a formula, reading 50): what it speaks of is in the block the reader is not
 * shown. Only a particle before a character that is no hiragana: `がん細胞`, `はじめに` and `とても`
 * open on words.
 */
const OPENING_PARTICLES = 'がをにでともはのへ';

function opensOnParticle(text: string): boolean {
  const t = text.trimStart();
  const next = t.charAt(1);
  return (
    OPENING_PARTICLES.includes(t.charAt(0)) && next !== '' && !/[\p{Script=Hiragana}\s]/u.test(next)
  );
}

function opensOnContinuation(text: string, language: 'ja' | 'en'): boolean {
  const t = text.trimStart();
  return CONTINUATIONS[language].some((c) => t.startsWith(c));
}

/**
 * A line that ends on a colon sets up what comes after it (a worked case, a list, a block): it
 * says nothing a reader can judge without it (reading 49: `…a 1 GW unit trips:` as a stem).
 */
function announcesWhatFollows(text: string): boolean {
  return /[:：][\s"”」』)）]*$/u.test(text);
}

/** A question the notes ask (`"How long can the service be down?"`): no statement to judge. */
function isQuestion(text: string): boolean {
  return /[?？][\s"”」』)）]*$/u.test(text);
}

/**
 * Openings that set up a worked example (`Let's say a full backup runs Sunday…`): the setup of a
 * case the notes go on to work, no statement of the concept.
 */
const SUPPOSITION_OPENINGS = [
  "let's say",
  'let’s say',
  'let us say',
  'suppose ',
  'imagine ',
  'say ',
];

/**
 * `plural-pointer`: `これら` ("these") anywhere, `それら` ("those") in the first clause: the things
 * a sentence calls so were listed before it (`TS 5.8 の erasableSyntaxOnly を有効にすると、これらが
 * エラーになる`, reading 47: which ones?). `それら` after a clause is most often the sentence's own
 * list (`候補キーが複数あり、それらが属性を共有している`). Plain substring reads, linear.
 */
function pluralPointerJa(statement: string): boolean {
  const text = unquoted(statement);
  return text.includes('これら') || firstClause(text).includes('それら');
}

/**
 * `same-as-what` (ja): a sentence that ends on `…も同様` says "…is the same", the same as something
 * the line before said (`口頭弁論期日に欠席した場合も同様`, reading 45). `Xと同様` names it.
 */
const JA_SAME_ENDINGS = ['同様', '同様だ', '同様です', '同様である'];
function sameAsWhatJa(statement: string): boolean {
  // An aside after the ending leaves it the ending (`…欠席した場合も同様（公示送達による呼出しの場合を
  // 除く）`, reading 45's civil-procedure bank).
  const text = withoutFinalStop(outsideParentheses(statement).trim());
  // `同じものを別の角度から見ている` (reading 48): the same thing as what?
  if (text.startsWith('同じもの')) return true;
  // `同じ「10」でも4倍以上違う` (reading 88, a true option): the same "10" in what two notations?
  if (text.startsWith('同じ「')) return true;
  const ending = JA_SAME_ENDINGS.find((e) => text.endsWith(e));
  if (!ending) return false;
  const before = text.charAt(text.length - ending.length - 1);
  return before !== 'と' && before !== '';
}

/**
 * Words after `the opposite` / `the reverse` that leave it standing for a thing said before: a
 * stop, a verb, or a preposition that is not its object's (`It is the opposite at the low end`,
 * reading 46; `Sorting needs the opposite:`). `the opposite of X`, `the opposite side` name theirs.
 */
const OPPOSITE_ALONE_AFTER: ReadonlySet<string> = new Set([
  '',
  'is',
  'was',
  'holds',
  'applies',
  'happens',
  'at',
  'in',
  'for',
  'when',
  'with',
  'here',
]);

/** `same-as-what` (en): `the opposite` / `the reverse` standing alone ({@link OPPOSITE_ALONE_AFTER}). */
function oppositeAlone(statement: string): boolean {
  const lower = unquoted(outsideParentheses(statement)).toLowerCase();
  for (const phrase of ['the opposite', 'the reverse'])
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
      const end = at + phrase.length;
      if (/[a-z]/.test(lower.charAt(end))) continue;
      const next = /^[\s]*([a-z]*)/u.exec(lower.slice(end, end + MAX_OBJECT_WORD + 2))?.[1] ?? '';
      const stop = /^\s*[:;,.—–-]/u.test(lower.slice(end, end + 3)) || end === lower.length;
      if (stop || OPPOSITE_ALONE_AFTER.has(next)) return true;
    }
  return false;
}

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    name: 'question',
    example: 'How long can the service be down?',
    language: 'en',
    leans: isQuestion,
  },
  {
    name: 'question',
    example: 'サービスはどれだけ止まってよいか？',
    language: 'ja',
    leans: isQuestion,
  },
  {
    name: 'supposition',
    example: "Let's say a full backup runs Sunday, and daily backups Mon–Sat",
    language: 'en',
    leans: (text) => {
      const head = text.trimStart().slice(0, 12).toLowerCase();
      return SUPPOSITION_OPENINGS.some((o) => head.startsWith(o));
    },
  },
  {
    name: 'continues-the-line-before',
    example: '→ ブラウザは 60 秒、CDN は 600 秒',
    language: 'ja',
    leans: (text) => opensOnContinuation(text, 'ja'),
  },
  {
    name: 'particle-opening',
    example: 'が同居していると、経理の要望で変えた共通ロジックが人事のレポートを壊す',
    language: 'ja',
    leans: opensOnParticle,
  },
  {
    name: 'continues-the-line-before',
    example: '= utf8mb3, no emoji; use utf8mb4',
    language: 'en',
    leans: (text) => opensOnContinuation(text, 'en'),
  },
  {
    name: 'this-way',
    example: '操作ごとに必要な権限を並べるとこうなる',
    language: 'ja',
    leans: thisWayJa,
  },
  {
    name: 'points-at-a-line',
    example: '最後の行が「引き算ではない」例',
    language: 'ja',
    leans: pointsAtLineJa,
  },
  {
    name: 'points-at-a-line',
    example: 'The last row is the one that breaks',
    language: 'en',
    leans: (text) => pointsAtLineEn(englishWords(outsideParentheses(text))),
  },
  {
    name: 'announces-a-list',
    example: 'エラーの出るタイミングには2種類ある',
    language: 'ja',
    leans: announcesListJa,
  },
  {
    name: 'announces-a-list',
    example: 'There are two kinds of timeouts.',
    language: 'en',
    leans: announcesListEn,
  },
  {
    name: 'our-incident',
    example: '今回は特定の顧客IDにデータが集中していました',
    language: 'ja',
    leans: (text) => JA_INCIDENT.some((w) => unquoted(text).includes(w)),
  },
  {
    name: 'diary',
    example: '「全部落ちたら503が返る」と思い込んでいたので驚いた',
    language: 'ja',
    leans: (text) => JA_DIARY.some((w) => text.includes(w)),
  },
  {
    name: 'that-kind',
    example: '「△」はそういう意味',
    language: 'ja',
    leans: thatKindJa,
  },
  {
    name: 'hearsay',
    example: 'ジアセチルの感度は個人差が大きいらしい',
    language: 'ja',
    leans: hearsayJa,
  },
  {
    name: 'hearsay',
    example: 'Apparently most labs now calibrate with IntCal20',
    language: 'en',
    leans: (text) => {
      const lower = text.toLowerCase();
      return EN_HEARSAY.some((w) => lower.includes(w));
    },
  },
  {
    name: 'reason-clause-only',
    example: '重症の大きな結石に A が多く使われていたため',
    language: 'ja',
    leans: reasonClauseOnly,
  },
  {
    name: 'bare-variable',
    example: 'S のどの変数も、処置 T の子孫ではない',
    language: 'ja',
    leans: bareVariable,
  },
  {
    name: 'writer-feels',
    example: '自分の家でも家具を手入れしているので、これは正直ヒヤッとした',
    language: 'ja',
    leans: writerFeelsJa,
  },
  {
    name: 'writer-feels',
    example: 'Had to unlearn the econ class vocabulary here',
    language: 'en',
    leans: writerDiaryEn,
  },
  {
    name: 'writer-narrates',
    example: '4台（A, B, C, D）で比べる',
    language: 'ja',
    leans: (text) => {
      const plain = withoutFinalStop(text.trim());
      return JA_NARRATION_ENDS.some((e) => plain.endsWith(e));
    },
  },
  {
    name: 'caption',
    example: 'Linux で使われる Itanium C++ ABI の例',
    language: 'ja',
    leans: (text) => {
      const plain = withoutFinalStop(text.trim());
      return !plain.includes('は') && JA_CAPTION_ENDS.some((e) => plain.endsWith(e));
    },
  },
  {
    name: 'adds-to-before',
    example: 'There is also a performance angle',
    language: 'en',
    leans: (text) => {
      const lower = text.trimStart().toLowerCase();
      return EN_ADDING_OPENINGS.some((o) => lower.startsWith(o));
    },
  },
  {
    name: 'goes-on-from-before',
    example: 'Then someone half-closes the discharge valve and leaves it that way for 15 years',
    language: 'en',
    leans: goesOnFromBefore,
  },
  {
    name: 'adds-to-before',
    example: 'ここでもう1つの限界がある',
    language: 'ja',
    leans: (text) => JA_ADDING_OPENINGS.some((o) => text.trimStart().startsWith(o)),
  },
  {
    name: 'elided-predicate',
    example: 'Rebinding the parameter name inside the function is not',
    language: 'en',
    leans: elidedPredicate,
  },
  {
    name: 'quantifier-of-them',
    example: '多くは chmod 4644 のような設定ミス',
    language: 'ja',
    leans: (text) => JA_QUANTIFIER_OPENINGS.some((o) => text.trimStart().startsWith(o)),
  },
  {
    name: 'date-only',
    example: '2019年4月〜',
    language: 'ja',
    leans: (text) => JA_DATE_ONLY.test(withoutFinalStop(text.trim())),
  },
  {
    name: 'date-only',
    example: 'Since 2019',
    language: 'en',
    leans: (text) => EN_DATE_ONLY.test(withoutFinalStop(text.trim())),
  },
  {
    name: 'article-citation',
    example: '労基法39条',
    language: 'ja',
    leans: isArticleCitation,
  },
  {
    name: 'caution-note',
    example: '体循環の血管（低酸素で拡張）と逆なので注意',
    language: 'ja',
    leans: (text) => {
      // A scan, not `[。！!]+$`, which tries every start of a long run not at the end.
      const end = trimEndOf(text.trim(), '。！!');
      return JA_CAUTION_ENDINGS.some((e) => end.endsWith(e));
    },
  },
  {
    name: 'digression',
    example: '余談：日本語の「電食」は、迷走電流で埋設管が溶ける現象を指すことが多い',
    language: 'ja',
    leans: (text) => opensOnDigression(text, JA_DIGRESSIONS),
  },
  {
    name: 'digression',
    example: 'Aside: the word “cavitation” was coined for ship propellers',
    language: 'en',
    leans: (text) => opensOnDigression(text, EN_DIGRESSIONS),
  },
  {
    name: 'another-way',
    example: '別解：SO_REUSEPORT でワーカーごとに listen ソケットを分ける',
    language: 'ja',
    leans: (text) => opensOnDigression(text, JA_OTHER_WAYS),
  },
  {
    name: 'another-way',
    example: 'Alternative: run the job from cron instead',
    language: 'en',
    leans: (text) => opensOnDigression(text, EN_OTHER_WAYS),
  },
  {
    name: 'announces-what-follows',
    example: '50 Hz system, total stored kinetic energy 200 GW·s, a 1 GW unit trips:',
    language: 'en',
    leans: announcesWhatFollows,
  },
  {
    name: 'announces-what-follows',
    example: '例：鋼管 100 m、水 1.5 m/s のとき：',
    language: 'ja',
    leans: announcesWhatFollows,
  },
  {
    name: 'study-advice',
    example: 'よく使うモードは暗記しておくと速い',
    language: 'ja',
    leans: (text) => JA_STUDY_ADVICE.some((w) => text.includes(w)),
  },
  {
    name: 'study-advice',
    example: 'The common modes are worth remembering',
    language: 'en',
    leans: (text) => {
      const lower = text.toLowerCase();
      return EN_STUDY_ADVICE.some((w) => lower.includes(w));
    },
  },
  {
    name: 'citation',
    example: 'Fan, Cao, Almeida, Broder (2000, "Summary Cache")',
    language: 'en',
    leans: citationOnly,
  },
  {
    name: 'citation',
    example: 'Karger ら, 1997',
    language: 'ja',
    leans: citationOnly,
  },
  {
    // Reading 43: `RFC 5764; WebRTC security architecture RFC 8827` and `Offer/answer model from
    // RFC 3264` were keys of "which is correct": where a thing is specified, no claim about it.
    name: 'standard-reference',
    example: 'Offer/answer model from RFC 3264',
    language: 'en',
    leans: standardReference,
  },
  {
    // Reading 43: `Earle H. Spaulding が1968年に提唱` was a key: who proposed it and when.
    name: 'history-line',
    example: 'Earle H. Spaulding が1968年に提唱',
    language: 'ja',
    leans: (text) => JA_YEAR.test(text) && JA_PROPOSED.test(withoutFinalStop(text.trim())),
  },
  {
    name: 'first-person',
    example: 'We banned SELECT * in scheduled queries',
    language: 'en',
    leans: firstPersonEn,
  },
  {
    name: 'first-person',
    example: 'うちの RDS も random_page_cost を下げてある',
    language: 'ja',
    leans: (text) => {
      const plain = unquoted(text);
      return JA_FIRST_PERSON.some((w) => plain.includes(w)) || ourJa(plain);
    },
  },
  {
    name: 'enumeration-opening',
    example: '1つはコンパイラで、命令の順序を入れ替える',
    language: 'ja',
    leans: (text) => JA_ENUMERATION.some((w) => text.trimStart().startsWith(w)),
  },
  {
    name: 'bare-condition-opening',
    example: 'ないと no partition of relation "..." found for row でINSERTが落ちる',
    language: 'ja',
    leans: (text) => JA_BARE_CONDITIONS.some((w) => text.trimStart().startsWith(w)),
  },
  {
    // `方式1・2はロールバックしたときに設定も一緒に戻る` (reading 91's `g`): which methods? The
    // notes' numbered list, which the player never sees.
    name: 'numbered-item',
    example: '方式1・2はロールバックしたときに設定も一緒に戻る',
    language: 'ja',
    leans: (text) => namesNumberedItem(unquoted(text), JA_ITEM_NOUNS),
  },
  {
    name: 'numbered-item',
    example: 'Methods 1 and 2 roll the settings back with the deployment',
    language: 'en',
    leans: (text) => namesNumberedItem(` ${text.toLowerCase()}`, EN_ITEM_NOUNS),
  },
  {
    name: 'former-latter',
    example: 'GitHub の「Create a merge commit」ボタンは常に後者',
    language: 'ja',
    leans: (text) => JA_FORMER_LATTER.some((w) => unquoted(text).includes(w)),
  },
  {
    name: 'former-latter',
    example: 'Most hosted runners only support the latter',
    language: 'en',
    leans: (text) => {
      const lower = text.toLowerCase();
      return EN_FORMER_LATTER.some((p) => lower.includes(p));
    },
  },
  {
    name: 'quantifier-of-them',
    example: 'Change any of them and the connection is dead',
    language: 'en',
    // `a map of labels the node must have (all of them)`: an aside counts what its sentence named.
    leans: (text) => quantifiesBack(englishWords(outsideParentheses(text))),
  },
  {
    name: 'remedy-for-what',
    example: 'The classic fix is BLMOVE',
    language: 'en',
    leans: opensOnRemedy,
  },
  {
    name: 'remedy-for-what',
    example: '対策はジッターを入れること',
    language: 'ja',
    leans: (text) => JA_REMEDIES.some((w) => text.trimStart().startsWith(w)),
  },
  {
    name: 'relation-of-what',
    example: '代償は更新の整合性：トリガーで同期を保つ必要がある',
    language: 'ja',
    leans: (text) => JA_RELATIONS.some((w) => text.trimStart().startsWith(w)),
  },
  {
    name: 'relation-of-what',
    example: 'The reasons are error messages and recovery, not speed',
    language: 'en',
    leans: opensOnRelation,
  },
  {
    name: 'connective-opening',
    example: 'なので chmod 077 file にすると、所有者本人だけが読めない',
    language: 'ja',
    leans: (text) => {
      const t = text.trimStart();
      return JA_CONNECTIVES.some(
        (w) =>
          t.startsWith(w) &&
          !(WORD_GOES_ON.has(w) && /^\p{Script=Hiragana}/u.test(t.slice(w.length))),
      );
    },
  },
  {
    name: 'connective-opening',
    example: 'Therefore the cache must revalidate',
    language: 'en',
    leans: (text) => {
      const [first = '', second = '', third = '', fourth = ''] = englishWords(text.trimStart());
      return (
        EN_CONNECTIVES.has(first) ||
        EN_CONNECTIVE_PHRASES.has(`${first} ${second}`) ||
        EN_CONNECTIVE_PHRASES.has(`${first} ${second} ${third}`) ||
        EN_CONNECTIVE_PHRASES.has(`${first} ${second} ${third} ${fourth}`)
      );
    },
  },
  {
    name: 'comparing-back',
    example: 'The password grant is gone from OAuth 2.1 for similar reasons',
    language: 'en',
    leans: (text) => {
      const lower = text.toLowerCase();
      return EN_COMPARING.some((p) => lower.includes(p));
    },
  },
  {
    name: 'else-than-whom',
    example: 'Everyone else just trades existing ETF shares',
    language: 'en',
    leans: opensOnElse,
  },
  {
    name: 'pointing-at-example',
    example: 'Notice neither assertion says what the sorted list is',
    language: 'en',
    leans: opensOnPointing,
  },
  {
    name: 'writer-remark',
    example: 'Slightly annoying how convincing the wrong intuition is',
    language: 'en',
    leans: opensOnRemark,
  },
  {
    name: 'worth-knowing',
    example: 'Good to know when a 15-table view plans strangely',
    language: 'en',
    leans: (text) => {
      const lower = text.trimStart().slice(0, 24).toLowerCase();
      return EN_WORTH_KNOWING.some((o) => lower.startsWith(o));
    },
  },

  {
    name: 'comparing-back',
    example: 'パスワードグラントも同様の理由で廃止された',
    language: 'ja',
    leans: comparesBackJa,
  },
  {
    // Reading 86 offered `筋肉量の多い人（アスリート）や、…直後は逆に低く出る` as true: conversely
    // to what?
    name: 'conversely-to-what',
    example: '筋肉量の多い人（アスリート）や、調理した肉を大量に食べた直後は逆に低く出る',
    language: 'ja',
    leans: converselyToWhatJa,
  },
  {
    // Reading 65 offered `…港が被災していた、という話が昔からあるのはこのため` as true: for what?
    name: 'for-this-reason',
    example: '港に戻ったら港が被災していた、という話が昔からあるのはこのため',
    language: 'ja',
    leans: endsForThatReasonJa,
  },
  {
    name: 'demonstrative',
    example: 'PG10 以降はこの制約はない',
    language: 'ja',
    leans: pointsBackJa,
  },
  {
    // `同じテントの人が『息が止まってる！』と驚くやつ` (reading 48): "the thing where…", the writer
    // pointing at something the reader is meant to know.
    name: 'colloquial-thing',
    example: '同じテントの人が『息が止まってる！』と驚くやつ',
    language: 'ja',
    leans: (text) => /(?:やつ|ヤツ|奴)$/u.test(withoutFinalStop(text.trim())),
  },
  {
    name: 'plural-pointer',
    example: 'TS 5.8 の erasableSyntaxOnly を有効にすると、これらがエラーになる',
    language: 'ja',
    leans: pluralPointerJa,
  },
  {
    name: 'same-as-what',
    example: '口頭弁論期日に欠席した場合も同様',
    language: 'ja',
    leans: sameAsWhatJa,
  },
  {
    name: 'same-as-what',
    example: 'It is the opposite at the low end: per capita growth falls',
    language: 'en',
    leans: oppositeAlone,
  },
  {
    name: 'place-pointer',
    example: 'アジュバントが効く理由もここにある',
    language: 'ja',
    leans: (text) => JA_PLACE_POINTERS.some((w) => text.includes(w)),
  },
  {
    // Reading 29: `802.1p の QoS はここ` (the PCP field of a diagram the player cannot see).
    name: 'place-pointer-end',
    example: '802.1p の QoS はここ',
    language: 'ja',
    // Not `そこそこ` ("so-so").
    leans: (text) => /(?<![そこあ])(?:ここ|そこ|あそこ)$/u.test(withoutFinalStop(text.trim())),
  },
  {
    // Reading 85: `Leukopenia and hypothermia are bad signs here` (here: in community-acquired
    // pneumonia, the notes' heading). A sentence that ends on `here` points at a place of the
    // notes or at the case they are about. Not `there`, which points inside its own sentence as
    // often (`a pod with a matching toleration may be placed there`: on the tainted node).
    name: 'place-pointer-end',
    example: 'Leukopenia and hypothermia are bad signs here',
    language: 'en',
    leans: (text) => {
      const words = withoutFinalStop(text.trim()).toLowerCase().split(' ');
      return words.length > 2 && words.at(-1) === 'here';
    },
  },
  {
    // Reading 29: `※ IP 電話のボイス VLAN…は例外的な構成なので別途` — said elsewhere, not here.
    name: 'deferred',
    example: '※ ボイス VLAN は例外的な構成なので別途',
    language: 'ja',
    leans: (text) =>
      text.trimStart().startsWith('※') ||
      /(?:別途|後述|後ほど|のちほど)$/u.test(withoutFinalStop(text.trim())),
  },
  {
    name: 'exception-of-what',
    example: '例外としてクロスプレゼンテーションがある',
    language: 'ja',
    leans: (text) => JA_EXCEPTION_OPENINGS.some((w) => text.trimStart().startsWith(w)),
  },
  {
    name: 'demonstrative-unmet',
    example: 'ゲストが自分のページテーブルを自由に書き換えられるので、この exit がなくなる',
    language: 'ja',
    leans: unmetDemonstrativeJa,
  },
  {
    name: 'notes-layout',
    example: '上記の手順で再作成する',
    language: 'ja',
    leans: (text) => JA_LAYOUT.some((w) => text.includes(w)),
  },
  {
    name: 'what-follows',
    example: '1つのHistogramから、次の時系列ができる',
    language: 'ja',
    leans: (text) =>
      WHAT_FOLLOWS_JA.test(withoutFinalStop(text.trim())) || NEXT_COUNTED_JA.test(text),
  },
  {
    name: 'notes-layout',
    example: 'Feeds the heuristic freshness calculation above',
    language: 'en',
    leans: pointsAtLayout,
  },
  {
    // `Capacity factor is unrelated to efficiency — see §4` (reading 54): the player has no §4.
    name: 'section-pointer',
    example: 'Capacity factor is unrelated to efficiency — see §4',
    language: 'en',
    leans: pointsAtSection,
  },
  {
    name: 'section-pointer',
    example: '設備利用率は効率とは別の量（§4参照）',
    language: 'ja',
    leans: pointsAtSection,
  },
  {
    // Reading 41: `Grants are a third mechanism (used by services like EBS)` — a third after which
    // two? Not a fraction (`a third of the heap`), nor `a second` (`once a second`).
    name: 'ordinal-of-a-list',
    example: 'Grants are a third mechanism',
    language: 'en',
    // Not where the line counts the others itself (`Adding a fourth node to a three-node cluster`).
    leans: (text) => ORDINAL_OF_A_LIST.test(text) && !COUNTED.test(text),
  },
  {
    name: 'pointer',
    example: 'Kafka does not guarantee this across partitions',
    language: 'en',
    leans: (text) => englishWords(firstClause(text)).some((w) => EN_POINTERS.includes(w)),
  },
  {
    name: 'both-alone',
    example: 'Both are correct',
    language: 'en',
    // `Both are correct`: both of what? (`Both TCP and UDP…` names them.)
    // `Clinically both are lumped as DCI` (reading 72): an adverb before it changes nothing.
    leans: (text) => {
      const [first = '', second = '', third = ''] = englishWords(text.trimStart());
      if (first.endsWith('ly') && second === 'both') return BOTH_VERBS.has(third);
      return first === 'both' && BOTH_VERBS.has(second);
    },
  },
  {
    name: 'both-unnamed',
    example: 'Both tables are O(mn) time',
    language: 'en',
    // `Both tables`: which two? (`Both TCP and UDP use ports` names them; reading 22.)
    leans: (text) => {
      const words = englishWords(firstClause(text.trimStart()));
      return words[0] === 'both' && !words.includes('and');
    },
  },
  {
    // `Some must pass through with kinetic energy left` (reading 65, offered as true): some what?
    name: 'quantifier-alone',
    example: 'Some must pass through with kinetic energy left',
    language: 'en',
    leans: (text) => {
      const [first = '', second = ''] = englishWords(text.trimStart());
      return BARE_QUANTIFIERS.has(first) && (BOTH_VERBS.has(second) || second === 'has');
    },
  },
  {
    name: 'both-alone',
    example: 'どちらも正しい',
    language: 'ja',
    leans: (text) =>
      JA_BOTH.some((w) => text.trimStart().startsWith(w)) ||
      unquoted(text).includes(JA_BOTH_ANYWHERE),
  },
  {
    name: 'confusable-names',
    example: '名前が似ていますが別物',
    language: 'ja',
    leans: (text) => CONFUSABLE.ja.some((w) => text.includes(w)),
  },
  {
    name: 'confusable-names',
    example: 'The two are easily confused',
    language: 'en',
    leans: (text) => {
      const lower = text.toLowerCase();
      return CONFUSABLE.en.some((w) => lower.includes(w));
    },
  },
  {
    name: 'that-noun',
    example: 'Anything outside that boundary is not covered',
    language: 'en',
    leans: (text) => thatAfterPreposition(englishWords(firstClause(text))),
  },
  {
    name: 'that-pronoun',
    example: 'NTS fixes that: a TLS handshake establishes keys',
    language: 'en',
    leans: thatPronoun,
  },
  {
    name: 'that-after-an-opening-phrase',
    example: 'On a big table that is an outage',
    language: 'en',
    leans: thatAfterOpening,
  },
  {
    name: 'demonstrative-noun',
    example: 'Fast-math flags trade that guarantee for speed',
    language: 'en',
    leans: (text) => demonstrativeNoun(unquoted(outsideParentheses(text))),
  },
  {
    name: 'the-last-one',
    example: 'The last one was at the end of 2016',
    language: 'en',
    leans: (text) => pickedOne(englishWords(outsideParentheses(text))),
  },
  {
    name: 'same-opening',
    example: 'Same cycle, but heavier servers appear more often',
    language: 'en',
    // `Same cycle`: the same as what? (`The same key always maps…` and `Same as a lightweight
    // tag` name their own.)
    leans: (text) => {
      const words = englishWords(text.trimStart());
      const [first = '', second = ''] = words;
      if (first !== 'same' || second === 'as' || second === '') return false;
      // `named-sameness`: `Same-site means…` is a term; `Same thing as VLANs` names its other
      // side; `Same genotype always gives the same phenotype` pairs two of its own.
      if (/^same-/iu.test(text.trimStart())) return false;
      const rest = words.slice(2, 6);
      return !rest.includes('as') && !words.slice(2).includes('same');
    },
  },
  {
    name: 'connective-adverb',
    example: 'Summation order therefore changes results',
    language: 'en',
    leans: connectiveAdverb,
  },
  {
    name: 'bare-pronoun',
    example: 'COPY can only read files inside it',
    language: 'en',
    leans: barePronoun,
  },
  {
    name: 'back-pronoun-object',
    example: "FP addition isn't associative, so the compiler may not do this by default",
    language: 'en',
    leans: (text) => backPronounObject(unquoted(outsideParentheses(text))),
  },
  {
    name: 'different-alone',
    example: 'A page fault is different: the OS is involved',
    language: 'en',
    leans: (text) => differentAlone(unquoted(outsideParentheses(text))),
  },
  {
    name: 'bare-pronoun',
    example: 'Docker はそれを読み込んでイメージを作る',
    language: 'ja',
    // `それ` / `これ` in the first clause stand for a thing said before (`それぞれ` is "each";
    // after a `、` they may stand for what the clause before named).
    leans: (text) => {
      const t = firstClause(unquoted(text));
      // `そちら` / `こちら` / `あちら` (`ダッシュボードからはそちらを参照する`): that one, of two said before.
      if (JA_DIRECTION_PRONOUNS.some((w) => t.includes(w))) return true;
      for (const word of ['それ', 'これ']) {
        for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + word.length))
          if (
            !t.startsWith('それぞれ', at) &&
            !t.startsWith('これまで', at) &&
            !t.startsWith('これから', at)
          )
            return true;
      }
      return false;
    },
  },
  {
    name: 'the-two-unnamed',
    example: 'The minimum is where the two are equal',
    language: 'en',
    // `the two are equal`: which two? (reading 27; `the two ends set up a connection` names them).
    leans: (text) => {
      const words = englishWords(text);
      for (let i = 0; i + 2 < words.length; i++)
        if (words[i] === 'the' && words[i + 1] === 'two' && THE_TWO_VERBS.has(words[i + 2] ?? ''))
          return true;
      return false;
    },
  },
  {
    name: 'the-notes-object',
    example: 'The formula explains why the temperature tracks concentration',
    language: 'en',
    leans: opensOnNotesObject,
  },
  {
    name: 'footnote',
    example: '² The compression is lossless; palette reduction is where a photo loses colour',
    language: 'en',
    leans: opensOnFootnoteMark,
  },
  {
    name: 'footnote',
    example: '¹ 2019年以前の測定による',
    language: 'ja',
    leans: opensOnFootnoteMark,
  },
  {
    name: 'table-legend',
    example: '○＝開いている／働いている、×＝閉じている',
    language: 'ja',
    leans: opensOnLegend,
  },
  {
    name: 'table-legend',
    example: '✓ = supported, — = not supported',
    language: 'en',
    leans: opensOnLegend,
  },
  {
    name: 'at-that-time',
    example: '噴火警戒レベルは当時「1」だった',
    language: 'ja',
    // `当時` points at a time the notes gave before (reading 37: 御嶽山 2014, 明治の脚気), unless
    // the statement gives it (`1990年当時`, `明治当時`).
    leans: (text) => text.includes('当時') && !DATE_WORDS.test(text),
  },
  {
    name: 'such-noun',
    example: 'Each output channel has its own such block',
    language: 'en',
    // `such block`, `such a case`: like what? (reading 37). `such as`, `such that`, `no such`
    // and `as such` say it there.
    leans: (text) => {
      const words = englishWords(text);
      for (let i = 0; i + 1 < words.length; i++)
        if (
          words[i] === 'such' &&
          !SUCH_SAYS_IT.has(words[i + 1] ?? '') &&
          words[i - 1] !== 'no' &&
          words[i - 1] !== 'as'
        )
          return true;
      return false;
    },
  },
  {
    name: 'either-at-end',
    example: 'Most courts: no attempted felony murder either',
    language: 'en',
    // A closing `either` adds to a denial the notes made before (reading 37), unless the
    // statement makes two itself (`cannot predict … and cannot reconstruct … either`).
    leans: (text) => {
      const words = englishWords(withoutFinalStop(text.trim())).filter((w) => w !== '');
      if (words[words.length - 1] !== 'either') return false;
      return words.filter((w) => NEGATIONS.has(w) || w.endsWith("n't")).length < 2;
    },
  },
  {
    name: 'either-way',
    example: 'The Δp is the same either way; the stopping time is what changes',
    language: 'en',
    // `either way`: whichever of two things the notes named before (reading 56's mechanics
    // bank: hard surface or airbag), unless the statement names them (`whether … or …`).
    leans: (text) => {
      const words = englishWords(text);
      let paired = false;
      for (let i = 0; i + 1 < words.length; i++)
        if (words[i] === 'either' && words[i + 1] === 'way') paired = true;
      return paired && !words.includes('whether');
    },
  },
  {
    name: 'both-at-end',
    example: 'Restriction (e.g. fibrosis) lowers both',
    language: 'en',
    // A closing `both` stands for two things the line before named (reading 51: `lowers both`,
    // of FEV1 and FVC), unless the statement names them itself (`… and … are both true`).
    leans: (text) => {
      const words = englishWords(withoutFinalStop(text.trim())).filter((w) => w !== '');
      return words.length > 1 && words[words.length - 1] === 'both' && !words.includes('and');
    },
  },
];

/**
 * `table-legend`: a line that says what a table's marks mean (`○＝開いている／働いている`, reading
 * 38 offered it as true of a concept): a key to a table the player cannot see.
 */
function opensOnLegend(text: string): boolean {
  return TABLE_LEGEND.test(text.trimStart());
}

/**
 * A table's mark, `=`, `＝`, `:` or `：`, then a word (spaces aside). Not `×`: a × bullet may open
 * on an operator (`× = はシェルと同じ…`, `× :where() and :is() behave the same`).
 */
const TABLE_LEGEND = /^[○◯〇△▲✓✔✅—–]\s?[=＝:：]\s?[\p{L}\p{N}]/u;

/**
 * `footnote`: a line that opens on a footnote's mark (`²`, `*1`, `注1`) notes something on a
 * table or a sentence elsewhere (reading 38: `² The compression is lossless` was GIF's footnote,
 * offered as true of AVIF, whose section the table sat in).
 */
function opensOnFootnoteMark(text: string): boolean {
  return FOOTNOTE_MARK.test(text.trimStart());
}

/**
 * A footnote's mark at the start of a line: superscript digits and a space (`¹⁴C` is an isotope),
 * or `*` or `注` and a digit (`※` is `deferred`), or a dagger (`† needs a position map` under a
 * table whose cells carry the †, reading 53). Not a cron schedule's fields, where another `*`
 * follows the number (`* 2 * * * runs once at 2am`, reading 68's misconception).
 */
const FOOTNOTE_MARK = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s|(?:\*|注)\s?\d(?!\d*\s\*)|[†‡])/u;

/** A year, an era or a date in a statement that says `当時` (`1990年当時`, `明治当時`). */
const DATE_WORDS = /\d{2,4}\s*年|明治|大正|昭和|平成|令和|\d+\s*月/u;

/** Words that deny, for `either-at-end`. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'cannot', 'never', 'neither', 'nor']);

/** Words after `such` that say what it is like there (`such as`, `such that`). */
const SUCH_SAYS_IT: ReadonlySet<string> = new Set(['as', 'that', '']);

/**
 * True when one of the rules named `names` finds that the statement leans on the notes around it:
 * those rules only, where a caller asks one kind of leaning of every sentence of a section.
 */
export function leansBy(text: string, language: 'ja' | 'en', names: ReadonlySet<string>): boolean {
  for (const rule of CONTEXT_RULES)
    if (rule.language === language && names.has(rule.name) && rule.leans(text)) return true;
  return false;
}

/** The first rule by which the statement leans on the notes around it, or null. */
export function contextRule(text: string, language: 'ja' | 'en'): ContextRule | null {
  return CONTEXT_RULES.find((r) => r.language === language && r.leans(text)) ?? null;
}

/**
 * True when the first rule by which the statement leans is named `name` (what
 * `contextRule(text, language)?.name === name` says). The rules of that name are read first, and
 * the rules before one only when it leans: most statements lean by none, and reading the other
 * hundred rules cannot make the answer true (on a 5,000-row table, asking whether each summary
 * cell leans by `bare-pronoun` was 75 ms of a 2.9 s build).
 */
export function leansFirstBy(text: string, language: 'ja' | 'en', name: string): boolean {
  for (let at = 0; at < CONTEXT_RULES.length; at++) {
    const rule = CONTEXT_RULES[at] as ContextRule;
    if (rule.language !== language || rule.name !== name || !rule.leans(text)) continue;
    // The first rule of the name that leans: the answer is whether no rule before it leans.
    for (let before = 0; before < at; before++) {
      const earlier = CONTEXT_RULES[before] as ContextRule;
      if (earlier.language === language && earlier.name !== name && earlier.leans(text))
        return false;
    }
    return true;
  }
  return false;
}
