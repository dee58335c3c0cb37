/**
 * The shape of one `/quiz` sub-command. Each command lives in its own file and exports one of
 * these; help, Slack usage hints and Discord's typed options are all generated from them.
 */
import type { ChannelSettings } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { ChannelView } from '../channel-view.ts';
import { UserError } from '../errors.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { CommandEvent, CommandOption, Reply } from '../types.ts';

/** What the daily flow offers to commands. */
export interface DailyControls {
  /** Posts a question now (admin `/quiz post`). */
  postNow(channel: ChannelView, by: string): Promise<Reply[]>;
  /** Closes and reveals the open question now (admin `/quiz close`). */
  closeNow(channel: ChannelView): Promise<Reply[]>;
}

export interface CommandContext {
  deps: BotDeps;
  event: CommandEvent;
  channel: ChannelView;
  m: Messages;
  daily: DailyControls;
  /** Throws a UserError unless the caller is an admin. */
  requireAdmin(): Promise<void>;
  /** The channel's settings after a change (for commands that write them). */
  saveChannel(
    patch: Partial<Omit<ChannelSettings, 'platform' | 'teamId' | 'channelId'>>,
  ): ChannelSettings;
}

export interface Command {
  name: string;
  /** True: only admins may run it. Commands that are open to all but admin to change check inside. */
  adminOnly: boolean;
  /** `/quiz lookup TERM` */
  usage: string;
  describe(m: Messages): string;
  options(m: Messages): CommandOption[];
  run(ctx: CommandContext, args: string[]): Promise<Reply[]>;
}

/** Throws a UserError with the usage when there are more than `max` arguments. */
export function maxArgs(args: string[], max: number, usage: string, m: Messages): void {
  if (args.length > max) throw new UsageError(m.tooManyArgs(usage));
}

class UsageError extends UserError {
  constructor(message: string) {
    super('usage', message);
  }
}
