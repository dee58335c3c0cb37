/**
 * Reading notes (and the aliases file) from disk for the CLI and the bot: the only I/O around the
 * pure question bank. A file that cannot be read or is not UTF-8 becomes a line-numbered problem,
 * never an exception.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AliasMap, parseAliasFile } from '../quiz/aliases.ts';
import type { NotesProblem, NotesSource } from '../quiz/types.ts';

/** The project root (where `data/` lives), found from this file, so `npx quizbot` works from anywhere. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's notes folder, `data/notes`. */
export function defaultNotesDir(root = PROJECT_ROOT): string {
  return displayPath(path.join(root, 'data', 'notes'));
}

/**
 * The example notes quizbot ships in `data/notes`. They are the quiz until you add notes of your
 * own: once that folder holds any other `*.md`, your notes replace the examples (a file named
 * explicitly in `QUIZBOT_NOTES` is always read).
 */
export const SHIPPED_EXAMPLE_NOTES: readonly string[] = ['microservices.ja.md'];

/** The `*.md` names of a folder, sorted; in the project's notes folder, without the examples once it has others. */
function notesInFolder(dir: string, root: string): string[] {
  const names = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.md'))
    .sort();
  if (path.resolve(dir) !== path.resolve(root, 'data', 'notes')) return names;
  const own = names.filter((n) => !SHIPPED_EXAMPLE_NOTES.includes(n));
  return own.length > 0 ? own : names;
}

/** `data/notes/*.md` of the project (see {@link SHIPPED_EXAMPLE_NOTES}), sorted; shown relative to the working directory. */
export function defaultNotesPaths(root = PROJECT_ROOT): string[] {
  const dir = path.join(root, 'data', 'notes');
  let names: string[];
  try {
    names = notesInFolder(dir, root);
  } catch {
    return [];
  }
  return names.map((n) => displayPath(path.join(dir, n)));
}

/** The default aliases file (`data/aliases.json`) when it exists, else null. */
export function defaultAliasesPath(root = PROJECT_ROOT): string | null {
  const file = path.join(root, 'data', 'aliases.json');
  try {
    readFileSync(file);
    return displayPath(file);
  } catch {
    return null;
  }
}

/** A path as people like to see it: relative to the working directory when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/**
 * Folders become their `*.md` files (sorted; the project's `data/notes` without the shipped
 * examples once it holds notes of your own); files stay as given (a missing one is reported when read).
 */
export function expandNotesPaths(paths: readonly string[], root = PROJECT_ROOT): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return [p];
    }
    if (!isDir) return [p];
    return notesInFolder(p, root).map((n) => path.join(p, n));
  });
}

/** The result of reading files: what could be read, and what was wrong. */
export interface ReadNotes {
  sources: NotesSource[];
  problems: NotesProblem[];
}

/** Reads notes files as UTF-8 text; unreadable or non-UTF-8 files are reported, not thrown. */
export function readNotesFiles(files: readonly string[]): ReadNotes {
  const sources: NotesSource[] = [];
  const problems: NotesProblem[] = [];
  for (const file of files) {
    const read = readUtf8(file);
    if ('problem' in read) problems.push(read.problem);
    else sources.push({ path: file, text: read.text });
  }
  return { sources, problems };
}

/** Reads and parses an aliases JSON file. */
export function readAliasesFile(file: string): { aliases: AliasMap; problems: NotesProblem[] } {
  const read = readUtf8(file);
  if ('problem' in read) return { aliases: {}, problems: [read.problem] };
  return parseAliasFile(read.text, file);
}

function readUtf8(file: string): { text: string } | { problem: NotesProblem } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    return { problem: { file, line: 1, message: `cannot read file: ${reason}` } };
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
    const hex = (bytes[bad] ?? 0).toString(16).padStart(2, '0');
    return {
      problem: {
        file,
        line,
        message: `not UTF-8 text (byte 0x${hex} at offset ${bad}); save the file as UTF-8`,
      },
    };
  }
  return { text: bytes.toString('utf8') };
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [extra, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [extra, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [extra, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}
