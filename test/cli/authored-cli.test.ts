/**
 * The README's two examples of hand-written questions, run through the real command line:
 * `quizbot check` accepts them and `quizbot questions` shows them; a broken question is reported
 * as FILE:LINE.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quizbot, ROOT } from './run-cli.ts';

/** The ```markdown blocks of the README's "Writing your own notes" section, in order. */
function readmeExamples(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Writing your own notes'),
    readme.indexOf('## Slack setup'),
  );
  return [...section.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quizbot-authored-'));
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('hand-written questions from the command line', () => {
  const [english = '', japaneseQuestions = '', englishQuestions = ''] = readmeExamples();

  it('accepts the README examples and shows their questions', () => {
    expect(japaneseQuestions).toContain('## 問題');
    expect(englishQuestions).toContain('## Questions');
    const shipped = readFileSync(path.join(ROOT, 'data/notes/microservices.ja.md'), 'utf8');
    const ja = tempFile('ja.md', `${shipped}\n${japaneseQuestions}`);
    const en = tempFile('en.md', `${english}\n${englishQuestions}`);
    const check = quizbot(['check', ja, en]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/ja\.md: ok — 19 concepts, \d+ questions, 1 hand-written/);
    expect(check.stdout).toMatch(/en\.md: ok — 2 concepts, \d+ questions, 1 hand-written/);
    const shown = quizbot(['questions', '--notes', en, '--json', '--no-aliases']);
    expect(shown.code).toBe(0);
    const bank = JSON.parse(shown.stdout) as {
      questions: {
        kind: string;
        conceptName: string;
        prompt: string;
        choices: { why: string | null }[];
      }[];
    };
    const authored = bank.questions.filter((q) => q.kind === 'authored');
    expect(authored).toHaveLength(1);
    expect(authored[0]).toMatchObject({
      conceptName: 'Circuit breaker',
      prompt:
        'The error rate passed the threshold and the breaker opened. What happens to the next request?',
    });
    const markdown = quizbot(['questions', '--notes', ja, '--no-aliases']);
    expect(markdown.stdout).toContain('· authored');
    expect(markdown.stdout).toContain('- authored: 1');
  });

  it('reports a broken question as FILE:LINE and exits 1', () => {
    const broken = englishQuestions.replace(
      '   - [x] It fails at once',
      '   - [ ] It fails at once',
    );
    const file = tempFile('broken.md', `${english}\n${broken}`);
    const run = quizbot(['check', file]);
    expect(run.code).toBe(1);
    const line =
      `${english}\n${broken}`.split('\n').findIndex((l) => l.startsWith('1. The error rate')) + 1;
    expect(run.stderr).toContain(`${file}:${line}: no option is marked as the answer`);
  });
});
