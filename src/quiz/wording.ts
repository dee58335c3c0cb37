/**
 * The words the generator writes around the notes' own text, in the notes' language: prompts,
 * the table-cell form of options, and the few connecting phrases of explanations. Everything
 * else in a question is the notes' text. (Labels such as 正解 / Answer are the bot's.)
 */

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

const ja: Wording = {
  correctAbout: (name) => `「${name}」について正しいものはどれ？`,
  misconceptionAbout: (name) => `「${name}」について誤っているもの（よくある誤解）はどれ？`,
  whichConcept: (statement) => `次の説明にあてはまるものはどれ？\n「${statement}」`,
  whichExample: (statement) => `次の例にあてはまるものはどれ？\n「${statement}」`,
  inList: (name, label) => `「${name}」の「${label}」としてノートに挙がっているものはどれ？`,
  whichHas: (title, attribute, value) =>
    `「${title}」の表で、「${attribute}」が「${value}」なのはどれ？`,
  whichHasAnyTable: (attribute, value) =>
    `ノートの比較表で、「${attribute}」が「${value}」とされているのはどれ？`,
  whichHasBoth: (title, a, x, b, y) =>
    `「${title}」の表で、「${a}」が「${x}」、「${b}」が「${y}」なのはどれ？`,
  trueOfEntity: (title, entity) => `「${title}」の表で、「${entity}」にあてはまるものはどれ？`,
  valueOf: (title, entity, attribute) =>
    `「${title}」の表で、「${entity}」の「${attribute}」はどれ？`,
  whichTerm: (owner, label, definition) =>
    `「${owner}」の「${label}」のうち、次の説明にあてはまるものはどれ？\n「${definition}」`,
  termMeaning: (owner, label, term) => `「${owner}」の「${label}」で、「${term}」の説明はどれ？`,
  cellOption: (attribute, value) => `${attribute}：${value}`,
  thatIs: (concept, statement) => `それは${concept}（${statement}）`,
  conceptIs: (concept, statement) => `${concept}は「${statement}」`,
  correctIs: (correct) => `正しくは「${correct}」`,
  notesSay: (text) => `ノートには「${text}」とある`,
  tableSays: (title, entity, attribute, value) =>
    `「${title}」の表では、「${entity}」の「${attribute}」は「${value}」`,
  andCell: (said, attribute, value) => `${said}、「${attribute}」は「${value}」`,
  listSays: (label, item) => `ノートの「${label}」に「${item}」とある`,
  summaryRow: (name, correct) => `まとめ表：${name} ― ${correct}`,
};

const en: Wording = {
  correctAbout: (name) => `Which statement about “${name}” is correct?`,
  misconceptionAbout: (name) => `Which of these is a misconception about “${name}”?`,
  whichConcept: (statement) => `Which concept does this describe?\n“${statement}”`,
  whichExample: (statement) => `Which concept is this an example of?\n“${statement}”`,
  inList: (name, label) => `Which of these do the notes list under “${label}” for “${name}”?`,
  whichHas: (title, attribute, value) =>
    `In the table “${title}”, which one has “${value}” for “${attribute}”?`,
  whichHasAnyTable: (attribute, value) =>
    `In the notes' tables, which one has “${value}” for “${attribute}”?`,
  whichHasBoth: (title, a, x, b, y) =>
    `In the table “${title}”, which one has “${x}” for “${a}” and “${y}” for “${b}”?`,
  trueOfEntity: (title, entity) => `In the table “${title}”, which of these fits “${entity}”?`,
  valueOf: (title, entity, attribute) =>
    `In the table “${title}”, what does “${entity}” have for “${attribute}”?`,
  whichTerm: (owner, label, definition) =>
    `Of the ${label} of “${owner}”, which one does this describe?\n“${definition}”`,
  termMeaning: (owner, label, term) => `Of the ${label} of “${owner}”, which describes “${term}”?`,
  cellOption: (attribute, value) => `${attribute}: ${value}`,
  thatIs: (concept, statement) => `That is ${concept} (${statement})`,
  conceptIs: (concept, statement) => `${concept}: “${statement}”`,
  correctIs: (correct) => `Correct: “${correct}”`,
  notesSay: (text) => `The notes say: “${text}”`,
  tableSays: (title, entity, attribute, value) =>
    `The table “${title}” gives ${entity}: ${attribute} = “${value}”`,
  andCell: (said, attribute, value) => `${said}, ${attribute} = “${value}”`,
  listSays: (label, item) => `The notes list “${item}” under “${label}”`,
  summaryRow: (name, correct) => `Summary: ${name} — ${correct}`,
};

/** The wording of a language. */
export function wordingFor(language: 'ja' | 'en'): Wording {
  return language === 'ja' ? ja : en;
}
