import { DiscordAPIError, REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildQuizCommand,
  CommandDefinitionError,
} from '../../../src/adapters/discord/discord-commands.ts';
import {
  BOT_PERMISSIONS,
  fetchApplicationId,
  inviteUrl,
  registerDiscordCommands,
  sameDefinition,
} from '../../../src/adapters/discord/discord-register.ts';
import type { CommandSpec } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { STUB_TOKEN } from './discord-harness.ts';
import { SPECS } from './specs.ts';
import { IDS, loadFixture } from './stubs/fixtures.ts';
import { DiscordRestStub } from './stubs/rest-stub.ts';

const GUILD_COMMANDS = /^\/applications\/\d+\/guilds\/\d+\/commands$/;
const GLOBAL_COMMANDS = /^\/applications\/\d+\/commands$/;

let stub: DiscordRestStub;
let rest: REST;

beforeEach(async () => {
  stub = await DiscordRestStub.start(STUB_TOKEN);
  rest = new REST({ api: stub.api, retries: 0 }).setToken(STUB_TOKEN);
});

afterEach(async () => {
  await stub.close();
});

const register = (specs: CommandSpec[], guildId: string | null = IDS.guild) =>
  registerDiscordCommands({
    rest,
    applicationId: IDS.application,
    guildId,
    specs,
    logger: silentLogger(),
  });

describe('registerDiscordCommands', () => {
  it('creates /quiz in the guild, then leaves it alone while the registry is the same', async () => {
    const first = await register(SPECS);
    expect(first).toMatchObject({ outcome: 'created', scope: 'guild' });
    expect(stub.commands.get(IDS.guild)?.map((c) => c.name)).toEqual(['quiz']);

    const second = await register(SPECS);
    expect(second).toEqual({ outcome: 'unchanged', commandId: first.commandId, scope: 'guild' });
    expect(stub.requestsTo('POST', GUILD_COMMANDS)).toHaveLength(1);
  });

  it('updates the same command when the registry changed', async () => {
    const first = await register(SPECS);
    const changed = SPECS.map((s) =>
      s.name === 'help' ? { ...s, description: 'Show the commands' } : s,
    );
    const second = await register(changed);
    expect(second).toEqual({ outcome: 'updated', commandId: first.commandId, scope: 'guild' });
    const help = (
      stub.commands.get(IDS.guild)?.[0]?.options as { name: string; description: string }[]
    ).find((o) => o.name === 'help');
    expect(help?.description).toBe('Show the commands');
  });

  it('registers globally without a guild id, and compares the server-only contexts too', async () => {
    expect((await register(SPECS, null)).outcome).toBe('created');
    expect(stub.requestsTo('POST', GLOBAL_COMMANDS)[0]?.body).toMatchObject({
      contexts: [0],
      integration_types: [0],
    });
    expect((await register(SPECS, null)).outcome).toBe('unchanged');
    expect(stub.requestsTo('POST', GUILD_COMMANDS)).toHaveLength(0);
  });

  it('does not touch the application’s other commands', async () => {
    stub.commands.set(IDS.guild, [{ id: '99', name: 'other', description: 'x', type: 1 }]);
    await register(SPECS);
    expect(stub.commands.get(IDS.guild)?.map((c) => c.name)).toEqual(['other', 'quiz']);
  });

  it('fails with Discord’s error when the bot lacks the applications.commands scope', async () => {
    stub.fail({
      method: 'GET',
      path: GUILD_COMMANDS,
      status: 403,
      body: loadFixture('errors/403-missing-access.json'),
    });
    await expect(register(SPECS)).rejects.toBeInstanceOf(DiscordAPIError);
  });

  it('refuses a registry Discord cannot take before calling Discord', async () => {
    const bad = [{ ...SPECS[0], name: 'Bad Name' } as CommandSpec];
    await expect(register(bad)).rejects.toBeInstanceOf(CommandDefinitionError);
    expect(stub.requests).toHaveLength(0);
  });
});

describe('sameDefinition', () => {
  it('treats Discord’s copy, with its ids and defaults, as equal to the definition', () => {
    const recorded = loadFixture('application-command-quiz.json');
    const specs: CommandSpec[] = [
      { name: 'help', description: '使い方を表示', usage: '', adminOnly: false, options: [] },
      {
        name: 'lookup',
        description: '用語を調べる',
        usage: '',
        adminOnly: false,
        options: [
          { name: 'term', description: '用語', kind: 'string', required: true, autocomplete: true },
        ],
      },
      {
        name: 'leaderboard',
        description: 'ランキング',
        usage: '',
        adminOnly: false,
        options: [
          {
            name: 'period',
            description: '期間',
            kind: 'choice',
            choices: ['week', 'month'],
            required: false,
          },
        ],
      },
    ];
    expect(sameDefinition(recorded, buildQuizCommand(specs, 'guild'))).toBe(true);
    expect(sameDefinition(recorded, buildQuizCommand(SPECS, 'guild'))).toBe(false);
  });
});

describe('fetchApplicationId and inviteUrl', () => {
  it('reads the application id with the bot token', async () => {
    expect(await fetchApplicationId(rest)).toBe(IDS.application);
  });

  it('builds the invite URL with both scopes and the permissions the bot needs', () => {
    const url = new URL(inviteUrl(IDS.application));
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('52224');
    expect(BOT_PERMISSIONS).toBe(52224n);
  });
});
