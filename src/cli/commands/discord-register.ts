/**
 * `npx quizbot discord:register [--global] [--dry-run]` — registers (or updates) the `/quiz`
 * slash command with Discord, in `DISCORD_GUILD_ID` when set (appears at once), else globally.
 * Does nothing when Discord already has the same definition. Start-up does the same.
 * `--dry-run` needs no token: it prints the definition and the invite URL (with a placeholder
 * for the application id) and calls nothing.
 */
import { DiscordAPIError, REST, RESTJSONErrorCodes } from 'discord.js';
import {
  buildQuizCommand,
  CommandDefinitionError,
} from '../../adapters/discord/discord-commands.ts';
import {
  APPLICATION_ID_PLACEHOLDER,
  fetchApplicationId,
  inviteUrl,
  registerDiscordCommands,
} from '../../adapters/discord/discord-register.ts';
import { commandSpecs } from '../../bot/command-specs.ts';
import type { CommandSpec, Locale } from '../../bot/types.ts';
import { type Config, ConfigError, loadConfig, loadDotEnv } from '../../config.ts';
import { createLogger, type Logger } from '../../logger.ts';

const USAGE = `usage: quizbot discord:register [--global] [--dry-run]

Registers the /quiz slash command for the bot in DISCORD_TOKEN (read from .env or the environment):
in DISCORD_GUILD_ID when set (it appears at once), otherwise globally (Discord may take up to an hour).

  --global    register globally even when DISCORD_GUILD_ID is set
  --dry-run   print the command definition as JSON and the invite URL, and call nothing
              (no token needed)
`;

/** What the command needs from the outside; tests pass their own. */
export interface RegisterCliDeps {
  env?: Record<string, string | undefined>;
  specs?: (locale: Locale) => CommandSpec[];
  out?: (text: string) => void;
  err?: (text: string) => void;
  logger?: Logger;
  /** REST retries on 5xx / network errors (default 1). */
  retries?: number;
}

function explain(error: unknown, guildId: string | null, applicationId: string | null): string {
  if (error instanceof CommandDefinitionError)
    return `the command registry cannot be registered: ${error.message}`;
  if (error instanceof DiscordAPIError) {
    if (error.status === 401)
      return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal';
    if (error.code === RESTJSONErrorCodes.MissingAccess && guildId) {
      const invite = applicationId ? `; invite it with ${inviteUrl(applicationId)}` : '';
      return `the bot is not in guild ${guildId}, or was invited without the applications.commands scope${invite}`;
    }
    return `Discord refused: ${error.status} ${error.message} (code ${error.code})`;
  }
  return `could not reach Discord: ${error instanceof Error ? error.message : String(error)}`;
}

/** Runs the command with injectable dependencies; returns the exit code. */
export async function runDiscordRegister(
  args: string[],
  deps: RegisterCliDeps = {},
): Promise<number> {
  const out = deps.out ?? ((text: string) => void process.stdout.write(text));
  const err = deps.err ?? ((text: string) => void process.stderr.write(text));
  const unknown = args.filter((a) => !['--global', '--dry-run', '--help', '-h'].includes(a));
  if (args.includes('--help') || args.includes('-h')) {
    out(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    err(
      `quizbot discord:register: unknown option ${unknown.map((a) => JSON.stringify(a)).join(', ')}\n\n${USAGE}`,
    );
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(deps.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      err(`quizbot discord:register: bad configuration:\n${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const specs = (deps.specs ?? commandSpecs)(config.locale);
  if (args.includes('--dry-run')) {
    const guildId = args.includes('--global') ? null : (config.discord?.guildId ?? null);
    try {
      out(`${JSON.stringify(buildQuizCommand(specs, guildId ? 'guild' : 'global'), null, 2)}\n`);
    } catch (error) {
      err(`quizbot discord:register: ${explain(error, guildId, null)}\n`);
      return 1;
    }
    out(`invite the bot with: ${inviteUrl(APPLICATION_ID_PLACEHOLDER)}\n`);
    out(
      `(${APPLICATION_ID_PLACEHOLDER}: the Application ID on the General Information page of your application at https://discord.com/developers/applications)\n`,
    );
    return 0;
  }
  if (!config.discord) {
    err(
      'quizbot discord:register: DISCORD_TOKEN is not set: put the bot token in .env or the environment (--dry-run needs none)\n',
    );
    return 2;
  }
  const guildId = args.includes('--global') ? null : config.discord.guildId;
  const rest = new REST({
    retries: deps.retries ?? 1,
    ...(config.discord.apiUrl ? { api: config.discord.apiUrl.replace(/\/$/, '') } : {}),
  });
  rest.setToken(config.discord.token);
  const logger = deps.logger ?? createLogger('warn', process.stderr);
  let applicationId: string | null = null;
  try {
    applicationId = await fetchApplicationId(rest);
    const result = await registerDiscordCommands({ rest, applicationId, guildId, specs, logger });
    const where = guildId ? `in guild ${guildId}` : 'globally (may take up to an hour to appear)';
    out(`/quiz ${result.outcome} ${where} (command id ${result.commandId})\n`);
    out(`invite the bot with: ${inviteUrl(applicationId)}\n`);
    return 0;
  } catch (error) {
    err(`quizbot discord:register: ${explain(error, guildId, applicationId)}\n`);
    return 1;
  }
}

/** Entry point for `npx quizbot discord:register`. */
export async function run(args: string[]): Promise<number> {
  loadDotEnv();
  return runDiscordRegister(args);
}
