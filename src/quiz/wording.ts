/**
 * The words the generator writes around the notes' own text, in the notes' language: prompts,
 * the table-cell form of options, and the few connecting phrases of explanations. Everything
 * else in a question is the notes' text. (Labels such as 正解 / Answer are the bot's.)
 */

/**
 * One condition of a which-has stem: a cell value (`「既定のGC」が「G1」`) or a yes/no column asked
 * as whether it holds (`mark-as-condition`: “for which one does “Can go down” hold?”, never
 * “which one has “○” for “Can go down””).
 */
export type Condition = { label: string; value: string } | { label: string; holds: boolean };

/** Phrases for one language. */
export interface Wording {
  correctAbout(name: string): string;
  misconceptionAbout(name: string): string;
  whichConcept(statement: string): string;
  whichExample(statement: string): string;
  /** An item of a labelled list (`できること`) among items of its opposite list. */
  inList(name: string, label: string): string;
  /** Which entity of a table has `value` for `attribute`. */
  whichHas(title: string, attribute: string, value: string): string;
  /** The same, across the notes' tables. */
  whichHasAnyTable(attribute: string, value: string): string;
  /** Which entity has both values. */
  whichHasBoth(title: string, a: string, x: string, b: string, y: string): string;
  /** Which entity meets the conditions, one a yes/no column at least (null title: any table). */
  whichMeets(title: string | null, conditions: readonly Condition[]): string;
  /** Which statement (`attribute：value`) fits the entity. */
  trueOfEntity(title: string, entity: string): string;
  /** The value of an attribute for an entity. */
  valueOf(title: string, entity: string, attribute: string): string;
  /** Which term of a labelled definition list a definition belongs to. */
  whichTerm(owner: string, label: string, definition: string): string;
  /** What a term of a labelled definition list means. */
  termMeaning(owner: string, label: string, term: string): string;
  /** An option that states a table cell: `結合度：密結合`. */
  cellOption(attribute: string, value: string): string;
  thatIs(concept: string, statement: string): string;
  conceptIs(concept: string, statement: string): string;
  correctIs(correct: string): string;
  notesSay(text: string): string;
  tableSays(title: string, entity: string, attribute: string, value: string): string;
  /** {@link tableSays} of one cell, then a second cell of the same row: `…、「ファントムリード」は「防止」`. */
  andCell(said: string, attribute: string, value: string): string;
  listSays(label: string, item: string): string;
  summaryRow(name: string, correct: string): string;
}

/**
 * A quotation inside the catalog's own quotation marks: a quote within it takes the inner marks
 * (`「200ミリ秒以内が『良好』」`, `“Reads the ‘latest’ value”`), as a writer of either language
 * would set it, never the same marks twice over.
 */
export function quoteJa(text: string): string {
  return `「${text.replaceAll('「', '『').replaceAll('」', '』')}」`;
}

/** {@link quoteJa} in English: `“…”` outside, `‘…’` inside. */
export function quoteEn(text: string): string {
  return `“${text.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}

const ja: Wording = {
  correctAbout: (name) => `${quoteJa(name)}について正しいものはどれ？`,
  misconceptionAbout: (name) => `${quoteJa(name)}について誤っているもの（よくある誤解）はどれ？`,
  whichConcept: (statement) => `次の説明にあてはまるものはどれ？\n${quoteJa(statement)}`,
  whichExample: (statement) => `次の例にあてはまるものはどれ？\n${quoteJa(statement)}`,
  inList: (name, label) =>
    `${quoteJa(name)}の${quoteJa(label)}としてノートに挙がっているものはどれ？`,
  whichHas: (title, attribute, value) =>
    `${quoteJa(title)}の表で、${quoteJa(attribute)}が${quoteJa(value)}なのはどれ？`,
  whichHasAnyTable: (attribute, value) =>
    `ノートの比較表で、${quoteJa(attribute)}が${quoteJa(value)}とされているのはどれ？`,
  whichHasBoth: (title, a, x, b, y) =>
    `${quoteJa(title)}の表で、${quoteJa(a)}が${quoteJa(x)}、${quoteJa(b)}が${quoteJa(y)}なのはどれ？`,
  whichMeets: (title, conditions) => {
    const last = conditions.length - 1;
    const part = (c: Condition, i: number): string => {
      const end = i === last;
      if ('holds' in c)
        return `${quoteJa(c.label)}が${c.holds ? (end ? 'あてはまる' : 'あてはまり') : end ? 'あてはまらない' : 'あてはまらず'}`;
      return `${quoteJa(c.label)}が${quoteJa(c.value)}${end ? 'な' : 'で'}`;
    };
    const where = title === null ? 'ノートの比較表で' : `${quoteJa(title)}の表で`;
    return `${where}、${conditions.map(part).join('、')}のはどれ？`;
  },
  trueOfEntity: (title, entity) =>
    `${quoteJa(title)}の表で、${quoteJa(entity)}にあてはまるものはどれ？`,
  valueOf: (title, entity, attribute) =>
    `${quoteJa(title)}の表で、${quoteJa(entity)}の${quoteJa(attribute)}はどれ？`,
  whichTerm: (owner, label, definition) =>
    `${quoteJa(owner)}の${quoteJa(label)}のうち、次の説明にあてはまるものはどれ？\n${quoteJa(definition)}`,
  termMeaning: (owner, label, term) =>
    `${quoteJa(owner)}の${quoteJa(label)}で、${quoteJa(term)}の説明はどれ？`,
  cellOption: (attribute, value) => `${attribute}：${value}`,
  thatIs: (concept, statement) => `それは${concept}（${statement}）`,
  conceptIs: (concept, statement) => `${concept}は${quoteJa(statement)}`,
  correctIs: (correct) => `正しくは${quoteJa(correct)}`,
  notesSay: (text) => `ノートには${quoteJa(text)}とある`,
  tableSays: (title, entity, attribute, value) =>
    `${quoteJa(title)}の表では、${quoteJa(entity)}の${quoteJa(attribute)}は${quoteJa(value)}`,
  andCell: (said, attribute, value) => `${said}、${quoteJa(attribute)}は${quoteJa(value)}`,
  listSays: (label, item) => `ノートの${quoteJa(label)}に${quoteJa(item)}とある`,
  summaryRow: (name, correct) => `まとめ表：${name} ― ${correct}`,
};

const en: Wording = {
  correctAbout: (name) => `Which statement about ${quoteEn(name)} is correct?`,
  misconceptionAbout: (name) => `Which of these is a misconception about ${quoteEn(name)}?`,
  whichConcept: (statement) => `Which concept does this describe?\n${quoteEn(statement)}`,
  whichExample: (statement) => `Which concept is this an example of?\n${quoteEn(statement)}`,
  inList: (name, label) =>
    `Which of these do the notes list under ${quoteEn(label)} for ${quoteEn(name)}?`,
  whichHas: (title, attribute, value) =>
    `In the table ${quoteEn(title)}, which one has ${quoteEn(value)} for ${quoteEn(attribute)}?`,
  whichHasAnyTable: (attribute, value) =>
    `In the notes' tables, which one has ${quoteEn(value)} for ${quoteEn(attribute)}?`,
  whichHasBoth: (title, a, x, b, y) =>
    `In the table ${quoteEn(title)}, which one has ${quoteEn(x)} for ${quoteEn(a)} and ${quoteEn(y)} for ${quoteEn(b)}?`,
  whichMeets: (title, conditions) => {
    const part = (c: Condition): string => {
      if ('holds' in c) return `does ${quoteEn(c.label)} ${c.holds ? 'hold' : 'not hold'}`;
      return `does it have ${quoteEn(c.value)} for ${quoteEn(c.label)}`;
    };
    const where = title === null ? "In the notes' tables" : `In the table ${quoteEn(title)}`;
    const [x, y] = conditions;
    // Two marks of one side: “does neither “A” nor “B” hold”, “do both “A” and “B” hold”.
    if (conditions.length === 2 && x && y && 'holds' in x && 'holds' in y && x.holds === y.holds)
      return x.holds
        ? `${where}, for which one do both ${quoteEn(x.label)} and ${quoteEn(y.label)} hold?`
        : `${where}, for which one does neither ${quoteEn(x.label)} nor ${quoteEn(y.label)} hold?`;
    return `${where}, for which one ${conditions.map(part).join(' and ')}?`;
  },
  trueOfEntity: (title, entity) =>
    `In the table ${quoteEn(title)}, which of these fits ${quoteEn(entity)}?`,
  valueOf: (title, entity, attribute) =>
    `In the table ${quoteEn(title)}, what does ${quoteEn(entity)} have for ${quoteEn(attribute)}?`,
  whichTerm: (owner, label, definition) =>
    `Of the ${label} of ${quoteEn(owner)}, which one does this describe?\n${quoteEn(definition)}`,
  termMeaning: (owner, label, term) =>
    `Of the ${label} of ${quoteEn(owner)}, which describes ${quoteEn(term)}?`,
  cellOption: (attribute, value) => `${attribute}: ${value}`,
  thatIs: (concept, statement) => `That is ${concept} (${statement})`,
  conceptIs: (concept, statement) => `${concept}: ${quoteEn(statement)}`,
  correctIs: (correct) => `Correct: ${quoteEn(correct)}`,
  notesSay: (text) => `The notes say: ${quoteEn(text)}`,
  tableSays: (title, entity, attribute, value) =>
    `The table ${quoteEn(title)} gives ${entity}: ${attribute} = ${quoteEn(value)}`,
  andCell: (said, attribute, value) => `${said}, ${attribute} = ${quoteEn(value)}`,
  listSays: (label, item) => `The notes list ${quoteEn(item)} under ${quoteEn(label)}`,
  summaryRow: (name, correct) => `Summary: ${name} — ${correct}`,
};

/** The wording of a language. */
export function wordingFor(language: 'ja' | 'en'): Wording {
  return language === 'ja' ? ja : en;
}
