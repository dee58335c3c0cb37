/**
 * The chaos test of issue 15, on Slack and on Discord: the real process, a real SQLite file, a
 * simulated day of posts, clicks and reveals across several channels, SIGKILLed at seeded random
 * points (while a question goes out, while a reveal goes out, in a click flood). Afterwards: every
 * acked click recorded once, exactly one question and one reveal per post in the stand-in (no
 * second copy with live buttons), `integrity_check` ok.
 *
 * The suite runs CHAOS_TEST_KILLS kills a platform (default 6) to stay within a normal test's
 * time; `npm run chaos` runs the same code with 50 (see README, Reliability).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEASE_MS } from '../../src/bot/daily/lease.ts';

import { type ChaosPlatform, describeResult, runChaos } from './chaos-run.ts';
import { discordChaosPlatform } from './discord-chaos.ts';
import { slackChaosPlatform } from './slack-chaos.ts';

const KILLS = Number(process.env.CHAOS_TEST_KILLS ?? 6);
const SEED = Number(process.env.CHAOS_SEED ?? 7);
const cleanups: (() => Promise<void>)[] = [];
/**
 * Each life starts the real process (tsx and a bank built from every notes file: 8 to 12 s of wall
 * time at load 10 to 13 on 2 cores), and the run waits out a lease between the kills and the last
 * life. Every wait inside is for an event; this only ends a run whose process hangs.
 */
const LIFE_MS = 60_000;
const TIMEOUT_MS = (KILLS + 1) * LIFE_MS + LEASE_MS;

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function chaos(make: (channels: number) => Promise<ChaosPlatform>) {
  const platform = await make(Math.ceil(KILLS / 2) + 2);
  const dir = mkdtempSync(join(tmpdir(), `quizbot-chaos-${platform.name}-`));
  cleanups.push(async () => {
    await platform.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const result = await runChaos(platform, dir, { seed: SEED, kills: KILLS });
  console.info(describeResult(platform.name, result));
  return result;
}

describe.each([
  ['slack', slackChaosPlatform],
  ['discord', discordChaosPlatform],
] as const)('chaos on %s: SIGKILL at random points of a day', (_name, make) => {
  it(`keeps every acked click, one question and one reveal per post (${KILLS} kills, seed ${SEED})`, {
    timeout: TIMEOUT_MS,
  }, async () => {
    const result = await chaos(make);
    expect(result.kills).toBe(KILLS);
    // Some kills landed in the middle of sending a question or a reveal.
    expect(result.killsAt.question + result.killsAt.reveal).toBeGreaterThan(0);
    expect(result.clicksAcked).toBeGreaterThan(0);
    expect(result.posts).toBeGreaterThan(1);
    expect(result.ackedLost).toEqual([]);
    expect(result.doubleAnswers).toBe(0);
    expect(result.doubles).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.integrity).toBe('ok');
    expect(result.stopCode).toBe(0);
  });
});
