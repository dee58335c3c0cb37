/**
 * The board fold (board-fold.ts): a click writes no board row; reads fold first; folding is
 * idempotent, incremental, survives reopening, crashes and a second process; and however the answers
 * are cut into folds, the boards come out identical — the same rows (tie-break times included) as
 * folding after every single click, which is what the in-transaction upkeep before 0005 wrote.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBoardFold } from '../../src/store/board-fold.ts';
import {
  loadMigrations,
  migrate,
  openDatabase,
  openStore,
  type SqliteQuizStore,
  StoreError,
} from '../../src/store/index.ts';
import type { BoardScope, ChannelKey, NewAnswer, PostRecord } from '../../src/store/types.ts';
import { createPost, openTestStore, postFor, SLACK, seededRandom, tempDir } from './helpers.ts';
import { startWorker } from './processes.ts';
import { verifyDatabase } from './verify-db.ts';

const TEAM: BoardScope = { kind: 'team', platform: 'slack', teamId: 'T1' };
const DAY = 86_400_000;

type ScoreRow = {
  board: string;
  user_id: string;
  points: number;
  correct: number;
  answered: number;
  reached_at: number;
};
const scoresOf = (store: SqliteQuizStore): ScoreRow[] =>
  store.db
    .prepare<[], ScoreRow>(
      'SELECT board, user_id, points, correct, answered, reached_at FROM scores ORDER BY board, user_id',
    )
    .all();
const watermarkOf = (store: SqliteQuizStore): number =>
  store.db.prepare<[], { folded_through: number }>('SELECT folded_through FROM board_fold').get()!
    .folded_through;
const answer = (
  post: PostRecord,
  userId: string,
  choiceIndex: number,
  at = post.openedAt + 1,
): NewAnswer => ({
  postId: post.id,
  userId,
  userName: `name ${userId}`,
  choiceIndex,
  choiceText: `option ${choiceIndex}`,
  at,
});

/**
 * Seeded random play on two teams (three channels, a season started midway, out-of-order `at`s,
 * double clicks, late clicks, closed posts); `afterClick` runs after every recordAnswer call.
 */
function play(store: SqliteQuizStore, seed: number, afterClick: () => void): number {
  const random = seededRandom(seed);
  const channels: ChannelKey[] = [
    SLACK,
    { ...SLACK, channelId: 'C2' },
    { platform: 'discord', teamId: 'G1', channelId: '900' },
  ];
  const users = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7'];
  const latest = new Map<ChannelKey, PostRecord>();
  let clicks = 0;
  for (let day = 0; day < 40; day++) {
    if (day === 15)
      store.startSeason('slack', 'T1', 'second half', Date.UTC(2026, 11, 1) + day * DAY);
    for (const key of channels) {
      if (random() < 0.2) continue;
      const previous = latest.get(key);
      if (previous && random() < 0.5) store.closePost(previous.id, previous.openedAt + DAY / 2);
      const openedAt = Date.UTC(2026, 11, 1) + day * DAY + Math.floor(random() * 3_600_000);
      const post = store.createPost(
        postFor(key, new Date(openedAt).toISOString().slice(0, 10), openedAt),
      ).post;
      latest.set(key, post);
      for (const userId of users) {
        if (random() < 0.3) continue;
        const choice = random() < 0.6 ? post.correctIndex : Math.floor(random() * 4);
        // Some clicks stamped before earlier ones (a slow delivery), so "reached" must take the max.
        const at = post.openedAt + Math.floor(random() * 1000) * (random() < 0.2 ? 1 : 1000);
        store.recordAnswer(answer(post, userId, choice, at));
        afterClick();
        clicks += 1;
        if (random() < 0.1) {
          store.recordAnswer(answer(post, userId, (choice + 1) % 4, at + 5)); // double click
          afterClick();
        }
      }
      if (previous && random() < 0.3) {
        store.recordAnswer(
          answer(previous, users[Math.floor(random() * users.length)]!, 1, openedAt + 1),
        ); // late click
        afterClick();
      }
    }
  }
  return clicks;
}

describe('board fold', () => {
  it('a click writes the answer, streak and user but no board row; a leaderboard read folds first', () => {
    const store = openTestStore(tempDir());
    store.startSeason('slack', 'T1', 'S', 0);
    const post = createPost(store, SLACK, '2026-11-27');
    expect(store.recordAnswer(answer(post, 'U1', 1))).toMatchObject({
      status: 'counted',
      points: 10,
      streak: 1,
    });
    expect(scoresOf(store)).toEqual([]);
    expect(store.boardBacklog()).toBe(1);
    expect(store.streak(SLACK, 'U1')).toEqual({ current: 1, best: 1 });

    const board = store.leaderboard({ scope: TEAM, period: 'all', today: '2026-11-27', limit: 10 });
    expect(board.rows.map((r) => [r.userId, r.points, r.answered])).toEqual([['U1', 10, 1]]);
    expect(store.boardBacklog()).toBe(0);
    // Channel and team, each week, month, season and all time.
    expect(scoresOf(store).map((r) => r.board)).toEqual([
      'c1/a',
      'c1/m2026-11',
      'c1/s1',
      'c1/w2026-W48',
      't1/a',
      't1/m2026-11',
      't1/s1',
      't1/w2026-W48',
    ]);
  });

  it('user stats fold first', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    store.recordAnswer(answer(post, 'U1', 0));
    store.recordAnswer(answer(post, 'U2', 1));
    expect(store.userStats(TEAM, 'U2')).toMatchObject({ answered: 1, correct: 1, accuracy: 1 });
    expect(store.userStats({ kind: 'channel', channel: SLACK }, 'U1')).toMatchObject({
      answered: 1,
      correct: 0,
    });
    expect(store.boardBacklog()).toBe(0);
  });

  it('is idempotent and incremental: a second fold adds nothing, a later one only the new answers', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    for (const u of ['U1', 'U2', 'U3']) store.recordAnswer(answer(post, u, u === 'U2' ? 0 : 1));
    expect(store.foldBoards()).toBe(3);
    const once = scoresOf(store);
    expect(store.foldBoards()).toBe(0);
    expect(store.foldBoards()).toBe(0);
    expect(scoresOf(store)).toEqual(once);
    expect(watermarkOf(store)).toBe(3);

    // A repeated click adds no answer, so nothing to fold.
    expect(store.recordAnswer(answer(post, 'U1', 2))).toEqual({
      status: 'already',
      choiceIndex: 1,
      correct: true,
    });
    expect(store.foldBoards()).toBe(0);
    store.recordAnswer(answer(post, 'U4', 1, post.openedAt + 9));
    expect(store.foldBoards()).toBe(1);
    const u4 = scoresOf(store).filter((r) => r.user_id === 'U4');
    expect(u4).toHaveLength(6); // no season: channel and team × week, month, all
    expect(
      u4.every((r) => r.points === 10 && r.answered === 1 && r.reached_at === post.openedAt + 9),
    ).toBe(true);
    expect(scoresOf(store).filter((r) => r.user_id !== 'U4')).toEqual(once);
  });

  it.each([1, 2])(
    'gives identical boards however the answers are cut into folds, equal to the raw answers (seed %i)',
    (seed) => {
      const dir = tempDir();
      // After every click: one answer per fold, the same upserts as the upkeep before the fold existed.
      const perClick = openTestStore(dir, {}, 'per-click.db');
      const clicks = play(perClick, seed, () => perClick.foldBoards());
      expect(clicks).toBeGreaterThan(300);
      // Never until the end, in one chunk.
      const atEnd = openTestStore(dir, {}, 'at-end.db');
      play(atEnd, seed, () => undefined);
      expect(atEnd.boardBacklog()).toBe(clicks); // double and late clicks add no answer
      atEnd.foldBoards();
      // At random moments, in chunks of 7 answers (each chunk its own transaction).
      const chunked = openTestStore(dir, {}, 'chunked.db');
      const smallFold = createBoardFold(chunked.db, 7);
      const when = seededRandom(seed + 100);
      play(chunked, seed, () => {
        if (when() < 0.05) smallFold.catchUp();
      });
      smallFold.catchUp();

      const expected = scoresOf(perClick);
      expect(expected.length).toBeGreaterThan(100);
      expect(scoresOf(atEnd)).toEqual(expected);
      expect(scoresOf(chunked)).toEqual(expected);
      for (const s of [perClick, atEnd, chunked]) s.close();
      const { foldedOnOpen } = verifyDatabase(join(dir, 'chunked.db'));
      expect(foldedOnOpen).toBe(0);
    },
  );

  it('keeps its watermark across reopening', () => {
    const dir = tempDir();
    const path = join(dir, 'quizbot.db');
    let store = openStore(path);
    const post = createPost(store, SLACK, '2026-11-27');
    store.recordAnswer(answer(post, 'U1', 1));
    store.recordAnswer(answer(post, 'U2', 1));
    expect(store.foldBoards()).toBe(2);
    const folded = scoresOf(store);
    store.close();

    store = openStore(path);
    expect(store.boardBacklog()).toBe(0);
    expect(store.foldBoards()).toBe(0);
    expect(scoresOf(store)).toEqual(folded);
    store.recordAnswer(answer(post, 'U3', 0));
    store.recordAnswer(answer(post, 'U4', 1));
    store.close(); // closed with two answers not yet folded

    store = openStore(path);
    expect(store.boardBacklog()).toBe(2);
    expect(store.foldBoards()).toBe(2);
    expect(
      store
        .leaderboard({ scope: TEAM, period: 'all', today: '2026-11-27', limit: 10 })
        .rows.map((r) => r.userId),
    ).toEqual(['U1', 'U2', 'U4', 'U3']);
    store.close();
    verifyDatabase(path);
  });

  it('migrates a database at 0004 with data: every answer it holds is already on the boards', () => {
    const dir = tempDir();
    const path = join(dir, 'quizbot.db');
    // Data as quizbot at 0004 left it (boards maintained for every answer), played on a current
    // store and copied into a database migrated to 0004 only.
    const source = join(dir, 'source.db');
    let store = openStore(source);
    store.startSeason('slack', 'T1', 'S', 0);
    const p1 = createPost(store, SLACK, '2026-11-26');
    for (const u of ['U1', 'U2', 'U3']) store.recordAnswer(answer(p1, u, u === 'U3' ? 0 : 1));
    const p2 = createPost(store, SLACK, '2026-11-27');
    for (const u of ['U1', 'U3']) store.recordAnswer(answer(p2, u, 1));
    store.foldBoards();
    const boards = scoresOf(store);
    store.close();
    const old = openDatabase(path);
    migrate(old, loadMigrations().slice(0, 4), path);
    old.exec(`ATTACH DATABASE '${source}' AS source`);
    for (const table of [
      'teams',
      'channels',
      'seasons',
      'posts',
      'users',
      'answers',
      'streaks',
      'scores',
    ]) {
      const columns = old
        .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
        .all()
        .map((c) => c.name)
        .join(', ');
      old.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM source.${table}`);
    }
    old.exec('DETACH DATABASE source');
    old.close();

    store = openStore(path);
    expect(store.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(
      loadMigrations().length,
    );
    expect(watermarkOf(store)).toBe(5);
    expect(store.boardBacklog()).toBe(0);
    expect(scoresOf(store)).toEqual(boards); // nothing counted twice
    store.recordAnswer(answer(p2, 'U2', 1));
    expect(
      store
        .leaderboard({ scope: TEAM, period: 'all', today: '2026-11-27', limit: 10 })
        .rows.map((r) => [r.userId, r.points]),
    ).toEqual([
      ['U1', 21],
      ['U2', 21],
      ['U3', 10],
    ]);
    store.close();
    verifyDatabase(path);
  });

  it('migrates a database at 0004 without answers to watermark 0', () => {
    const path = join(tempDir(), 'quizbot.db');
    const db = openDatabase(path);
    migrate(db, loadMigrations().slice(0, 4), path);
    db.close();
    const store = openStore(path);
    expect(watermarkOf(store)).toBe(0);
    const post = createPost(store, SLACK, '2026-11-27');
    store.recordAnswer(answer(post, 'U1', 1));
    expect(store.foldBoards()).toBe(1);
    store.close();
  });

  it('refuses to fold without its watermark row, naming it, and changes nothing', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    store.recordAnswer(answer(post, 'U1', 1));
    store.db.exec('DELETE FROM board_fold');
    const read = () =>
      store.leaderboard({ scope: TEAM, period: 'all', today: '2026-11-27', limit: 10 });
    expect(read).toThrow(StoreError);
    expect(read).toThrow(/board_fold watermark row is missing \(migration 0005 creates it\)/);
    expect(() => store.foldBoards()).toThrow(/board_fold/);
    expect(scoresOf(store)).toEqual([]);
    expect(store.findAnswer(post.id, 'U1')).toEqual({ choiceIndex: 1, correct: true });
  });
});

describe('board fold with two processes', () => {
  it('two processes clicking and folding at once fold every answer exactly once', async () => {
    const path = join(tempDir(), 'fold-race.db');
    const store = openStore(path);
    store.startSeason('slack', 'T1', 'S', 0);
    const post = store.createPost(postFor(SLACK, '2026-11-27')).post;
    store.close();
    const USERS = 200;
    // Both click for every user (A up, B down) and fold after every 2nd click, so folds of one
    // process meet clicks and folds of the other.
    const ops = (order: 'up' | 'down') =>
      Array.from({ length: USERS }, (_, i) => {
        const n = order === 'up' ? i : USERS - 1 - i;
        const click = { op: 'record', answer: answer(post, `U${n}`, n % 4, post.openedAt + n) };
        return i % 2 === 1 ? [click, { op: 'fold' }] : [click];
      }).flat();
    const files = [ops('up'), ops('down')].map((o, i) => {
      const file = join(path, '..', `ops-${i}.json`);
      writeFileSync(file, JSON.stringify(o));
      return file;
    });
    const workers = files.map((file) => startWorker(['race', path, file]));
    await Promise.all(workers.map((w) => w.waitFor(1, /^ready$/)));
    for (const w of workers) w.child.stdin.end('go\n');
    await Promise.all(workers.map((w) => w.exited));
    const results = workers.map(
      (w) => JSON.parse(w.lines.find((l) => l.startsWith('['))!) as unknown[],
    );
    const folds = results.flat().filter((r): r is number => typeof r === 'number');
    const counted = results.flat().filter((r) => (r as { status?: string }).status === 'counted');
    expect(counted).toHaveLength(USERS);
    expect(folds.length).toBe(USERS);

    const { answers, foldedOnOpen } = verifyDatabase(path);
    expect(answers).toHaveLength(USERS);
    // Each answer folded once: by one of the processes, or by the check's own fold.
    expect(folds.reduce((a, b) => a + b, 0) + foldedOnOpen).toBe(USERS);
  });

  it('a writer killed with SIGKILL anywhere between clicks and folds leaves boards that are exact after the next fold', async () => {
    const path = join(tempDir(), 'fold-crash.db');
    const worker = startWorker(['record-fold-forever', path]);
    await worker.waitFor(3000, /^\d+ U\d+$/);
    worker.child.kill('SIGKILL');
    await worker.exited;
    const returned = worker.lines.filter((l) => /^\d+ U\d+$/.test(l));
    const printedFolds = worker.lines
      .filter((l) => l.startsWith('folded '))
      .map((l) => Number(l.slice(7)));
    expect(printedFolds.length).toBeGreaterThanOrEqual(5);
    expect(printedFolds.every((n) => n === 7 * 40)).toBe(true); // each fold: the 7 posts since the last

    const { answers, foldedOnOpen } = verifyDatabase(path);
    const stored = new Set(answers.map((a) => `${a.postId} ${a.userId}`));
    expect(returned.filter((line) => !stored.has(line))).toEqual([]);
    // Folded before the kill: every printed fold, plus at most the one whose print the kill cut off.
    const foldedBefore = answers.length - foldedOnOpen;
    expect([0, 7 * 40]).toContain(foldedBefore - printedFolds.reduce((a, b) => a + b, 0));
  });
});
