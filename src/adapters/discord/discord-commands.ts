/**
 * The core's command registry as ONE Discord application command, `/quiz`, with one
 * sub-command per {@link CommandSpec}, and the way back: a sub-command's option values → the
 * positional `args` of a {@link CommandEvent}. Descriptions (and the display names of choices)
 * carry Japanese and English localizations, so each member reads them in their own Discord
 * language; names stay as `/quiz help` and the README spell them.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
} from 'discord.js';
import { messages } from '../../bot/i18n/catalog.ts';
import { type CommandOption, type CommandSpec, type Locale, mention } from '../../bot/types.ts';
import { truncate } from './discord-format.ts';

/** The one application command quizbot registers. */
export const ROOT_COMMAND = 'quiz';
/** Description of `/quiz` itself for Discord languages quizbot does not speak. */
export const ROOT_DESCRIPTION = messages('en').cmdRoot;

/** Discord's locale codes for each language quizbot speaks. */
export const DISCORD_LOCALES: Record<Locale, readonly string[]> = {
  ja: ['ja'],
  en: ['en-US', 'en-GB'],
};

/** Discord locale → text. */
export type Localizations = Record<string, string>;

const DESCRIPTION_MAX = 100;
const CHOICE_MAX = 25;
const OPTION_MAX = 25;
const SUBCOMMAND_MAX = 25;
const CHOICE_VALUE_MAX = 100;
const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export interface OptionDefinition {
  type: ApplicationCommandOptionType.String | ApplicationCommandOptionType.User;
  name: string;
  description: string;
  description_localizations?: Localizations;
  required: boolean;
  autocomplete?: true;
  choices?: { name: string; name_localizations?: Localizations; value: string }[];
}

export interface SubcommandDefinition {
  type: ApplicationCommandOptionType.Subcommand;
  name: string;
  description: string;
  description_localizations?: Localizations;
  options: OptionDefinition[];
}

/** The body of `POST /applications/{id}/commands` (or the guild route) for `/quiz`. */
export interface QuizCommandDefinition {
  type: ApplicationCommandType.ChatInput;
  name: string;
  description: string;
  description_localizations: Localizations;
  options: SubcommandDefinition[];
  /** Global commands only: usable in servers, installed to servers. */
  contexts?: InteractionContextType[];
  integration_types?: ApplicationIntegrationType[];
}

/** A registry Discord cannot take; the message names the command and the rule. */
export class CommandDefinitionError extends Error {
  override name = 'CommandDefinitionError';
}

function checkName(kind: string, name: string): void {
  if (!NAME_PATTERN.test(name) || name !== name.toLowerCase()) {
    throw new CommandDefinitionError(
      `Discord cannot register ${kind} "${name}": names are 1–32 lower-case letters, digits, - or _`,
    );
  }
}

function description(text: string, fallback: string): string {
  return truncate(text.trim() || fallback, DESCRIPTION_MAX);
}

/**
 * `{ ja: …, en-US: …, en-GB: … }` from the text of each language; languages without a text are
 * left out, and so is the whole dictionary when none has one.
 */
function localized(
  textOf: (locale: Locale) => string | undefined,
  fit: (text: string) => string,
): { description_localizations?: Localizations } {
  const entries = (Object.keys(DISCORD_LOCALES) as Locale[]).flatMap((locale) => {
    const text = textOf(locale)?.trim();
    return text ? DISCORD_LOCALES[locale].map((code) => [code, fit(text)] as const) : [];
  });
  return entries.length > 0 ? { description_localizations: Object.fromEntries(entries) } : {};
}

type Translations = CommandSpec['translations'];

function choiceNames(option: CommandOption, choice: string, translations: Translations) {
  const names = localized(
    (l) => translations?.[l]?.options[option.name]?.choiceLabels?.[choice],
    (t) => truncate(t, CHOICE_VALUE_MAX),
  ).description_localizations;
  return names ? { name_localizations: names } : {};
}

function optionDefinition(
  command: string,
  option: CommandOption,
  translations: Translations,
): OptionDefinition {
  checkName(`option "${command} ${option.name}"`, option.name);
  const fit = (text: string) => description(text, option.name);
  const base = {
    name: option.name,
    description: fit(option.description),
    ...localized((l) => translations?.[l]?.options[option.name]?.description, fit),
    required: option.required,
  };
  if (option.kind === 'user') return { type: ApplicationCommandOptionType.User, ...base };
  if (option.kind === 'choice') {
    const choices = option.choices ?? [];
    if (choices.length === 0 || choices.length > CHOICE_MAX) {
      throw new CommandDefinitionError(
        `Discord cannot register option "${command} ${option.name}": a choice option needs 1–${CHOICE_MAX} choices, got ${choices.length}`,
      );
    }
    const tooLong = choices.find((c) => c.length > CHOICE_VALUE_MAX || c.length === 0);
    if (tooLong !== undefined) {
      throw new CommandDefinitionError(
        `Discord cannot register choice "${tooLong}" of "${command} ${option.name}": choices are 1–${CHOICE_VALUE_MAX} characters`,
      );
    }
    return {
      type: ApplicationCommandOptionType.String,
      ...base,
      choices: choices.map((c) => ({
        name: option.choiceLabels?.[c] ?? c,
        ...choiceNames(option, c, translations),
        value: c,
      })),
    };
  }
  return {
    type: ApplicationCommandOptionType.String,
    ...base,
    ...(option.autocomplete ? { autocomplete: true as const } : {}),
  };
}

function subcommandDefinition(spec: CommandSpec): SubcommandDefinition {
  checkName('sub-command', spec.name);
  if (spec.options.length > OPTION_MAX) {
    throw new CommandDefinitionError(
      `Discord cannot register "${spec.name}": at most ${OPTION_MAX} options`,
    );
  }
  const options = spec.options.map((o) => optionDefinition(spec.name, o, spec.translations));
  // Discord wants required options first; args keep the spec's order (see commandArgs).
  options.sort((a, b) => Number(b.required) - Number(a.required));
  const fit = (text: string) => description(text, spec.usage || spec.name);
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: spec.name,
    description: fit(spec.description),
    ...localized((l) => spec.translations?.[l]?.description, fit),
    options,
  };
}

/**
 * Builds the `/quiz` definition from the registry.
 * @param scope `guild` bodies must not carry `contexts` / `integration_types`.
 * @throws CommandDefinitionError when a spec breaks one of Discord's rules.
 */
export function buildQuizCommand(
  specs: readonly CommandSpec[],
  scope: 'guild' | 'global',
): QuizCommandDefinition {
  const named = specs.filter((s) => s.name !== '');
  if (named.length === 0)
    throw new CommandDefinitionError('Discord cannot register /quiz without sub-commands');
  if (named.length > SUBCOMMAND_MAX) {
    throw new CommandDefinitionError(
      `Discord cannot register /quiz: at most ${SUBCOMMAND_MAX} sub-commands, got ${named.length}`,
    );
  }
  const duplicate = named.find((s, i) => named.findIndex((t) => t.name === s.name) !== i);
  if (duplicate)
    throw new CommandDefinitionError(
      `Discord cannot register /quiz: "${duplicate.name}" appears twice`,
    );
  return {
    type: ApplicationCommandType.ChatInput,
    name: ROOT_COMMAND,
    description: ROOT_DESCRIPTION,
    description_localizations: localized(
      (l) => messages(l).cmdRoot,
      (t) => truncate(t, DESCRIPTION_MAX),
    ).description_localizations!,
    options: named.map(subcommandDefinition),
    ...(scope === 'global'
      ? {
          contexts: [InteractionContextType.Guild],
          integration_types: [ApplicationIntegrationType.GuildInstall],
        }
      : {}),
  };
}

/** An option value as it arrives in an interaction. */
export interface GivenOption {
  name: string;
  type: ApplicationCommandOptionType;
  value?: string | number | boolean;
}

function argValue(option: GivenOption): string {
  const value = String(option.value ?? '');
  return option.type === ApplicationCommandOptionType.User ? mention(value) : value;
}

/**
 * The positional args of a {@link CommandEvent}: the given values in the order of the spec's
 * options. A missing optional option at the end is omitted; one missing before a given one
 * becomes `''` so later args keep their positions. Without a spec (a stale registration),
 * the values are passed in the order Discord sent them.
 */
export function commandArgs(
  spec: CommandSpec | undefined,
  given: readonly GivenOption[],
): string[] {
  if (!spec) return given.map(argValue);
  const byName = new Map(given.map((o) => [o.name, o]));
  const args = spec.options.map((o) => {
    const option = byName.get(o.name);
    return option ? argValue(option) : '';
  });
  while (args.length > 0 && args[args.length - 1] === '') args.pop();
  return args;
}
