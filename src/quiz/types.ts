/**
 * Domain types of the question bank. Pure data: no I/O, no clock, no randomness.
 * The bot and the store depend on these shapes; the notes parser and the generator produce them.
 */

import type { CodeValue } from './notes/code-values.ts';

/** A notes file handed to the parser: its path (for messages) and its text. */
export interface NotesSource {
  path: string;
  text: string;
}

/** Something wrong in a notes file, with the 1-based line it is on. */
export interface NotesProblem {
  file: string;
  line: number;
  message: string;
}

/** A `- × statement（correction）` bullet under よくある誤解 / Common misconceptions. */
export interface MisconceptionBullet {
  statement: string;
  correction: string | null;
  line: number;
  /** True when the statement opens on code (`` × `never` is the same as `void` ``). */
  opensOnCode?: boolean;
}

/** A heading and what sits under it up to the next heading of the same or a higher level. */
export interface Section {
  heading: string;
  level: number;
  line: number;
  /** Plain text of the body (markdown emphasis stripped). */
  body: string;
  /**
   * For each line of {@link body}: true when it opens a bullet or a numbered item, a line of its
   * own that never carries on the line above it (`- …のみ。カウンタなし` / `- スコープを抜けると…`).
   */
  bodyItems?: boolean[];
  /**
   * For each line of {@link body}: true when it is an item of a numbered list (`2. 契約における
   * 履行義務を識別する`), a step or condition of a sequence, each a piece of the whole.
   */
  bodySteps?: boolean[];
  /**
   * For each line of {@link body}: true when it is a row of a table (`Holm | FWER | … 判定。
   * Bonferroni より常に…`), which holds cells, never a sentence of the section's prose.
   */
  bodyTableRows?: boolean[];
  /**
   * For each line of {@link body}: true when it is the heading of a section inside this one
   * (`### Patterns we found in our code`): a title, no sentence.
   */
  bodyHeadings?: boolean[];
  /**
   * For each line of {@link body}: true when a blank line stands before it in the notes — it opens
   * a paragraph and carries on no line above it, though that line ends on no stop (`…信用しすぎない
   * ようにする` / blank / `効くのは絶対値よりQとRの比です`).
   */
  bodyParagraphStarts?: boolean[];
  /**
   * For each line of {@link body}: true when it is indented under the bullet above it with no blank
   * line between (`- … Hitting it gives \`EMFILE\`` / `  "Too many open files"; …`): the rest of that
   * bullet, as markdown renders it, not a line of its own.
   */
  bodyItemContinuations?: boolean[];
  /** ポイント / Point lines. */
  points: string[];
  misconceptions: MisconceptionBullet[];
  /** Headings of the enclosing sections, outermost first. */
  path: string[];
  /** Points with their markdown (bold kept) and line; same order as {@link points}. */
  pointLines?: RichLine[];
  /** Labelled lists of the section's own text (`**特徴**：` + bullets, `**メリット**: text` …). */
  lists?: LabeledList[];
  /** Terms the section defines: `- **Term**: text`, `**Term**とは…`, `**Term** is …`. */
  definitions?: TermDefinition[];
  /** The section's first plain sentence or paragraph line (its own definition), if any. */
  intro?: string | null;
  /**
   * The code the first sentence opens on (`terraform plan` of `` `terraform plan` computes… ``),
   * when it does: a name the section's concept may go by.
   */
  introCode?: string | null;
  /** The line of {@link intro}. */
  introLine?: number | null;
  /**
   * Paragraphs that open on a bold title (`**Query cost.** One request can…`, `**Introspection**:
   * the meta-fields…`) or a label (`**Common misconceptions**:`), in order: each says what its
   * lines, up to the next title or the end of the section, are about.
   */
  runIns?: RunInTitle[];
  /** Line of the last line that belongs to the section (inclusive). */
  endLine?: number;
}

/** A bold title opening a paragraph of a section, and its line. */
export interface RunInTitle {
  /** The title without its bold and its stop or colon (`Query cost`). */
  title: string;
  line: number;
}

/** A line of notes text: plain (emphasis stripped), its markdown, and where it is. */
export interface RichLine {
  text: string;
  markdown: string;
  line: number;
}

/** A bold label and the items under it (bullets or the text after the label). */
export interface LabeledList {
  /** The label without bold and trailing colon, e.g. `特徴`, `できること`, `Benefits`. */
  label: string;
  items: RichLine[];
  line: number;
}

/** A term defined in a section (`- **セルフヒーリング**: Pod障害時に…`). */
export interface TermDefinition {
  term: string;
  text: string;
  line: number;
  /**
   * True for a bullet nested under the bullet that defined the term, which says more of it
   * (`definition-children`: `  - 承認には…不要` under `- **承認**（152条）：…`).
   */
  nested?: boolean;
  /**
   * True for a line whose description ends on the term (`The lowest point reached afterwards is
   * the **frequency nadir**`, `reversed-definition`).
   */
  trailing?: boolean;
}

/** A table other than the misconception table: a header row and rows of cells (○/× kept). */
export interface ComparisonTable {
  header: string[];
  rows: string[][];
  line: number;
  /** Heading of the section the table sits in, or null at top level. */
  section: string | null;
  /** Per row and cell: whether the cell was `**bold**` in the notes (an emphasised fact). */
  emphasis?: boolean[][];
  /** Line of each row, same order as {@link rows}. */
  rowLines?: number[];
}

/** One row of the misconception table. */
export interface Concept {
  /** Stable id derived from the name (same notes → same id). */
  id: string;
  name: string;
  /** Correct understanding, plain text. */
  correct: string;
  /** The `**bold**` phrases of the correct cell. */
  keyPhrases: string[];
  /** Misconceptions of the row, `×` removed. */
  misconceptions: string[];
  /** Heading of the concept's section, or null when none was found. */
  section: string | null;
  /**
   * Set when the section is a heading that lists the concept beside another one, the one that took
   * it first or the ones that share it (`Associativity and the 3 Cs`: `Set associativity` and
   * `Cache misses (3 Cs)`): `part` is what the heading calls a sharer when that is not its name
   * (`Associativity`). Its lines there are the ones that name it (facts/shared-section.ts).
   */
  sharedSection?: { part: string | null };
  /** Other names the concept is known by (aliases file, automatic matching). */
  aliases: string[];
  /** The notes file and line of the row. */
  source: { file: string; line: number };
  /** Language of the notes the concept comes from. */
  language?: 'ja' | 'en';
}

/** A parsed notes file. */
export interface NotesDocument {
  file: string;
  title: string | null;
  language: 'ja' | 'en';
  concepts: Concept[];
  sections: Section[];
  comparisons: ComparisonTable[];
  problems: NotesProblem[];
  /** Hand-written questions of its `## 問題` / `## Questions` sections that passed their checks. */
  authored?: AuthoredDraft[];
  /** Lines of its code whose comment gives their value (notes/code-values.ts). */
  codeValues?: CodeValue[];
}

/** One option of a hand-written question, as written. */
export interface AuthoredOption {
  text: string;
  /** Marked `[x]`. */
  key: boolean;
  why: string | null;
  line: number;
}

/**
 * A hand-written question as the notes give it, before it is tied to a concept and becomes a
 * {@link Question} of kind `authored`. Every line number points into {@link NotesDocument.file}.
 */
export interface AuthoredDraft {
  /** The question as shown (lines joined with a line break). */
  stem: string;
  /** Line of the question's heading (or list item). */
  line: number;
  /** The concept named by its `概念:` / `Concept:` line, else the heading the questions sit under. */
  concept: { name: string; line: number; given: boolean } | null;
  options: AuthoredOption[];
  /** The `解説:` / `Explanation:` text: why the key is right, in the notes' words. */
  explanation: string | null;
  /** The heading named by `出典:` / `Source:`, if any. */
  source: { heading: string; line: number } | null;
  asksFor: 'correct' | 'misconception';
}

/**
 * The kinds of question in the bank. The generator writes all but `authored`, which the team
 * writes in its notes.
 * - `correct-about`: the one true statement about X; `misconception-about`: the one wrong one;
 * - `which-concept`: which concept (or term) a statement or an example describes;
 * - `comparison`: which `attribute：value` (or which value) a comparison table gives an entity;
 * - `table-row`: which row / column of a table has a value (or two values at once);
 * - `list`: which item a labelled list of the notes gives (できること among できないこと).
 */
export type QuestionKind =
  | 'correct-about'
  | 'which-concept'
  | 'misconception-about'
  | 'comparison'
  | 'table-row'
  | 'list'
  | 'code-value'
  | 'authored';

/** Where something comes from in the notes: the file, the line and the section heading. */
export interface SourceRef {
  file: string;
  /** 1-based line in {@link SourceRef.file}. */
  line: number;
  /** Heading of the section, or null (top level / the summary table). */
  section: string | null;
}

/** One option of a question. */
export interface Choice {
  text: string;
  correct: boolean;
  /**
   * Why this option is right or wrong, in the notes' own words (their correction, or which other
   * concept the option really describes); null when the notes say nothing more. Never circular
   * ("it is listed as a misconception").
   */
  why: string | null;
}

/**
 * A question's explanation as data. The bot renders the labels (正解 / Answer, 出典 / Source…)
 * in the channel's language; every string here is the notes' own text, in the notes' language.
 * Each option's own why is on its {@link Choice}.
 */
export interface Explanation {
  /** Why the key is the answer: the notes' own sentence (or their correction of a misconception). */
  why: string | null;
  /** Further lines from the notes that help (a table row, a point), in the notes' language. */
  notes: string[];
  /** Where to read more. */
  source: SourceRef;
}

/**
 * A multiple-choice question with exactly one key. Self-contained: a post stores it as asked, so
 * nothing about an open or past post depends on the notes staying the same.
 */
export interface Question {
  /** Stable id derived from concept + kind + content. Short enough to type (`/quiz explain ID`). */
  id: string;
  conceptId: string;
  /** Name of the concept the question is about. */
  conceptName: string;
  kind: QuestionKind;
  /**
   * `correct`: the key is the one true statement (or the matching name / value).
   * `misconception`: the key is the one statement the notes call wrong, and the prompt says so.
   */
  asksFor: 'correct' | 'misconception';
  prompt: string;
  /** In display order (already shuffled with a seed). Exactly one has `correct: true` (the key). */
  choices: Choice[];
  explanation: Explanation;
  /** Heading of the section the question is drawn from, or null. */
  section: string | null;
  /** Language of the prompt and options (the notes' language). */
  language: 'ja' | 'en';
  /**
   * True for a question the generator asked only so that its concept has two: a wrong option
   * another kind of thing or off the topic, a misconception among other concepts' statements, a
   * stem that names the key, a table that is not the concept's own (generate/draft.ts `filler`,
   * `stemClue`, `hosted`). Readers of unseen notes signed 24 of 1,517 such questions against
   * 155 of 1,072 others (the read questions of readings 1–50 that the bank still asks word for
   * word): a channel is asked them after the round's other questions (selection.ts `core-first`).
   */
  filler?: boolean;
  /**
   * True for a misconception asked among other concepts' statements, each option labelled with
   * its concept (generate/misconception-among.ts), not among the concept's own true statements.
   * Always a filler; told apart from a concept's own misconception in the daily order
   * (selection.ts `own-misconception-fillers-next`).
   */
  across?: boolean;
  /**
   * True for a "which is correct about X" question whose wrong options are all X's own wrong
   * statements (its misconceptions, × bullets, denied points), none a sibling's statement
   * (generate/correct-about.ts): the notes' misconceptions set beside one of X's truths. Told
   * apart in the daily order (selection.ts `own-misconceptions-next`).
   */
  ownWrongs?: boolean;
}

/**
 * Why a concept got the questions it got: what the generator tried and dropped, and what the
 * notes could add. `quizbot check` prints it for concepts with fewer than two questions.
 */
export interface ConceptCoverage {
  conceptId: string;
  questions: number;
  /** Why drafts or facts were left out (`rule: reason`), most telling first. */
  reasons: string[];
  /** What to add to the notes, as codes with the words they concern. */
  advice: CoverageAdvice[];
}

/** Something the notes could add so that a concept gets more questions. */
export type CoverageAdvice =
  | { code: 'no-section'; name: string }
  | { code: 'write-out-misconception'; cell: string }
  | { code: 'add-correction'; statement: string }
  | { code: 'add-true-statements'; section: string }
  | { code: 'balance-absolute'; statement: string }
  | { code: 'add-misconception'; name: string }
  | { code: 'add-sibling'; name: string };

/** Everything the bot knows from the notes. */
export interface QuestionBank {
  documents: NotesDocument[];
  concepts: Concept[];
  questions: Question[];
  problems: NotesProblem[];
  /** Per concept: how many questions it got and why not more (absent in hand-made banks). */
  coverage?: ConceptCoverage[];
  /** The seed the options were shuffled with. */
  seed?: string;
}
