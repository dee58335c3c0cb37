/**
 * `quizbot check [FILE ...]` — validates notes files (those named, else the configured notes:
 * `QUIZBOT_NOTES`, else the shipped `data/notes`) and says how well they cover their concepts.
 *
 * Problems (no misconception table, an empty concept or correct cell, a duplicate concept, a
 * misconception identical to the correct understanding, a file that cannot be read or is not
 * UTF-8, a hand-written question that breaks a rule of its format) go to stderr as
 * `FILE:LINE: message`, and the exit code is 1 (2 for a bad `QUIZBOT_NOTES`).
 *
 * Coverage goes to stdout: per file a line with its concepts and questions and how many concepts
 * get two questions or more; then, for each concept that gets fewer, `FILE:LINE:` of its row,
 * why (what the generator did with its notes) and what to add. That is advice, not an error: the
 * exit code stays 0 unless `--strict` is given. `--locale ja` words it in Japanese.
 */

import { messages } from '../../bot/i18n/catalog.ts';
import { ConfigError, checkNotesPaths, loadConfig, loadDotEnv } from '../../config.ts';
import { formatProblem, loadBank } from '../../notes/load-bank.ts';
import { DEFAULT_SEED } from '../../quiz/index.ts';
import { coverageReport, MIN_PER_CONCEPT } from '../../quiz/report/coverage-report.ts';
import type { Locale } from '../../shared/channel.ts';
import { parseArgs } from '../cli-args.ts';

const USAGE = `usage: quizbot check [FILE|FOLDER ...] [--strict] [--locale en|ja] [--aliases FILE | --no-aliases]

Checks notes files; without FILE, the notes the bot would use (QUIZBOT_NOTES, else data/notes).
Prints FILE:LINE: problem lines on stderr; exit 0 when usable, 1 when not, 2 for a bad QUIZBOT_NOTES.
Then, per file, how many concepts get two questions or more, and for each that gets fewer, why and
what to add to the notes (advice: exit 1 for it only with --strict).
`;

/** The notes the bot is configured with (empty = the shipped data/notes). @throws ConfigError */
function configuredNotes(): string[] {
  loadDotEnv();
  const { notesPaths } = loadConfig();
  checkNotesPaths(notesPaths);
  return notesPaths;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, {
    values: ['aliases', 'locale'],
    flags: ['no-aliases', 'strict', 'help'],
  });
  if (parsed.flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const locale = parsed.values.get('locale') ?? 'en';
  const errors = [...parsed.errors];
  if (locale !== 'en' && locale !== 'ja') errors.push(`--locale must be en or ja, not "${locale}"`);
  if (errors.length > 0) {
    process.stderr.write(`quizbot check: ${errors.join('; ')}\n${USAGE}`);
    return 1;
  }
  const m = messages(locale as Locale);
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
  let short = 0;
  const out: string[] = [];
  // Questions per concept as the bank has them (the source of truth: it may hold questions the
  // generator did not write); the report says why a concept has too few.
  const asked = new Map<string, number>();
  for (const q of bank.questions) asked.set(q.conceptId, (asked.get(q.conceptId) ?? 0) + 1);
  for (const doc of bank.documents) {
    const report = coverageReport(doc, { seed: bank.seed ?? DEFAULT_SEED });
    const bad = problems.some((p) => p.file === doc.file);
    const questions = doc.concepts.reduce((sum, c) => sum + (asked.get(c.id) ?? 0), 0);
    const covered = doc.concepts.filter((c) => (asked.get(c.id) ?? 0) >= MIN_PER_CONCEPT).length;
    const handWritten = bank.questions.filter(
      (q) => q.kind === 'authored' && q.explanation.source.file === doc.file,
    ).length;
    out.push(m.checkFileLine(doc.file, !bad, doc.concepts.length, questions, handWritten));
    if (doc.concepts.length > 0)
      out.push(m.checkCoverageSummary(doc.file, covered, doc.concepts.length));
    for (const c of report.concepts) {
      const count = asked.get(c.conceptId) ?? 0;
      if (count >= MIN_PER_CONCEPT) continue;
      short++;
      out.push(m.checkConceptLine(`${c.file}:${c.line}`, c.name, count, MIN_PER_CONCEPT));
      for (const r of c.reasons) out.push(`  ${m.checkWhyLabel}: ${m.checkWhy(r)}`);
      for (const a of c.advice) out.push(`  ${m.checkAddLabel}: ${m.checkAdd(a)}`);
    }
  }
  process.stdout.write(out.map((line) => `${line}\n`).join(''));
  if (problems.length > 0 || bank.concepts.length === 0) return 1;
  return parsed.flags.has('strict') && short > 0 ? 1 : 0;
}
