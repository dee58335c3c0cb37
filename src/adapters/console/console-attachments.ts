/**
 * The terminal cannot show an image: each attachment of a reply (the weekly report's chart) is
 * written to a file under the data folder, and the path is printed instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Reply } from '../../bot/types.ts';

/** `reports/` beside the database file (`data/reports` by default); `data/reports` for an in-memory database. */
export function reportsDir(databasePath: string): string {
  return databasePath === ':memory:' || databasePath === ''
    ? join('data', 'reports')
    : join(dirname(databasePath), 'reports');
}

/**
 * Writes a reply's attachments into `dir` (never outside it: only the file's own name is kept)
 * and returns where each went — or, when it could not be written, its name and the reason.
 */
export function saveAttachments(reply: Reply, dir: string): string[] {
  return (reply.attachments ?? []).map((a) => {
    const path = join(dir, basename(a.filename) || 'attachment');
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, a.data);
      return path;
    } catch (error) {
      return `${a.filename} (${(error as Error).message})`;
    }
  });
}
