/**
 * Bolt listeners for `/quiz` and button clicks: ack first, then translate, ask the core, and
 * deliver its replies (ephemeral through response_url, channel replies with chat.postMessage).
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
import { DeliveryError, UserError } from '../../bot/errors.ts';
import type { BotCore, ChannelRef, ChatTransport, EventBase, Reply } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { responderFor } from './response-url.ts';
import { toActionEvent, toCommandEvent } from './slack-events.ts';
import { renderReply } from './slack-format.ts';
import { isHomeClick } from './slack-home.ts';
import type { InflightTracker, RecentKeys } from './slack-inflight.ts';

/** The platform-level apology when the core failed unexpectedly (the core's catalog is not reachable then). */
export const APOLOGY: Reply = {
  visibility: 'ephemeral',
  text: '⚠️ エラーが発生しました。しばらくしてからもう一度お試しください。\nSomething went wrong. Please try again later.',
  tone: 'error',
};

/** Longest Retry-After an interactive reply waits for before giving up. */
const MAX_INTERACTIVE_WAIT_MS = 30_000;

export interface HandlerDeps {
  core: BotCore;
  transport: ChatTransport;
  isAdmin: (userId: string) => Promise<boolean>;
  logger: Logger;
  inflight: InflightTracker;
  recent: RecentKeys;
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
  const log = deps.logger.child({ channelId: ctx.channel.channelId, userId: ctx.userId });
  for (const reply of replies) {
    try {
      if (reply.visibility === 'ephemeral') {
        try {
          await ctx.respond(respondArgs(reply, ctx, 'ephemeral'));
        } catch (err) {
          log.warn({ err }, 'response_url refused the reply; sending it with chat.postEphemeral');
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
      log.error({ err, visibility: reply.visibility }, 'could not deliver a reply to Slack');
    }
  }
}

/** Asks the core; a UserError goes back to the user as it is, anything else is logged and apologised for. */
async function askCore(
  deps: HandlerDeps,
  event: EventBase,
  run: () => Promise<Reply[]>,
): Promise<Reply[]> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof UserError)
      return [{ visibility: 'ephemeral', text: err.message, tone: 'error' }];
    if (event.idempotencyKey) deps.recent.release(event.idempotencyKey);
    deps.logger.error(
      { err, channelId: event.channelId, userId: event.userId },
      'the bot core failed on a Slack event',
    );
    return [APOLOGY];
  }
}

function channelOf(event: EventBase): ChannelRef {
  return { platform: 'slack', teamId: event.teamId, channelId: event.channelId };
}

function isRepeat(deps: HandlerDeps, event: EventBase, retryNum: unknown): boolean {
  if (!event.idempotencyKey || deps.recent.claim(event.idempotencyKey)) return false;
  deps.logger.info(
    { idempotencyKey: event.idempotencyKey, retryNum },
    'repeated Slack delivery ignored',
  );
  return true;
}

/** Listener for the slash command. */
export function commandListener(deps: HandlerDeps): Middleware<SlackCommandMiddlewareArgs> {
  return ({ command, ack, respond, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) =>
    deps.inflight.run(async () => {
      await ack();
      const event = toCommandEvent(command, () => deps.isAdmin(command.user_id));
      if (isRepeat(deps, event, context.retryNum)) return;
      const replies = await askCore(deps, event, () => deps.core.handleCommand(event));
      await deliver(deps, replies, {
        kind: 'command',
        channel: channelOf(event),
        userId: event.userId,
        respond: responderFor(command.response_url, respond),
      });
    });
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
    context,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) =>
    deps.inflight.run(async () => {
      await ack();
      if (body.type !== 'block_actions') return;
      const event = toActionEvent(body, action, () => deps.isAdmin(body.user.id));
      if (event === null) {
        deps.logger.debug(
          { actionId: action.action_id },
          'ignored a Slack action that is not ours',
        );
        return;
      }
      if (isRepeat(deps, event, context.retryNum)) return;
      if (deps.onHomeClick && isHomeClick(body)) {
        await deps.onHomeClick(body, action).catch((err: unknown) => {
          deps.logger.error({ err, userId: event.userId }, 'a Home tab click failed');
        });
        return;
      }
      const replies = await askCore(deps, event, () => deps.core.handleAction(event));
      await deliver(deps, replies, {
        kind: 'action',
        channel: channelOf(event),
        userId: event.userId,
        respond: responderFor(body.response_url, respond),
      });
    });
}
