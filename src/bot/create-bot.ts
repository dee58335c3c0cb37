/**
 * The platform-neutral bot: commands, button actions, the daily flow and its scheduler.
 * Adapters call {@link BotCore}; the bot speaks first through the transports they register.
 */
import type { Logger } from '../logger.ts';
import type { QuestionBank } from '../quiz/types.ts';
import { localDateTime } from '../quiz/zoned-time.ts';
import type { QuizStore } from '../store/types.ts';
import { answerAction } from './actions/answer.ts';
import { tellAdmins } from './admins.ts';
import type { BotDeps, BotSettings } from './bot-deps.ts';
import { ACTION } from './cards/question-card.ts';
import { reloadCard } from './cards/reload-card.ts';
import { type ChannelView, ensureChannel, viewChannel } from './channel-view.ts';
import type { CommandContext, DailyControls } from './commands/command.ts';
import { COMMANDS, commandSpecs, findCommand } from './commands/registry.ts';
import { completeOption } from './complete.ts';
import { AnswerCountRefresher } from './daily/answer-count-refresher.ts';
import { restoreAskedQuestions } from './daily/asked-question.ts';
import { postQuestion } from './daily/post-question.ts';
import { closeAndReveal } from './daily/reveal.ts';
import { type Scheduler, startScheduler } from './daily/scheduler.ts';
import { tick } from './daily/tick.ts';
import { UserError } from './errors.ts';
import { explainReply } from './explain.ts';
import { homeCard } from './home/home-card.ts';
import { homeChannel, playerHome } from './home/player-home.ts';
import { messages } from './i18n/catalog.ts';
import { confidenceAction, LEARNING_ACTION } from './learning/confidence.ts';
import {
  createBankReloader,
  type LoadedNotes,
  type ReloadOutcome,
  type ReloadTrigger,
} from './notes/bank-reload.ts';
import { practiceAnswer, practiceReply } from './practice.ts';
import { nextSlot } from './schedule/slots.ts';
import type {
  ActionEvent,
  BotCore,
  ChatTransport,
  CommandEvent,
  CommandSpec,
  EventBase,
  HomeEvent,
  Reply,
} from './types.ts';

export interface CreateBotOptions {
  bank: QuestionBank;
  store: QuizStore;
  logger: Logger;
  settings: BotSettings;
  /** Epoch ms; defaults to Date.now. */
  clock?: () => number;
  /** Uniform in [0, 1); defaults to Math.random. */
  random?: () => number;
  /**
   * Loads the bank again from the notes (the same function that built `bank`); without it,
   * `/quiz reload` is not available.
   */
  loadBank?: () => Promise<LoadedNotes>;
}

/** The running bot: the core adapters call, plus lifecycle. */
export interface Bot extends BotCore {
  /** Lets the bot speak first on a platform (scheduled posts, reveals). */
  attach(transport: ChatTransport): void;
  /** Starts the minute scheduler and runs one tick at once (catch-up after downtime). */
  startScheduler(): Promise<void>;
  /** One scheduler pass now. */
  tick(): Promise<void>;
  /** Stops the scheduler and pending edits; waits for in-flight work. */
  stop(): Promise<void>;
  /**
   * Reloads the notes (a changed file, SIGHUP) and tells the admins what changed or why the
   * notes were refused. Never throws.
   */
  reloadNotes(trigger: ReloadTrigger): Promise<ReloadOutcome>;
  readonly deps: BotDeps;
}

/** How long an idempotency key is remembered. */
export const EVENT_KEY_TTL_MS = 24 * 60 * 60_000;

export function createBot(options: CreateBotOptions): Bot {
  const deps: BotDeps = {
    bank: options.bank,
    store: options.store,
    logger: options.logger,
    settings: options.settings,
    clock: options.clock ?? Date.now,
    random: options.random ?? Math.random,
    transports: new Map(),
    questions: new Map(options.bank.questions.map((q) => [q.id, q])),
    reloader: null,
  };
  if (options.loadBank) deps.reloader = createBankReloader(deps, options.loadBank);
  // Posts made before questions were kept with posts get theirs now, right after migrating.
  restoreAskedQuestions(deps);
  const refresher = new AnswerCountRefresher(deps);
  const inFlight = new Set<Promise<unknown>>();
  let scheduler: Scheduler | null = null;

  const daily: DailyControls = {
    async postNow(channel: ChannelView, by: string): Promise<Reply[]> {
      const settings = ensureChannel(deps, channel.key);
      const now = deps.clock();
      const windowEnd = now + settings.answerWindowMinutes * 60_000;
      const next = settings.enabled ? nextSlot(settings, now) : null;
      const closesAt = next ? Math.min(windowEnd, next.at) : windowEnd;
      const localDate = localDateTime(now, settings.timezone).date;
      const outcome = await postQuestion(deps, channel.key, { localDate, closesAt }, (p) =>
        closeAndReveal(deps, p),
      );
      if (outcome.status === 'empty-bank') throw new UserError('empty_bank', channel.m.emptyBank);
      if (outcome.status === 'exists')
        throw new UserError(
          'already_posted',
          channel.m.alreadyPostedToday(outcome.post.questionId),
        );
      deps.logger.info({ by, postId: outcome.post.id }, 'question posted by an admin');
      return [
        { visibility: 'ephemeral', tone: 'info', text: channel.m.posted(outcome.post.questionId) },
      ];
    },
    async closeNow(channel: ChannelView): Promise<Reply[]> {
      const latest = deps.store.latestPost(channel.key);
      if (!latest || latest.closedAt !== null)
        throw new UserError('nothing_open', channel.m.nothingOpen);
      await closeAndReveal(deps, latest);
      return [{ visibility: 'ephemeral', tone: 'info', text: channel.m.closed }];
    },
  };

  /**
   * Runs `work`, turning errors into replies: a UserError's message, or a logged apology.
   * @param idempotent the work is safe to repeat by itself (an answer click: the store locks one
   *        answer per person), so the event's idempotency key need not be claimed.
   */
  async function guard(
    event: EventBase,
    what: Record<string, unknown>,
    work: () => Promise<Reply[]>,
    idempotent = false,
  ): Promise<Reply[]> {
    const run = (async () => {
      try {
        if (
          !idempotent &&
          event.idempotencyKey &&
          !deps.store.claimEvent(event.idempotencyKey, deps.clock(), EVENT_KEY_TTL_MS)
        ) {
          deps.logger.info({ key: event.idempotencyKey, ...what }, 'duplicate delivery ignored');
          return [];
        }
        return await work();
      } catch (error) {
        if (error instanceof UserError)
          return [{ visibility: 'ephemeral', tone: 'error', text: error.message } satisfies Reply];
        deps.logger.error(
          {
            err: error,
            platform: event.platform,
            teamId: event.teamId,
            channelId: event.channelId,
            userId: event.userId,
            ...what,
          },
          'handler failed',
        );
        return [
          {
            visibility: 'ephemeral',
            tone: 'error',
            text: viewChannel(deps, event).m.apology,
          } satisfies Reply,
        ];
      }
    })();
    inFlight.add(run);
    try {
      return await run;
    } finally {
      inFlight.delete(run);
    }
  }

  function commandContext(event: CommandEvent): CommandContext {
    const channel = viewChannel(deps, event);
    return {
      deps,
      event,
      channel,
      m: channel.m,
      daily,
      async requireAdmin() {
        if (!(await event.isAdmin()))
          throw new UserError('admin_only', channel.m.adminOnly(event.name));
      },
      saveChannel(patch) {
        ensureChannel(deps, channel.key);
        return deps.store.upsertChannel(channel.key, patch);
      },
    };
  }

  const bot: Bot = {
    deps,
    handleCommand(event) {
      return guard(event, { command: event.name, args: event.args }, async () => {
        const ctx = commandContext(event);
        const command = findCommand(event.name === '' ? 'help' : event.name);
        if (!command)
          throw new UserError(
            'unknown_command',
            ctx.m.unknownCommand(event.name, COMMANDS.map((c) => c.name).join(', ')),
          );
        if (command.adminOnly) await ctx.requireAdmin();
        return command.run(ctx, event.args);
      });
    },
    handleAction(event: ActionEvent) {
      const idempotent = event.actionId === ACTION.answer;
      return guard(
        event,
        { action: event.actionId, value: event.value },
        async () => {
          const view = viewChannel(deps, event);
          switch (event.actionId) {
            case ACTION.answer:
              return answerAction(deps, event, view, refresher);
            case ACTION.explain:
              return [explainReply(deps, event, event.userId, event.value)];
            case ACTION.practiceAnswer:
              return [practiceAnswer(deps, event)];
            case LEARNING_ACTION.confidence:
              return [confidenceAction(deps, event)];
            case ACTION.practiceNext:
            case ACTION.quizMe:
              return [
                practiceReply(
                  deps,
                  event,
                  event.userId,
                  deps.bank.concepts.some((c) => c.id === event.value) ? event.value : undefined,
                ),
              ];
            default:
              deps.logger.warn({ actionId: event.actionId }, 'unknown action');
              return [{ visibility: 'ephemeral', tone: 'error', text: view.m.apology }];
          }
        },
        idempotent,
      );
    },
    async complete(command, option, partial) {
      return completeOption(deps, command, option, partial);
    },
    commands(): CommandSpec[] {
      return commandSpecs(deps.settings.locale);
    },
    async home(event: HomeEvent) {
      const key = homeChannel(deps, event.platform, event.teamId, event.userId);
      const locale = key ? viewChannel(deps, key).locale : deps.settings.locale;
      const home = playerHome(deps, key, event.userId, {
        platform: event.platform,
        showChannel: true,
      });
      return homeCard(home, messages(locale), locale);
    },
    attach(transport) {
      deps.transports.set(transport.platform, transport);
    },
    async startScheduler() {
      scheduler ??= startScheduler(deps);
      await scheduler.runNow();
    },
    async tick() {
      return scheduler ? scheduler.runNow() : tick(deps);
    },
    async reloadNotes(trigger) {
      if (!deps.reloader) return { status: 'failed', error: 'no notes loader' };
      const outcome = await deps.reloader.reload(trigger);
      // Nothing to say when nothing changed; admins hear about changes and refused notes.
      if (outcome.status !== 'unchanged') await tellAdmins(deps, (m) => reloadCard(outcome, m));
      return outcome;
    },
    async stop() {
      await scheduler?.stop();
      await Promise.allSettled([...inFlight]);
      await refresher.stop();
    },
  };
  return bot;
}
