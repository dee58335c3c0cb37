/**
 * The words the generator writes around the notes' own text, in the notes' language: prompts,
 * the table-cell form of options, and the few connecting phrases of explanations. Everything
 * else in a question is the notes' text. (Labels such as 正解 / Answer are the bot's.)
 */

import { endsAsQuestion } from './text/trim.ts';

/**
 * One condition of a which-has stem: a cell value (`「既定のGC」が「G1」`) or a yes/no column asked
 * as a mark (`mark-as-condition`: “which one is marked yes for “Can go down”?”, 「「否認防止」が○のもの
 * はどれ？」, never “which one has “○” for “Can go down””).
 */
export type Condition = { label: string; value: string } | { label: string; holds: boolean };

/**
 * What a stem calls a table (`heading-is-a-place`): a name of its own (its first header cell,
 * `Kind of tag`), or the heading of the section it sits in, which names the section and not the
 * table (a table of binary and decimal formats under `Decimal types`): “the table under
 * “Decimal types””, 「Decimal types」の節の表.
 */
export interface TableName {
  text: string;
  /** True when {@link text} is the heading of the table's section. */
  heading: boolean;
  /**
   * Its first header cells, where another table sits under the same heading: “the table of
   * “Option” and “Effect” under “Test commands””, 「Test commands」の節の「Option」「Effect」の表.
   */
  columns?: readonly string[];
  /**
   * What its rows are (generate/entity-kind.ts: `指標`, `algorithm`): a look-up stem then asks for
   * one of them — 「指標のうち、…なのはどれ？」, “Which algorithm has …?” — not for a row of a table
   * the player cannot see.
   */
  kind?: string;
}

const tableJa = (t: TableName): string => {
  if (!t.heading) return `${quoteJa(t.text)}の表`;
  const columns = (t.columns ?? []).map(quoteJa).join('');
  return columns ? `${quoteJa(t.text)}の節の${columns}の表` : `${quoteJa(t.text)}の節の表`;
};
const tableEn = (t: TableName): string =>
  t.heading
    ? t.columns && t.columns.length > 0
      ? `the table of ${t.columns.map(quoteEn).join(' and ')} under ${quoteEn(t.text)}`
      : `the table under ${quoteEn(t.text)}`
    : `the table ${quoteEn(t.text)}`;

/**
 * Where a which-has stem looks: among the kind of its rows (`指標のうち`, `entity-kind`), else in
 * the table named.
 */
const whereJa = (t: TableName): string => (t.kind ? `${t.kind}のうち` : `${tableJa(t)}で`);
const whichEn = (t: TableName): string =>
  t.kind ? `Which ${t.kind}` : `In ${tableEn(t)}, which one`;

/** Phrases for one language. */
export interface Wording {
  correctAbout(name: string): string;
  /**
   * Which statement describes the concept, where the wrong options are other concepts' true
   * statements (`sibling-describes`): not "which is correct", which they all are.
   */
  whichDescribes(name: string): string;
  misconceptionAbout(name: string): string;
  /** Which of statements about several concepts, each option naming its own, is a misconception. */
  misconceptionAmong(): string;
  /** The same, of concepts the notes set under one heading (`among-under-topic`). */
  misconceptionAmongUnder(topic: string): string;
  /** A statement about a concept that names it first: `Token bucket: forbids bursts`. */
  labelledStatement(name: string, statement: string): string;
  whichConcept(statement: string): string;
  whichExample(statement: string): string;
  /** An item of a labelled list (`できること`) among items of its opposite list. */
  inList(name: string, label: string): string;
  /** Which entity of a table has `value` for `attribute`. */
  whichHas(table: TableName, attribute: string, value: string): string;
  /** The same, across the notes' tables. */
  whichHasAnyTable(attribute: string, value: string): string;
  /** Which entity has both values. */
  whichHasBoth(table: TableName, a: string, x: string, b: string, y: string): string;
  /** Which entity meets the conditions, one a yes/no column at least (null title: any table). */
  whichMeets(table: TableName | null, conditions: readonly Condition[]): string;
  /** Which statement (`attribute：value`) fits the entity. */
  trueOfEntity(table: TableName, entity: string): string;
  /** The value of an attribute for an entity. */
  valueOf(table: TableName, entity: string, attribute: string): string;
  /** Which term of a labelled definition list a definition belongs to. */
  whichTerm(owner: string, label: string, definition: string): string;
  /** What a term of a labelled definition list means. */
  termMeaning(owner: string, label: string, term: string): string;
  /** An option that states a table cell: `結合度：密結合`. */
  cellOption(attribute: string, value: string): string;
  thatIs(concept: string, statement: string): string;
  /**
   * Which other concept a wrong option describes, when the option is that concept's statement
   * word for word (`teach.ts`, `named-once`): {@link thatIs} would print the option twice.
   */
  describes(concept: string): string;
  conceptIs(concept: string, statement: string): string;
  correctIs(correct: string): string;
  notesSay(text: string): string;
  /** Why a true statement that corrects a × bullet is right: it is the notes' correction of it. */
  correctionOf(misconception: string): string;
  tableSays(table: TableName, entity: string, attribute: string, value: string): string;
  /** {@link tableSays} of one cell, then a second cell of the same row: `…、「ファントムリード」は「防止」`. */
  andCell(said: string, attribute: string, value: string): string;
  listSays(label: string, item: string): string;
  summaryRow(name: string, correct: string): string;
  /** What a line of code gives (`code-value`), after the lines that set it up, if any. */
  codeResult(code: string, setup: readonly string[]): string;
  /** Why a wrong option of a code-value question is wrong: it is what another line gives. */
  resultOf(code: string): string;
  /** Why a wrong option of a code-value question is wrong: the input misread so (`detail`). */
  misreading(how: Misreading, detail: string): string;
}

/** How a code-value question's wrong option misreads the line (generate/code-value.ts). */
export type Misreading = 'digits' | 'nan' | 'operand' | 'typeof-undefined' | 'unquoted';

/**
 * A quotation inside the catalog's own quotation marks: a quote within it takes the inner marks
 * (`「200ミリ秒以内が『良好』」`, `“Reads the ‘latest’ value”`), as a writer of either language
 * would set it, never the same marks twice over.
 */
export function quoteJa(text: string): string {
  return `「${swapped(wholeQuotation(text), '「', '『', '」', '』')}」`;
}

/** The value with its first letter in capitals (`no` → `No`), as an answer to a question opens. */
function capitalised(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** {@link quoteJa} in English: `“…”` outside, `‘…’` inside. */
export function quoteEn(text: string): string {
  return `“${swapped(wholeQuotation(text), '“', '‘', '”', '’')}”`;
}

/**
 * `text` with every `open` as `inner` and every `close` as `innerClose`. Most texts quoted hold no
 * quotation mark: they are returned as they are, without the two passes of replaceAll (quoteJa
 * quotes every option's reason of a 5,000-row table's drafts: 108 ms of three builds).
 */
function swapped(
  text: string,
  open: string,
  inner: string,
  close: string,
  innerClose: string,
): string {
  if (!text.includes(open) && !text.includes(close)) return text;
  return text.replaceAll(open, inner).replaceAll(close, innerClose);
}

/** Quotation marks, opening and closing, that may wrap a whole text. */
const WHOLE_QUOTES: readonly (readonly [string, string])[] = [
  ['「', '」'],
  ['『', '』'],
  ['“', '”'],
  ['"', '"'],
];

/**
 * `quoted-once`: a text that is one quotation whole (`「ユニットをまとめた同期点」`, the notes'
 * `targetは「…」` with its subject dropped) is quoted by its words, not set in a second pair of
 * marks (`「『ユニットをまとめた同期点』」`, reading 26). Unchanged otherwise.
 */
function wholeQuotation(text: string): string {
  for (const [open, close] of WHOLE_QUOTES) {
    if (text.length < 3 || !text.startsWith(open) || !text.endsWith(close)) continue;
    const inner = text.slice(open.length, -close.length);
    if (open === '"' && isStringLiteral(inner)) return text;
    if (!inner.includes(open) && !inner.includes(close)) return inner;
  }
  return text;
}

/**
 * `string-literal-kept`: straight quotes around one token of ASCII (`"0"`, `"12px"`, `"string"`)
 * are a string literal of code, whose quotes are its meaning: `"0"` is not the number `0`
 * (reading 81 explained the row `"0"` of a JavaScript table as `「0」の「falsy」は「×」`, which
 * reads as the number and is wrong). Quoted words with a space are a quotation.
 */
function isStringLiteral(inner: string): boolean {
  for (const ch of inner) if (ch <= ' ' || ch > '~') return false;
  return true;
}

const ja: Wording = {
  correctAbout: (name) => `${quoteJa(name)}について正しいものはどれ？`,
  whichDescribes: (name) => `${quoteJa(name)}の説明として正しいものはどれ？`,
  misconceptionAbout: (name) => `${quoteJa(name)}について誤っているもの（よくある誤解）はどれ？`,
  misconceptionAmong: () => '次のうち、誤っているもの（よくある誤解）はどれ？',
  misconceptionAmongUnder: (topic) =>
    `${quoteJa(topic)}について、次のうち誤っているもの（よくある誤解）はどれ？`,
  labelledStatement: (name, statement) => `${name}：${statement}`,
  whichConcept: (statement) => `次の説明にあてはまるものはどれ？\n${quoteJa(statement)}`,
  whichExample: (statement) => `次の例にあてはまるものはどれ？\n${quoteJa(statement)}`,
  inList: (name, label) =>
    `${quoteJa(name)}の${quoteJa(label)}としてノートに挙がっているものはどれ？`,
  whichHas: (table, attribute, value) =>
    `${whereJa(table)}、${quoteJa(attribute)}が${quoteJa(value)}なのはどれ？`,
  whichHasAnyTable: (attribute, value) =>
    `ノートの比較表で、${quoteJa(attribute)}が${quoteJa(value)}とされているのはどれ？`,
  whichHasBoth: (table, a, x, b, y) =>
    `${whereJa(table)}、${quoteJa(a)}が${quoteJa(x)}、${quoteJa(b)}が${quoteJa(y)}なのはどれ？`,
  whichMeets: (table, conditions) => {
    // A yes/no column as the table's own mark (`「範囲」が○、「ORDER BY」が×`): readers found
    // `「…」があてはまらず、「…」があてはまらない` awkward.
    const part = (c: Condition): string =>
      'holds' in c
        ? `${quoteJa(c.label)}が${c.holds ? '○' : '×'}`
        : `${quoteJa(c.label)}が${quoteJa(c.value)}`;
    const where = table === null ? 'ノートの比較表で' : whereJa(table);
    return `${where}、${conditions.map(part).join('、')}のものはどれ？`;
  },
  // The row is named: the stem needs no table (`entity-named`).
  trueOfEntity: (_table, entity) => `${quoteJa(entity)}にあてはまるものはどれ？`,
  valueOf: (_table, entity, attribute) => `${quoteJa(entity)}の${quoteJa(attribute)}はどれ？`,
  whichTerm: (owner, label, definition) =>
    `${quoteJa(owner)}の${quoteJa(label)}のうち、次の説明にあてはまるものはどれ？\n${quoteJa(definition)}`,
  termMeaning: (owner, label, term) =>
    `${quoteJa(owner)}の${quoteJa(label)}で、${quoteJa(term)}の説明はどれ？`,
  cellOption: (attribute, value) =>
    endsAsQuestion(attribute) ? `${attribute} ${value}` : `${attribute}：${value}`,
  thatIs: (concept, statement) => `それは${concept}（${statement}）`,
  describes: (concept) => `それは${concept}の説明`,
  conceptIs: (concept, statement) => `${concept}は${quoteJa(statement)}`,
  correctIs: (correct) => `正しくは${quoteJa(correct)}`,
  notesSay: (text) => `ノートには${quoteJa(text)}とある`,
  correctionOf: (misconception) => `よくある誤解${quoteJa(misconception)}に対する、ノートの訂正`,
  tableSays: (table, entity, attribute, value) =>
    `${tableJa(table)}では、${quoteJa(entity)}の${quoteJa(attribute)}は${quoteJa(value)}`,
  andCell: (said, attribute, value) => `${said}、${quoteJa(attribute)}は${quoteJa(value)}`,
  listSays: (label, item) => `ノートの${quoteJa(label)}に${quoteJa(item)}とある`,
  summaryRow: (name, correct) => `まとめ表：${name} ― ${correct}`,
  codeResult: (code, setup) =>
    setup.length === 0
      ? `次のコードの結果はどれ？\n${inlineCode(code)}`
      : `次のコードで、最後の行の結果はどれ？\n${codeBlock([...setup, code])}`,
  resultOf: (code) => `それは ${inlineCode(code)} の結果`,
  misreading: (how, detail) =>
    ({
      digits: `${detail} の先頭の数字だけを読んだ値`,
      nan: '数値に変換できなかったときの値',
      operand: `typeof の対象 ${detail} の名前をそのまま答えた値`,
      'typeof-undefined': 'typeof が "undefined" を返すのは、値が undefined か未宣言のとき',
      unquoted: `文字列ではなく数値の ${detail}`,
    })[how],
};

const en: Wording = {
  correctAbout: (name) => `Which statement about ${quoteEn(name)} is correct?`,
  whichDescribes: (name) => `Which of these describes ${quoteEn(name)}?`,
  misconceptionAbout: (name) => `Which of these is a misconception about ${quoteEn(name)}?`,
  misconceptionAmong: () => 'Which of these statements is a common misconception?',
  misconceptionAmongUnder: (topic) =>
    `Which of these statements about ${quoteEn(topic)} is a common misconception?`,
  labelledStatement: (name, statement) => `${name}: ${statement}`,
  whichConcept: (statement) => `Which concept does this describe?\n${quoteEn(statement)}`,
  whichExample: (statement) => `Which concept is this an example of?\n${quoteEn(statement)}`,
  inList: (name, label) =>
    `Which of these do the notes list under ${quoteEn(label)} for ${quoteEn(name)}?`,
  whichHas: (table, attribute, value) =>
    oneQuestionMark(`${whichEn(table)} has ${quoteEn(value)} for ${quoteEn(attribute)}?`),
  whichHasAnyTable: (attribute, value) =>
    oneQuestionMark(
      `In the notes' tables, which one has ${quoteEn(value)} for ${quoteEn(attribute)}?`,
    ),
  whichHasBoth: (table, a, x, b, y) =>
    oneQuestionMark(
      `${whichEn(table)} has ${quoteEn(x)} for ${quoteEn(a)} and ${quoteEn(y)} for ${quoteEn(b)}?`,
    ),
  whichMeets: (table, conditions) => {
    // A yes/no column as a mark (`is marked yes for “Range” but no for “ORDER BY”`): readers
    // found `for which one does “Huffman” not hold and does “BWT” hold` garbled.
    const mark = (c: Condition & { holds: boolean }): string => (c.holds ? 'yes' : 'no');
    // Each part after the first says how it joins: `and`, or for a second mark of another side
    // `but` without saying `marked` again (`is marked yes for “A” but no for “B”`).
    const part = (c: Condition, i: number): string => {
      const and = i > 0 ? 'and ' : '';
      if (!('holds' in c)) return `${and}has ${quoteEn(c.value)} for ${quoteEn(c.label)}`;
      const before = conditions[i - 1];
      if (before && 'holds' in before)
        return `${before.holds === c.holds ? 'and' : 'but'} ${mark(c)} for ${quoteEn(c.label)}`;
      return `${and}is marked ${mark(c)} for ${quoteEn(c.label)}`;
    };
    const which = table === null ? "In the notes' tables, which one" : whichEn(table);
    const [x, y] = conditions;
    // Two marks of one side: `is marked yes for both “A” and “B”`.
    if (conditions.length === 2 && x && y && 'holds' in x && 'holds' in y && x.holds === y.holds)
      return oneQuestionMark(
        `${which} is marked ${mark(x)} for both ${quoteEn(x.label)} and ${quoteEn(y.label)}?`,
      );
    return oneQuestionMark(`${which} ${conditions.map(part).join(' ')}?`);
  },
  // The row is named: the stem needs no table (`entity-named`).
  trueOfEntity: (_table, entity) => `Which of these fits ${quoteEn(entity)}?`,
  valueOf: (_table, entity, attribute) =>
    oneQuestionMark(`What does ${quoteEn(entity)} have for ${quoteEn(attribute)}?`),
  // The list's label quoted as the notes wrote it: a noun (`Approaches`) or a sentence (`Each
  // interaction has three phases`) alike (`Of the Each interaction has…` read as broken).
  whichTerm: (owner, label, definition) =>
    `In the list ${quoteEn(label)} under ${quoteEn(owner)}, which one does this describe?\n${quoteEn(definition)}`,
  termMeaning: (owner, label, term) =>
    `In the list ${quoteEn(label)} under ${quoteEn(owner)}, which describes ${quoteEn(term)}?`,
  // `question-label`: a cell under a question header is its answer (`Depends on clock period? No`,
  // not `…?: no`, which readers of readings 56–57 read as broken table syntax).
  cellOption: (attribute, value) =>
    endsAsQuestion(attribute) ? `${attribute} ${capitalised(value)}` : `${attribute}: ${value}`,
  thatIs: (concept, statement) => `That is ${concept} (${statement})`,
  describes: (concept) => `That describes ${concept}`,
  conceptIs: (concept, statement) => `${concept}: ${quoteEn(statement)}`,
  correctIs: (correct) => `Correct: ${quoteEn(correct)}`,
  notesSay: (text) => `The notes say: ${quoteEn(text)}`,
  correctionOf: (misconception) =>
    `The notes' correction of the common misconception ${quoteEn(misconception)}`,
  tableSays: (table, entity, attribute, value) =>
    `T${tableEn(table).slice(1)} gives ${entity}: ${attribute} = ${quoteEn(value)}`,
  andCell: (said, attribute, value) => `${said}, ${attribute} = ${quoteEn(value)}`,
  listSays: (label, item) => `The notes list ${quoteEn(item)} under ${quoteEn(label)}`,
  summaryRow: (name, correct) => `Summary: ${name} — ${correct}`,
  codeResult: (code, setup) =>
    setup.length === 0
      ? `What does this code give?\n${inlineCode(code)}`
      : `What does the last line of this code give?\n${codeBlock([...setup, code])}`,
  resultOf: (code) => `That is what ${inlineCode(code)} gives`,
  misreading: (how, detail) =>
    ({
      digits: `The digits ${detail} opens on, read alone`,
      nan: 'What a failed conversion to a number gives',
      operand: `The name of typeof's operand, ${detail}, taken as its type`,
      'typeof-undefined': 'typeof gives "undefined" for undefined or an undeclared name',
      unquoted: `The number ${detail}, not a string`,
    })[how],
};

/** Code in a line of text: in backticks, more of them where the code holds one. */
function inlineCode(code: string): string {
  const fence = code.includes('`') ? '``' : '`';
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** Lines of code as a fenced block. */
function codeBlock(lines: readonly string[]): string {
  return ['```', ...lines, '```'].join('\n');
}

/**
 * `one-question-mark`: a question that ends on a quoted heading which is itself a question ends
 * on that heading's mark (`…marked yes for “Dissipates energy on purpose?”`), not on two
 * (`…on purpose?”?`, reading 81).
 */
function oneQuestionMark(question: string): string {
  return question.endsWith('?”?') ? question.slice(0, -1) : question;
}

/** The wording of a language. */
export function wordingFor(language: 'ja' | 'en'): Wording {
  return language === 'ja' ? ja : en;
}
