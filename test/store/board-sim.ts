/**
 * A seeded random simulation of daily posts and clicks for the board tests: three channels on two
 * teams, posts at random hours in non-UTC time zones (Pacific/Auckland, America/Los_Angeles)
 * across week, month and year ends (ISO 2026-W53), days without posts, seasons started midway,
 * repeated clicks, late clicks, closed posts — and the checks that compare every board, streak
 * and stat with a brute-force recount (brute-force.ts).
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { openStore, type SqliteQuizStore } from '../../src/store/index.ts';
import type { BoardScope, ChannelKey, Period, PostRecord } from '../../src/store/types.ts';
import { BruteForce, bruteWeekKey, type RawAnswer, type RawPost } from './brute-force.ts';
import { seededRandom } from './helpers.ts';

export const DAY = 86_400_000;
export const START = Date.UTC(2026, 11, 10); // 2026-12-10
export const DAYS = 60; // … to early February 2027

export interface SimChannel {
  key: ChannelKey;
  timezone: string;
  users: string[];
}

export const CHANNELS: SimChannel[] = [
  {
    key: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
    timezone: 'Pacific/Auckland',
    users: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
  },
  {
    key: { platform: 'slack', teamId: 'T1', channelId: 'C2' },
    timezone: 'Pacific/Auckland',
    users: ['U4', 'U5', 'U6', 'U7', 'U8'],
  },
  {
    key: { platform: 'discord', teamId: 'G1', channelId: '900' },
    timezone: 'America/Los_Angeles',
    users: ['101', '102', '103', '104', '105'],
  },
];
export const QUESTIONS = ['qa', 'qb', 'qc', 'qd', 'qe'];
export const conceptOf = (q: string): string =>
  q === 'qa' || q === 'qb' ? 'concept-1' : q === 'qc' ? 'concept-2' : 'concept-3';
export const channelName = (k: ChannelKey): string => `${k.platform}/${k.teamId}/${k.channelId}`;
export const teamName = (k: { platform: string; teamId: string }): string =>
  `${k.platform}/${k.teamId}`;

export function localDateIn(timezone: string, at: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
}

export interface Simulation {
  store: SqliteQuizStore;
  posts: Map<number, RawPost>;
  answers: RawAnswer[];
  names: Map<string, string>;
  seasons: Map<string, number[]>;
  statuses: Record<string, number>;
  /** Question ids voided per team (`platform/team`): never posted there again. */
  voided: Map<string, Set<string>>;
}

/** Something a test does at the start of a day of the simulation (void a question, compare…). */
export type DayHook = (day: number, sim: Simulation) => void;

/**
 * Posts and clicks on seeded random data (see the header). `beforeDay` runs at the start of every
 * day; questions voided in a team (`sim.voided`) are not posted there again, as the bot does.
 */
export function simulate(seed: number, dir: string, beforeDay?: DayHook): Simulation {
  const random = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const store = openStore(join(dir, 'quizbot.db'));
  const posts = new Map<number, RawPost>();
  const answers: RawAnswer[] = [];
  const names = new Map<string, string>();
  const seasons = new Map<string, number[]>();
  const statuses: Record<string, number> = {};
  const voided = new Map<string, Set<string>>();
  const sim: Simulation = { store, posts, answers, names, seasons, statuses, voided };
  const latest = new Map<string, PostRecord>();
  const locked = new Map<string, number>(); // postId|user → choice

  for (const c of CHANNELS) store.upsertChannel(c.key, { timezone: c.timezone });

  const click = (post: PostRecord, userId: string, choiceIndex: number, at: number) => {
    const name = `${userId} (${Math.floor(at / (20 * DAY))})`; // names change now and then
    const result = store.recordAnswer({
      postId: post.id,
      userId,
      userName: name,
      choiceIndex,
      choiceText: `${post.questionId}/option-${choiceIndex}`,
      at,
    });
    const raw = posts.get(post.id)!;
    const lockedChoice = locked.get(`${post.id}|${userId}`);
    const superseded = latest.get(raw.channel)!.id !== post.id;
    let expected: unknown;
    if (lockedChoice !== undefined)
      expected = {
        status: 'already',
        choiceIndex: lockedChoice,
        correct: lockedChoice === raw.correctIndex,
      };
    else if (raw.closed || superseded || at >= post.closesAt) expected = { status: 'closed' };
    else expected = { status: 'counted', choiceIndex, correct: choiceIndex === raw.correctIndex };
    expect(result).toMatchObject(expected as object);
    statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    if (result.status === 'counted') {
      locked.set(`${post.id}|${userId}`, choiceIndex);
      answers.push({
        postId: post.id,
        userId,
        choiceIndex,
        choiceText: `${post.questionId}/option-${choiceIndex}`,
        at,
      });
      names.set(`${post.platform}|${userId}`, name);
    }
  };

  for (let day = 0; day < DAYS; day++) {
    beforeDay?.(day, sim);
    if (day === 12 || day === 35) {
      const s = store.startSeason('slack', 'T1', `T1 season ${day}`, START + day * DAY);
      seasons.set('slack/T1', [...(seasons.get('slack/T1') ?? []), s.id]);
    }
    if (day === 24)
      seasons.set('discord/G1', [
        store.startSeason('discord', 'G1', 'G1 season', START + day * DAY).id,
      ]);

    for (const c of CHANNELS) {
      const name = channelName(c.key);
      if (random() < 0.25) continue; // a day without a post
      const previous = latest.get(name);
      if (previous && random() < 0.6) {
        const closedAt = previous.openedAt + Math.floor(random() * DAY);
        expect(store.closePost(previous.id, closedAt)).toBe(!posts.get(previous.id)!.closed);
        posts.get(previous.id)!.closed = true;
        if (random() < 0.5) store.markRevealed(previous.id, closedAt + 1);
      }
      const openedAt = START + day * DAY + Math.floor(random() * DAY);
      const localDate = localDateIn(c.timezone, openedAt);
      const questionId = pick(QUESTIONS.filter((q) => !voided.get(teamName(c.key))?.has(q)));
      const correctIndex = Math.floor(random() * 4);
      const { created, post } = store.createPost({
        ...c.key,
        localDate,
        questionId,
        conceptId: conceptOf(questionId),
        correctIndex,
        choiceCount: 4,
        openedAt,
        closesAt: openedAt + Math.floor(DAY * 0.8),
      });
      if (!created) {
        expect(post.id).toBe(previous!.id); // same local date as the previous post
        continue;
      }
      const teamSeasons = seasons.get(teamName(c.key));
      expect(post.seasonId).toBe(teamSeasons ? teamSeasons[teamSeasons.length - 1] : null);
      expect(post.seq).toBe((previous?.seq ?? 0) + 1);
      posts.set(post.id, {
        id: post.id,
        channel: name,
        team: teamName(c.key),
        seq: post.seq,
        localDate,
        seasonId: post.seasonId,
        questionId,
        conceptId: post.conceptId,
        correctIndex,
        closed: false,
      });
      latest.set(name, post);

      for (const userId of c.users) {
        if (random() < 0.25) continue; // missed this one
        const choice = random() < 0.6 ? correctIndex : Math.floor(random() * 4);
        const at = openedAt + Math.floor(random() * DAY * 0.85); // some after closesAt
        click(post, userId, choice, at);
        if (random() < 0.15) click(post, userId, Math.floor(random() * 4), at + 1000); // double click
      }
      if (previous && random() < 0.3) click(previous, pick(c.users), 0, openedAt + 1); // late click on the old post
    }
  }
  for (const [name, post] of latest) {
    if (random() < 0.5) {
      store.closePost(post.id, post.closesAt);
      posts.get(post.id)!.closed = true;
    }
    expect(name).toBeTruthy();
  }
  return sim;
}

export function scopes(): {
  scope: BoardScope;
  brute: { channel?: string; team?: string };
  team: string;
}[] {
  const teams = [...new Map(CHANNELS.map((c) => [teamName(c.key), c.key])).values()];
  return [
    ...CHANNELS.map((c) => ({
      scope: { kind: 'channel' as const, channel: c.key },
      brute: { channel: channelName(c.key) },
      team: teamName(c.key),
    })),
    ...teams.map((k) => ({
      scope: { kind: 'team' as const, platform: k.platform, teamId: k.teamId },
      brute: { team: teamName(k) },
      team: teamName(k),
    })),
  ];
}

/** Every board of every scope and period equals the brute-force recount; returns the rows compared. */
export function expectBoardsMatch(sim: Simulation, brute: BruteForce): number {
  const dates = [...new Set([...sim.posts.values()].map((p) => p.localDate))].sort();
  let compared = 0;
  for (const { scope, brute: b, team } of scopes()) {
    const check = (period: Period, today: string, bucket: string | number, seasonId?: number) => {
      const expected = brute.board(b, period, bucket);
      const board = sim.store.leaderboard({ scope, period, today, limit: 1000, seasonId });
      expect(board.rows, `${JSON.stringify(scope)} ${period} ${bucket}`).toEqual(expected);
      compared += expected.length;
      // The asking user's row, from outside a short board as well.
      const short = sim.store.leaderboard({
        scope,
        period,
        today,
        limit: 2,
        seasonId,
        userId: expected[expected.length - 1]?.userId ?? 'nobody',
      });
      expect(short.rows).toEqual(expected.slice(0, 2));
      expect(short.me).toEqual(expected.length > 0 ? expected[expected.length - 1] : null);
    };
    for (const today of dates) {
      check('week', today, bruteWeekKey(today));
      check('month', today, today.slice(0, 7));
    }
    check('all', dates[dates.length - 1]!, 'all');
    const seasonIds = sim.seasons.get(team) ?? [];
    for (const id of seasonIds) check('season', dates[0]!, id, id);
    if (seasonIds.length > 0) check('season', dates[0]!, seasonIds[seasonIds.length - 1]!);
  }
  return compared;
}

/** Every user's streak in every channel equals the recount. */
export function expectStreaksMatch(sim: Simulation, brute: BruteForce): void {
  for (const c of CHANNELS) {
    for (const userId of c.users) {
      expect(sim.store.streak(c.key, userId), `${channelName(c.key)} ${userId}`).toEqual(
        brute.streak(channelName(c.key), userId),
      );
    }
  }
}

/** Every user's stats in every scope, and every channel's stats, equal the recount. */
export function expectStatsMatch(sim: Simulation, brute: BruteForce): void {
  for (const { scope, brute: b } of scopes()) {
    for (const userId of new Set(CHANNELS.flatMap((c) => c.users))) {
      expect(sim.store.userStats(scope, userId), `${JSON.stringify(scope)} ${userId}`).toEqual(
        brute.userStats(b, userId),
      );
    }
  }
  for (const c of CHANNELS)
    expect(sim.store.channelStats(c.key)).toEqual(brute.channelStats(channelName(c.key)));
}

/** The recount of everything the simulation recorded so far. */
export function bruteOf(sim: Simulation): BruteForce {
  return new BruteForce([...sim.posts.values()], sim.answers, sim.names);
}
