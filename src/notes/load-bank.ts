/**
 * Builds the question bank from files, for the CLI and the bot's composition root: reads the
 * notes and the aliases file, builds the bank, and returns every problem with its file and line.
 */

import type { AliasMap } from '../quiz/aliases.ts';
import { buildQuestionBank } from '../quiz/bank.ts';
import type { NotesProblem, QuestionBank } from '../quiz/types.ts';
import {
  defaultAliasesPath,
  defaultNotesPaths,
  expandNotesPaths,
  readAliasesFile,
  readNotesFiles,
} from './notes-files.ts';

export interface LoadBankOptions {
  /** Notes files or folders (their `*.md`); default `data/notes/*.md`. */
  notes?: readonly string[];
  /** Aliases file; default `data/aliases.json` when present; `null` for none. */
  aliases?: string | null;
  seed?: string;
}

export interface LoadedBank {
  bank: QuestionBank;
  /** Problems of reading, of the aliases file and of the notes, in file then line order. */
  problems: NotesProblem[];
  files: string[];
}

export function loadBank(options: LoadBankOptions = {}): LoadedBank {
  const files =
    options.notes && options.notes.length > 0
      ? expandNotesPaths(options.notes)
      : defaultNotesPaths();
  const read = readNotesFiles(files);
  const aliasesPath = options.aliases === undefined ? defaultAliasesPath() : options.aliases;
  let aliases: AliasMap = {};
  const problems: NotesProblem[] = [...read.problems];
  if (aliasesPath) {
    const parsed = readAliasesFile(aliasesPath);
    aliases = parsed.aliases;
    problems.push(...parsed.problems);
  }
  const bank = buildQuestionBank(read.sources, {
    aliases,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
  });
  problems.push(...bank.problems);
  return { bank, problems: sortProblems(problems, files), files };
}

/** Problems in the order of the files given, then by line. */
export function sortProblems(
  problems: readonly NotesProblem[],
  files: readonly string[],
): NotesProblem[] {
  const order = (file: string): number => {
    const i = files.indexOf(file);
    return i < 0 ? files.length : i;
  };
  return [...problems].sort(
    (a, b) => order(a.file) - order(b.file) || a.file.localeCompare(b.file) || a.line - b.line,
  );
}

/** `FILE:LINE: message` */
export function formatProblem(problem: NotesProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}
