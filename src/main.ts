/**
 * Composition root: config → database → /healthz → question bank (built in a worker thread) →
 * bot → adapters → scheduler. `npm start` runs this. With no Slack or Discord token it starts the
 * terminal adapter.
 */
import { fstatSync } from 'node:fs';
import { join } from 'node:path';
import { createConsoleAdapter, reportsDir } from './adapters/console/console-adapter.ts';
import { createStartupNotices } from './adapters/console/console-startup.ts';
import { createBot } from './bot/create-bot.ts';
import type { ChatAdapter } from './bot/types.ts';
import { MAIN_USAGE, quizbotVersion } from './cli/version.ts';
import { type Config, ConfigError, checkNotesPaths, loadConfig, loadDotEnv } from './config.ts';
import { HEALTH_PATH, startHealthServer, writeHealth } from './health/health-server.ts';
import { type HealthStatus, healthStatus, loadingStatus } from './health/health-status.ts';
import { prettyDestination } from './log-pretty.ts';
import { createLogger, type Logger, maskSecrets } from './logger.ts';
import { formatProblem, type LoadedBank, loadBank } from './notes/load-bank.ts';
import { BankLoadError, loadQuestionBankAsync } from './notes/load-bank-async.ts';
import { defaultNotesDir, displayPath, PROJECT_ROOT } from './notes/notes-files.ts';
import { watchNotes } from './notes/watch-notes.ts';
import type { QuestionBank } from './quiz/types.ts';
import {
  checkDatabase,
  EVENT_LOOP_BUSY_TIMEOUT_MS,
  type OpenStoreOptions,
  openStore,
  type SqliteQuizStore,
} from './store/index.ts';

/** Graceful shutdown must finish within this. */
const SHUTDOWN_DEADLINE_MS = 10_000;

/** Uncaught exceptions tolerated (logged, still serving) in a minute before the process stops. */
const MAX_UNCAUGHT_PER_MINUTE = 10;

/** Where the README tells an operator how to put a backup back. */
const RESTORE_HINT =
  'Restore it from a backup: see "Data, backups and restore" in the README (stop quizbot, move quizbot.db* aside, copy the backup in, start again).';

/**
 * Opens and migrates the database, then checks it (quick_check and a test write). Anything wrong
 * stops start-up with one clear line and exit 1: a raw SQLite error never reaches a user later.
 */
async function openCheckedStore(path: string, options: OpenStoreOptions): Promise<SqliteQuizStore> {
  let store: SqliteQuizStore;
  try {
    store = openStore(path, options);
  } catch (error) {
    process.stderr.write(
      `quizbot: cannot use the database ${path}: ${maskSecrets((error as Error).message)}\n${RESTORE_HINT}\n`,
    );
    process.exit(1);
  }
  const check = checkDatabase(store.db);
  if (!check.ok) {
    await store.close();
    process.stderr.write(
      `quizbot: the database ${path} failed its start-up check (${check.problem}).\n${RESTORE_HINT}\n`,
    );
    process.exit(1);
  }
  return store;
}

function readConfig(): Config {
  try {
    loadDotEnv();
    const config = loadConfig();
    checkNotesPaths(config.notesPaths);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      // A token pasted into the wrong variable must not end up in a container log.
      process.stderr.write(`quizbot: configuration error\n${maskSecrets(error.message)}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/**
 * The one function that loads the question bank from the notes: at start-up and on every reload
 * (`/quiz reload`, SIGHUP, a changed notes file). It builds in a worker thread, so the event loop
 * (and /healthz, the adapters) stay free meanwhile; when no worker can run, on this thread. A build
 * longer than the worker's bound (60 s), or one that needs more heap than the process may use, is
 * refused with a `BankLoadError` that says what to do.
 */
async function loadQuestionBank(config: Config, logger: Logger): Promise<LoadedBank> {
  try {
    return await loadQuestionBankAsync({ notes: config.notesPaths });
  } catch (error) {
    // Only a worker that could not run is worth a try on this thread: a build that ran out of
    // memory there would run out here too, and end the bot.
    if (!(error instanceof BankLoadError) || error.code !== 'worker-failed') throw error;
    logger.warn({ err: error }, 'building the question bank on the main thread');
    return loadBank({ notes: config.notesPaths });
  }
}

/**
 * The bank at start-up, with the notes files it came from. Exits with a clear line when no question
 * can be built or the build takes longer than the worker's bound.
 */
async function buildBank(
  config: Config,
  logger: Logger,
): Promise<{ bank: QuestionBank; files: string[] }> {
  const started = performance.now();
  let loaded: LoadedBank;
  try {
    loaded = await loadQuestionBank(config, logger);
  } catch (error) {
    process.stderr.write(
      `quizbot: could not build the question bank: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
  const { bank, problems, files } = loaded;
  for (const p of problems) logger.warn({ file: p.file, line: p.line }, formatProblem(p));
  if (bank.questions.length === 0) {
    process.stderr.write(
      `quizbot: no questions could be built from ${files.join(', ') || 'data/notes (no .md files)'}. Check the notes with: npx quizbot check ${files.join(' ')}\n`,
    );
    process.exit(1);
  }
  logger.info(
    {
      files,
      concepts: bank.concepts.length,
      questions: bank.questions.length,
      ms: Math.round(performance.now() - started),
    },
    'question bank built',
  );
  return { bank, files };
}

/** Slack HTTP mode serves /healthz on its own port (PORT) unless HEALTH_PORT asks for another. */
function healthSharesSlackPort(config: Config): boolean {
  return config.slack !== null && config.slack.appToken === null && config.healthPort === null;
}

async function platformAdapters(
  config: Config,
  logger: Logger,
  health: () => HealthStatus,
  onFatal: (message: string) => void,
): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  if (config.slack) {
    const { createSlackAdapter } = await import('./adapters/slack/index.ts');
    adapters.push(
      createSlackAdapter({
        botToken: config.slack.botToken,
        appToken: config.slack.appToken,
        signingSecret: config.slack.signingSecret,
        apiUrl: config.slack.apiUrl,
        port: config.port,
        admins: config.admins,
        logger: logger.child({ adapter: 'slack' }),
        onFatal,
        ...(healthSharesSlackPort(config)
          ? {
              customRoutes: [
                {
                  path: HEALTH_PATH,
                  method: 'GET',
                  handler: (_req, res) => writeHealth(res, health()),
                },
              ],
            }
          : {}),
      }),
    );
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('./adapters/discord/index.ts');
    adapters.push(
      createDiscordAdapter({
        token: config.discord.token,
        guildId: config.discord.guildId,
        apiUrl: config.discord.apiUrl,
        admins: config.admins,
        logger: logger.child({ adapter: 'discord' }),
        onFatal,
      }),
    );
  }
  return adapters;
}

/**
 * True when standard input can never bring a line: `/dev/null` (a container started without `-i`,
 * `< /dev/null`) or no stdin at all. A terminal, a pipe or a file can.
 */
function stdinIsEmpty(): boolean {
  if (process.stdin.isTTY) return false;
  try {
    return fstatSync(0).isCharacterDevice();
  } catch {
    return true;
  }
}

/** `--help` / `--version`; anything else on the command line is a mistake. Null: run the bot. */
function answerArguments(args: readonly string[]): number | null {
  if (args.length === 0) return null;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(MAIN_USAGE);
    return 0;
  }
  if (args.includes('--version') || args.includes('-v')) {
    process.stdout.write(`quizbot ${quizbotVersion()}\n`);
    return 0;
  }
  process.stderr.write(`quizbot: unknown argument ${JSON.stringify(args[0])}\n\n${MAIN_USAGE}`);
  return 2;
}

async function main(): Promise<void> {
  const answered = answerArguments(process.argv.slice(2));
  if (answered !== null) {
    process.exitCode = answered;
    return;
  }
  const config = readConfig();
  const terminal = !config.slack && !config.discord;
  const typing = Boolean(process.stdin.isTTY);
  if (terminal && stdinIsEmpty()) {
    // A container started with no token, no TTY and nothing piped in: say so once and stop, so a
    // restart policy shows a reason instead of a silent loop.
    process.stderr.write(
      'quizbot: no Slack or Discord token is set and standard input is empty, so there is nothing to do: set SLACK_BOT_TOKEN or DISCORD_TOKEN (see .env.example), or run the terminal quiz on a terminal (docker run -it) or with commands piped in\n',
    );
    process.exit(2);
  }
  // In the terminal the quiz owns stdout: logs go to stderr, and only warnings unless asked.
  const secrets = [
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.discord?.token,
  ];
  const logStream = terminal ? process.stderr : process.stdout;
  // JSON lines for pipes and log collectors; readable lines when a person watches a terminal.
  const logDestination = logStream.isTTY
    ? prettyDestination(logStream)
    : terminal
      ? process.stderr
      : undefined;
  const logger = createLogger(config.logLevel ?? (terminal ? 'warn' : 'info'), logDestination, {
    secrets,
  });
  // Until the orderly shutdown exists (below), a process-level failure just exits 1, logged.
  let stopInOrder: ((reason: string) => void) | null = null;
  guardProcess(logger, (reason) => {
    if (stopInOrder) stopInOrder(reason);
    else process.exit(1);
  });
  // The bank builds in a worker thread from here on, while the rest starts up beside it.
  const banking = buildBank(config, logger);
  banking.catch(() => undefined); // awaited below; a failure surfaces there
  // A lock held by another process never stalls the event loop for long (src/bot/write-queue.ts).
  const store = await openCheckedStore(config.databasePath, {
    busyTimeoutMs: EVENT_LOOP_BUSY_TIMEOUT_MS,
    checkpointInBackground: true,
    onCheckpointError: (err) =>
      logger.warn({ err }, 'the WAL checkpoint worker failed; commits checkpoint again'),
  });
  // /healthz: on HEALTH_PORT when set; else on PORT with a platform (shared in Slack HTTP mode,
  // where Bolt serves it once the bank is built); never in the terminal unless HEALTH_PORT asks.
  // It answers `"bank": "loading"` until the bank is built.
  const adapters: ChatAdapter[] = [];
  let health: () => HealthStatus = () => loadingStatus(store, Date.now());
  const healthPort =
    config.healthPort ?? (terminal || healthSharesSlackPort(config) ? null : config.port);
  const healthServer =
    healthPort === null ? null : await startHealthServer(healthPort, () => health());
  if (healthServer) logger.info({ port: healthServer.port }, 'health check listening on /healthz');
  // The terminal says what it is doing while the bank builds: with a person typing, in the
  // session; with commands piped in, on stderr, so stdout stays the session's transcript.
  const noticeOutput = typing ? process.stdout : process.stderr;
  const notices = terminal ? createStartupNotices(config.locale, noticeOutput) : null;
  notices?.building(
    config.notesPaths.length > 0 ? config.notesPaths.map(displayPath) : [defaultNotesDir()],
  );
  // A signal while the bank builds: nothing runs yet but the health check and the database.
  const stopWhileLoading = (signal: NodeJS.Signals): void => {
    logger.info({ reason: signal }, 'stopped while the question bank was being built');
    void healthServer?.close();
    // Exits once both connections are closed (the checkpoint worker's, then the bot's), so no -wal
    // is left behind.
    void store.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stopWhileLoading);
  process.once('SIGTERM', stopWhileLoading);
  /** Lost credentials (a revoked token, Discord 4004): one clear line, then an orderly stop, exit 1. */
  const lostCredentials = (message: string): void => {
    logger.fatal(message);
    if (stopInOrder) stopInOrder('lost credentials');
    else process.exit(1);
  };
  // Creating an adapter connects nothing; it only needs the bot when it starts.
  if (!terminal)
    adapters.push(...(await platformAdapters(config, logger, () => health(), lostCredentials)));
  const { bank, files } = await banking;
  notices?.ready({
    questions: bank.questions.length,
    concepts: bank.concepts.length,
    files: files.length,
  });
  process.off('SIGINT', stopWhileLoading);
  process.off('SIGTERM', stopWhileLoading);
  const bot = createBot({
    bank,
    store,
    logger,
    settings: {
      locale: config.locale,
      defaultTimezone: config.defaultTimezone,
      answerWindowMinutes: config.answerWindowMinutes,
      admins: config.admins,
    },
    loadBank: () => loadQuestionBank(config, logger),
  });
  // Notes change without a restart: a changed notes file (debounced) or SIGHUP reloads them.
  const notesWatch = watchNotes(
    config.notesPaths.length > 0 ? config.notesPaths : [defaultNotesDir()],
    [join(PROJECT_ROOT, 'data', 'aliases.json')],
    () => void bot.reloadNotes('watch'),
    { onError: (dir, err) => logger.warn({ dir, err }, 'cannot watch the notes for changes') },
  );
  process.on('SIGHUP', () => void bot.reloadNotes('signal'));

  health = () => healthStatus(bot, adapters);
  const consoleAdapter = terminal
    ? createConsoleAdapter({
        input: process.stdin,
        output: process.stdout,
        color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
        locale: config.locale,
        welcome: true,
        interactive: typing,
        noticeOutput,
        userName: 'you',
        attachmentDir: reportsDir(config.databasePath),
      })
    : null;
  if (consoleAdapter) adapters.push(consoleAdapter);

  let stopping: Promise<void> | null = null;
  /**
   * Order matters: the scheduler stops first (a post it is sending still has a live adapter),
   * then the adapters stop taking events and finish the ones in flight, then the core's work
   * that those started (count edits) is finished or cancelled, and only then does the database close.
   */
  const shutdown = (reason: string, code: number): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ reason }, 'shutting down');
      const deadline = setTimeout(() => {
        logger.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, 'shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS);
      deadline.unref();
      const step = async (what: string, run: () => Promise<unknown> | unknown): Promise<void> => {
        try {
          await run();
        } catch (err) {
          logger.error({ err }, `shutdown: ${what} failed`);
        }
      };
      notesWatch.close();
      await step('stopping the scheduler', () => bot.stop());
      await Promise.all(
        adapters.map((a) => step(`stopping the ${a.platform} adapter`, () => a.stop())),
      );
      await step('finishing in-flight work', () => bot.stop());
      await step('closing the health check', () => healthServer?.close());
      await step('closing the database', () => store.close());
      clearTimeout(deadline);
      logger.info({ reason }, 'stopped');
      process.exitCode = code;
      // Should a library keep a handle open, do not hang: the loop gets a moment to drain, then exit.
      setTimeout(() => process.exit(code), 1_000).unref();
    })();
    return stopping;
  };
  stopInOrder = (reason) => void shutdown(reason, 1);
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));

  try {
    for (const adapter of adapters) {
      if (stopping) return;
      bot.attach(adapter);
      await adapter.start(bot);
    }
  } catch (err) {
    logger.fatal({ err }, 'an adapter could not start');
    process.stderr.write(
      `quizbot: could not start: ${maskSecrets(err instanceof Error ? err.message : String(err))}\n`,
    );
    await shutdown('start-up failed', 1);
    return;
  }
  if (stopping) return;
  await bot.startScheduler();
  logger.info({ adapters: adapters.map((a) => a.platform) }, 'quizbot is running');

  if (consoleAdapter) {
    await consoleAdapter.finished;
    await shutdown('end of input', 0);
  }
}

/**
 * Process-level guards. An unhandled rejection is a bug whose state cannot be trusted: it is
 * logged and the bot stops in order (exit 1). An uncaught exception thrown by one request's
 * callback is logged and the bot keeps serving, unless they keep coming (then it stops too).
 */
function guardProcess(logger: Logger, stop: (reason: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    logger.fatal({ err: reason }, 'unhandled promise rejection; stopping in order');
    stop('unhandled rejection');
  });
  let recent: number[] = [];
  process.on('uncaughtException', (err) => {
    const now = Date.now();
    recent = [...recent.filter((at) => now - at < 60_000), now];
    if (recent.length > MAX_UNCAUGHT_PER_MINUTE) {
      logger.fatal({ err }, 'uncaught exceptions keep coming; stopping in order');
      stop('uncaught exceptions');
      return;
    }
    logger.error({ err }, 'uncaught exception; logged, still serving');
  });
}

main().catch((err: unknown) => {
  // Anything that fails before the bot runs (database, port in use…): one clear line, exit 1.
  process.stderr.write(
    `quizbot: could not start: ${maskSecrets(err instanceof Error ? err.message : String(err))}\n`,
  );
  process.exit(1);
});
