/**
 * What the terminal says while quizbot starts, so a new user is never left in front of silence:
 * that the questions are being built from the notes (a few seconds; longer for big notes), then how
 * many are ready. The adapter's welcome (how to answer, get help, leave) follows when it starts.
 *
 * Where it goes: with a person at the keyboard, on the session's own output; when commands are
 * piped in, on stderr, so stdout stays the session's transcript (what a script compares or keeps)
 * while a person watching the script still sees it start
 * (a shell or a REPL keeps its banner out of a script's output the same way).
 */
import type { Writable } from 'node:stream';
import { messages } from '../../bot/i18n/catalog.ts';
import type { Locale } from '../../bot/types.ts';

/** The size of the bank the terminal announces. */
export interface BankSummary {
  questions: number;
  concepts: number;
  files: number;
}

/** The terminal's start-up lines, in the bot's language. */
export interface StartupNotices {
  /** Says the question bank is being built from `notes` (paths as the user gave them). */
  building(notes: readonly string[]): void;
  /** Says how many questions are ready. */
  ready(bank: BankSummary): void;
}

export function createStartupNotices(locale: Locale, output: Writable): StartupNotices {
  const m = messages(locale);
  return {
    building: (notes) => output.write(`${m.consoleBuildingBank(notes.join(', '))}\n`),
    ready: (bank) =>
      output.write(`${m.consoleBankReady(bank.questions, bank.concepts, bank.files)}\n`),
  };
}
