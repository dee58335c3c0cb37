/**
 * The platform-neutral bot: commands, button actions, the daily flow and its scheduler.
 * Adapters call {@link BotCore}; the bot speaks first through the transports they register.
 */
import type { Logger } from '../logger.ts';
import type { QuestionBank } from '../quiz/types.ts';
import { isBusyError } from '../store/errors.ts';
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
import { postNow } from './daily/post-now.ts';
import { closeAndReveal } from './daily/reveal.ts';
import { type Scheduler, startScheduler } from './daily/scheduler.ts';
import { tick } from './daily/tick.ts';
import { isFirstDelivery } from './duplicates.ts';
import { UserError } from './errors.ts';
import { explainReply } from './explain.ts';
import { homeCard } from './home/home-card.ts';
import { homeChannel, playerHome } from './home/player-home.ts';
import { messages } from './i18n/catalog.ts';
import { INPUT_LIMITS, isValidId, screenAction, screenCommand } from './input-limits.ts';
import { confidenceAction, LEARNING_ACTION } from './learning/confidence.ts';
import { literal } from './markup.ts';
import {
  createBankReloader,
  type LoadedNotes,
  type ReloadOutcome,
  type ReloadTrigger,
} from './notes/bank-reload.ts';
import { practiceAnswer, practiceReply } from './practice.ts';
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
import { LockWaitAbandoned, WriteQueue } from './write-queue.ts';

export { EVENT_KEY_TTL_MS } from './duplicates.ts';

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

/** How long `stop()` lets events wait for a database locked by another process. */
const STOP_LOCK_WAIT_MS = 5_000;

export function createBot(options: CreateBotOptions): Bot {
  const clock = options.clock ?? Date.now;
  const deps: BotDeps = {
    bank: options.bank,
    store: options.store,
    logger: options.logger,
    settings: options.settings,
    clock,
    random: options.random ?? Math.random,
    transports: new Map(),
    questions: new Map(options.bank.questions.map((q) => [q.id, q])),
    writes: new WriteQueue({
      isBusy: isBusyError,
      transaction: (work) => options.store.transaction(work),
      onLocked: (queued) =>
        options.logger.warn({ queued }, 'the database is locked by another process; writes wait'),
      onUnlocked: (waitedMs, written) =>
        options.logger.warn({ waitedMs, written }, 'the database took writes again'),
    }),
    reloader: null,
  };
  if (options.loadBank) deps.reloader = createBankReloader(deps, options.loadBank);
  // Posts made before questions were kept with posts get theirs now, right after migrating.
  restoreAskedQuestions(deps);
  const refresher = new AnswerCountRefresher(deps);
  const inFlight = new Set<Promise<unknown>>();
  let scheduler: Scheduler | null = null;

  const daily: DailyControls = {
    postNow: (channel: ChannelView, by: string) => postNow(deps, channel, by),
    async closeNow(channel: ChannelView): Promise<Reply[]> {
      const latest = deps.store.latestPost(channel.key);
      // A post closed whose reveal never went out is revealed now too.
      if (!latest || (latest.closedAt !== null && latest.revealedAt !== null))
        throw new UserError('nothing_open', channel.m.nothingOpen);
      await closeAndReveal(deps, latest);
      // "Closed" only once the reveal is out; otherwise say it is still to come.
      if (deps.store.getPost(latest.id)?.revealedAt === null)
        return [{ visibility: 'ephemeral', tone: 'error', text: channel.m.revealPending }];
      return [{ visibility: 'ephemeral', tone: 'info', text: channel.m.closed }];
    },
  };

  /** The one place that turns a failure into a reply. */
  function failureReply(event: EventBase, what: Record<string, unknown>, error: unknown): Reply {
    if (error instanceof UserError)
      return { visibility: 'ephemeral', tone: 'error', text: error.message };
    const ids = [event.teamId, event.channelId, event.userId].every(isValidId);
    const context = {
      err: error,
      platform: event.platform,
      ...(ids ? { teamId: event.teamId, channelId: event.channelId, userId: event.userId } : {}),
      ...what,
    };
    const m = safeMessages(event);
    if (isBusyError(error) || error instanceof LockWaitAbandoned) {
      deps.logger.warn(context, 'the database stayed locked; the user was asked to try again');
      return { visibility: 'ephemeral', tone: 'error', text: m.databaseBusy };
    }
    deps.logger.error(context, 'handler failed');
    return { visibility: 'ephemeral', tone: 'error', text: m.apology };
  }

  /**
   * The channel's messages, or the default language's when the event's ids are not readable or
   * the database cannot answer (an error path must not fail again on the store).
   */
  function safeMessages(event: EventBase) {
    if ([event.teamId, event.channelId].every(isValidId)) {
      try {
        return viewChannel(deps, event).m;
      } catch {
        // fall through to the default language
      }
    }
    return messages(deps.settings.locale);
  }

  /**
   * Screens the event (bounded ids, names and words; see input-limits.ts), then runs `work` once
   * per delivery and turns any failure into a reply.
   * @param claimsItsOwnKey the work claims the event's idempotency key itself (an answer click, in
   *        its transaction), so it is not claimed here first.
   */
  async function guard<E extends EventBase>(
    raw: E,
    screen: (event: E, m: ReturnType<typeof safeMessages>) => E,
    what: (event: E) => Record<string, unknown>,
    work: (event: E) => Promise<Reply[]>,
    claimsItsOwnKey = false,
  ): Promise<Reply[]> {
    let event: EventBase = raw;
    const run = (async () => {
      try {
        const screened = screen(raw, safeMessages(raw));
        event = screened;
        if (!claimsItsOwnKey && !(await isFirstDelivery(deps, screened, what(screened)))) return [];
        return await work(screened);
      } catch (error) {
        try {
          return [failureReply(event, event === raw ? {} : what(event as E), error)];
        } catch (replyError) {
          deps.logger.error({ err: replyError }, 'could not even apologise');
          return [];
        }
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
    handleCommand(incoming) {
      return guard(
        incoming,
        screenCommand,
        (event) => ({ command: event.name, args: event.args }),
        async (event) => {
          const ctx = commandContext(event);
          const command = findCommand(event.name === '' ? 'help' : event.name);
          if (!command)
            throw new UserError(
              'unknown_command',
              ctx.m.unknownCommand(literal(event.name), COMMANDS.map((c) => c.name).join(', ')),
            );
          if (command.adminOnly) await ctx.requireAdmin();
          return command.run(ctx, event.args);
        },
      );
    },
    handleAction(incoming: ActionEvent) {
      const isAnswer = incoming.actionId === ACTION.answer;
      return guard(
        incoming,
        screenAction,
        (event) => ({ action: event.actionId, value: event.value }),
        async (event) => {
          if (isAnswer) return answerAction(deps, event, refresher);
          switch (event.actionId) {
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
              return [
                {
                  visibility: 'ephemeral',
                  tone: 'error',
                  text: viewChannel(deps, event).m.apology,
                },
              ];
          }
        },
        isAnswer,
      );
    },
    async complete(command, option, partial) {
      // Capped before any matching: a long partial costs no more than a short one.
      return completeOption(deps, command, option, String(partial).slice(0, INPUT_LIMITS.term));
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
      // Events waiting for another process's lock get a few seconds more, then are told to retry.
      const giveUp = setTimeout(
        () => deps.writes.abandon('quizbot is stopping and the database is still locked'),
        STOP_LOCK_WAIT_MS,
      );
      await Promise.allSettled([...inFlight]);
      clearTimeout(giveUp);
      await refresher.stop();
    },
  };
  return bot;
}
