/**
 * Leaderboards, streaks and stats equal a brute-force recomputation from the raw answers, on
 * seeded random data: three channels on two teams, posts at random hours in non-UTC time zones
 * (Pacific/Auckland, America/Los_Angeles) across week, month and year ends (ISO 2026-W53),
 * days without posts, seasons started midway, repeated clicks, late clicks, closed posts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardScope, LeaderboardRow, Period } from '../../src/store/types.ts';
import {
  bruteOf,
  CHANNELS,
  expectBoardsMatch,
  expectStatsMatch,
  expectStreaksMatch,
  type Simulation,
  simulate,
} from './board-sim.ts';
import { type BruteForce, bruteWeekKey } from './brute-force.ts';
import { openTestStore, tempDir } from './helpers.ts';

describe.each([1, 2, 3])('boards on random data (seed %i)', (seed) => {
  let sim: Simulation;
  let brute: BruteForce;
  let dates: string[];
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'quizbot-boards-'));
    sim = simulate(seed, dir);
    brute = bruteOf(sim);
    dates = [...new Set([...sim.posts.values()].map((p) => p.localDate))].sort();
  });
  afterAll(() => {
    sim?.store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exercised every kind of click', () => {
    expect(sim.answers.length).toBeGreaterThan(300);
    expect(sim.statuses.already).toBeGreaterThan(10);
    expect(sim.statuses.closed).toBeGreaterThan(10);
    expect(new Set(dates.map(bruteWeekKey))).toContain('2026-W53');
  });

  it('every board of every scope and period equals the recomputation', () => {
    expect(expectBoardsMatch(sim, brute)).toBeGreaterThan(1000);
  });

  it('labels boards by week, month, season name and all', () => {
    const scope: BoardScope = { kind: 'team', platform: 'slack', teamId: 'T1' };
    const label = (period: Period) =>
      sim.store.leaderboard({ scope, period, today: '2027-01-01', limit: 1 }).label;
    expect([label('week'), label('month'), label('season'), label('all')]).toEqual([
      '2026-W53',
      '2027-01',
      'T1 season 35',
      'all',
    ]);
  });

  it('streaks equal the recomputation', () => {
    expectStreaksMatch(sim, brute);
  });

  it('user and channel stats equal the recomputation', () => {
    expectStatsMatch(sim, brute);
  });

  it('the maintained rows are the only thing the board reads: no GROUP BY over answers', () => {
    const plan = sim.store.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT s.user_id FROM scores s WHERE s.board = ? ORDER BY s.points DESC, s.correct DESC, s.answered, s.reached_at, s.user_id LIMIT 10`,
      )
      .all('t1/a') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX scores_rank/);
    expect(plan.map((p) => p.detail).join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});

describe('leaderboard input', () => {
  it.each([
    [{ period: 'year' }, /period "year" is not one of week, month, season, all/],
    [{ today: '2026-13-01' }, /today "2026-13-01" is not a local date/],
    [{ limit: 0 }, /limit 0 must be a whole number from 1 to 1000/],
    [{ limit: 1001 }, /limit 1001/],
  ])('refuses %j', (bad, message) => {
    const store = openTestStore(tempDir());
    const query = {
      scope: { kind: 'team' as const, platform: 'slack' as const, teamId: 'T1' },
      period: 'all' as const,
      today: '2026-11-28',
      limit: 10,
    };
    expect(() => store.leaderboard({ ...query, ...bad } as never)).toThrow(message);
  });

  it('gives an empty board for a scope nobody has played in', () => {
    const store = openTestStore(tempDir());
    const board = store.leaderboard({
      scope: { kind: 'channel', channel: CHANNELS[0]!.key },
      period: 'week',
      today: '2026-11-28',
      limit: 10,
      userId: 'U1',
    });
    expect(board).toEqual({
      period: 'week',
      label: '2026-W48',
      rows: [] satisfies LeaderboardRow[],
      me: null,
    });
  });
});
