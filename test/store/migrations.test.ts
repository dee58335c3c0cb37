import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  appliedMigrations,
  loadMigrations,
  migrate,
  openDatabase,
  openStore,
  StoreError,
} from '../../src/store/index.ts';
import { createPost, openTestStore, SLACK, tempDir } from './helpers.ts';

const MIGRATIONS = loadMigrations();

/** Table and index definitions, to compare two databases' schemas. */
function schemaOf(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return db
      .prepare<[], { type: string; name: string; sql: string | null }>(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all()
      .map((r) => `${r.type} ${r.name}: ${r.sql?.replace(/\s+/g, ' ') ?? ''}`);
  } finally {
    db.close();
  }
}

describe('migrations', () => {
  it('ships numbered files starting at 0001', () => {
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(2);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('migrates an empty database, creating the folder, and records every migration', () => {
    const dir = tempDir();
    const path = join(dir, 'nested', 'deeper', 'quizbot.db');
    const store = openStore(path);
    store.close();
    const db = new Database(path);
    expect(appliedMigrations(db)).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
    );
    db.close();
  });

  it('sets WAL, synchronous=NORMAL, busy_timeout and foreign keys', () => {
    const dir = tempDir();
    const store = openTestStore(dir, { busyTimeoutMs: 1234 });
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(1234);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('works in memory', () => {
    const store = openStore(':memory:');
    expect(createPost(store, SLACK, '2026-11-28').seq).toBe(1);
    store.close();
  });

  it('opening twice applies nothing the second time', () => {
    const dir = tempDir();
    openTestStore(dir).close();
    const db = openDatabase(join(dir, 'quizbot.db'));
    expect(migrate(db, MIGRATIONS)).toEqual([]);
    db.close();
  });

  it.each(MIGRATIONS.slice(0, -1).map((m) => m.version))(
    'brings a database at migration %i up to date and keeps its data',
    (version) => {
      const dir = tempDir();
      const path = join(dir, 'quizbot.db');
      const old = openDatabase(path);
      expect(migrate(old, MIGRATIONS.slice(0, version), path)).toEqual(
        MIGRATIONS.slice(0, version).map((m) => m.version),
      );
      // Data as a quizbot at that migration wrote it (tables of 0001).
      old.exec(`INSERT INTO teams (id, platform, team_id) VALUES (1, 'slack', 'T1');
      INSERT INTO channels (id, team_ref, channel_id, post_time, days, timezone, locale, enabled, answer_window_minutes, reveal_mode, last_seq)
        VALUES (1, 1, 'C1', '09:00', '12345', 'Asia/Tokyo', 'ja', 1, 1440, 'auto', 1);
      INSERT INTO posts (id, channel_ref, local_date, week_key, month_key, seq, question_id, concept_id, correct_index, choice_count, opened_at, closes_at)
        VALUES (1, 1, '2026-11-27', '2026-W48', '2026-11', 1, 'q1', 'c1', 1, 4, 0, 86400000);
      INSERT INTO answers (post_id, user_id, choice_index, choice_text, correct, streak_after, points, answered_at)
        VALUES (1, 'U1', 1, 'B', 1, 1, 10, 5);
      INSERT INTO scores (board, user_id, points, correct, answered, reached_at) VALUES ('c1/a', 'U1', 10, 1, 1, 5);`);
      // From 0005 on, the answer is on the boards once the fold's watermark has passed it.
      if (version >= 5) old.exec('UPDATE board_fold SET folded_through = 1');
      old.close();

      const store = openStore(path);
      expect(appliedMigrations(store.db).map((m) => m.version)).toEqual(
        MIGRATIONS.map((m) => m.version),
      );
      expect(store.findAnswer(1, 'U1')).toEqual({ choiceIndex: 1, correct: true });
      expect(store.getChannel(SLACK)?.timezone).toBe('Asia/Tokyo');
      expect(
        store.leaderboard({
          scope: { kind: 'channel', channel: SLACK },
          period: 'all',
          today: '2026-11-28',
          limit: 5,
        }).rows[0],
      ).toMatchObject({ userId: 'U1', points: 10 });
      expect(store.claimEvent('evt-1', 0, 1000)).toBe(true);
      store.close();

      const fresh = join(dir, 'fresh.db');
      openStore(fresh).close();
      expect(schemaOf(path)).toEqual(schemaOf(fresh));
    },
  );

  it('refuses a database holding a migration it does not know, changing nothing', () => {
    const dir = tempDir();
    const path = join(dir, 'quizbot.db');
    openStore(path).close();
    const db = new Database(path);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      99,
      'from_the_future',
      0,
    );
    db.close();
    const before = schemaOf(path);
    expect(() => openStore(path)).toThrow(
      /holds migration 0099_from_the_future, which this version of quizbot does not know/,
    );
    try {
      openStore(path);
    } catch (error) {
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).code).toBe('unknown_migration');
    }
    expect(schemaOf(path)).toEqual(before);
  });

  it('refuses a database whose migration 1 has another name', () => {
    const dir = tempDir();
    const path = join(dir, 'quizbot.db');
    const db = openDatabase(path);
    migrate(db, [{ version: 1, name: 'something_else', sql: 'CREATE TABLE t (x)' }]);
    db.close();
    expect(() => openStore(path)).toThrow(/0001_something_else/);
  });

  it('rolls a failing migration back and names it', () => {
    const dir = tempDir();
    const path = join(dir, 'quizbot.db');
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        sql: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;',
      },
    ];
    const db = openDatabase(path);
    expect(() => migrate(db, broken, path)).toThrow(
      /migration 000\d_broken failed and was rolled back: no such table: no_such_table/,
    );
    expect(appliedMigrations(db).map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
    db.close();
    expect(schemaOf(path).some((line) => line.includes('half_done'))).toBe(false);
    openStore(path).close();
  });

  describe('bad migration files', () => {
    function dirWith(files: Record<string, string>): string {
      const dir = join(tempDir(), 'migrations');
      mkdirSync(dir);
      for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
      return dir;
    }
    it('refuses a gap in the numbers', () => {
      expect(() => loadMigrations(dirWith({ '0001_a.sql': '', '0003_c.sql': '' }))).toThrow(
        /0003_c\.sql: expected migration number 0002/,
      );
    });
    it('refuses a badly named file', () => {
      expect(() => loadMigrations(dirWith({ '0001_a.sql': '', '2_b.sql': '' }))).toThrow(
        /2_b\.sql: a migration file must be named NNNN_name\.sql/,
      );
    });
    it('ignores files that are not .sql', () => {
      expect(
        loadMigrations(dirWith({ '0001_a.sql': 'SELECT 1', 'README.md': '' })).map((m) => m.name),
      ).toEqual(['a']);
    });
  });

  it('refuses a file that is not a SQLite database', () => {
    const dir = tempDir();
    const path = join(dir, 'notes.db');
    writeFileSync(
      path,
      'this is not a database, just some text that is long enough to have a header. '.repeat(20),
    );
    expect(() => openStore(path)).toThrow(
      /cannot use .*notes\.db as a quizbot database: file is not a database/,
    );
  });
});
