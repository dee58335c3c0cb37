/** slack/manifest.json creates an app the adapter can run with, in one step. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REQUIRED_BOT_SCOPES } from '../../../src/adapters/slack/slack-adapter.ts';
import { commandSpecs } from '../../../src/bot/commands/registry.ts';

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    bot_user: { display_name: string };
    app_home: { messages_tab_enabled: boolean };
    slash_commands: {
      command: string;
      description: string;
      usage_hint: string;
      should_escape: boolean;
      url?: string;
    }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = JSON.parse(
  readFileSync(new URL('../../../slack/manifest.json', import.meta.url), 'utf8'),
) as Manifest;

describe('slack/manifest.json', () => {
  it('asks for exactly the bot scopes the adapter uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...REQUIRED_BOT_SCOPES].sort());
  });

  it('declares /quiz with escaped mentions (so <@U…> reaches the adapter) and a hint for every sub-command', () => {
    const [quiz, ...others] = manifest.features.slash_commands;
    expect(others).toEqual([]);
    expect(quiz).toMatchObject({ command: '/quiz', should_escape: true });
    for (const spec of commandSpecs('en')) expect(quiz?.usage_hint).toContain(spec.name);
    expect(quiz?.description.length).toBeLessThanOrEqual(100);
  });

  it('enables interactivity and Socket Mode, so no public URL is needed', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.slash_commands[0]?.url).toBeUndefined();
  });

  it('lets the bot read its channels history, to find a message sent before a crash (issue 15 #2)', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['channels:history', 'groups:history']),
    );
  });

  it('lets the bot send DMs (the fallback when a paused channel cannot take an ephemeral message)', () => {
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toContain('im:write');
  });
});
