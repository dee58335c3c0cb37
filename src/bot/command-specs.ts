/** The `/quiz` command registry as data (for Discord registration and the CLI). */
export { commandSpecs } from './commands/registry.ts';
