/**
 * The notes watch on a real folder: a save, a new notes file, an editor's save-by-rename and a
 * changed aliases file each give one call after the burst; other files give none.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matters, type NotesWatch, watchNotes, watchTargets } from '../../src/notes/watch-notes.ts';

let dir: string;
let watch: NotesWatch | null = null;
let calls = 0;

const DEBOUNCE_MS = 80;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForCalls(n: number, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (calls < n && Date.now() < until) await sleep(10);
  expect(calls).toBe(n);
}

/** Waits long enough for a debounced call that should not come. */
async function settle(): Promise<void> {
  await sleep(DEBOUNCE_MS * 4 + 200);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizbot-watch-'));
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'a.md'), '# A\n');
  writeFileSync(join(dir, 'aliases.json'), '{}');
  calls = 0;
});

afterEach(() => {
  watch?.close();
  watch = null;
  rmSync(dir, { recursive: true, force: true });
});

function start(notes: string[]) {
  watch = watchNotes(notes, [join(dir, 'aliases.json')], () => calls++, {
    debounceMs: DEBOUNCE_MS,
  });
}

describe('watching the notes', () => {
  it('turns a burst of writes into one call, after the burst', async () => {
    start([join(dir, 'notes')]);
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'notes', 'a.md'), `# A ${i}\n`);
    await waitForCalls(1);
    await settle();
    expect(calls).toBe(1);
  });

  it('sees a new notes file in a watched folder, and an editor saving by rename', async () => {
    start([join(dir, 'notes')]);
    writeFileSync(join(dir, 'notes', 'b.md'), '# B\n');
    await waitForCalls(1);
    writeFileSync(join(dir, 'notes', '.a.md.swp'), 'x');
    renameSync(join(dir, 'notes', '.a.md.swp'), join(dir, 'notes', 'a.md'));
    await waitForCalls(2);
  });

  it('sees the aliases file, and ignores files that are not notes', async () => {
    start([join(dir, 'notes')]);
    writeFileSync(join(dir, 'notes', 'README.txt'), 'not notes');
    writeFileSync(join(dir, 'other.json'), '{}');
    await settle();
    expect(calls).toBe(0);
    writeFileSync(join(dir, 'aliases.json'), '{"A": ["a"]}');
    await waitForCalls(1);
  });

  it('watches a single notes file through its folder, and only that file', async () => {
    writeFileSync(join(dir, 'notes', 'c.md'), '# C\n');
    start([join(dir, 'notes', 'a.md')]);
    writeFileSync(join(dir, 'notes', 'c.md'), '# C changed\n');
    await settle();
    expect(calls).toBe(0);
    writeFileSync(join(dir, 'notes', 'a.md'), '# A changed\n');
    await waitForCalls(1);
  });

  it('stops when closed, dropping a pending call', async () => {
    start([join(dir, 'notes')]);
    writeFileSync(join(dir, 'notes', 'a.md'), '# A again\n');
    watch!.close();
    await settle();
    expect(calls).toBe(0);
  });

  it('reports a folder it cannot watch instead of throwing', () => {
    const errors: string[] = [];
    watch = watchNotes([join(dir, 'missing', 'x.md')], [], () => calls++, {
      onError: (d) => errors.push(d),
    });
    expect(errors).toEqual([join(dir, 'missing')]);
  });
});

describe('what a watched folder cares about', () => {
  it('folders: their *.md; files: their own names', () => {
    const targets = watchTargets(
      [join(dir, 'notes'), join(dir, 'one.md')],
      [join(dir, 'aliases.json')],
    );
    const notes = targets.find((t) => t.dir === join(dir, 'notes'))!;
    const top = targets.find((t) => t.dir === dir)!;
    expect(matters(notes, 'x.MD')).toBe(true);
    expect(matters(notes, 'x.txt')).toBe(false);
    expect(matters(top, 'one.md')).toBe(true);
    expect(matters(top, 'aliases.json')).toBe(true);
    expect(matters(top, 'two.md')).toBe(false);
    expect(matters(top, null)).toBe(true);
  });
});
