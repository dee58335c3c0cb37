/** The start-up check (issue 15 #9): quick_check and one test write that leaves nothing behind. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase, openStore } from '../../src/store/index.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkDatabase', () => {
  it('passes a healthy database and leaves no row behind', () => {
    dir = mkdtempSync(join(tmpdir(), 'quizbot-check-'));
    const store = openStore(join(dir, 'q.db'));
    expect(checkDatabase(store.db)).toEqual({ ok: true });
    expect(store.db.prepare('SELECT count(*) AS n FROM processed_events').get()).toEqual({ n: 0 });
    store.close();
  });

  it('names a database that takes no write', () => {
    dir = mkdtempSync(join(tmpdir(), 'quizbot-check-'));
    const path = join(dir, 'q.db');
    openStore(path).close();
    const readOnly = new Database(path, { readonly: true });
    const check = checkDatabase(readOnly);
    readOnly.close();
    expect(check).toEqual({
      ok: false,
      problem: expect.stringMatching(/^a test write failed: .*readonly/i),
    });
  });
});
