/**
 * Slack's App Home: `app_home_opened` (the Home tab) → the core's home card → `views.publish`,
 * and clicks on the Home tab's buttons. A Home tab has no channel and no response_url, so a
 * click's replies (a practice question) go to the player's direct message with the bot.
 */
import type {
  AllMiddlewareArgs,
  BasicElementAction,
  BlockAction,
  Middleware,
  SlackEventMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import type { BotCore, ChatTransport } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { toActionEvent } from './slack-events.ts';
import { renderHomeView } from './slack-format.ts';
import type { InflightTracker } from './slack-inflight.ts';
import { reportDeliveryError } from './slack-transport.ts';

export interface HomeDeps {
  core: BotCore;
  client: webApi.WebClient;
  transport: ChatTransport;
  isAdmin: (userId: string) => Promise<boolean>;
  logger: Logger;
  inflight: InflightTracker;
}

/** Publishes the player's home to their Home tab. */
export async function publishHome(deps: HomeDeps, teamId: string, userId: string): Promise<void> {
  if (!deps.core.home) return;
  const reply = await deps.core.home({ platform: 'slack', teamId, userId, userName: userId });
  try {
    await deps.client.views.publish({ user_id: userId, view: renderHomeView(reply) });
  } catch (err) {
    throw reportDeliveryError(deps.logger, err, 'views.publish', { userId });
  }
}

/** Listener for `app_home_opened`: the Home tab (not the Messages tab) gets the player's home. */
export function homeOpenedListener(
  deps: HomeDeps,
): Middleware<SlackEventMiddlewareArgs<'app_home_opened'>> {
  return ({
    event,
    body,
    context,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) =>
    deps.inflight.run(async () => {
      if (event.tab !== undefined && event.tab !== 'home') return;
      const teamId = context.teamId ?? (body as { team_id?: string }).team_id ?? '';
      try {
        await publishHome(deps, teamId, event.user);
      } catch (err) {
        deps.logger.error({ err, userId: event.user }, 'could not publish the Home tab');
      }
    });
}

/** Whether a click came from a Home tab (no channel, no response_url). */
export function isHomeClick(body: BlockAction): boolean {
  const container = body.container as { type?: string } | undefined;
  return container?.type === 'view' && body.view?.type === 'home';
}

/**
 * A click on a Home tab button: the core handles it as a click in the player's direct message
 * with the bot, where its replies go; the Home tab is then published again.
 */
export async function handleHomeClick(
  deps: HomeDeps,
  body: BlockAction,
  action: BasicElementAction,
): Promise<void> {
  const userId = body.user.id;
  const log = deps.logger.child({ userId, actionId: action.action_id });
  const opened = await deps.client.conversations.open({ users: userId });
  const dm = opened.channel?.id;
  if (!dm) {
    log.error('conversations.open returned no channel; the Home tab click is dropped');
    return;
  }
  const event = toActionEvent({ ...body, channel: { id: dm, name: 'directmessage' } }, action, () =>
    deps.isAdmin(userId),
  );
  if (!event) return;
  const replies = await deps.core.handleAction(event);
  const channel = { platform: 'slack' as const, teamId: event.teamId, channelId: dm };
  for (const reply of replies) {
    try {
      await deps.transport.postMessage(channel, reply);
    } catch (err) {
      log.error({ err }, 'could not deliver a Home tab reply to the direct message');
    }
  }
  await publishHome(deps, event.teamId, userId).catch((err: unknown) =>
    log.warn({ err }, 'could not refresh the Home tab'),
  );
}
