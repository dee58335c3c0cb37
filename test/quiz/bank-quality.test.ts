/**
 * Every bank held to the review rules: for the shipped notes and every notes fixture, the bank
 * rules (coverage, variety) and every item rule on every question. Rules a bank does not meet
 * yet are listed in `bank-quality-expectations.ts` and run as `it.fails` — expected to fail until
 * the generator v2 lands (i11b); the moment one passes, the suite says so and the entry goes.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../src/quiz/bank.ts';
import {
  BANK_RULES,
  ITEM_RULES,
  type Reason,
  reviewBank,
  reviewBankQuestions,
} from '../../src/quiz/review/review.ts';
import type { NotesDocument, QuestionBank } from '../../src/quiz/types.ts';
import { PENDING_RULES, QUALITY_NOTES } from './bank-quality-expectations.ts';
import { readSource, shippedAliases } from './notes-helpers.ts';

/** The fixtures written for bank v2 (on subjects the project had never seen). */
const NEW_FIXTURES = [
  'test/fixtures/notes/transactions.ja.md',
  'test/fixtures/notes/networking.en.md',
  'test/fixtures/notes/k8s-scheduling.en.md',
];

/** Like `npx quizbot questions --notes FILE`: the shipped aliases file applies to every file. */
function bankOf(file: string): QuestionBank {
  return buildQuestionBank([readSource(file)], { aliases: shippedAliases() });
}

/** A reason as a line a reader can act on. */
function show(reason: Reason): string {
  return `${reason.questionIds.join(',')}: ${reason.message} — ${reason.evidence.join(' | ')}`;
}

describe.each(QUALITY_NOTES)('bank quality of %s', (file) => {
  const bank = bankOf(file);
  const reasons = [...reviewBank(bank), ...reviewBankQuestions(bank)];
  const pending = new Set(PENDING_RULES[file] ?? []);

  it('has questions to review', () => {
    expect(bank.concepts.length).toBeGreaterThan(0);
    expect(bank.questions.length).toBeGreaterThan(0);
  });

  for (const rule of [...BANK_RULES, ...ITEM_RULES]) {
    const test = pending.has(rule.name) ? it.fails : it;
    const label = pending.has(rule.name)
      ? `${rule.name} (expected to fail until the generator v2 lands, i11b)`
      : rule.name;
    test(label, () => {
      const broken = reasons.filter((r) => r.rule === rule.name).map(show);
      expect(broken, rule.description).toEqual([]);
    });
  }
});

describe('the expectations list', () => {
  it('names only known notes and rules', () => {
    const rules = new Set([...BANK_RULES, ...ITEM_RULES].map((r) => r.name));
    for (const [file, names] of Object.entries(PENDING_RULES)) {
      expect(QUALITY_NOTES).toContain(file);
      for (const name of names) expect(rules.has(name), `${file}: ${name}`).toBe(true);
    }
  });
});

/** Concepts whose notes give a single misconception: one cell and no × bullet in their section. */
function singleMisconceptionRows(doc: NotesDocument): string[] {
  return doc.concepts
    .filter((concept) => concept.misconceptions.length === 1)
    .filter((concept) => {
      const section = doc.sections.find((s) => s.heading === concept.section);
      return !section || section.misconceptions.length === 0;
    })
    .map((concept) => concept.name);
}

describe.each(NEW_FIXTURES)('the notes fixture %s', (file) => {
  const bank = bankOf(file);
  const doc = bank.documents[0];
  const names = new Set(bank.concepts.map((c) => c.name));

  it('reads without problems and has 8+ concepts', () => {
    expect(bank.problems).toEqual([]);
    expect(bank.concepts.length).toBeGreaterThanOrEqual(8);
  });

  it('has summary rows with one misconception and no section bullets', () => {
    expect(doc && singleMisconceptionRows(doc).length).toBeGreaterThanOrEqual(3);
  });

  it('has a matrix table (rows × two or more value columns)', () => {
    expect(doc?.comparisons.some((t) => t.header.length >= 3 && t.rows.length >= 3)).toBe(true);
  });

  it('has tables whose first column names no summary concept', () => {
    const unnamed = doc?.comparisons.filter((t) => t.rows.every((row) => !names.has(row[0] ?? '')));
    expect(unnamed?.length).toBeGreaterThanOrEqual(2);
  });

  it('has points and × bullets outside the summary table', () => {
    const sections = doc?.sections ?? [];
    expect(sections.flatMap((s) => s.points).length).toBeGreaterThanOrEqual(5);
    expect(sections.flatMap((s) => s.misconceptions).length).toBeGreaterThanOrEqual(5);
  });
});
