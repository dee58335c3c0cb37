/**
 * The chaos run (issue 15): a simulated day of posts, clicks and reveals across several channels,
 * driven through the real process (`src/main.ts` as a child) against a platform stand-in, with
 * the process SIGKILLed at seeded random points — in the middle of sending a question, in the
 * middle of sending a reveal, or at a random moment of a click flood — and started again on the
 * same SQLite file. At the end one last life reconciles and stops in order, and the run reports
 * what the stand-in holds and what the database holds; the test (and `npm run chaos`) judge it.
 *
 * What a platform needs to provide is a {@link ChaosPlatform}: its environment, its commands and
 * clicks (each resolving with whether the platform got an ack), where its question buttons are,
 * a hook told of each outgoing call, and an audit of the messages it holds.
 */
import Database from 'better-sqlite3';
import { LEASE_MS } from '../../src/bot/daily/lease.ts';
import { seededRandom } from '../../src/quiz/text/seeded-random.ts';
import { type RunningMain, spawnMain } from '../main/spawn-main.ts';

/** An outgoing call of the bot, as the stand-in sees it arrive (before it answers). */
export type OutgoingCall = 'question' | 'reveal' | 'other';

/** A live answer button of a channel's question message. */
export interface LiveButton {
  /** Identifies the button for {@link ChaosPlatform.click}. */
  ref: unknown;
}

/** What the stand-in holds for one post (keyed by the post id the message carries). */
export interface PostMessages {
  postId: number;
  channelId: string;
  /** Question messages still in the channel (deleted copies are not counted). */
  questions: number;
  /** Of those, how many still have live (enabled) answer buttons. */
  liveQuestions: number;
  reveals: number;
}

export interface ChaosPlatform {
  readonly name: 'slack' | 'discord';
  readonly channels: readonly string[];
  readonly users: readonly string[];
  readonly admin: string;
  /** Environment for main (tokens, stand-in URLs, ports). */
  env(): Record<string, string>;
  /** Sends `/quiz <text>` in a channel; resolves true once acked, false if it never was. */
  command(channelId: string, userId: string, text: string): Promise<boolean>;
  /** The live buttons of the channel's current question message, or [] when there is none. */
  liveButtons(channelId: string): LiveButton[];
  /** Clicks a button; resolves true once acked (the platform's 3-second promise kept), else false. */
  click(channelId: string, userId: string, button: LiveButton): Promise<boolean>;
  /** Told of each outgoing call as it arrives at the stand-in, before it is answered. */
  onOutgoing(listener: ((call: OutgoingCall) => void) | null): void;
  /** What the stand-in holds, per post. */
  audit(): PostMessages[];
  close(): Promise<void>;
}

export interface ChaosOptions {
  seed: number;
  /** SIGKILLs before the final, orderly life. */
  kills: number;
  /** How long one life waits for main to be running (by default, as long as it takes). */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface ChaosResult {
  seed: number;
  kills: number;
  /** Kills by where they landed. */
  killsAt: Record<'question' | 'reveal' | 'timer', number>;
  clicksSent: number;
  clicksAcked: number;
  /** Acked clicks with no answer row for that post and user. */
  ackedLost: { channelId: string; userId: string }[];
  /** Posts with more than one answer row for a user (never possible with UNIQUE; checked anyway). */
  doubleAnswers: number;
  posts: number;
  revealed: number;
  /** Posts whose messages in the stand-in are not exactly one question (and one reveal once revealed). */
  doubles: PostMessages[];
  /** Posts the database holds that the stand-in has no question for, or the other way round. */
  missing: string[];
  integrity: string;
  ms: number;
  /** The exit code of the last, orderly life (0 unless its shutdown failed or ran past main's deadline). */
  stopCode: number | null;
}

interface ClickRecord {
  channelId: string;
  userId: string;
  acked: boolean;
}

const logged = (main: RunningMain, msg: string) => () => main.logs().some((l) => l.msg === msg);

/** Resolves once `condition` holds, checking every 10 ms: the driver waits for events, not for time. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Whether the channel's latest post was closed and revealed without its question ever going out. */
function revealedSilently(dbPath: string, channelId: string): boolean {
  let db: Database.Database | null = null;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    const post = db
      .prepare(
        `SELECT p.message_id AS messageId, p.revealed_at AS revealedAt
         FROM posts p JOIN channels c ON c.id = p.channel_ref
         WHERE c.channel_id = ? ORDER BY p.id DESC LIMIT 1`,
      )
      .get(channelId) as { messageId: string | null; revealedAt: number | null } | undefined;
    return post !== undefined && post.messageId === null && post.revealedAt !== null;
  } catch {
    return false; // the file is being created or migrated: not yet
  } finally {
    db?.close();
  }
}

export async function runChaos(
  platform: ChaosPlatform,
  dir: string,
  options: ChaosOptions,
): Promise<ChaosResult> {
  const started = Date.now();
  const random = seededRandom(`chaos:${platform.name}:${options.seed}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const log = options.log ?? (() => undefined);
  const dbPath = `${dir}/quizbot.db`;
  const env = { ...platform.env(), QUIZBOT_DB: dbPath, QUIZBOT_ADMINS: platform.admin };
  const clicks: ClickRecord[] = [];
  /** Per channel: told to post, told to close (from the driver's side; the bot may lag). */
  const posted = new Set<string>();
  const closed = new Set<string>();
  /** (channel, user) pairs whose click was acked: never clicked again. */
  const answered = new Set<string>();
  const killsAt = { question: 0, reveal: 0, timer: 0 };
  let stoppedWith: number | null = null;

  const life = async (kill: boolean): Promise<void> => {
    const main = spawnMain(env, { cwd: dir });
    let dead = false;
    let armed: 'question' | 'reveal' | 'timer' | null = null;
    /** The channel this life told to close last (its reveal may go out without a message). */
    let closing: string | null = null;
    /** Whether the platform acked a command that makes the armed call (a post, a close). */
    let armedCommandAcked = false;
    const killNow = (where: 'question' | 'reveal' | 'timer'): void => {
      if (dead) return;
      dead = true;
      main.child.kill('SIGKILL');
      killsAt[where] += 1;
      log(
        `kill #${Object.values(killsAt).reduce((a, b) => a + b, 0)} at ${where} (armed ${armed})`,
      );
    };
    try {
      await main.waitFor(logged(main, 'quizbot is running'), 'start-up', options.startTimeoutMs);
      if (kill) {
        const open = platform.channels.filter((c) => posted.has(c) && !closed.has(c));
        const fresh = platform.channels.filter((c) => !posted.has(c));
        const roll = random();
        armed =
          roll < 0.4 && fresh.length > 0
            ? 'question'
            : roll < 0.8 && open.length > 0
              ? 'reveal'
              : 'timer';
        if (armed === 'timer') {
          const at = 100 + Math.floor(random() * 1_500);
          setTimeout(() => killNow('timer'), at);
        } else {
          const target = armed;
          // Killed as the stand-in receives the call: the message is made, the answer never read.
          platform.onOutgoing((call) => {
            if (call === target) killNow(target);
          });
        }
      }
      // The day: post in fresh channels, a flood of clicks, close a channel or two.
      for (let step = 0; step < 4 && !dead; step += 1) {
        const fresh = platform.channels.filter((c) => !posted.has(c));
        if (fresh.length > 0 && (armed === 'question' || random() < 0.6)) {
          const channel = pick(fresh);
          posted.add(channel);
          const acked = await platform.command(channel, platform.admin, 'post');
          // The command is acked before its question goes out: wait until it is clickable (or the
          // process was killed, sending it or at its timer), however long a busy machine takes.
          if (acked && armed === 'question') armedCommandAcked = true;
          if (acked) await until(() => dead || platform.liveButtons(channel).length > 0);
        }
        if (dead) break;
        const flood: Promise<void>[] = [];
        for (const channel of platform.channels.filter((c) => posted.has(c) && !closed.has(c))) {
          const buttons = platform.liveButtons(channel);
          if (buttons.length === 0) continue;
          for (const user of platform.users) {
            if (answered.has(`${channel}|${user}`) || random() < 0.5) continue;
            const record: ClickRecord = { channelId: channel, userId: user, acked: false };
            clicks.push(record);
            flood.push(
              platform.click(channel, user, pick(buttons)).then((acked) => {
                record.acked = acked;
                if (acked) answered.add(`${channel}|${user}`);
              }),
            );
          }
        }
        await Promise.all(flood);
        if (dead) break;
        const open = platform.channels.filter((c) => posted.has(c) && !closed.has(c));
        if (open.length > 0 && (armed === 'reveal' || random() < 0.4)) {
          const channel = pick(open);
          closed.add(channel);
          closing = channel;
          if ((await platform.command(channel, platform.admin, 'close')) && armed === 'reveal')
            armedCommandAcked = true;
        }
      }
      if (kill && !dead && armedCommandAcked) {
        // The command was acked before its message went out: wait for the armed call (the kill),
        // or for the database to show the command is done without one. Only a close can be: a post
        // closed before its question went out is revealed without a word. (A command the platform
        // saw no ack for may never have arrived: nothing to wait for then.)
        const silent = closing;
        await until(() => dead || (silent !== null && revealedSilently(dbPath, silent)));
      }
      // Nothing hit the armed call (the command found nothing to send): kill now.
      if (kill && !dead) killNow('timer');
      if (!kill) {
        // The last life: let the start-up pass reconcile, then stop in order (main enforces its
        // own shutdown deadline: past it, it exits 1).
        await settle(dbPath, platform, main);
        main.child.kill('SIGTERM');
        stoppedWith = (await main.exited).code;
      }
      await main.exited;
    } finally {
      platform.onOutgoing(null);
      await main.cleanup();
    }
  };

  for (let k = 0; k < options.kills; k += 1) await life(true);
  // Leases a killed process held expire (a restart does not wait for them to); the last life's
  // start-up pass then finishes every interrupted send and reveal at once.
  await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 1_000));
  await life(false);
  return {
    ...judge(platform, dbPath, clicks, killsAt, options.seed, Date.now() - started),
    stopCode: stoppedWith,
  };
}

/** Posts still waiting for their question, or closed and waiting for their reveal. */
function pendingPosts(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (
      db
        .prepare(
          `SELECT id, message_id AS messageId, closed_at AS closedAt FROM posts
           WHERE (message_id IS NULL AND closed_at IS NULL)
              OR (closed_at IS NOT NULL AND revealed_at IS NULL)`,
        )
        .all() as { id: number; messageId: string | null }[]
    ).map((p) => `post ${p.id}: ${p.messageId === null ? 'question' : 'reveal'} not out`);
  } finally {
    db.close();
  }
}

/**
 * Waits until every open post has its question out and every closed post is revealed (a post
 * closed before its question reached the channel is revealed without a word).
 */
async function settle(dbPath: string, platform: ChaosPlatform, main: RunningMain): Promise<void> {
  try {
    await main.waitFor(() => {
      try {
        return pendingPosts(dbPath).length === 0;
      } catch {
        return false;
      }
    }, `every post sent and every closed post revealed (${platform.name})`);
  } catch (error) {
    throw new Error(`${pendingPosts(dbPath).join('; ')}\n${(error as Error).message}`);
  }
}

function judge(
  platform: ChaosPlatform,
  dbPath: string,
  clicks: ClickRecord[],
  killsAt: ChaosResult['killsAt'],
  seed: number,
  ms: number,
): Omit<ChaosResult, 'stopCode'> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const posts = db
      .prepare(
        `SELECT p.id, c.channel_id AS channelId, p.message_id AS messageId,
                p.revealed_at AS revealedAt
         FROM posts p JOIN channels c ON c.id = p.channel_ref`,
      )
      .all() as { id: number; channelId: string; messageId: string | null; revealedAt: number }[];
    const answers = db
      .prepare(
        `SELECT c.channel_id AS channelId, a.user_id AS userId, COUNT(*) AS n
         FROM answers a JOIN posts p ON p.id = a.post_id JOIN channels c ON c.id = p.channel_ref
         GROUP BY a.post_id, a.user_id`,
      )
      .all() as { channelId: string; userId: string; n: number }[];
    const recorded = new Set(answers.map((a) => `${a.channelId}|${a.userId}`));
    const acked = clicks.filter((c) => c.acked);
    const ackedLost = acked
      .filter((c) => !recorded.has(`${c.channelId}|${c.userId}`))
      .map(({ channelId, userId }) => ({ channelId, userId }));
    const audit = platform.audit();
    const byPost = new Map(audit.map((a) => [a.postId, a]));
    const doubles: PostMessages[] = [];
    const missing: string[] = [];
    for (const post of posts) {
      // A post closed before its question reached the channel has no message at all.
      const questions = post.messageId === null ? 0 : 1;
      const reveals = post.revealedAt === null ? 0 : questions;
      const seen = byPost.get(post.id) ?? {
        postId: post.id,
        channelId: post.channelId,
        questions: 0,
        liveQuestions: 0,
        reveals: 0,
      };
      if (questions === 1 && seen.questions === 0) {
        missing.push(`post ${post.id} (${post.channelId}) has no question in ${platform.name}`);
        continue;
      }
      if (seen.questions !== questions || seen.reveals !== reveals || seen.liveQuestions > 1)
        doubles.push(seen);
    }
    for (const seen of audit)
      if (!posts.some((p) => p.id === seen.postId))
        missing.push(`${platform.name} holds messages of post ${seen.postId}, unknown to the db`);
    return {
      seed,
      kills: killsAt.question + killsAt.reveal + killsAt.timer,
      killsAt,
      clicksSent: clicks.length,
      clicksAcked: acked.length,
      ackedLost,
      doubleAnswers: answers.filter((a) => a.n !== 1).length,
      posts: posts.length,
      revealed: posts.filter((p) => p.revealedAt !== null).length,
      doubles,
      missing,
      integrity,
      ms,
    };
  } finally {
    db.close();
  }
}

/** One line for a log or the README. */
export function describeResult(platform: string, r: ChaosResult): string {
  return (
    `${platform} seed ${r.seed}: ${r.kills} kills (question ${r.killsAt.question}, reveal ` +
    `${r.killsAt.reveal}, timer ${r.killsAt.timer}), ${r.clicksSent} clicks sent, ${r.clicksAcked} ` +
    `acked, ${r.ackedLost.length} acked lost, ${r.posts} posts, ${r.revealed} reveals, ` +
    `${r.doubles.length} doubles, ${r.missing.length} missing, integrity ${r.integrity}, ` +
    `${(r.ms / 1000).toFixed(1)} s`
  );
}
