/**
 * `quizbot demo [--locale ja|en] [--notes FILE ...]` (`npm run demo`) — the terminal quiz played
 * from a short script, the same every time: a fresh in-memory database (nothing is read from or
 * left in `data/`), a fixed clock (Friday 2026-11-27, 09:00 in Tokyo, one minute per line), a fixed
 * seed, and the shipped notes. It starts as `npm start` does (building the questions, how many,
 * how to play); then each line is shown after `> ` as if typed, then what the bot says.
 * The environment (`QUIZBOT_*`, `.env`) is not read, so the output is the README's transcript.
 */
import { PassThrough, type Writable } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console/console-adapter.ts';
import { createStartupNotices } from '../../adapters/console/console-startup.ts';
import { createBot } from '../../bot/create-bot.ts';
import type { Locale } from '../../bot/types.ts';
import { createLogger } from '../../logger.ts';
import { formatProblem, loadBank } from '../../notes/load-bank.ts';
import { defaultNotesDir } from '../../notes/notes-files.ts';
import { seededRandom } from '../../quiz/text/seeded-random.ts';
import { openStore } from '../../store/index.ts';
import { parseArgs } from '../cli-args.ts';

/** What the demo types: post, two users answer, close and reveal, the board, the one-a-day rule, a look-up. */
export const DEMO_SCRIPT: readonly string[] = [
  '/quiz post',
  '1',
  '/as bob',
  '2',
  '/quiz close',
  '/quiz leaderboard',
  '/quiz post',
  '/quiz lookup さーが',
];

/** The demo's clock starts here: Friday 2026-11-27, 09:00 in Tokyo. */
export const DEMO_START = Date.parse('2026-11-27T00:00:00Z');
export const DEMO_TIMEZONE = 'Asia/Tokyo';
export const DEMO_SEED = 'quizbot-demo';

const USAGE = `usage: quizbot demo [--locale ja|en] [--notes FILE ...]

Plays a short terminal quiz from a script on a throwaway in-memory database, with a fixed clock and
seed, so every run prints the same (the README's transcript). Your data/ folder is not touched.
`;

/** Options of one demo run (tests and the README updater pass their own output). */
export interface DemoOptions {
  locale: Locale;
  notes?: string[];
  script?: readonly string[];
  output: Writable;
}

/** Plays the script; resolves when every line has been handled and the bot has stopped. */
export async function playDemo(options: DemoOptions): Promise<void> {
  // It starts as `npm start` does: what it is building, how many questions, how to play.
  const notices = createStartupNotices(options.locale, options.output);
  notices.building(options.notes?.length ? options.notes : [defaultNotesDir()]);
  const { bank, problems, files } = loadBank({ notes: options.notes ?? [] });
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  notices.ready({
    questions: bank.questions.length,
    concepts: bank.concepts.length,
    files: files.length,
  });
  const store = openStore(':memory:');
  let now = DEMO_START - 60_000;
  const bot = createBot({
    bank,
    store,
    logger: createLogger('silent'),
    settings: {
      locale: options.locale,
      defaultTimezone: DEMO_TIMEZONE,
      answerWindowMinutes: 24 * 60,
    },
    clock: () => now,
    random: seededRandom(DEMO_SEED),
  });
  const adapter = createConsoleAdapter({
    input: new PassThrough(),
    output: options.output,
    color: false,
    locale: options.locale,
    userName: 'you',
    welcome: true,
    interactive: false,
  });
  bot.attach(adapter);
  await adapter.start(bot);
  for (const line of options.script ?? DEMO_SCRIPT) {
    now += 60_000;
    options.output.write(`\n> ${line}\n`);
    await adapter.typeLine(line);
  }
  await bot.stop();
  await adapter.stop();
  store.close();
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ['locale'], lists: ['notes'], flags: ['help'] });
  if (parsed.flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const locale = (parsed.values.get('locale') ?? 'ja').toLowerCase();
  if (parsed.errors.length > 0 || parsed.positional.length > 0 || !['ja', 'en'].includes(locale)) {
    const problem =
      parsed.errors.join('; ') ||
      (parsed.positional.length > 0
        ? `unexpected ${JSON.stringify(parsed.positional[0])}`
        : `--locale is ja or en, not ${JSON.stringify(locale)}`);
    process.stderr.write(`quizbot demo: ${problem}\n\n${USAGE}`);
    return 2;
  }
  await playDemo({
    locale: locale as Locale,
    notes: parsed.lists.get('notes') ?? [],
    output: process.stdout,
  });
  return 0;
}
