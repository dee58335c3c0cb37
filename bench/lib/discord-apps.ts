/**
 * The Discord apps of the answer-path benchmark, in this process, against the worker's gateway and
 * REST stand-ins:
 *
 * - ours: the real bank, `createBot`, `openStore` on a temp file, `createDiscordAdapter`;
 * - the replying floors: bare discord.js whose button handler answers the clicker privately, either
 *   by deferring and then editing the placeholder (`deferReply` + `editReply`, two requests: what a
 *   bot does when it cannot answer at once), or with one `reply` (the least any bot can do).
 */
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { type Bot, createBot } from '../../src/bot/create-bot.ts';
import { postQuestion } from '../../src/bot/daily/post-question.ts';
import { closeAndReveal } from '../../src/bot/daily/reveal.ts';
import { loadBank } from '../../src/notes/load-bank.ts';
import {
  EVENT_LOOP_BUSY_TIMEOUT_MS,
  openStore,
  type SqliteQuizStore,
} from '../../src/store/index.ts';
import { IDS } from '../../test/adapters/discord/stubs/fixtures.ts';
import { discardLogger } from './slack-apps.ts';

export const DISCORD_TOKEN = 'stub-token.quizbot.discord-bench';

export interface DiscordApp {
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface QuizDiscordApp extends DiscordApp {
  store: SqliteQuizStore;
  bot: Bot;
  adapter: DiscordAdapter;
  /** One open question per channel: the message and its buttons' custom ids. */
  createPosts(
    channels: readonly string[],
  ): Promise<{ channelId: string; postId: number; messageId: string; customIds: string[] }[]>;
}

export async function startQuizDiscord(dbPath: string, restUrl: string): Promise<QuizDiscordApp> {
  const { bank } = loadBank();
  const store = openStore(dbPath, {
    busyTimeoutMs: EVENT_LOOP_BUSY_TIMEOUT_MS,
    checkpointInBackground: true,
  });
  const logger = discardLogger();
  const bot = createBot({
    bank,
    store,
    logger,
    settings: { locale: 'ja', defaultTimezone: 'UTC', answerWindowMinutes: 24 * 60 },
  });
  const adapter = createDiscordAdapter({
    token: DISCORD_TOKEN,
    guildId: IDS.guild,
    apiUrl: restUrl,
    admins: [],
    logger: logger.child({ adapter: 'discord' }),
    restRetries: 0,
    registerCommands: false,
  });
  bot.attach(adapter);
  await adapter.start(bot);
  return {
    store,
    bot,
    adapter,
    settled: () => adapter.whenIdle(),
    async createPosts(channels) {
      const today = new Date().toISOString().slice(0, 10);
      const closesAt = Date.now() + 2 * 60 * 60_000;
      const made = [];
      for (const channelId of channels) {
        const key = { platform: 'discord' as const, teamId: IDS.guild, channelId };
        const outcome = await postQuestion(bot.deps, key, { localDate: today, closesAt }, (p) =>
          closeAndReveal(bot.deps, p),
        );
        if (outcome.status !== 'posted' || !outcome.post.messageId)
          throw new Error(`could not post in ${channelId}: ${outcome.status}`);
        made.push({
          channelId,
          postId: outcome.post.id,
          messageId: outcome.post.messageId,
          customIds: Array.from(
            { length: outcome.post.choiceCount },
            (_, i) => `q:answer:${outcome.post.id}:${i}`,
          ),
        });
      }
      return made;
    },
    async close() {
      await bot.stop();
      await adapter.stop();
      await bot.stop();
      await store.close();
    },
  };
}

export type BareReplyStyle = 'defer-edit' | 'reply';

/** Bare discord.js with its defaults: a button handler that answers privately (see the file comment). */
export async function startBareDiscord(
  restUrl: string,
  style: BareReplyStyle,
): Promise<DiscordApp> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: restUrl.replace(/\/$/, ''), retries: 0 },
  });
  let running = 0;
  let waiters: (() => void)[] = [];
  client.on(Events.InteractionCreate, async (interaction) => {
    if (!interaction.isButton()) return;
    running += 1;
    try {
      if (style === 'reply') {
        await interaction.reply({ content: '✅ 正解！', flags: MessageFlags.Ephemeral });
      } else {
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        await interaction.editReply({ content: '✅ 正解！' });
      }
    } finally {
      running -= 1;
      if (running === 0) for (const wake of waiters.splice(0)) wake();
    }
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(DISCORD_TOKEN);
  await ready;
  return {
    settled: () =>
      running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    async close() {
      waiters = [];
      await client.destroy();
    },
  };
}
