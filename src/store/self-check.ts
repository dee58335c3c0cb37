/**
 * The start-up check of a database: SQLite's `quick_check` (page and index structure, in well
 * under a second for a year of answers) and one real write, rolled into a transaction that leaves
 * nothing behind. A read-only file, a full disk or a damaged page is found here, before the bot
 * connects, instead of as failing writes (and apologies) later.
 */
import type Database from 'better-sqlite3';

export type StoreCheck = { ok: true } | { ok: false; problem: string };

/** Rows of quick_check shown in a problem (it can list thousands). */
const MAX_PROBLEMS = 3;

const PROBE_KEY = 'quizbot:start-up-check';

export function checkDatabase(db: Database.Database): StoreCheck {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0)
      return {
        ok: false,
        problem: `quick_check found damage: ${problems.slice(0, MAX_PROBLEMS).join('; ')}${problems.length > MAX_PROBLEMS ? ` (and ${problems.length - MAX_PROBLEMS} more)` : ''}`,
      };
  } catch (error) {
    return { ok: false, problem: `quick_check failed: ${(error as Error).message}` };
  }
  try {
    db.transaction(() => {
      db.prepare('INSERT OR REPLACE INTO processed_events (key, expires_at) VALUES (?, 0)').run(
        PROBE_KEY,
      );
      db.prepare('DELETE FROM processed_events WHERE key = ?').run(PROBE_KEY);
    }).immediate();
  } catch (error) {
    return { ok: false, problem: `a test write failed: ${(error as Error).message}` };
  }
  return { ok: true };
}
