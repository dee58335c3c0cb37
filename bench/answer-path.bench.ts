/**
 * `tsx bench/answer-path.bench.ts` — signed Slack `block_actions` clicks into our app (HTTP mode:
 * real Bolt receiver, adapter, core, SQLite store on a temp file) against a bare Bolt app whose
 * listener only acks: the same load (32 concurrent clients on loopback, each click a new user,
 * spread over many posts), in the same run, alternated round by round. The clients and the fake
 * Slack Web API / response_url run in a worker process, so their CPU is not charged to either app.
 *
 * Our app's time for a round runs until every click is acked AND handled (answer locked, reply
 * delivered through response_url). Afterwards every click must be recorded exactly once.
 *
 * Options: --rounds N (5) --clicks N per round (3000) --warmup N (600) --concurrency N (32)
 *          --posts N (200) --json FILE --only ours|bare (profiling)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadResult } from './lib/clicks.ts';
import {
  BOT_TOKEN,
  clicksFor,
  SIGNING_SECRET,
  startBareBolt,
  startQuizApp,
} from './lib/quiz-app.ts';
import { median, round, summarize } from './lib/stats.ts';
import { startLoadWorker } from './lib/worker-client.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    clicks: { type: 'string', default: '3000' },
    warmup: { type: 'string', default: '600' },
    concurrency: { type: 'string', default: '32' },
    posts: { type: 'string', default: '200' },
    json: { type: 'string' },
    /** `ours` alone, for profiling our side (the comparison needs both). */
    only: { type: 'string' },
  },
});
const ROUNDS = Number(values.rounds);
const CLICKS = Number(values.clicks);
const WARMUP = Number(values.warmup);
const CONCURRENCY = Number(values.concurrency);
const POSTS = Number(values.posts);
/** No round may take longer than this; the run stays bounded whatever happens. */
const ROUND_LIMIT_MS = 60_000;

const dir = mkdtempSync(join(tmpdir(), 'quizbot-answer-bench-'));
const worker = await startLoadWorker(BOT_TOKEN);
const ours = await startQuizApp(join(dir, 'quizbot.db'), worker.apiUrl);
const bare = await startBareBolt(worker.apiUrl);

interface Round {
  target: 'ours' | 'bare';
  clicks: number;
  wallMs: number;
  perSecond: number;
  load: LoadResult;
}

try {
  const posts = await ours.createPosts(POSTS);
  let nextUser = 0;
  let clicksToOurs = 0;

  async function runRound(target: 'ours' | 'bare', count: number): Promise<Round> {
    const clicks = clicksFor(posts, nextUser, count);
    nextUser += count;
    const url = target === 'ours' ? ours.url : bare.url;
    const t0 = performance.now();
    const load = await worker.run({
      url,
      secret: SIGNING_SECRET,
      clicks,
      concurrency: CONCURRENCY,
      timeLimitMs: ROUND_LIMIT_MS,
      expectResponses: target === 'ours',
    });
    if (target === 'ours') await ours.adapter.settled();
    const wallMs = performance.now() - t0;
    const done = load.latencies.length;
    if (target === 'ours') clicksToOurs += count - load.skipped;
    if (load.errors > 0 || load.skipped > 0 || (load.statuses['200'] ?? 0) !== done) {
      throw new Error(
        `${target}: ${load.errors} errors, ${load.skipped} skipped, statuses ${JSON.stringify(load.statuses)}`,
      );
    }
    return { target, clicks: done, wallMs, perSecond: done / (wallMs / 1000), load };
  }

  // Warm-up (JIT, caches, connections); not counted.
  const wanted = (t: 'ours' | 'bare'): boolean => !values.only || values.only === t;
  if (wanted('ours')) await runRound('ours', WARMUP);
  if (wanted('bare')) await runRound('bare', WARMUP);

  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const order: ('ours' | 'bare')[] = r % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
    for (const target of order.filter(wanted)) {
      const result = await runRound(target, CLICKS);
      rounds.push(result);
      console.log(
        `  round ${r + 1} ${target.padEnd(4)} ${result.perSecond.toFixed(0).padStart(6)} clicks/s  p99 ${summarize(result.load.latencies).p99Ms.toFixed(1)} ms`,
      );
    }
  }

  // Every click recorded exactly once, and answered exactly once through its response_url.
  const counted = ours.store.db
    .prepare(
      "SELECT COUNT(*) AS n, COUNT(DISTINCT post_id || ':' || user_id) AS pairs FROM answers",
    )
    .get() as { n: number; pairs: number };
  const verification = await worker.verify();
  const exactlyOnce =
    counted.n === clicksToOurs &&
    counted.pairs === clicksToOurs &&
    verification.missing === 0 &&
    verification.repeated === 0 &&
    verification.expected === clicksToOurs;

  const side = (target: 'ours' | 'bare') => {
    const mine = rounds.filter((r) => r.target === target);
    const latency = summarize(mine.flatMap((r) => r.load.latencies));
    return {
      clicksPerSecond: round(median(mine.map((r) => r.perSecond)), 0),
      roundsPerSecond: mine.map((r) => round(r.perSecond, 0)),
      p50Ms: round(latency.p50Ms),
      p99Ms: round(latency.p99Ms),
      maxMs: round(latency.maxMs),
    };
  };
  const oursSide = side('ours');
  const bareSide = side('bare');
  const result = {
    setup: {
      rounds: ROUNDS,
      clicksPerRound: CLICKS,
      warmup: WARMUP,
      concurrency: CONCURRENCY,
      posts: POSTS,
      distinctUsers: nextUser,
    },
    ours: oursSide,
    bare: bareSide,
    throughputRatio: round(oursSide.clicksPerSecond / bareSide.clicksPerSecond),
    p99Ratio: round(oursSide.p99Ms / bareSide.p99Ms),
    recorded: {
      clicks: clicksToOurs,
      answers: counted.n,
      distinctPairs: counted.pairs,
      ...verification,
      exactlyOnce,
    },
    targets: { throughputRatioMin: 0.85, p99RatioMax: 2 },
  };
  console.log(
    `answer path (${CONCURRENCY} clients, ${ROUNDS} alternated rounds of ${CLICKS} clicks, ${POSTS} posts, ${nextUser} distinct users):`,
  );
  console.log(
    `  ours  ${oursSide.clicksPerSecond} clicks/s  p50 ${oursSide.p50Ms} ms  p99 ${oursSide.p99Ms} ms`,
  );
  console.log(
    `  bare  ${bareSide.clicksPerSecond} clicks/s  p50 ${bareSide.p50Ms} ms  p99 ${bareSide.p99Ms} ms`,
  );
  console.log(
    `  ratio ${result.throughputRatio} (target >= 0.85), p99 ratio ${result.p99Ratio} (target <= 2)`,
  );
  console.log(
    `  recorded: ${counted.n} answers for ${clicksToOurs} clicks, ${verification.responses} replies, exactly once: ${exactlyOnce}`,
  );
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2));
  if (!exactlyOnce) process.exitCode = 1;
} finally {
  await bare.close();
  await ours.close();
  await worker.stop();
  rmSync(dir, { recursive: true, force: true });
}
