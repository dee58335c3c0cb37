/**
 * How good the question bank is, per notes file — the figures of issue 11 in one place, so the
 * generator's authors and the lead can measure a change. Not a test.
 *
 *   npm run bench:quality [-- FILE ...] [--solver PATH] [--list RULE] [--json]
 *
 * Per file: questions (per kind), concepts with ≥ 2 questions, two-option questions, questions
 * sharing an option set, questions offering a misconception the notes name, the blind solver's
 * score against chance, and the review-rule violations by rule. Files default to data/notes/*.md
 * and test/fixtures/notes/*.md. The bank is built the way `npx quizbot questions --notes FILE
 * --json` builds it (same loader, same aliases, same JSON), and that JSON is handed to the blind solver (../shared/tools/blind-solver.mjs, or
 * --solver PATH, or $QUIZBOT_BLIND_SOLVER). `--list RULE` prints every violation of one rule.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bankJson } from '../src/cli/bank-json.ts';
import { loadBank } from '../src/notes/load-bank.ts';
import { optionSetKey } from '../src/quiz/review/bank-rules.ts';
import { reviewBank, reviewBankQuestions } from '../src/quiz/review/review.ts';
import type { Question, QuestionBank, QuestionKind } from '../src/quiz/types.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KINDS: QuestionKind[] = [
  'correct-about',
  'which-concept',
  'misconception-about',
  'comparison',
  'authored',
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    solver: { type: 'string' },
    list: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

/** The figures of one notes file. */
interface Figures {
  file: string;
  language: string;
  concepts: number;
  questions: number;
  perKind: Partial<Record<QuestionKind, number>>;
  conceptsWithTwo: number;
  twoOption: number;
  sharingOptionSet: number;
  /** Questions that offer a misconception the notes name: as the key or as a wrong option. */
  offeringMisconception: number;
  solver: { right: number; rightPct: number; chancePct: number } | null;
  violations: Record<string, number>;
}

function notesFiles(): string[] {
  if (positionals.length > 0) return positionals;
  const mdIn = (dir: string): string[] =>
    existsSync(path.join(REPO, dir))
      ? readdirSync(path.join(REPO, dir))
          .filter((name) => name.endsWith('.md'))
          .sort()
          .map((name) => `${dir}/${name}`)
      : [];
  return [...mdIn('data/notes'), ...mdIn('test/fixtures/notes')];
}

function solverPath(): string | null {
  const candidates = [
    values.solver,
    process.env.QUIZBOT_BLIND_SOLVER,
    path.join(REPO, '..', 'shared', 'tools', 'blind-solver.mjs'),
    path.join(REPO, '..', '..', 'shared', 'tools', 'blind-solver.mjs'),
  ];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

/** Runs the blind solver on the bank's `--json` form and reads its one-line verdict. */
function blindSolver(bank: QuestionBank, solver: string | null): Figures['solver'] {
  if (!solver) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'quizbot-quality-'));
  try {
    const file = path.join(dir, 'bank.json');
    writeFileSync(file, `${JSON.stringify(bankJson(bank), null, 2)}\n`);
    const run = spawnSync(process.execPath, [solver, file], { encoding: 'utf8' });
    const m = /right (\d+) \((\d+)%\) vs chance [\d.]+ \((\d+)%\)/.exec(run.stdout ?? '');
    if (!m) return null;
    return { right: Number(m[1]), rightPct: Number(m[2]), chancePct: Number(m[3]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function figures(file: string, solver: string | null): { figures: Figures; bank: QuestionBank } {
  const { bank } = loadBank({ notes: [file] });
  const perKind: Partial<Record<QuestionKind, number>> = {};
  for (const q of bank.questions) perKind[q.kind] = (perKind[q.kind] ?? 0) + 1;
  const perConcept = new Map<string, number>();
  for (const q of bank.questions)
    perConcept.set(q.conceptId, (perConcept.get(q.conceptId) ?? 0) + 1);
  const sets = new Map<string, number>();
  for (const q of bank.questions) sets.set(optionSetKey(q), (sets.get(optionSetKey(q)) ?? 0) + 1);
  const violations: Record<string, number> = {};
  for (const reason of [...reviewBank(bank), ...reviewBankQuestions(bank)])
    violations[reason.rule] = (violations[reason.rule] ?? 0) + 1;
  return {
    bank,
    figures: {
      file,
      language: bank.documents[0]?.language ?? '?',
      concepts: bank.concepts.length,
      questions: bank.questions.length,
      perKind,
      conceptsWithTwo: bank.concepts.filter((c) => (perConcept.get(c.id) ?? 0) >= 2).length,
      twoOption: bank.questions.filter((q) => q.choices.length === 2).length,
      sharingOptionSet: [...sets.values()].filter((n) => n > 1).reduce((s, n) => s + n, 0),
      offeringMisconception: bank.questions.filter(offersMisconception).length,
      solver: blindSolver(bank, solver),
      violations,
    },
  };
}

/**
 * How wording.ts's `thatIs` and `describes` open: a wrong option that is another concept's
 * statement (`That describes False sharing`, `それはスナップショットの説明`).
 */
const POINTS_ELSEWHERE = ['That is ', 'That describes ', 'それは'];

/**
 * True when a question offers one of the notes' misconceptions: it asks for one (misconception
 * about X), or a wrong option of a correct-about question is one (its why is the notes' correction,
 * not `That is <another concept>`).
 */
function offersMisconception(q: Question): boolean {
  if (q.kind === 'misconception-about') return true;
  if (q.kind !== 'correct-about') return false;
  return q.choices.some(
    (c) => !c.correct && c.why !== null && !POINTS_ELSEWHERE.some((p) => c.why?.startsWith(p)),
  );
}

const pct = (part: number, whole: number): string =>
  `${whole === 0 ? 0 : Math.round((100 * part) / whole)} %`;

function print(f: Figures): void {
  const kinds = KINDS.filter((k) => f.perKind[k]).map((k) => `${k} ${f.perKind[k]}`);
  const solver = f.solver
    ? `right ${f.solver.right} (${f.solver.rightPct} %) vs chance ${f.solver.chancePct} % (${f.solver.rightPct - f.solver.chancePct >= 0 ? '+' : ''}${f.solver.rightPct - f.solver.chancePct} points)`
    : 'not run (solver not found: pass --solver PATH)';
  const rules = Object.entries(f.violations).sort((a, b) => b[1] - a[1]);
  console.log(`${f.file} (${f.language}, ${f.concepts} concepts)`);
  console.log(`  questions            ${f.questions} (${kinds.join(', ')})`);
  console.log(`  concepts with ≥ 2    ${f.conceptsWithTwo} of ${f.concepts}`);
  console.log(`  two-option           ${f.twoOption} (${pct(f.twoOption, f.questions)})`);
  console.log(`  sharing option sets  ${f.sharingOptionSet} questions`);
  console.log(
    `  misconceptions       offered in ${f.offeringMisconception} (${pct(f.offeringMisconception, f.questions)})`,
  );
  console.log(`  blind solver         ${solver}`);
  console.log(
    `  rule violations      ${rules.length === 0 ? 'none' : rules.map(([r, n]) => `${r} ${n}`).join(' · ')}`,
  );
}

const solver = solverPath();
const all: Figures[] = [];
for (const file of notesFiles()) {
  const { figures: f, bank } = figures(file, solver);
  all.push(f);
  if (values.json) continue;
  print(f);
  if (values.list) {
    const reasons = [...reviewBank(bank), ...reviewBankQuestions(bank)].filter(
      (r) => r.rule === values.list,
    );
    for (const r of reasons)
      console.log(`    ${r.questionIds.join(',')}  ${r.message}  — ${r.evidence.join(' | ')}`);
  }
  console.log('');
}
if (values.json) console.log(JSON.stringify(all, null, 2));
