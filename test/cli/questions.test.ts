import { describe, expect, it } from 'vitest';
import { quizbot } from './run-cli.ts';

describe('quizbot questions', () => {
  it('prints the shipped notes as readable markdown by default', () => {
    const run = quizbot(['questions']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Question bank\n/);
    const total = Number(
      /(\d+) questions · 19 concepts \(19 with questions\)/.exec(run.stdout)?.[1],
    );
    // Two questions for each of the 19 concepts at least (the bank asks each fact once).
    expect(total).toBeGreaterThanOrEqual(38);
    expect(run.stdout).toContain('## サーガ');
    expect(run.stdout).toMatch(/### `[0-9a-z]{8}` · correct-about/);
    expect(run.stdout).toContain('✅');
  });

  it('prints the documented JSON shape with --json', () => {
    const run = quizbot(['questions', '--json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as {
      concepts: {
        id: string;
        name: string;
        correct: string;
        misconceptions: string[];
        section: string | null;
      }[];
      questions: {
        id: string;
        conceptId: string;
        kind: string;
        prompt: string;
        choices: { text: string; correct: boolean; why: string | null }[];
        explanation: {
          why: string | null;
          notes: string[];
          source: { file: string; line: number };
        };
      }[];
    };
    expect(data.concepts).toHaveLength(19);
    for (const c of data.concepts) {
      expect(c).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          name: expect.any(String),
          correct: expect.any(String),
          misconceptions: expect.any(Array),
        }),
      );
      expect(c.section === null || typeof c.section === 'string').toBe(true);
    }
    const conceptIds = new Set(data.concepts.map((c) => c.id));
    for (const q of data.questions) {
      expect(q).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          conceptId: expect.any(String),
          kind: expect.any(String),
          asksFor: expect.stringMatching(/^(correct|misconception)$/),
          prompt: expect.any(String),
          explanation: expect.objectContaining({
            notes: expect.any(Array),
            source: expect.objectContaining({ file: expect.any(String), line: expect.any(Number) }),
          }),
        }),
      );
      expect(conceptIds.has(q.conceptId)).toBe(true);
      for (const choice of q.choices) {
        expect(typeof choice.text).toBe('string');
        expect(typeof choice.correct).toBe('boolean');
        expect(choice.why === null || typeof choice.why === 'string').toBe(true);
      }
    }
  });

  it('reads English notes given with --notes', () => {
    const run = quizbot(['questions', '--notes', 'test/fixtures/notes/resilience.en.md', '--json']);
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as { questions: { prompt: string }[] };
    expect(data.questions.length).toBeGreaterThan(0);
    expect(data.questions[0]?.prompt).toMatch(/^Which /);
  });

  it('builds from the good rows of bad notes and prints the problems on stderr', () => {
    const run = quizbot(['questions', '--notes', 'test/fixtures/notes/broken/bad-rows.ja.md']);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      'test/fixtures/notes/broken/bad-rows.ja.md:17: row has an empty concept cell',
      'test/fixtures/notes/broken/bad-rows.ja.md:18: concept "空の理解" has an empty correct-understanding cell',
      'test/fixtures/notes/broken/bad-rows.ja.md:19: duplicate concept "さーが" (first at line 16)',
      'test/fixtures/notes/broken/bad-rows.ja.md:20: concept "同一": misconception "同じ文" is identical to the correct understanding',
    ]);
    expect(run.stdout).toContain('## サーガ');
  });

  it('exits 1 when no row is usable', () => {
    const run = quizbot(['questions', '--notes', 'test/fixtures/notes/broken/no-usable-row.md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'test/fixtures/notes/broken/no-usable-row.md:3: misconception table has no usable row',
    );
  });

  it('rejects an unknown option', () => {
    const run = quizbot(['questions', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option --frobnicate');
  });
});
