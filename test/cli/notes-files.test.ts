import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseArgs } from '../../src/cli/cli-args.ts';
import {
  defaultNotesPaths,
  expandNotesPaths,
  firstInvalidUtf8,
  SHIPPED_EXAMPLE_NOTES,
} from '../../src/notes/notes-files.ts';

describe('your notes and the shipped examples', () => {
  function project(files: string[]): { root: string; notes: string } {
    const root = mkdtempSync(join(tmpdir(), 'quizbot-project-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const notes = join(root, 'data', 'notes');
    mkdirSync(notes, { recursive: true });
    for (const f of files) writeFileSync(join(notes, f), '# notes\n');
    return { root, notes };
  }
  const example = SHIPPED_EXAMPLE_NOTES[0]!;

  it('uses the example while data/notes holds nothing else', () => {
    const { root, notes } = project([example, 'README.txt']);
    expect(defaultNotesPaths(root)).toEqual([join(notes, example)]);
    expect(expandNotesPaths([notes], root)).toEqual([join(notes, example)]);
  });

  it('lets your own notes replace the example, however data/notes is named', () => {
    const { root, notes } = project([example, 'mine.md', 'b-more.md']);
    expect(defaultNotesPaths(root)).toEqual([join(notes, 'b-more.md'), join(notes, 'mine.md')]);
    expect(expandNotesPaths([notes, `${notes}/`], root)).toEqual([
      join(notes, 'b-more.md'),
      join(notes, 'mine.md'),
      join(notes, 'b-more.md'),
      join(notes, 'mine.md'),
    ]);
  });

  it('reads the example when it is named as a file, and every notes file of another folder', () => {
    const { root, notes } = project([example, 'mine.md']);
    expect(expandNotesPaths([notes, join(notes, example)], root)).toEqual([
      join(notes, 'mine.md'),
      join(notes, example),
    ]);
    const elsewhere = join(root, 'team-notes');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, example), '# a file of the same name, in your own folder\n');
    writeFileSync(join(elsewhere, 'x.md'), '# x\n');
    expect(expandNotesPaths([elsewhere], root)).toEqual([
      join(elsewhere, example),
      join(elsewhere, 'x.md'),
    ]);
  });
});

describe('firstInvalidUtf8', () => {
  it('accepts UTF-8, Japanese and emoji included', () => {
    expect(firstInvalidUtf8(Buffer.from('サーガ ✅ 😀 abc'))).toBe(-1);
  });

  it('finds a stray Latin-1 byte, a truncated sequence, an overlong form and a surrogate', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe3, 0x81]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});

describe('parseArgs', () => {
  it('reads lists, values, flags and positionals', () => {
    const parsed = parseArgs(['--notes', 'a.md', 'b.md', '--json', '--seed=s', 'c.md'], {
      lists: ['notes'],
      values: ['seed'],
      flags: ['json'],
    });
    expect(parsed.lists.get('notes')).toEqual(['a.md', 'b.md']);
    expect(parsed.positional).toEqual(['c.md']);
    expect(parsed.values.get('seed')).toBe('s');
    expect(parsed.flags.has('json')).toBe(true);
    expect(parsed.errors).toEqual([]);
  });

  it('reports unknown options and missing values', () => {
    expect(parseArgs(['--x', '--seed'], { values: ['seed'] }).errors).toEqual([
      'unknown option --x',
      '--seed needs a value',
    ]);
    expect(parseArgs(['--notes'], { lists: ['notes'] }).errors).toEqual([
      '--notes needs at least one file',
    ]);
  });
});
