/**
 * Telling admins something privately when no admin asked (a reload after a file change, a flag):
 * the people who set a channel's schedule (only admins can) and the configured admins
 * (`QUIZBOT_ADMINS`), each once, in a channel of theirs. A failure to tell one is logged, never thrown.
 */
import type { ChannelKey } from '../store/types.ts';
import type { BotDeps } from './bot-deps.ts';
import { channelKey } from './channel-view.ts';
import type { Messages } from './i18n/catalog.ts';
import { messages } from './i18n/catalog.ts';
import type { Reply } from './types.ts';

/** Admins to tell about something in `where` (a channel), or in any channel when omitted. */
function recipients(deps: BotDeps, where?: ChannelKey): { key: ChannelKey; userId: string }[] {
  const out = new Map<string, { key: ChannelKey; userId: string }>();
  const add = (key: ChannelKey, userId: string) => {
    const id = `${key.platform}\u0000${key.teamId}\u0000${userId}`;
    if (!out.has(id)) out.set(id, { key, userId });
  };
  const same = (c: ChannelKey) =>
    where === undefined ||
    (c.platform === where.platform && c.teamId === where.teamId && c.channelId === where.channelId);
  for (const settings of deps.store.listChannels()) {
    if (settings.updatedBy && same(settings)) add(channelKey(settings), settings.updatedBy);
  }
  if (where) for (const admin of deps.settings.admins ?? []) add(where, admin);
  return [...out.values()];
}

/**
 * Sends `reply` (built in each channel's language) privately to the admins; returns how many
 * were told. `except`: someone who already knows (the admin who caused it).
 */
export async function tellAdmins(
  deps: BotDeps,
  reply: (m: Messages) => Reply,
  options: { where?: ChannelKey; except?: string } = {},
): Promise<number> {
  let told = 0;
  for (const { key, userId } of recipients(deps, options.where)) {
    if (userId === options.except) continue;
    const transport = deps.transports.get(key.platform);
    if (!transport) continue;
    const locale = deps.store.getChannel(key)?.locale ?? deps.settings.locale;
    try {
      await transport.sendPrivate(key, userId, reply(messages(locale)));
      told += 1;
    } catch (error) {
      deps.logger.warn({ err: error, channel: key, admin: userId }, 'could not tell an admin');
    }
  }
  return told;
}
