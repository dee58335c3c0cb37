/**
 * Domain types of the question bank. Pure data: no I/O, no clock, no randomness.
 * The bot and the store depend on these shapes; the notes parser and the generator produce them.
 */

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
}

/** A heading and what sits under it up to the next heading of the same or a higher level. */
export interface Section {
  heading: string;
  level: number;
  line: number;
  /** Plain text of the body (markdown emphasis stripped). */
  body: string;
  /** ポイント / Point lines. */
  points: string[];
  misconceptions: MisconceptionBullet[];
  /** Headings of the enclosing sections, outermost first. */
  path: string[];
}

/** A table other than the misconception table: a header row and rows of cells (○/× kept). */
export interface ComparisonTable {
  header: string[];
  rows: string[][];
  line: number;
  /** Heading of the section the table sits in, or null at top level. */
  section: string | null;
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
  /** Other names the concept is known by (aliases file, automatic matching). */
  aliases: string[];
  /** The notes file and line of the row. */
  source: { file: string; line: number };
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
}

/** The kinds of question the generator makes. */
export type QuestionKind = 'correct-about' | 'which-concept' | 'misconception-about' | 'comparison';

/** One option of a question. */
export interface Choice {
  text: string;
  correct: boolean;
  /** Why this option is wrong (or right), from the notes; null when the notes say nothing more. */
  why: string | null;
}

/** A multiple-choice question with exactly one correct choice. */
export interface Question {
  /** Stable id derived from concept + kind + content. Short enough to type (`/quiz explain ID`). */
  id: string;
  conceptId: string;
  kind: QuestionKind;
  prompt: string;
  /** In display order (already shuffled with a seed). */
  choices: Choice[];
  /** The correct understanding, why each wrong option is wrong, and the section it comes from. */
  explanation: string;
  /** Heading of the section the question is drawn from, or null. */
  section: string | null;
}

/** Everything the bot knows from the notes. */
export interface QuestionBank {
  documents: NotesDocument[];
  concepts: Concept[];
  questions: Question[];
  problems: NotesProblem[];
}
