import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../../../src/quiz/bank.ts';
import { coverageReport, MIN_PER_CONCEPT } from '../../../src/quiz/report/coverage-report.ts';
import { fixture, inline, readSource, shippedNotes } from '../notes-helpers.ts';

function reportOf(source: ReturnType<typeof fixture>) {
  const bank = buildQuestionBank([source]);
  const doc = bank.documents[0];
  if (!doc || !bank.seed) throw new Error('no document');
  return { bank, report: coverageReport(doc, { seed: bank.seed }) };
}

/** The notes without the given rows of their summary table (`## まとめ`). */
function withoutSummaryRows(notes: ReturnType<typeof fixture>, rows: readonly string[]) {
  const summaryAt = notes.text.indexOf('## まとめ');
  const kept = notes.text
    .slice(summaryAt)
    .split('\n')
    .filter((l) => !rows.some((r) => l.startsWith(`| ${r} |`)))
    .join('\n');
  return { ...notes, text: notes.text.slice(0, summaryAt) + kept };
}

describe('coverageReport', () => {
  it('counts what the bank keeps, concept by concept, on the shipped notes and every fixture', () => {
    for (const source of [
      shippedNotes(),
      fixture('transactions.ja.md'),
      fixture('networking.en.md'),
      fixture('gaps/cache-gaps.en.md'),
      fixture('os-memory.ja.md'),
      fixture('git-internals.en.md'),
    ]) {
      const { bank, report } = reportOf(source);
      expect(report.questions).toBe(bank.questions.length);
      for (const c of report.concepts)
        expect([c.name, c.questions]).toEqual([
          c.name,
          bank.questions.filter((q) => q.conceptId === c.conceptId).length,
        ]);
      expect(report.covered).toBe(
        report.concepts.filter((c) => c.questions >= MIN_PER_CONCEPT).length,
      );
    }
  });

  it('says why a concept with one bare-noun misconception and no section gets no question, and what to add', () => {
    const { report } = reportOf(readSource('test/fixtures/notes/gaps/edge-cache.en.md'));
    const edge = report.concepts.find((c) => c.name === 'Edge cache');
    expect(edge).toMatchObject({ questions: 0, line: 7 });
    expect(edge?.reasons).toContainEqual({
      code: 'misconception-dropped',
      text: 'Load balancing',
      line: 7,
      cause: 'bare-noun',
      detail: 'a bare noun, not a statement',
    });
    expect(edge?.reasons).toContainEqual({
      code: 'few-misconceptions',
      usable: 0,
      cells: 1,
      bullets: 0,
      section: false,
    });
    expect(edge?.advice).toEqual([
      { code: 'write-out-misconception', text: 'Load balancing' },
      { code: 'add-row-misconception' },
      { code: 'add-section', name: 'Edge cache' },
      { code: 'add-comparison-row', name: 'Edge cache' },
    ]);
  });

  it('gives no reasons for a concept with two questions or more', () => {
    const { report } = reportOf(readSource('test/fixtures/notes/gaps/cache-gaps.en.md'));
    for (const name of ['Cache-aside', 'Write-through']) {
      const c = report.concepts.find((x) => x.name === name);
      expect(c?.questions).toBeGreaterThanOrEqual(MIN_PER_CONCEPT);
      expect(c?.reasons).toEqual([]);
      expect(c?.advice).toEqual([]);
    }
  });

  it('names the sibling a misconception really describes, and asks for a bullet under the section', () => {
    // The resilience fixture without the Point line of Rate limiter: its one misconception cell
    // says what Circuit breaker is, and nothing else is said of it.
    const { report } = reportOf(
      inline(
        [
          '# Resilience patterns',
          '',
          '## Retry',
          '',
          'Calling a failed operation again after a short wait, usually with exponential backoff.',
          '',
          '## Rate limiter',
          '',
          'Limiting how many requests a client may make in a time window.',
          '',
          '## Circuit breaker',
          '',
          'Stops calling a failing dependency once the error rate crosses a threshold, and fails fast.',
          '',
          '**Common misconceptions**:',
          '',
          '- × It queues requests until the dependency recovers (it fails fast)',
          '- × It limits requests per second (that is a rate limiter)',
          '',
          '## Summary',
          '',
          '| Concept | Correct understanding | Common misconceptions |',
          '|---|---|---|',
          '| Retry | Safe only for **idempotent** operations | Fixes permanent faults × |',
          '| Circuit breaker | **Fails fast** above an error-rate threshold | Queues requests × |',
          '| Rate limiter | **Limits requests** per client and time window | Fails fast × |',
        ],
        'resilience-short.en.md',
      ),
    );
    const rate = report.concepts.find((c) => c.name === 'Rate limiter');
    expect(rate?.questions).toBeLessThan(MIN_PER_CONCEPT);
    expect(rate?.reasons).toContainEqual(
      expect.objectContaining({
        code: 'misconception-dropped',
        text: 'Fails fast',
        cause: 'describes-sibling',
        sibling: 'Circuit breaker',
      }),
    );
    expect(rate?.advice).toContainEqual({ code: 'add-bullet', section: 'Rate limiter' });
  });

  it('says when no sibling is told apart from a lone concept', () => {
    const { report } = reportOf(
      inline(
        [
          '# Notes',
          '',
          '| Concept | Correct understanding | Common misconceptions |',
          '|---|---|---|',
          '| Idempotency | Repeating a request has the same effect as sending it once | Repeated requests are rejected × |',
        ],
        'lone.en.md',
      ),
    );
    const lone = report.concepts[0];
    expect(lone?.questions).toBeLessThan(MIN_PER_CONCEPT);
    expect(lone?.reasons).toContainEqual({ code: 'no-siblings', siblings: [] });
    expect(lone?.advice).toContainEqual({ code: 'add-comparison-row', name: 'Idempotency' });
  });

  it("reads the concept's own section under a chapter heading that names it", () => {
    // `### 2. ページフォールト` (a chapter) holds `#### ページフォールト` (its own section). Even
    // without the TLB and スワップ rows in the summary (their cells give it a question too), the
    // concept gets its questions from its own section.
    const notes = withoutSummaryRows(fixture('os-memory.ja.md'), ['TLB', 'スワップ']);
    const fault = reportOf(notes).report.concepts.find((c) => c.name === 'ページフォールト');
    expect(fault?.questions).toBeGreaterThanOrEqual(MIN_PER_CONCEPT);
    expect(fault?.reasons.map((r) => r.code)).not.toContain('other-section');
  });

  it('says when an earlier heading that names the concept is read instead of its own section', () => {
    // `## 1. Idempotency` is a chapter of its own, closed before `### Idempotency`: the first
    // exact heading is read, the concept is short, and the report says which heading was read
    // and what to rename.
    const { report } = reportOf(
      inline(
        [
          '# Notes',
          '',
          '## 1. Idempotency',
          '',
          'Chapter intro.',
          '',
          '## 2. Retries',
          '',
          '### Idempotency',
          '',
          'Repeating a request has the same effect as sending it once.',
          '',
          '**Point**: Idempotency keys let a server recognise a repeated request.',
          '',
          '**Common misconceptions**:',
          '',
          '- × Repeated requests are rejected (they are answered as before)',
          '',
          '### Retry',
          '',
          'Calling a failed operation again after a wait.',
          '',
          '## Summary',
          '',
          '| Concept | Correct understanding | Common misconceptions |',
          '|---|---|---|',
          '| Idempotency | Repeating a request has the same effect as sending it once | Repeated requests are rejected × |',
          '| Retry | Calling a failed operation again after a wait | Fixes permanent faults × |',
        ],
        'chapters.en.md',
      ),
    );
    const idem = report.concepts.find((c) => c.name === 'Idempotency');
    expect(idem?.reasons).toContainEqual({
      code: 'other-section',
      read: { heading: '1. Idempotency', line: 3 },
      own: { heading: 'Idempotency', line: 9 },
    });
    expect(idem?.advice).toContainEqual({
      code: 'rename-heading',
      heading: { heading: '1. Idempotency', line: 3 },
      name: 'Idempotency',
    });
  });

  it('does not cover a concept by setting a statement beside its own correction (resilience: Rate limiter)', () => {
    // “It protects the server from overload, not from failing dependencies” is one line: a
    // question offering both halves tells the player one of the two is the answer
    // (ITEM-WRITING.md: options that contradict each other). Asked whole as a which-concept stem
    // (branch cover), the line gives Rate limiter its second question: the contrast is in the
    // stem, and the options are names.
    const { bank, report } = reportOf(fixture('resilience.en.md'));
    const rate = report.concepts.find((c) => c.name === 'Rate limiter');
    const questions = bank.questions.filter((q) => q.conceptId === rate?.conceptId);
    expect(rate?.questions).toBe(2);
    expect(questions.map((q) => q.kind).sort()).toEqual(['correct-about', 'which-concept']);
    const which = questions.find((q) => q.kind === 'which-concept');
    expect(which?.prompt).toContain(
      'Protects the server from overload, not from failing dependencies',
    );
    for (const q of questions) {
      const texts = q.choices.map((c) => c.text.toLowerCase());
      const halves = texts.filter((t) => /from (overload|failing dependencies)/.test(t));
      expect(halves.length, q.prompt).toBeLessThan(2);
    }
  });

  it('counts true facts an option can hold, not wordings: it says what to add instead of "nothing"', () => {
    // Recursive resolver's summary cell and first sentence are one fact in two wordings, and so
    // are Dependency resolver's. Counted as statements, both read as "the notes give enough"
    // (nothing to add).
    const cases: [string, string][] = [
      ['networking.en.md', 'Recursive resolver'],
      ['python-packaging.en.md', 'Dependency resolver'],
    ];
    for (const [file, name] of cases) {
      const { report } = reportOf(fixture(file));
      const concept = report.concepts.find((c) => c.name === name);
      expect(concept?.questions, name).toBe(1);
      expect(concept?.reasons, name).toContainEqual({ code: 'few-true-statements', count: 1 });
      expect(concept?.advice, name).toContainEqual({ code: 'add-points', section: name });
      expect(concept?.advice, name).not.toContainEqual({ code: 'nothing-to-add' });
    }
  });

  it('says when what is left would name the answer in its description (networking: Recursive resolver)', () => {
    // Every which-concept stem of Recursive resolver says `resolver`: a giveaway is no second
    // question.
    const { report } = reportOf(fixture('networking.en.md'));
    const concept = report.concepts.find((c) => c.name === 'Recursive resolver');
    expect(concept?.questions).toBe(1);
    const reason = concept?.reasons.find((r) => r.code === 'stem-names-it');
    expect(reason).toMatchObject({ code: 'stem-names-it', words: ['resolver'] });
    expect(concept?.advice).toContainEqual({ code: 'add-points', section: 'Recursive resolver' });
  });
});
