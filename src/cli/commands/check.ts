/**
 * `quizbot check FILE ...` — validates notes files and says how well they cover their concepts.
 *
 * Problems (no misconception table, an empty concept or correct cell, a duplicate concept, a
 * misconception identical to the correct understanding, a file that cannot be read or is not
 * UTF-8) go to stderr as `FILE:LINE: message`, and the exit code is 1.
 *
 * Coverage goes to stdout: per file a line with its concepts and questions and how many concepts
 * get two questions or more; then, for each concept that gets fewer, `FILE:LINE:` of its row,
 * why (what the generator did with its notes) and what to add. That is advice, not an error: the
 * exit code stays 0 unless `--strict` is given. `--locale ja` words it in Japanese.
 */

import { messages } from '../../bot/i18n/catalog.ts';
import { formatProblem, loadBank } from '../../notes/load-bank.ts';
import { DEFAULT_SEED } from '../../quiz/index.ts';
import { coverageReport, MIN_PER_CONCEPT } from '../../quiz/report/coverage-report.ts';
import type { Locale } from '../../shared/channel.ts';
import { parseArgs } from '../cli-args.ts';

const USAGE =
  'usage: quizbot check FILE ... [--strict] [--locale en|ja] [--aliases FILE | --no-aliases]\n';

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
  if (errors.length > 0 || parsed.positional.length === 0) {
    process.stderr.write(
      `quizbot check: ${errors.join('; ') || 'name at least one notes file'}\n${USAGE}`,
    );
    return 1;
  }
  const m = messages(locale as Locale);
  const { bank, problems } = loadBank({
    notes: parsed.positional,
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
    out.push(m.checkFileLine(doc.file, !bad, doc.concepts.length, questions));
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
