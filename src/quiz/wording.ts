/**
 * The words the generator writes around the notes' own text, in the notes' language. Prompts,
 * option notes and explanations are built only from these and from the notes.
 */

/** Phrases for one language. */
export interface Wording {
  correctAbout(name: string): string;
  whichConcept(statement: string): string;
  misconceptionAbout(name: string): string;
  /** `Docker Compose vs Kubernetes` table: which column has ○ (or ×) for a row. */
  whichHasMark(table: string, row: string, mark: string): string;
  /** The value of a row for one column. */
  valueOf(table: string, column: string, row: string): string;
  /** Which row is marked (× / ○) for a column. */
  whichRowMarked(table: string, column: string, mark: string): string;
  /** `X の Y は Z` — a fact of a comparison table as a statement. */
  cellStatement(column: string, row: string, value: string): string;
  thatIs(concept: string, statement: string): string;
  conceptIs(concept: string, statement: string): string;
  otherWayRound(correct: string): string;
  reverseIsTrue: string;
  tableSays(table: string, column: string, row: string, value: string): string;
  notesSay(text: string): string;
  rowSaysWrong: string;
  tableRow(table: string, cells: string): string;
  quote(text: string): string;
}

const ja: Wording = {
  correctAbout: (name) => `「${name}」について正しいものはどれ？`,
  whichConcept: (statement) => `次の説明にあてはまるものはどれ？\n「${statement}」`,
  misconceptionAbout: (name) => `「${name}」について誤っているもの（よくある誤解）はどれ？`,
  whichHasMark: (table, row, mark) => `「${table}」の比較で、「${row}」が ${mark} なのはどちら？`,
  valueOf: (table, column, row) => `「${table}」の比較で、${column}の「${row}」はどれ？`,
  whichRowMarked: (table, column, mark) =>
    `「${table}」の比較で、${column}が ${mark} の項目はどれ？`,
  cellStatement: (column, row, value) => `${column}の${row}は「${value}」`,
  thatIs: (concept, statement) => `それは${concept}（${statement}）`,
  conceptIs: (concept, statement) => `${concept}は「${statement}」`,
  otherWayRound: (correct) => `逆。正しくは「${correct}」`,
  reverseIsTrue: '逆（実際はその反対）',
  tableSays: (table, column, row, value) => `「${table}」の表では、${column}の${row}は「${value}」`,
  notesSay: (text) => `ノートには「${text}」とある`,
  rowSaysWrong: 'まとめ表で「よくある誤解」に挙げられている',
  tableRow: (table, cells) => `表「${table}」：${cells}`,
  quote: (text) => `「${text}」`,
};

const en: Wording = {
  correctAbout: (name) => `Which statement about “${name}” is correct?`,
  whichConcept: (statement) => `Which concept does this describe?\n“${statement}”`,
  misconceptionAbout: (name) => `Which of these is a misconception about “${name}”?`,
  whichHasMark: (table, row, mark) =>
    `In the comparison “${table}”, which one has ${mark} for “${row}”?`,
  valueOf: (table, column, row) =>
    `In the comparison “${table}”, what does the table give for ${column} under “${row}”?`,
  whichRowMarked: (table, column, mark) =>
    `In the comparison “${table}”, which row is ${mark} for ${column}?`,
  cellStatement: (column, row, value) => `${row} of ${column}: “${value}”`,
  thatIs: (concept, statement) => `That is ${concept} (${statement})`,
  conceptIs: (concept, statement) => `${concept}: “${statement}”`,
  otherWayRound: (correct) => `The other way round: “${correct}”`,
  reverseIsTrue: 'The reverse is true',
  tableSays: (table, column, row, value) =>
    `The table “${table}” gives ${column}: ${row} = “${value}”`,
  notesSay: (text) => `The notes say: “${text}”`,
  rowSaysWrong: 'Listed as a common misconception in the notes',
  tableRow: (table, cells) => `Table “${table}”: ${cells}`,
  quote: (text) => `“${text}”`,
};

/** The wording of a language. */
export function wordingFor(language: 'ja' | 'en'): Wording {
  return language === 'ja' ? ja : en;
}
