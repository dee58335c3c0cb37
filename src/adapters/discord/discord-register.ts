/**
 * Registers `/quiz` with Discord, idempotently: the current definition is fetched first and
 * written only when it differs. In one guild (appears at once) or globally. Used at start-up
 * and by `npx quizbot discord:register`.
 */
import { PermissionFlagsBits, type REST, Routes } from 'discord.js';
import type { CommandSpec } from '../../bot/types.ts';
import type { Logger } from '../../logger.ts';
import { buildQuizCommand, type QuizCommandDefinition, ROOT_COMMAND } from './discord-commands.ts';

export interface RegisterOptions {
  /** A REST client with the bot token set. */
  rest: REST;
  applicationId: string;
  /** Register in this guild only; null = globally. */
  guildId: string | null;
  specs: readonly CommandSpec[];
  logger: Logger;
}

/** What registration did. */
export interface RegisterResult {
  outcome: 'created' | 'updated' | 'unchanged';
  commandId: string;
  scope: 'guild' | 'global';
}

/** What the bot needs in a channel: View Channel, Send Messages, Embed Links, Attach Files. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles;

/** Stands for the application id in an invite URL printed before the id is known (`--dry-run`). */
export const APPLICATION_ID_PLACEHOLDER = 'YOUR_APPLICATION_ID';

/** The invite URL with the scopes and permissions the bot needs. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: 'bot applications.commands',
    permissions: BOT_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}

/** The application id of the token's bot (`GET /applications/@me`). */
export async function fetchApplicationId(rest: REST): Promise<string> {
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  return app.id;
}

type Loose = Record<string, unknown>;

/** The parts of a command that we set, with Discord's defaults filled in, for comparison. */
function canonical(command: Loose, keepScopeFields: boolean): unknown {
  const options = (command.options as Loose[] | undefined) ?? [];
  const result: Loose = {
    type: command.type ?? 1,
    name: command.name,
    description: command.description,
    description_localizations: command.description_localizations ?? null,
    options: options.map((o) => canonicalOption(o)),
  };
  if (keepScopeFields) {
    result.contexts = command.contexts ?? null;
    result.integration_types = command.integration_types ?? null;
  }
  return result;
}

function canonicalOption(option: Loose): Loose {
  const nested = option.options as Loose[] | undefined;
  const choices = option.choices as Loose[] | undefined;
  return {
    type: option.type,
    name: option.name,
    description: option.description,
    description_localizations: option.description_localizations ?? null,
    required: option.required ?? false,
    autocomplete: option.autocomplete ?? false,
    choices: (choices ?? []).map((c) => ({
      name: c.name,
      name_localizations: c.name_localizations ?? null,
      value: c.value,
    })),
    options: (nested ?? []).map((o) => canonicalOption(o)),
  };
}

/** Whether Discord's copy of the command already says what `desired` says. */
export function sameDefinition(existing: Loose, desired: QuizCommandDefinition): boolean {
  const scoped = desired.contexts !== undefined;
  return (
    JSON.stringify(canonical(existing, scoped)) ===
    JSON.stringify(canonical(desired as unknown as Loose, scoped))
  );
}

/**
 * Makes Discord's `/quiz` match the registry. Other commands of the application are left alone.
 * @throws CommandDefinitionError for a registry Discord cannot take; the REST error otherwise.
 */
export async function registerDiscordCommands(options: RegisterOptions): Promise<RegisterResult> {
  const { rest, applicationId, guildId, logger } = options;
  const scope = guildId ? 'guild' : 'global';
  const definition = buildQuizCommand(options.specs, scope);
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  // With the whole localization dictionaries, so a changed translation is seen as a change.
  const listed = (await rest.get(route, {
    query: new URLSearchParams({ with_localizations: 'true' }),
  })) as Loose[];
  const existing = listed.find((c) => c.name === ROOT_COMMAND);
  if (existing && sameDefinition(existing, definition)) {
    logger.debug(
      { scope, guildId, commandId: existing.id },
      'discord: /quiz is registered and unchanged',
    );
    return { outcome: 'unchanged', commandId: String(existing.id), scope };
  }
  // POST with an existing name overwrites that command (an upsert), leaving the others alone.
  const saved = (await rest.post(route, { body: definition })) as { id: string };
  const outcome = existing ? 'updated' : 'created';
  logger.info({ scope, guildId, commandId: saved.id, outcome }, `discord: /quiz ${outcome}`);
  return { outcome, commandId: saved.id, scope };
}
