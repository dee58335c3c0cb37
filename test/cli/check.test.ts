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
      'test/fixtures/notes/broken/no-table.md:1: no misconception table (a table headed 概念 | 正しい理解 | よくある誤解, or Concept | Correct understanding | Common misconceptions)',
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

  it('names the concepts the notes give too little to ask about, without failing', () => {
    const run = quizbot(['check', 'test/fixtures/notes/caching.ja.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no question for: エッジキャッシュ [line 45]');
  });
});
