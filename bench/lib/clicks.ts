/**
 * Signed Slack `block_actions` clicks on loopback: builds real-shaped payloads with the Slack test
 * helpers (test/adapters/slack) and sends them from a fixed number of concurrent clients over
 * keep-alive connections. A click is done when it is acked (the HTTP response) and, when the app
 * must answer it, when its private reply has reached its response_url; its latency runs from the
 * first byte sent to whichever of the two came last. Each client sends its next click then.
 */
import { Agent, request } from 'node:http';
import { encodeActionId, OPEN_BLOCK } from '../../src/adapters/slack/slack-format.ts';
import { ACTION, answerValue } from '../../src/bot/cards/question-card.ts';
import { interactiveBody, slackSignature } from '../../test/adapters/slack/signed-request.ts';
import { blockActions } from '../../test/adapters/slack/slack-payloads.ts';

/** One person clicking one answer of one posted question. */
export interface ClickSpec {
  teamId: string;
  channelId: string;
  postId: number;
  /** The question message's ts. */
  ts: string;
  choice: number;
  userId: string;
  userName: string;
}

export interface PreparedClick {
  /** The block_actions payload (Socket Mode sends it in an envelope). */
  payload: unknown;
  body: string;
  headers: Record<string, string>;
  responseUrl: string;
}

/** Builds and signs the HTTP request of each click (done before the clock starts). */
export function prepareClicks(
  clicks: readonly ClickSpec[],
  secret: string,
  responseUrlFor: (click: ClickSpec) => string,
  blocksOf: (click: ClickSpec) => unknown[],
): PreparedClick[] {
  const timestamp = Math.floor(Date.now() / 1000);
  return clicks.map((click) => {
    const responseUrl = responseUrlFor(click);
    const payload = blockActions({
      teamId: click.teamId,
      channelId: click.channelId,
      userId: click.userId,
      userName: click.userName,
      message: { ts: click.ts, text: 'question', blocks: blocksOf(click), ephemeral: false },
      button: {
        action_id: encodeActionId(ACTION.answer, click.choice),
        block_id: `${OPEN_BLOCK}0`,
        value: answerValue(click.postId, click.choice),
        text: { type: 'plain_text', text: `choice ${click.choice + 1}`, emoji: true },
      },
      responseUrl,
    });
    const body = interactiveBody(payload);
    return {
      payload,
      body,
      responseUrl,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSignature(secret, timestamp, body),
      },
    };
  });
}

export interface LoadResult {
  /** Per completed request, ms. */
  latencies: number[];
  wallMs: number;
  statuses: Record<string, number>;
  errors: number;
  /** Clicks not sent because the time limit was reached. */
  skipped: number;
}

/**
 * Resolves true when the reply to `responseUrl` has arrived, false when it did not come in time
 * (registered before the click is sent).
 */
export type ReplyWaiter = (responseUrl: string) => Promise<boolean>;

/**
 * Sends every prepared click to `url` from `concurrency` clients, each waiting for its click to be
 * done (acked, and replied to when `replyOf` is given) before sending the next. Stops issuing new
 * requests after `timeLimitMs`.
 */
export async function runLoad(
  url: string,
  clicks: readonly PreparedClick[],
  concurrency: number,
  timeLimitMs: number,
  replyOf?: ReplyWaiter,
): Promise<LoadResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + timeLimitMs;

  const send = async (click: PreparedClick): Promise<void> => {
    const t0 = performance.now();
    const replied = replyOf?.(click.responseUrl);
    const acked = await post(click);
    if (!acked) return;
    if (replied && !(await replied)) {
      errors += 1;
      return;
    }
    latencies.push(performance.now() - t0);
  };
  const post = (click: PreparedClick): Promise<boolean> =>
    new Promise((resolve) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: click.headers,
          timeout: 30_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
            resolve(res.statusCode === 200);
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors += 1;
        resolve(false);
      });
      req.end(click.body);
    });

  const client = async (): Promise<void> => {
    while (next < clicks.length && performance.now() < deadline) await send(clicks[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const wallMs = performance.now() - started;
  agent.destroy();
  return { latencies, wallMs, statuses, errors, skipped: clicks.length - next };
}
