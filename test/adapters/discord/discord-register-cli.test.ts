/**
 * `npx quizbot discord:register` against the REST stub, and the real core's registry checked
 * against Discord's form rules.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildQuizCommand } from '../../../src/adapters/discord/discord-commands.ts';
import { commandSpecs } from '../../../src/bot/command-specs.ts';
import {
  type RegisterCliDeps,
  runDiscordRegister,
} from '../../../src/cli/commands/discord-register.ts';
import { silentLogger } from '../../../src/logger.ts';
import { STUB_TOKEN } from './discord-harness.ts';
import { SPECS } from './scripted-core.ts';
import { IDS } from './stubs/fixtures.ts';
import { DiscordRestStub } from './stubs/rest-stub.ts';
import { validateCommand } from './stubs/rest-validate.ts';

let stub: DiscordRestStub;
let out: string[];
let err: string[];

beforeEach(async () => {
  stub = await DiscordRestStub.start(STUB_TOKEN);
  out = [];
  err = [];
});

afterEach(async () => {
  await stub.close();
});

function run(args: string[], env: Record<string, string | undefined> = {}): Promise<number> {
  const deps: RegisterCliDeps = {
    env: {
      DISCORD_TOKEN: STUB_TOKEN,
      DISCORD_GUILD_ID: IDS.guild,
      DISCORD_API_URL: stub.api,
      ...env,
    },
    specs: () => SPECS,
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    logger: silentLogger(),
    retries: 0,
  };
  return runDiscordRegister(args, deps);
}

describe('quizbot discord:register', () => {
  it('registers /quiz in the guild, prints the invite URL, and reports "unchanged" the second time', async () => {
    expect(await run([])).toBe(0);
    expect(out[0]).toMatch(/^\/quiz created in guild 1100000000000000001 \(command id \d+\)\n$/);
    expect(out[1]).toContain('scope=bot+applications.commands&permissions=52224');
    expect(await run([])).toBe(0);
    expect(out[2]).toMatch(/^\/quiz unchanged in guild/);
    expect(stub.requestsTo('POST', /\/commands$/)).toHaveLength(1);
    expect(err).toEqual([]);
  });

  it('registers globally with --global', async () => {
    expect(await run(['--global'])).toBe(0);
    expect(out[0]).toMatch(/^\/quiz created globally/);
    expect(stub.commands.get('global')).toHaveLength(1);
  });

  it('prints the definition with --dry-run and calls nothing', async () => {
    expect(await run(['--dry-run'])).toBe(0);
    expect(JSON.parse(out[0]!)).toEqual(
      JSON.parse(JSON.stringify(buildQuizCommand(SPECS, 'guild'))),
    );
    expect(stub.requests).toEqual([]);
  });

  it('exits 2 with a clear message when DISCORD_TOKEN is missing', async () => {
    expect(await run([], { DISCORD_TOKEN: undefined })).toBe(2);
    expect(err.join('')).toContain('DISCORD_TOKEN is not set');
  });

  it('exits 2 naming a bad variable', async () => {
    expect(await run([], { DISCORD_GUILD_ID: 'my-server' })).toBe(2);
    expect(err.join('')).toContain(
      'DISCORD_GUILD_ID="my-server" is not valid: expected a numeric guild id (a snowflake)',
    );
  });

  it('exits 2 on an unknown option', async () => {
    expect(await run(['--force'])).toBe(2);
    expect(err.join('')).toContain('unknown option "--force"');
  });

  it('explains a rejected token', async () => {
    expect(await run([], { DISCORD_TOKEN: 'wrong-token' })).toBe(1);
    expect(err.join('')).toContain('Discord rejected DISCORD_TOKEN (401 Unauthorized)');
  });

  it('explains a guild the bot is not in, with the invite URL', async () => {
    expect(await run([], { DISCORD_GUILD_ID: '1100000000000000999' })).toBe(1);
    expect(err.join('')).toMatch(
      /the bot is not in guild 1100000000000000999, or was invited without the applications\.commands scope; invite it with https:\/\/discord\.com\/oauth2\/authorize\?client_id=1200000000000000001/,
    );
  });

  it('explains an unreachable API', async () => {
    const api = stub.api;
    await stub.close();
    expect(await run([], { DISCORD_API_URL: api })).toBe(1);
    expect(err.join('')).toMatch(/^quizbot discord:register: could not reach Discord: /);
    stub = await DiscordRestStub.start(STUB_TOKEN);
  });
});

describe('the real core’s registry', () => {
  it.each(['ja', 'en'] as const)('builds a /quiz definition Discord accepts (%s)', (locale) => {
    const specs = commandSpecs(locale);
    for (const scope of ['guild', 'global'] as const) {
      const definition = buildQuizCommand(specs, scope);
      expect(definition.options.map((o) => o.name)).toEqual(specs.map((s) => s.name));
      expect(validateCommand(definition as unknown as Record<string, unknown>)).toBeNull();
    }
  });
});
