/**
 * `quizbot check [FILE ...]` — validates notes files: those named, else the configured notes
 * (`QUIZBOT_NOTES`, else the shipped `data/notes`). Exit 0 when they are usable; otherwise exit 1
 * with one `FILE:LINE: message` line per problem on stderr (no misconception table, an empty
 * concept or correct cell, a duplicate concept, a misconception identical to the correct
 * understanding, a file that cannot be read or is not UTF-8, a hand-written question that breaks
 * a rule of its format).
 */

import { ConfigError, checkNotesPaths, loadConfig, loadDotEnv } from '../../config.ts';
import { formatProblem, loadBank } from '../../notes/load-bank.ts';
import { parseArgs } from '../cli-args.ts';

const USAGE = `usage: quizbot check [FILE|FOLDER ...] [--aliases FILE | --no-aliases]

Checks notes files; without FILE, the notes the bot would use (QUIZBOT_NOTES, else data/notes).
Prints FILE:LINE: problem lines on stderr; exit 0 when usable, 1 when not, 2 for a bad QUIZBOT_NOTES.
`;

/** `1 concept`, `19 concepts`. */
function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** The notes the bot is configured with (empty = the shipped data/notes). @throws ConfigError */
function configuredNotes(): string[] {
  loadDotEnv();
  const { notesPaths } = loadConfig();
  checkNotesPaths(notesPaths);
  return notesPaths;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['aliases'], flags: ['no-aliases', 'help'] });
  if (parsed.flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.errors.length > 0) {
    process.stderr.write(`quizbot check: ${parsed.errors.join('; ')}\n${USAGE}`);
    return 1;
  }
  let files = parsed.positional;
  if (files.length === 0) {
    try {
      files = configuredNotes();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      process.stderr.write(`quizbot check: ${error.message}\n`);
      return 2;
    }
  }
  const { bank, problems } = loadBank({
    notes: files,
    aliases: parsed.flags.has('no-aliases') ? null : parsed.values.get('aliases'),
  });
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  for (const doc of bank.documents) {
    const asked = new Set(bank.questions.map((q) => q.conceptId));
    const questions = bank.questions.filter((q) =>
      doc.concepts.some((c) => c.id === q.conceptId),
    ).length;
    const bad = problems.some((p) => p.file === doc.file);
    const silent = doc.concepts.filter((c) => !asked.has(c.id));
    const note =
      silent.length > 0
        ? ` (no question for: ${silent.map((c) => `${c.name} [line ${c.source.line}]`).join(', ')})`
        : '';
    const handWritten = bank.questions.filter(
      (q) => q.kind === 'authored' && q.explanation.source.file === doc.file,
    ).length;
    const authored = handWritten > 0 ? `, ${handWritten} hand-written` : '';
    process.stdout.write(
      `${doc.file}: ${bad ? 'problems' : 'ok'} — ${count(doc.concepts.length, 'concept')}, ${count(questions, 'question')}${authored}${note}\n`,
    );
  }
  return problems.length > 0 || bank.concepts.length === 0 ? 1 : 0;
}
