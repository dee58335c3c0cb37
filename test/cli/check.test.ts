import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quizbot, ROOT } from './run-cli.ts';

describe('quizbot check', () => {
  it('passes usable notes (exit 0) and says what it found', () => {
    const run = quizbot([
      'check',
      'data/notes/microservices.ja.md',
      'test/fixtures/notes/resilience.en.md',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^data\/notes\/microservices\.ja\.md: ok — 19 concepts, \d+ questions$/m,
    );
    expect(run.stdout).toMatch(/^test\/fixtures\/notes\/resilience\.en\.md: ok — 5 concepts/m);
  });

  it('fails with one FILE:LINE: line per problem', () => {
    const run = quizbot([
      'check',
      'test/fixtures/notes/broken/bad-rows.ja.md',
      'test/fixtures/notes/broken/no-table.md',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'test/fixtures/notes/broken/bad-rows.ja.md:17: row has an empty concept cell',
      'test/fixtures/notes/broken/bad-rows.ja.md:18: concept "空の理解" has an empty correct-understanding cell',
      'test/fixtures/notes/broken/bad-rows.ja.md:19: duplicate concept "さーが" (first at line 16)',
      'test/fixtures/notes/broken/bad-rows.ja.md:20: concept "同一": misconception "同じ文" is identical to the correct understanding',
      'test/fixtures/notes/broken/no-table.md:1: no misconception table (a table headed 概念 | 正しい理解 | よくある誤解, or Concept | Correct understanding | Common misconceptions; 用語 | 正しくは | ありがちな勘違い or Term | Reality | Myths do too)',
    ]);
  });

  it('reports a file that cannot be read and one that is not UTF-8, with the line of the bad byte', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quizbot-check-'));
    const latin1 = path.join(dir, 'latin1.md');
    writeFileSync(
      latin1,
      Buffer.concat([
        Buffer.from(
          '# notes\n\n| Concept | Correct understanding | Common misconceptions |\n|---|---|---|\n| Caf',
        ),
        Buffer.from([0xe9]),
        Buffer.from(' | x | y × |\n'),
      ]),
    );
    const missing = path.join(dir, 'missing.md');
    const run = quizbot(['check', latin1, missing]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${latin1}:5: not UTF-8 text (byte 0xe9 at offset`);
    expect(run.stderr).toContain(`${missing}:1: cannot read file: no such file`);
  });

  it('checks the configured notes when no file is named: QUIZBOT_NOTES, else the shipped ones', () => {
    const configured = quizbot(['check'], ROOT, {
      QUIZBOT_NOTES: 'test/fixtures/notes/caching.ja.md',
    });
    expect(configured.code).toBe(0);
    expect(configured.stdout).toMatch(/^test\/fixtures\/notes\/caching\.ja\.md: ok — /);
    const shipped = quizbot(['check'], ROOT, {});
    expect(shipped.code).toBe(0);
    expect(shipped.stdout).toMatch(/^data\/notes\/microservices\.ja\.md: ok — \d+ concepts/);
  });

  it('names QUIZBOT_NOTES (exit 2) when it points at nothing', () => {
    const run = quizbot(['check'], ROOT, { QUIZBOT_NOTES: 'notes/nowhere.md' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'quizbot check: QUIZBOT_NOTES="notes/nowhere.md" is not valid: expected notes files or folders of .md files that exist (notes/nowhere.md: no such file or folder)\n',
    );
  });

  it('says why a concept gets fewer than two questions and what to add, without failing', () => {
    const file = 'test/fixtures/notes/gaps/edge-cache.en.md';
    const run = quizbot(['check', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${file}: ok — 1 concept, 0 questions`,
      `${file}: 0/1 concept has 2 or more questions`,
      `${file}:7: Edge cache gets no questions (2 wanted)`,
      '  why: misconception "Load balancing" (line 7) is not used: a bare noun, not a statement of what people wrongly believe',
      '  why: no misconception to ask about (1 in the row, no section of its own)',
      "  why: no true statement about it besides the summary cell (a section's first sentence, points, features; one fact in two wordings counts once, one too long for an option not at all)",
      '  why: no sibling concept the notes tell it apart from (no comparison table or shared heading with another concept)',
      '  add: the misconception "Load balancing" written out as a statement of what people wrongly believe',
      '  add: a second misconception to the row ("wrong A ×; wrong B ×")',
      '  add: a section "## Edge cache" with points and common-misconception bullets with corrections',
      '  add: a comparison table row that sets Edge cache beside similar concepts (a row in an existing comparison table will do)',
    ]);
  });

  it('says nothing more about concepts with two questions or more (siblings can cover a terse row)', () => {
    const file = 'test/fixtures/notes/gaps/cache-gaps.en.md';
    const run = quizbot(['check', file]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^test\/fixtures\/notes\/gaps\/cache-gaps\.en\.md: ok — 3 concepts, \d+ questions$/,
      ),
      `${file}: 3/3 concepts have 2 or more questions`,
    ]);
  });

  it('points at the row of a concept with one question, in Japanese with --locale ja', () => {
    // transactions.ja.md gives every concept two questions since branch holdout, os-memory.ja.md
    // since branch cover, auth-security.ja.md since misconception-among: garbage-collection.ja.md
    // does not (ライトバリア).
    const run = quizbot([
      'check',
      '--locale',
      'ja',
      'test/fixtures/notes/garbage-collection.ja.md',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^test\/fixtures\/notes\/garbage-collection\.ja\.md:\d+: 「[^」]+」は1問（2問ほしい）$/m,
    );
    expect(run.stdout).toMatch(/^ {2}理由: /m);
    expect(run.stdout).toMatch(/^ {2}追記: /m);
    expect(run.stdout).toMatch(
      /^test\/fixtures\/notes\/garbage-collection\.ja\.md: 2問以上の概念 \d+\/10$/m,
    );
  });

  it('exits 1 on concepts short of two questions with --strict, and 0 when every concept has two', () => {
    expect(quizbot(['check', '--strict', 'test/fixtures/notes/gaps/edge-cache.en.md']).code).toBe(
      1,
    );
    const shipped = quizbot(['check', '--strict', 'data/notes/microservices.ja.md']);
    expect(shipped.stdout).toContain(
      'data/notes/microservices.ja.md: 19/19 concepts have 2 or more questions',
    );
    expect(shipped.code).toBe(0);
  });

  it('turns down a locale it does not have', () => {
    const run = quizbot(['check', '--locale', 'fr', 'data/notes/microservices.ja.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--locale must be en or ja, not "fr"');
  });
});
