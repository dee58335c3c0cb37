import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/cli-args.ts';
import { firstInvalidUtf8 } from '../../src/notes/notes-files.ts';

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
