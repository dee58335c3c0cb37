/**
 * `/quiz` in each member's Discord language (issue 16): descriptions and choice names carry ja and
 * en localizations; a changed translation is a changed definition; `discord:register --dry-run`
 * needs no token and prints the invite URL with a placeholder id.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildQuizCommand,
  type OptionDefinition,
  type QuizCommandDefinition,
} from '../../../src/adapters/discord/discord-commands.ts';
import {
  APPLICATION_ID_PLACEHOLDER,
  registerDiscordCommands,
  sameDefinition,
} from '../../../src/adapters/discord/discord-register.ts';
import { commandSpecs } from '../../../src/bot/command-specs.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import { runDiscordRegister } from '../../../src/cli/commands/discord-register.ts';
import { silentLogger } from '../../../src/logger.ts';
import { STUB_TOKEN } from './discord-harness.ts';
import { IDS } from './stubs/fixtures.ts';
import { DiscordRestStub } from './stubs/rest-stub.ts';

const LOCALES = ['ja', 'en-US', 'en-GB'];

function everyDescription(definition: QuizCommandDefinition): Record<string, string>[] {
  const options = (o: OptionDefinition) => [o.description_localizations ?? {}];
  return [
    definition.description_localizations,
    ...definition.options.flatMap((s) => [
      s.description_localizations ?? {},
      ...s.options.flatMap(options),
    ]),
  ];
}

describe('localizations', () => {
  const definition = buildQuizCommand(commandSpecs('ja'), 'guild');

  it('gives every description in Japanese and English, each within 100 characters', () => {
    for (const localized of everyDescription(definition)) {
      expect(Object.keys(localized).sort()).toEqual([...LOCALES].sort());
      for (const text of Object.values(localized)) expect(text.length).toBeLessThanOrEqual(100);
    }
    const lookup = definition.options.find((s) => s.name === 'lookup')!;
    expect(lookup.description_localizations).toEqual({
      ja: messages('ja').cmdLookup,
      'en-US': messages('en').cmdLookup,
      'en-GB': messages('en').cmdLookup,
    });
    expect(definition.description_localizations.ja).toBe(messages('ja').cmdRoot);
    expect(definition.description).toBe(messages('en').cmdRoot);
  });

  it('names the choices in each language and keeps their values', () => {
    const period = definition.options
      .find((s) => s.name === 'leaderboard')!
      .options.find((o) => o.name === 'period')!;
    expect(period.choices?.map((c) => c.value)).toEqual(['week', 'month', 'season', 'all']);
    expect(period.choices?.[3]).toEqual({
      name: '通算',
      name_localizations: { ja: '通算', 'en-US': 'all time', 'en-GB': 'all time' },
      value: 'all',
    });
  });

  it('sees a changed translation as a changed definition', () => {
    const changed = structuredClone(definition);
    changed.options[0]!.description_localizations!['en-US'] = 'Something else';
    expect(sameDefinition(definition as never, definition)).toBe(true);
    expect(sameDefinition(changed as never, definition)).toBe(false);
  });
});

describe('registration with localizations', () => {
  let stub: DiscordRestStub;
  beforeEach(async () => {
    stub = await DiscordRestStub.start(STUB_TOKEN);
  });
  afterEach(async () => {
    await stub.close();
  });

  it('asks Discord for the localizations, and leaves an unchanged definition alone', async () => {
    const { REST } = await import('discord.js');
    const rest = new REST({ api: stub.api.replace(/\/$/, ''), retries: 0 }).setToken(STUB_TOKEN);
    const options = {
      rest,
      applicationId: IDS.application,
      guildId: IDS.guild,
      specs: commandSpecs('ja'),
      logger: silentLogger(),
    };
    expect((await registerDiscordCommands(options)).outcome).toBe('created');
    expect((await registerDiscordCommands(options)).outcome).toBe('unchanged');
    const gets = stub.requestsTo('GET', /\/commands$/);
    expect(gets.every((r) => r.query.get('with_localizations') === 'true')).toBe(true);
  });
});

describe('discord:register --dry-run', () => {
  it('needs no token: prints the definition and the invite URL with a placeholder id', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runDiscordRegister(['--dry-run'], {
      env: {},
      out: (t) => void out.push(t),
      err: (t) => void err.push(t),
    });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const definition = JSON.parse(out[0]!) as QuizCommandDefinition;
    expect(definition.name).toBe('quiz');
    expect(definition.options.length).toBeGreaterThan(5);
    expect(out[1]).toBe(
      `invite the bot with: https://discord.com/oauth2/authorize?client_id=${APPLICATION_ID_PLACEHOLDER}&scope=bot+applications.commands&permissions=52224\n`,
    );
    expect(out[2]).toContain(APPLICATION_ID_PLACEHOLDER);
  });
});
