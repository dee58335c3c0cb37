/**
 * Bolt listeners for `/quiz` and button clicks: translate, ask the core, ack, and deliver the
 * core's replies (ephemeral through response_url, channel replies with chat.postMessage).
 *
 * Write, then ack: the ack waits for the core's answer — a click's write takes well under a
 * millisecond — so an acked click is a recorded click, and Slack redelivers (Socket Mode) or shows an
 * error (HTTP) for one that was not. The ack never waits past {@link ACK_DEADLINE_MS} (Slack allows
 * 3 s), nor once the core says it must wait for a database lock (`onDelayed`): then the replies
 * follow when the core has them. The core turns every failure into a reply and drops repeated
 * deliveries; this file does neither.
 */
import type {
  AllMiddlewareArgs,
  BasicElementAction,
  BlockAction,
  Middleware,
  RespondArguments,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import { DeliveryError } from '../../bot/errors.ts';
import type { BotCore, ChannelRef, ChatTransport, EventBase, Reply } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { responderFor } from './response-url.ts';
import { toActionEvent, toCommandEvent } from './slack-events.ts';
import { renderReply } from './slack-format.ts';
import { isHomeClick } from './slack-home.ts';
import type { InflightTracker } from './slack-inflight.ts';

/** Longest an ack waits for the core's answer (Slack allows 3 s; the rest is for the network). */
export const ACK_DEADLINE_MS = 2_000;

/** Longest Retry-After an interactive reply waits for before giving up. */
const MAX_INTERACTIVE_WAIT_MS = 30_000;

export interface HandlerDeps {
  core: BotCore;
  transport: ChatTransport;
  isAdmin: (userId: string) => Promise<boolean>;
  logger: Logger;
  inflight: InflightTracker;
  /** False once the adapter is stopping: events are then left unacked (Slack retries elsewhere). */
  accepting: () => boolean;
  /** Overrides {@link ACK_DEADLINE_MS} (tests). */
  ackDeadlineMs?: number;
  /** Clicks on the App Home tab (no channel, no response_url): see slack-home.ts. */
  onHomeClick?: (body: BlockAction, action: BasicElementAction) => Promise<void>;
}

interface ReplyContext {
  kind: 'command' | 'action';
  channel: ChannelRef;
  userId: string;
  respond: (message: RespondArguments) => Promise<void>;
}

async function withRateLimitWait<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (err) {
    const wait =
      err instanceof DeliveryError && err.failure === 'rate_limited'
        ? (err.options.retryAfterMs ?? 0)
        : -1;
    if (wait < 0 || wait > MAX_INTERACTIVE_WAIT_MS) throw err;
    await new Promise((resolve) => setTimeout(resolve, wait));
    return send();
  }
}

function respondArgs(
  reply: Reply,
  ctx: ReplyContext,
  responseType: 'ephemeral' | 'in_channel',
): RespondArguments {
  const { text, blocks } = renderReply(reply);
  return {
    response_type: responseType,
    text,
    blocks,
    ...(ctx.kind === 'action' ? { replace_original: false } : {}),
  };
}

async function deliver(deps: HandlerDeps, replies: Reply[], ctx: ReplyContext): Promise<void> {
  // Made only when something goes wrong: a child logger per click costs more than the click's reply.
  const log = () => deps.logger.child({ channelId: ctx.channel.channelId, userId: ctx.userId });
  for (const reply of replies) {
    try {
      if (reply.visibility === 'ephemeral') {
        try {
          await ctx.respond(respondArgs(reply, ctx, 'ephemeral'));
        } catch (err) {
          log().warn({ err }, 'response_url refused the reply; sending it with chat.postEphemeral');
          await withRateLimitWait(() => deps.transport.sendPrivate(ctx.channel, ctx.userId, reply));
        }
        continue;
      }
      try {
        await withRateLimitWait(() => deps.transport.postMessage(ctx.channel, reply));
      } catch (err) {
        if (!(err instanceof DeliveryError && err.failure === 'channel_unavailable')) throw err;
        // e.g. a private channel or DM the bot was not invited to: response_url still works there.
        await ctx.respond(respondArgs(reply, ctx, 'in_channel'));
      }
    } catch (err) {
      log().error({ err, visibility: reply.visibility }, 'could not deliver a reply to Slack');
    }
  }
}

function channelOf(event: EventBase): ChannelRef {
  return { platform: 'slack', teamId: event.teamId, channelId: event.channelId };
}

/**
 * Asks the core, and acks once it has answered, or said it must wait for a lock, or the deadline
 * passed — whichever comes first. Resolves with the core's replies (none when the core broke its
 * promise never to reject: that is logged).
 */
async function askThenAck<E extends EventBase>(
  deps: HandlerDeps,
  event: E,
  ack: () => Promise<void>,
  ask: (event: E) => Promise<Reply[]>,
): Promise<Reply[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ackNow!: () => void;
  const early = new Promise<void>((resolve) => {
    ackNow = resolve;
    timer = setTimeout(resolve, deps.ackDeadlineMs ?? ACK_DEADLINE_MS);
  });
  const answer = ask({ ...event, onDelayed: () => ackNow() });
  try {
    await Promise.race([answer.then(noop, noop), early]);
  } finally {
    clearTimeout(timer);
  }
  await ack();
  try {
    return await answer;
  } catch (err) {
    deps.logger.error(
      { err, channelId: event.channelId, userId: event.userId },
      'the bot core failed on a Slack event',
    );
    return [];
  }
}

const noop = (): void => undefined;

/** Listener for the slash command. */
export function commandListener(deps: HandlerDeps): Middleware<SlackCommandMiddlewareArgs> {
  return ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    if (!deps.accepting()) return Promise.resolve();
    return deps.inflight.run(async () => {
      const event = toCommandEvent(command, () => deps.isAdmin(command.user_id));
      const replies = await askThenAck(deps, event, ack, (e) => deps.core.handleCommand(e));
      await deliver(deps, replies, {
        kind: 'command',
        channel: channelOf(event),
        userId: event.userId,
        respond: responderFor(command.response_url, respond),
      });
    });
  };
}

/** Listener for button clicks (block_actions). */
export function actionListener(
  deps: HandlerDeps,
): Middleware<SlackActionMiddlewareArgs<BlockAction>> {
  return ({
    body,
    action,
    ack,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    if (!deps.accepting()) return Promise.resolve();
    return deps.inflight.run(async () => {
      const event =
        body.type === 'block_actions'
          ? toActionEvent(body, action, () => deps.isAdmin(body.user.id))
          : null;
      if (event === null) {
        await ack();
        deps.logger.debug(
          { actionId: action.action_id },
          'ignored a Slack action that is not ours',
        );
        return;
      }
      if (deps.onHomeClick && isHomeClick(body)) {
        // A Home tab click is acked at once: its replies go to the player's DM (slack-home.ts).
        await ack();
        await deps.onHomeClick(body, action).catch((err: unknown) => {
          deps.logger.error({ err, userId: event.userId }, 'a Home tab click failed');
        });
        return;
      }
      const replies = await askThenAck(deps, event, ack, (e) => deps.core.handleAction(e));
      await deliver(deps, replies, {
        kind: 'action',
        channel: channelOf(event),
        userId: event.userId,
        respond: responderFor(body.response_url, respond),
      });
    });
  };
}
