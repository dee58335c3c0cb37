/**
 * Reloading the question bank without a restart (`/quiz reload`, SIGHUP, a changed notes file).
 * The new notes must pass the same rule as `quizbot check` — no problem in any file, and at least
 * one question — or the current bank stays and the problems are reported. Posts never notice:
 * each keeps the question as it was asked.
 *
 * The loading itself is one function given by the composition root (reading files, possibly off
 * the event loop); reloads never overlap, and requests that arrive during one are served by a
 * single reload after it.
 */
import type { NotesProblem, Question, QuestionBank } from '../../quiz/types.ts';
import type { BotDeps } from '../bot-deps.ts';

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

export interface BankReloader {
  reload(trigger: ReloadTrigger): Promise<ReloadOutcome>;
}

/** Replaces the bot's bank (and its questions by id) in one step. */
export function useBank(deps: BotDeps, bank: QuestionBank): void {
  deps.bank = bank;
  deps.questions = new Map(bank.questions.map((q) => [q.id, q]));
}

/** The rule of `quizbot check`, plus: a bank without a question is no bank. */
export function checkProblems(loaded: LoadedNotes): NotesProblem[] {
  if (loaded.problems.length > 0) return loaded.problems;
  if (loaded.bank.questions.length === 0) {
    const file = loaded.files[0] ?? '(notes)';
    return [{ file, line: 1, message: 'no questions could be built from the notes' }];
  }
  return [];
}

export function createBankReloader(deps: BotDeps, load: () => Promise<LoadedNotes>): BankReloader {
  let current: Promise<ReloadOutcome> | null = null;
  let queued: Promise<ReloadOutcome> | null = null;

  async function run(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    const before = deps.bank;
    let loaded: LoadedNotes;
    try {
      loaded = await load();
    } catch (error) {
      deps.logger.error({ err: error, trigger }, 'notes reload failed; the current questions stay');
      return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
    const problems = checkProblems(loaded);
    if (problems.length > 0) {
      deps.logger.warn(
        { trigger, problems: problems.map((p) => `${p.file}:${p.line}: ${p.message}`) },
        'notes not reloaded: they fail quizbot check; the current questions stay',
      );
      return { status: 'rejected', problems, questions: before.questions.length };
    }
    const oldIds = new Set(before.questions.map((q) => q.id));
    const newIds = new Set(loaded.bank.questions.map((q) => q.id));
    const added = loaded.bank.questions.filter((q) => !oldIds.has(q.id));
    const removed = before.questions.filter((q) => !newIds.has(q.id));
    useBank(deps, loaded.bank);
    const totals = {
      questions: loaded.bank.questions.length,
      concepts: loaded.bank.concepts.length,
      files: loaded.files.length,
    };
    deps.logger.info(
      { trigger, added: added.length, removed: removed.length, ...totals },
      'notes reloaded',
    );
    return added.length + removed.length === 0
      ? { status: 'unchanged', ...totals }
      : { status: 'reloaded', added, removed, ...totals };
  }

  function reload(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    if (!current) {
      current = run(trigger).finally(() => {
        current = null;
      });
      return current;
    }
    // One reload after the running one serves every request made meanwhile.
    queued ??= current
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return reload(trigger);
      });
    return queued;
  }

  return { reload };
}
