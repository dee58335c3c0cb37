import { ApplicationCommandOptionType as T } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  buildQuizCommand,
  CommandDefinitionError,
  commandArgs,
} from '../../../src/adapters/discord/discord-commands.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { CommandSpec } from '../../../src/bot/types.ts';
import { SPECS } from './specs.ts';
import { validateCommand } from './stubs/rest-validate.ts';

const spec = (name: string): CommandSpec => {
  const found = SPECS.find((s) => s.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('buildQuizCommand', () => {
  const guild = buildQuizCommand(SPECS, 'guild');

  it('makes one /quiz command with one sub-command per spec, which Discord accepts', () => {
    expect(guild.name).toBe('quiz');
    expect(guild.options.map((o) => o.name)).toEqual(SPECS.map((s) => s.name));
    expect(guild.options.every((o) => o.type === T.Subcommand)).toBe(true);
    expect(validateCommand(guild as unknown as Record<string, unknown>)).toBeNull();
  });

  it('types the options: autocomplete term, period choices, user option', () => {
    const options = (name: string) => guild.options.find((o) => o.name === name)?.options;
    expect(options('lookup')).toEqual([
      expect.objectContaining({
        type: T.String,
        name: 'term',
        description: messages('ja').optTerm,
        required: true,
        autocomplete: true,
      }),
    ]);
    expect(options('leaderboard')?.[0]?.choices?.map((c) => c.value)).toEqual([
      'week',
      'month',
      'season',
      'all',
    ]);
    expect(options('stats')?.[0]).toMatchObject({ type: T.User, name: 'user', required: false });
    expect(options('schedule')?.map((o) => o.name)).toEqual(['time', 'days', 'timezone']);
  });

  it('limits global commands to servers; guild bodies carry no contexts', () => {
    expect(buildQuizCommand(SPECS, 'global')).toMatchObject({
      contexts: [0],
      integration_types: [0],
    });
    expect(guild).not.toHaveProperty('contexts');
  });

  it('puts required options first for Discord, whatever the spec order', () => {
    const mixed: CommandSpec = {
      name: 'grade',
      description: 'd',
      usage: 'u',
      adminOnly: false,
      options: [
        { name: 'note', description: 'n', kind: 'string', required: false },
        { name: 'who', description: 'w', kind: 'user', required: true },
      ],
    };
    const built = buildQuizCommand([mixed], 'guild');
    expect(built.options[0]?.options.map((o) => o.name)).toEqual(['who', 'note']);
    expect(validateCommand(built as unknown as Record<string, unknown>)).toBeNull();
  });

  it('shortens descriptions to 100 characters and fills empty ones', () => {
    const long: CommandSpec = {
      name: 'long',
      description: 'x'.repeat(150),
      usage: '',
      adminOnly: false,
      options: [],
    };
    const empty: CommandSpec = {
      name: 'empty',
      description: ' ',
      usage: '/quiz empty',
      adminOnly: false,
      options: [],
    };
    const [a, b] = buildQuizCommand([long, empty], 'guild').options;
    expect(a?.description).toHaveLength(100);
    expect(b?.description).toBe('/quiz empty');
  });

  it.each([
    [{ name: 'Lookup', description: 'd', usage: '', adminOnly: false, options: [] }, /"Lookup"/],
    [{ name: 'look up', description: 'd', usage: '', adminOnly: false, options: [] }, /"look up"/],
    [{ name: 'x'.repeat(33), description: 'd', usage: '', adminOnly: false, options: [] }, /1–32/],
    [
      {
        name: 'pick',
        description: 'd',
        usage: '',
        adminOnly: false,
        options: [{ name: 'p', description: 'd', kind: 'choice', required: true }],
      },
      /needs 1–25 choices, got 0/,
    ],
    [
      {
        name: 'pick',
        description: 'd',
        usage: '',
        adminOnly: false,
        options: [
          {
            name: 'p',
            description: 'd',
            kind: 'choice',
            required: true,
            choices: ['c'.repeat(101)],
          },
        ],
      },
      /1–100 characters/,
    ],
  ] as [CommandSpec, RegExp][])('refuses a spec Discord cannot take: %j', (bad, message) => {
    expect(() => buildQuizCommand([bad], 'guild')).toThrow(CommandDefinitionError);
    expect(() => buildQuizCommand([bad], 'guild')).toThrow(message);
  });

  it('refuses an empty registry, more than 25 sub-commands and duplicates', () => {
    expect(() => buildQuizCommand([], 'guild')).toThrow(/without sub-commands/);
    const many = Array.from({ length: 26 }, (_, i) => ({ ...spec('help'), name: `c${i}` }));
    expect(() => buildQuizCommand(many, 'guild')).toThrow(/at most 25 sub-commands, got 26/);
    expect(() => buildQuizCommand([spec('help'), spec('help')], 'guild')).toThrow(
      /"help" appears twice/,
    );
  });
});

describe('commandArgs', () => {
  it('orders values by the spec, whatever order Discord sent them in', () => {
    const given = [
      { name: 'timezone', type: T.String, value: 'Asia/Tokyo' },
      { name: 'time', type: T.String, value: '09:00' },
      { name: 'days', type: T.String, value: 'mon-fri' },
    ];
    expect(commandArgs(spec('schedule'), given)).toEqual(['09:00', 'mon-fri', 'Asia/Tokyo']);
  });

  it('omits missing optional options at the end', () => {
    expect(
      commandArgs(spec('schedule'), [{ name: 'time', type: T.String, value: '07:30' }]),
    ).toEqual(['07:30']);
    expect(commandArgs(spec('leaderboard'), [])).toEqual([]);
  });

  it('keeps positions with an empty arg when an earlier optional option is missing', () => {
    expect(
      commandArgs(spec('schedule'), [{ name: 'timezone', type: T.String, value: 'UTC' }]),
    ).toEqual(['', '', 'UTC']);
  });

  it('turns a user option into a mention', () => {
    expect(
      commandArgs(spec('stats'), [{ name: 'user', type: T.User, value: '1300000000000000003' }]),
    ).toEqual(['<@1300000000000000003>']);
  });

  it('passes values in Discord order for a sub-command the registry no longer has', () => {
    expect(
      commandArgs(undefined, [
        { name: 'a', type: T.String, value: 'x' },
        { name: 'b', type: T.User, value: '1' },
      ]),
    ).toEqual(['x', '<@1>']);
  });
});
