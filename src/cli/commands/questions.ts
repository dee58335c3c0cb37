/**
 * `quizbot questions [--notes FILE ...] [--json] [--seed S] [--aliases FILE]` — prints the
 * question bank: readable markdown for reviewing, or JSON. Problems in the notes go to stderr as
 * `FILE:LINE: message`; the bank is still built from the good rows. Exit 1 when no row is usable.
 */

import { formatProblem, loadBank } from '../../notes/load-bank.ts';
import { bankJson } from '../bank-json.ts';
import { bankMarkdown } from '../bank-markdown.ts';
import { parseArgs } from '../cli-args.ts';

const USAGE =
  'usage: quizbot questions [--notes FILE ...] [--json] [--seed SEED] [--aliases FILE | --no-aliases]\n';

export async function run(args: string[]): Promise<number> {
  // `quizbot questions | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const parsed = parseArgs(args, {
    lists: ['notes'],
    values: ['seed', 'aliases'],
    flags: ['json', 'no-aliases', 'help'],
  });
  if (parsed.flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.errors.length > 0) {
    process.stderr.write(`quizbot questions: ${parsed.errors.join('; ')}\n${USAGE}`);
    return 2;
  }
  const notes = [...(parsed.lists.get('notes') ?? []), ...parsed.positional];
  const { bank, problems, files } = loadBank({
    notes,
    aliases: parsed.flags.has('no-aliases') ? null : parsed.values.get('aliases'),
    seed: parsed.values.get('seed'),
  });
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (files.length === 0) {
    process.stderr.write(
      'quizbot questions: no notes files (data/notes/*.md is empty; pass --notes FILE)\n',
    );
    return 1;
  }
  if (bank.concepts.length === 0) {
    process.stderr.write(
      'quizbot questions: no usable row in the misconception table — nothing to ask\n',
    );
    return 1;
  }
  process.stdout.write(
    parsed.flags.has('json') ? `${JSON.stringify(bankJson(bank), null, 2)}\n` : bankMarkdown(bank),
  );
  return 0;
}
