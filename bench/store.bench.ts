/**
 * `npm run bench:store` — the store's record path, board fold and leaderboards, measured in one run:
 *
 * 1. answers/s of `recordAnswer` (its own BEGIN IMMEDIATE transaction per answer) next to a bare
 *    autocommit `INSERT INTO answers` of the same rows, on fresh files in WAL mode; the bot's click
 *    path `recordClick` (the delivery's key, the answer and the learner's card in one transaction),
 *    one transaction per click and grouped 8 clicks to a transaction as the write queue does under load;
 *    and the same clicks with the board fold run after every post's 1000 answers, fold time
 *    included (what the boards cost in all);
 * 2. on a database of 1,000,000 answers by 10,000 users (built through `recordAnswer`, batched in
 *    outer transactions to save time): the fold's throughput in day-sized batches (one fold after
 *    each simulated day, like the bot's background fold) and for one large backlog; then
 *    leaderboard p50/p99 per period and scope after folding, and for a read that finds fresh
 *    answers to fold first.
 *
 * Options: `--answers N` (default 1000000), `--users N` (default 10000), `--keep DIR`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore, type SqliteQuizStore } from '../src/store/index.ts';
import type { ChannelKey, LeaderboardQuery, Period } from '../src/store/types.ts';

const { values } = parseArgs({
  options: {
    answers: { type: 'string', default: '1000000' },
    users: { type: 'string', default: '10000' },
    keep: { type: 'string' },
  },
});
const TOTAL_ANSWERS = Number(values.answers);
const USERS = Number(values.users);
const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'quizbot-bench-'));

let seed = 42;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (n: number): number => Math.floor(random() * n);
const userId = (i: number): string => `U${String(i).padStart(6, '0')}`;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const localDate = (day: number): string => new Date(START + day * DAY).toISOString().slice(0, 10);

function newPost(store: SqliteQuizStore, key: ChannelKey, day: number) {
  return store.createPost({
    ...key,
    localDate: localDate(day),
    questionId: `q${day}`,
    conceptId: `concept${day % 19}`,
    correctIndex: day % 4,
    choiceCount: 4,
    openedAt: START + day * DAY,
    closesAt: START + (day + 1) * DAY,
  }).post;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// ---- 1. record path vs bare insert -------------------------------------------------------------

const THROUGHPUT_ANSWERS = 20_000;
const PER_POST = 1000;

type Kind = 'bare' | 'record' | 'record+fold' | 'click' | 'click x8';

/** The card hook of the benchmark: a card of the size of a real FSRS state (~300 bytes of JSON). */
const CARD = JSON.stringify({
  card: {
    due: 0,
    stability: 2.3065,
    difficulty: 2.1181,
    elapsed_days: 0,
    scheduled_days: 2,
    reps: 1,
    lapses: 0,
    state: 2,
    last_review: 0,
  },
  last: { at: 0, rating: 3, questionId: 'q-0000', source: 'daily' },
  history: [],
});

function throughput(kind: Kind, round: number): number {
  const store = openStore(join(dir, `throughput-${kind}-${round}.db`));
  const key: ChannelKey = { platform: 'slack', teamId: 'T1', channelId: 'C1' };
  store.startSeason('slack', 'T1', 'S1', START);
  const posts = Array.from({ length: THROUGHPUT_ANSWERS / PER_POST }, (_, day) =>
    newPost(store, key, day),
  );
  // Every post open for the bare inserts; recordAnswer needs the post it writes to to be the latest.
  const bare =
    store.db.prepare(`INSERT INTO answers (post_id, user_id, choice_index, choice_text, correct, streak_after,
    points, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const rows = posts.flatMap((post, p) =>
    Array.from({ length: PER_POST }, (_, u) => ({
      post,
      user: userId(u),
      choice: (u + p) % 4,
      at: post.openedAt + u,
    })),
  );
  let t0 = 0;
  let elapsed = 0;
  if (kind === 'bare') {
    t0 = performance.now();
    for (const r of rows)
      bare.run(
        r.post.id,
        r.user,
        r.choice,
        `choice ${r.choice}`,
        r.choice === r.post.correctIndex ? 1 : 0,
        1,
        10,
        r.at,
      );
    elapsed = performance.now() - t0;
  } else if (kind === 'click' || kind === 'click x8') {
    const setLatest = store.db.prepare('UPDATE channels SET last_seq = ?');
    const hooks = {
      choiceText: (_post: unknown, index: number) => `choice ${index}`,
      reviewCard: (_card: string | null, post: { id: number }) => ({ state: CARD, dueAt: post.id }),
    };
    const group = kind === 'click x8' ? 8 : 1;
    for (let p = 0; p < posts.length; p++) {
      const post = posts[p]!;
      setLatest.run(post.seq);
      const slice = rows.slice(p * PER_POST, (p + 1) * PER_POST);
      t0 = performance.now();
      for (let i = 0; i < slice.length; i += group) {
        store.transaction(() => {
          for (const r of slice.slice(i, i + group))
            store.recordClick(
              {
                channel: key,
                postId: post.id,
                userId: r.user,
                userName: r.user,
                choiceIndex: r.choice,
                at: r.at,
                eventKey: { key: `slack:T1:action:${post.id}:${r.user}`, ttlMs: DAY },
              },
              hooks,
            );
        });
      }
      elapsed += performance.now() - t0;
    }
  } else {
    // Posts are created up front (same file shape as the bare run); lift the "latest post" rule
    // by recording post after post with `last_seq` pointing at it.
    const setLatest = store.db.prepare('UPDATE channels SET last_seq = ?');
    for (let p = 0; p < posts.length; p++) {
      const post = posts[p]!;
      setLatest.run(post.seq);
      const slice = rows.slice(p * PER_POST, (p + 1) * PER_POST);
      t0 = performance.now();
      for (const r of slice) {
        store.recordAnswer({
          postId: post.id,
          userId: r.user,
          userName: r.user,
          choiceIndex: r.choice,
          choiceText: `choice ${r.choice}`,
          at: r.at,
        });
      }
      if (kind === 'record+fold') store.foldBoards();
      elapsed += performance.now() - t0;
    }
  }
  store.close();
  return rows.length / (elapsed / 1000);
}

// Rounds alternate so that load from other processes hits both paths alike; medians are reported.
const ROUNDS = 5;
const rates: Record<Kind, number[]> = {
  bare: [],
  record: [],
  'record+fold': [],
  click: [],
  'click x8': [],
};
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of ['bare', 'record', 'record+fold', 'click', 'click x8'] as const)
    rates[kind].push(throughput(kind, round));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bareRate = median(rates.bare);
const recordRate = median(rates.record);
const foldedRate = median(rates['record+fold']);
const list = (xs: number[]): string => `[${xs.map((r) => r.toFixed(0)).join(', ')}]`;
console.log(
  `record path: ${THROUGHPUT_ANSWERS} answers per round, ${ROUNDS} rounds, median (WAL, synchronous=NORMAL, one transaction per answer)`,
);
console.log(
  `  bare INSERT INTO answers (autocommit)  ${bareRate.toFixed(0).padStart(7)} answers/s  ${list(rates.bare)}`,
);
console.log(
  `  store.recordAnswer                     ${recordRate.toFixed(0).padStart(7)} answers/s  ${list(rates.record)}`,
);
console.log(
  `  ratio record/bare                      ${(recordRate / bareRate).toFixed(2)}  (target >= 0.5)`,
);
console.log(
  `  recordAnswer + foldBoards every ${PER_POST}   ${foldedRate.toFixed(0).padStart(7)} answers/s  ${list(rates['record+fold'])}  (fold time included; ratio ${(foldedRate / bareRate).toFixed(2)})`,
);
console.log(
  `  store.recordClick, key + answer + card  ${median(rates.click).toFixed(0).padStart(7)} clicks/s  ${list(rates.click)}  (one transaction per click; ratio ${(median(rates.click) / bareRate).toFixed(2)})`,
);
console.log(
  `  recordClick grouped 8 per transaction   ${median(rates['click x8']).toFixed(0).padStart(7)} clicks/s  ${list(rates['click x8'])}  (as the write queue under load; ratio ${(median(rates['click x8']) / bareRate).toFixed(2)})`,
);

// ---- 2. leaderboards at scale --------------------------------------------------------------------

const store = openStore(join(dir, 'scale.db'));
const team = { platform: 'slack' as const, teamId: 'T1' };
const channels: ChannelKey[] = ['C-big', 'C2', 'C3', 'C4'].map((channelId) => ({
  ...team,
  channelId,
}));
// The big channel gets 40% of the posts; every channel draws answerers from all users.
const postsPerChannel = [0.4, 0.2, 0.2, 0.2].map((share) =>
  Math.max(1, Math.round((share * TOTAL_ANSWERS) / PER_POST)),
);
const seasonStartDay = Math.floor(postsPerChannel[0]! / 2);
store.startSeason('slack', 'T1', 'Season 1', START);
const build0 = performance.now();
let recorded = 0;
/** The last answers are left for one large catch-up fold; the rest is folded day by day. */
const BACKLOG = Math.min(100_000, Math.floor(TOTAL_ANSWERS / 10));
const dailyFolds: { answers: number; ms: number; atAnswers: number }[] = [];
const maxDay = Math.max(...postsPerChannel);
const users = Array.from({ length: USERS }, (_, i) => userId(i));
for (let day = 0; day < maxDay; day++) {
  if (day === seasonStartDay) store.startSeason('slack', 'T1', 'Season 2', START + day * DAY);
  store.db.transaction(() => {
    channels.forEach((key, c) => {
      if (day >= postsPerChannel[c]!) return;
      const post = newPost(store, key, day);
      // A stable core of regulars (streaks) plus random others.
      const answerers = new Set<string>();
      for (let i = 0; i < PER_POST / 2; i++) answerers.add(users[(i * 7 + c) % USERS]!);
      while (answerers.size < PER_POST && recorded + answerers.size < TOTAL_ANSWERS)
        answerers.add(users[pick(USERS)]!);
      for (const u of answerers) {
        const choice = random() < 0.6 ? post.correctIndex : pick(4);
        store.recordAnswer({
          postId: post.id,
          userId: u,
          userName: `name ${u}`,
          choiceIndex: choice,
          choiceText: `choice ${choice}`,
          at: post.openedAt + pick(DAY / 2),
        });
      }
      recorded += answerers.size;
    });
  })();
  if (recorded <= TOTAL_ANSWERS - BACKLOG) {
    const t0 = performance.now();
    const answers = store.foldBoards();
    dailyFolds.push({ answers, ms: performance.now() - t0, atAnswers: recorded });
  }
}
const backlog = store.boardBacklog();
const backlog0 = performance.now();
const backlogFolded = store.foldBoards();
const backlogMs = performance.now() - backlog0;
const answersInDb = (store.db.prepare('SELECT count(*) AS n FROM answers').get() as { n: number })
  .n;
const usersInDb = (store.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
console.log(
  `\nscale database: ${answersInDb} answers, ${usersInDb} users, ${channels.length} channels, built in ${((performance.now() - build0) / 1000).toFixed(0)} s`,
);
const foldRate = (folds: typeof dailyFolds): string => {
  const answers = folds.reduce((s, f) => s + f.answers, 0);
  const ms = folds.reduce((s, f) => s + f.ms, 0);
  const per = folds.map((f) => f.ms).sort((a, b) => a - b);
  return `${(answers / (ms / 1000)).toFixed(0).padStart(7)} answers/s  (${folds.length} folds of ~${Math.round(answers / Math.max(1, folds.length))} answers, each p50 ${percentile(per, 50).toFixed(1)} ms, max ${per[per.length - 1]?.toFixed(1)} ms)`;
};
const lastFifth = dailyFolds.filter((f) => f.atAnswers > 0.8 * TOTAL_ANSWERS);
console.log(
  'board fold (answers added to the 8 boards each, one transaction per 20,000 answers at most):',
);
console.log(`  one fold per day, whole build            ${foldRate(dailyFolds)}`);
console.log(`  one fold per day, last 20% of the build  ${foldRate(lastFifth)}`);
console.log(
  `  one backlog of ${backlog} answers         ${(backlogFolded / (backlogMs / 1000)).toFixed(0).padStart(7)} answers/s  (${backlogMs.toFixed(0)} ms in all)`,
);
const scoreRows = (store.db.prepare('SELECT count(*) AS n FROM scores').get() as { n: number }).n;
console.log(`  board rows after folding: ${scoreRows}; backlog now ${store.boardBacklog()}`);

const today = localDate(maxDay - 1);
const ITERATIONS = 2000;
console.log(
  `leaderboard (limit 10 + the asking user's row and rank), ${ITERATIONS} queries each, today ${today}:`,
);
for (const scope of [
  { kind: 'channel' as const, channel: channels[0]! },
  { kind: 'team' as const, ...team },
]) {
  for (const period of ['week', 'month', 'season', 'all'] as Period[]) {
    const times: number[] = [];
    let boardSize = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const query: LeaderboardQuery = {
        scope,
        period,
        today,
        limit: 10,
        userId: users[pick(USERS)]!,
      };
      const t0 = performance.now();
      const board = store.leaderboard(query);
      times.push(performance.now() - t0);
      if (board.me) boardSize = Math.max(boardSize, board.me.rank);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${scope.kind.padEnd(7)} ${period.padEnd(6)} p50 ${percentile(times, 50).toFixed(3)} ms  p99 ${percentile(times, 99).toFixed(3)} ms  (~${boardSize} users on the board)`,
    );
  }
}

// A read that finds fresh answers: clicks by new users on the channels' latest posts, then the board.
const latestPosts = channels.map((key) => store.latestPost(key)!);
const FRESH = 10;
for (const [label, scope] of [
  ['channel', { kind: 'channel' as const, channel: channels[0]! }],
  ['team', { kind: 'team' as const, ...team }],
] as const) {
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    for (let k = 0; k < FRESH; k++) {
      const post = latestPosts[k % latestPosts.length]!;
      const u = `new-${label}-${i}-${k}`;
      const result = store.recordAnswer({
        postId: post.id,
        userId: u,
        userName: u,
        choiceIndex: post.correctIndex,
        choiceText: 'x',
        at: post.openedAt + 1,
      });
      if (result.status !== 'counted') throw new Error(`bench: a fresh click was ${result.status}`);
    }
    if (store.boardBacklog() !== FRESH)
      throw new Error('bench: expected the fresh clicks to wait for the fold');
    const t0 = performance.now();
    store.leaderboard({ scope, period: 'all', today, limit: 10, userId: users[pick(USERS)]! });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  read finding ${FRESH} unfolded answers: ${label} all  p50 ${percentile(times, 50).toFixed(3)} ms  p99 ${percentile(times, 99).toFixed(3)} ms  (fold included)`,
  );
}

const g0 = performance.now();
store.db
  .prepare(
    `SELECT a.user_id, sum(a.points) AS points FROM answers a GROUP BY a.user_id ORDER BY points DESC LIMIT 10`,
  )
  .all();
console.log(
  `for comparison, one GROUP BY over all answers: ${(performance.now() - g0).toFixed(0)} ms`,
);
store.close();
if (!values.keep) rmSync(dir, { recursive: true, force: true });
