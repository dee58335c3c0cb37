/**
 * Building the bank in a worker thread: the same bank as on the calling thread, the calling
 * thread's event loop free meanwhile, and a bound on how long it may take.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/notes/load-bank.ts';
import { BankLoadError, loadQuestionBankAsync } from '../../src/notes/load-bank-async.ts';
import { ordinarySections } from '../quiz/notes/pathological-notes.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function notesFile(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'quizbot-async-'));
  dirs.push(dir);
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('loadQuestionBankAsync', () => {
  it('gives the same bank, problems and files as loadBank on the calling thread', async () => {
    const broken = notesFile(
      'broken.md',
      '| 概念 | 正しい理解 | よくある誤解 |\n|---|---|---|\n|  | x | y × |\n',
    );
    const options = { notes: ['data/notes', broken], seed: 'same' };
    const inWorker = await loadQuestionBankAsync(options);
    const here = loadBank(options);
    expect(inWorker).toEqual(here);
    // A real bank of the shipped notes: two questions for each of its 19 concepts, or more.
    expect(inWorker.bank.concepts).toHaveLength(19);
    expect(inWorker.bank.questions.length).toBeGreaterThanOrEqual(2 * 19);
    expect(inWorker.problems.map((p) => [p.file, p.line])).toEqual([
      [broken, 1],
      [broken, 3],
    ]);
  });

  it('leaves the event loop free while 2 MB of notes build', async () => {
    const file = notesFile('big.md', ordinarySections(2_000_000).text);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const loaded = await loadQuestionBankAsync({ notes: [file], aliases: null });
      // A real build: two questions for each of its 40 concepts, or more.
      expect(loaded.bank.concepts).toHaveLength(40);
      expect(loaded.bank.questions.length).toBeGreaterThanOrEqual(2 * loaded.bank.concepts.length);
    } finally {
      clearInterval(timer);
    }
    // A build on this thread would let no timer run until it returned.
    expect(ticks).toBeGreaterThan(10);
  });

  it('gives up after its time bound with a timeout error, and stops the worker', async () => {
    const error = await loadQuestionBankAsync({ notes: ['data/notes'], timeoutMs: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BankLoadError);
    expect(error).toMatchObject({ code: 'timeout' });
    expect((error as Error).message).toMatch(/longer than/);
  });
});

describe('a build that needs more memory than the worker may use', () => {
  it('is refused with an out-of-memory error that says what to raise, not retried on the caller', async () => {
    const file = notesFile('big.md', ordinarySections(2_000_000).text);
    const error = await loadQuestionBankAsync({ notes: [file], aliases: null, maxHeapMb: 8 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BankLoadError);
    expect(error).toMatchObject({ code: 'out-of-memory' });
    expect((error as Error).message).toMatch(/more memory than .*raise it/);
  });
});
