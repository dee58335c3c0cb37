/**
 * `tsx bench/answer-path.bench.ts --mode http|socket|discord` — answer clicks into our app against
 * bare-library floors, the same load in the same run, alternated round by round:
 *
 * - `http`, `socket` (Slack over HTTP, or Socket Mode over a local WebSocket): ours against bare Bolt
 *   that only acks, and bare Bolt that acks and replies once through the response_url with `respond`;
 * - `discord` (discord.js over a local gateway and REST stub): ours against bare discord.js that
 *   defers and edits the placeholder, and bare discord.js that replies once.
 *
 * 32 clients on loopback, each click a new user, spread over 200 posts. A click is done when it is
 * acked and, for every app that answers, when its private reply has arrived; its latency runs to
 * then. The clients and the fake platform run in a worker process, so their CPU is charged to no
 * app. Afterwards every click to ours must be recorded exactly once and answered exactly once.
 *
 * Options: --mode (http) --rounds N (5) --clicks N per round (2000; 1000 on Discord, whose
 *          defer-and-edit floor is held to 50 requests/s by discord.js) --warmup N (400)
 *          --concurrency N (32) --posts N (200) --json FILE --only TARGET (profiling)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ModeSetup, setUpDiscord, setUpSlack } from './lib/answer-targets.ts';
import type { LoadResult } from './lib/clicks.ts';
import { median, round, summarize } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'http' },
    rounds: { type: 'string', default: '5' },
    clicks: { type: 'string' },
    warmup: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '32' },
    posts: { type: 'string', default: '200' },
    json: { type: 'string' },
    /** One target alone, for profiling it (the comparison needs all). */
    only: { type: 'string' },
  },
});
const MODE = values.mode as 'http' | 'socket' | 'discord';
if (!['http', 'socket', 'discord'].includes(MODE)) throw new Error(`unknown --mode ${MODE}`);
const ROUNDS = Number(values.rounds);
const CLICKS = Number(values.clicks ?? (MODE === 'discord' ? 1000 : 2000));
const WARMUP = Number(values.warmup);
const CONCURRENCY = Number(values.concurrency);
const POSTS = Number(values.posts);
/** No round may take longer than this; the run stays bounded whatever happens. */
const ROUND_LIMIT_MS = 120_000;
/** What ours must reach against each replying floor. */
const TARGETS = { throughputRatioMin: 1.0, p99RatioMax: 1.2 };

interface Round {
  target: string;
  clicks: number;
  wallMs: number;
  perSecond: number;
  /** CPU time of this process (where the app runs; the load runs elsewhere) per click, µs. */
  cpuUsPerClick: number;
  load: LoadResult;
}

const dir = mkdtempSync(join(tmpdir(), 'quizbot-answer-bench-'));
const setup: ModeSetup =
  MODE === 'discord'
    ? await setUpDiscord(join(dir, 'quizbot.db'), POSTS)
    : await setUpSlack(join(dir, 'quizbot.db'), POSTS, MODE);

const problems: string[] = [];
try {
  let nextUser = 0;
  async function runRound(target: string, count: number): Promise<Round> {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const load = await setup.run(target, nextUser, count, CONCURRENCY, ROUND_LIMIT_MS);
    nextUser += count;
    await setup.settled(target);
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const done = load.latencies.length;
    // A lost click or reply is reported (and fails the run at the end), not thrown: the figures stay.
    if (load.errors > 0 || load.skipped > 0 || done !== count) {
      problems.push(
        `${target}: ${load.errors} errors, ${load.skipped} skipped, ${done}/${count} done, statuses ${JSON.stringify(load.statuses)}`,
      );
      console.log(`  ! ${problems.at(-1)}`);
    }
    return {
      target,
      clicks: done,
      wallMs,
      perSecond: done / (wallMs / 1000),
      cpuUsPerClick: (cpu.user + cpu.system) / done,
      load,
    };
  }

  const targets = setup.targets.filter((t) => !values.only || values.only === t);
  // Warm-up (JIT, caches, connections); not counted.
  for (const target of targets) await runRound(target, WARMUP);

  const rounds: Round[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    // Rotate who goes first, so no app always runs on a machine warmed (or tired) by another.
    const order = targets.map((_, i) => targets[(i + r) % targets.length]!);
    for (const target of order) {
      const result = await runRound(target, CLICKS);
      rounds.push(result);
      console.log(
        `  round ${r + 1} ${target.padEnd(10)} ${result.perSecond.toFixed(0).padStart(6)} clicks/s  p99 ${summarize(result.load.latencies).p99Ms.toFixed(1)} ms  cpu ${result.cpuUsPerClick.toFixed(0)} µs/click`,
      );
    }
  }

  const side = (target: string) => {
    const mine = rounds.filter((r) => r.target === target);
    const latency = summarize(mine.flatMap((r) => r.load.latencies));
    return {
      clicksPerSecond: round(median(mine.map((r) => r.perSecond)), 0),
      roundsPerSecond: mine.map((r) => round(r.perSecond, 0)),
      p50Ms: round(latency.p50Ms),
      p99Ms: round(latency.p99Ms),
      maxMs: round(latency.maxMs),
      cpuUsPerClick: round(median(mine.map((r) => r.cpuUsPerClick)), 0),
    };
  };
  const sides = Object.fromEntries(targets.map((t) => [t, side(t)]));
  const ours = sides.ours;
  const ratios = Object.fromEntries(
    targets
      .filter((t) => t !== 'ours' && ours)
      .map((t) => [
        t,
        {
          throughput: round(ours!.clicksPerSecond / sides[t]!.clicksPerSecond),
          p99: round(ours!.p99Ms / sides[t]!.p99Ms),
          /** Clicks per CPU-second, ours over the floor's: steadier than wall clock on a busy machine. */
          cpu: round(sides[t]!.cpuUsPerClick / ours!.cpuUsPerClick),
          floor: setup.describe[t] ?? t,
          replying: setup.replying.includes(t),
        },
      ]),
  );
  const recorded = targets.includes('ours') ? await setup.verify() : null;
  const result = {
    mode: MODE,
    setup: {
      rounds: ROUNDS,
      clicksPerRound: CLICKS,
      warmup: WARMUP,
      concurrency: CONCURRENCY,
      posts: POSTS,
      distinctUsers: nextUser,
    },
    sides,
    ratios,
    recorded,
    problems,
    targets: TARGETS,
  };
  console.log(
    `answer path, ${MODE} (${CONCURRENCY} clients, ${ROUNDS} alternated rounds of ${CLICKS} clicks, ${POSTS} posts, ${nextUser} distinct users):`,
  );
  for (const [t, s] of Object.entries(sides))
    console.log(
      `  ${t.padEnd(10)} ${String(s.clicksPerSecond).padStart(6)} clicks/s  p50 ${s.p50Ms} ms  p99 ${s.p99Ms} ms  ${s.cpuUsPerClick} µs CPU/click  (${setup.describe[t]})`,
    );
  for (const [t, r] of Object.entries(ratios))
    console.log(
      `  ours / ${t.padEnd(10)} throughput ${r.throughput}×  p99 ${r.p99}×  clicks per CPU-second ${r.cpu}×${r.replying ? `  (targets ≥ ${TARGETS.throughputRatioMin}×, ≤ ${TARGETS.p99RatioMax}×)` : '  (no target: it does not reply)'}`,
    );
  if (recorded)
    console.log(
      `  recorded: ${recorded.answers} answers for ${recorded.clicks} clicks, ${recorded.replies} replies, exactly once: ${recorded.exactlyOnce}`,
    );
  if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2));
  if (problems.length > 0) console.log(`  problems: ${problems.join('; ')}`);
  if ((recorded && !recorded.exactlyOnce) || problems.length > 0) process.exitCode = 1;
} finally {
  await setup.close();
  rmSync(dir, { recursive: true, force: true });
}
