/** The Discord adapter's public surface, for the composition root and the CLI. */
export {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from './discord-adapter.ts';
export { buildQuizCommand, CommandDefinitionError, ROOT_COMMAND } from './discord-commands.ts';
export {
  BOT_PERMISSIONS,
  fetchApplicationId,
  inviteUrl,
  type RegisterOptions,
  type RegisterResult,
  registerDiscordCommands,
} from './discord-register.ts';
