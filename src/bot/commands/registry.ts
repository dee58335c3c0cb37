/**
 * Every `/quiz` sub-command, in help order. Adding a command = one file + one line here.
 */
import { messages } from '../i18n/catalog.ts';
import type { CommandSpec, CommandText, Locale } from '../types.ts';
import { closeCommand, postCommand } from './admin.ts';
import type { Command } from './command.ts';
import { explainCommand } from './explain.ts';
import { flagCommand } from './flag.ts';
import { flagsCommand } from './flags.ts';
import { createHelpCommand } from './help.ts';
import { leaderboardCommand } from './leaderboard.ts';
import { lookupCommand } from './lookup.ts';
import { meCommand } from './me.ts';
import { notesCommand } from './notes.ts';
import { practiceCommand } from './practice.ts';
import { reloadCommand } from './reload.ts';
import { remindCommand } from './remind.ts';
import { scheduleCommand } from './schedule.ts';
import { seasonCommand } from './season.ts';
import { statsCommand } from './stats.ts';
import { teamCommand } from './team.ts';
import { unvoidCommand } from './unvoid.ts';
import { voidCommand } from './void.ts';

export const COMMANDS: readonly Command[] = [
  createHelpCommand(() => COMMANDS),
  lookupCommand,
  explainCommand,
  leaderboardCommand,
  statsCommand,
  meCommand,
  practiceCommand,
  remindCommand,
  teamCommand,
  scheduleCommand,
  postCommand,
  closeCommand,
  seasonCommand,
  reloadCommand,
  notesCommand,
  flagCommand,
  flagsCommand,
  voidCommand,
  unvoidCommand,
];

/** Finds a command by name (case-insensitive). */
export function findCommand(name: string): Command | undefined {
  const wanted = name.normalize('NFKC').toLowerCase();
  return COMMANDS.find((c) => c.name === wanted);
}

const LOCALES: readonly Locale[] = ['ja', 'en'];

function commandText(c: Command, locale: Locale): CommandText {
  const m = messages(locale);
  return {
    description: c.describe(m),
    options: Object.fromEntries(
      c.options(m).map((o) => [
        o.name,
        {
          description: o.description,
          ...(o.choiceLabels ? { choiceLabels: o.choiceLabels } : {}),
        },
      ]),
    ),
  };
}

/**
 * The registry as data, for help pages and platform registrations (Discord), in `locale`, with
 * every supported language's words in `translations`.
 */
export function commandSpecs(locale: Locale): CommandSpec[] {
  const m = messages(locale);
  return COMMANDS.map((c) => ({
    name: c.name,
    description: c.describe(m),
    usage: c.usage,
    adminOnly: c.adminOnly,
    translations: Object.fromEntries(LOCALES.map((l) => [l, commandText(c, l)])),
    options: c.options(m),
  }));
}
