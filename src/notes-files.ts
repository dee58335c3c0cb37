/**
 * Reading notes from disk for the bot and the CLI: files and folders (every `*.md` inside,
 * sorted) become {@link NotesSource}s. A file that cannot be read or is not UTF-8 becomes a
 * problem with its path, never a crash; the question bank itself stays pure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { NotesProblem, NotesSource } from './quiz/types.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Expands folders into their `*.md` files (sorted), keeping files as given. */
export function expandNotesPaths(paths: readonly string[]): { files: string[]; problems: NotesProblem[] } {
  const files: string[] = [];
  const problems: NotesProblem[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      problems.push({ file: path, line: 0, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    if (!isDir) files.push(path);
    else files.push(...readdirSync(path).filter((name) => name.endsWith('.md')).sort().map((name) => join(path, name)));
  }
  return { files, problems };
}

/** Reads notes files as UTF-8 text. */
export function readNotesFiles(paths: readonly string[]): { sources: NotesSource[]; problems: NotesProblem[] } {
  const { files, problems } = expandNotesPaths(paths);
  const sources: NotesSource[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      problems.push({ file, line: 0, message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    try {
      sources.push({ path: file, text: utf8.decode(bytes).replace(/^\uFEFF/, '') });
    } catch {
      problems.push({ file, line: 0, message: 'not UTF-8 text: save the file as UTF-8' });
    }
  }
  return { sources, problems };
}
