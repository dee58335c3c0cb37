/**
 * The values of a bank reload (what loading gives, who asked, what came of it), apart from the
 * reloader itself so the bot's dependencies can name it without an import cycle.
 */
import type { NotesProblem, Question, QuestionBank } from '../../quiz/types.ts';

/** What the composition root's "load the bank" function gives. */
export interface LoadedNotes {
  bank: QuestionBank;
  /** Problems of reading and of the notes, each with its file and line (as `quizbot check` prints them). */
  problems: NotesProblem[];
  /** The notes files read. */
  files: string[];
}

/** Who asked for a reload. */
export type ReloadTrigger = 'command' | 'signal' | 'watch';

export type ReloadOutcome =
  | {
      status: 'reloaded';
      added: Question[];
      removed: Question[];
      questions: number;
      concepts: number;
      files: number;
    }
  | { status: 'unchanged'; questions: number; concepts: number; files: number }
  /** The notes fail `quizbot check`: the current bank stays. */
  | { status: 'rejected'; problems: NotesProblem[]; questions: number }
  /** Loading failed outright (an exception): the current bank stays. */
  | { status: 'failed'; error: string };

/** Reads the notes again and swaps the bank when they pass `quizbot check`. */
export interface BankReloader {
  reload(trigger: ReloadTrigger): Promise<ReloadOutcome>;
}
