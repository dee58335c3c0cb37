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
  /** First line of a "which is a misconception" explanation. */
  misconceptionAnswer(text: string): string;
  otherWayRound(correct: string): string;
  reverseIsTrue: string;
  tableSays(table: string, column: string, row: string, value: string): string;
  asNotesSay(section: string | null): string;
  notesCorrection(text: string): string;
  notesSay(text: string): string;
  rowSaysWrong: string;
  answer(text: string): string;
  understanding(name: string, correct: string): string;
  wrongBecause(text: string, why: string | null): string;
  rightBecause(text: string, why: string | null): string;
  whyOthersWrong: string;
  whyOthersRight: string;
  source(section: string | null): string;
  tableRow(table: string, cells: string): string;
  quote(text: string): string;
  listSeparator: string;
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
  misconceptionAnswer: (text) => `正解：「${text}」— これが誤り`,
  otherWayRound: (correct) => `逆。正しくは「${correct}」`,
  reverseIsTrue: '逆（実際はその反対）',
  tableSays: (table, column, row, value) => `「${table}」の表では、${column}の${row}は「${value}」`,
  asNotesSay: (section) =>
    section ? `ノートの「${section}」にあるとおり正しい` : 'ノートにあるとおり正しい',
  notesCorrection: (text) => `ノートの記述：${text}`,
  notesSay: (text) => `ノートには「${text}」とある`,
  rowSaysWrong: 'まとめ表で「よくある誤解」に挙げられている',
  answer: (text) => `正解：${text}`,
  understanding: (name, correct) => `正しい理解（${name}）：${correct}`,
  wrongBecause: (text, why) => `× ${text}${why ? ` — ${why}` : ''}`,
  rightBecause: (text, why) => `○ ${text}${why ? ` — ${why}` : ''}`,
  whyOthersWrong: 'ほかの選択肢が誤りである理由：',
  whyOthersRight: 'ほかの選択肢はノートの記述どおり正しい：',
  source: (section) => (section ? `出典：「${section}」` : '出典：まとめ表'),
  tableRow: (table, cells) => `表「${table}」：${cells}`,
  quote: (text) => `「${text}」`,
  listSeparator: '、',
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
  misconceptionAnswer: (text) => `Answer: “${text}” — this is the misconception`,
  otherWayRound: (correct) => `The other way round: “${correct}”`,
  reverseIsTrue: 'The reverse is true',
  tableSays: (table, column, row, value) =>
    `The table “${table}” gives ${column}: ${row} = “${value}”`,
  asNotesSay: (section) =>
    section ? `Correct, as the notes say under “${section}”` : 'Correct, as the notes say',
  notesCorrection: (text) => `The notes say: ${text}`,
  notesSay: (text) => `The notes say: “${text}”`,
  rowSaysWrong: 'Listed as a common misconception in the notes',
  answer: (text) => `Answer: ${text}`,
  understanding: (name, correct) => `Correct understanding (${name}): ${correct}`,
  wrongBecause: (text, why) => `× ${text}${why ? ` — ${why}` : ''}`,
  rightBecause: (text, why) => `○ ${text}${why ? ` — ${why}` : ''}`,
  whyOthersWrong: 'Why the other options are wrong:',
  whyOthersRight: 'The other options are correct, as the notes say:',
  source: (section) => (section ? `Source: “${section}”` : 'Source: the summary table'),
  tableRow: (table, cells) => `Table “${table}”: ${cells}`,
  quote: (text) => `“${text}”`,
  listSeparator: ', ',
};

/** The wording of a language. */
export function wordingFor(language: 'ja' | 'en'): Wording {
  return language === 'ja' ? ja : en;
}
