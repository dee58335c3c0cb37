/**
 * Lost credentials end cleanly (issue 15 #12): Discord closing the gateway with 4004 in the
 * middle of a run (the token was reset) is reported once, so the process can stop, instead of a
 * half-alive adapter that neither reconnects nor exits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type DiscordWithCore, startDiscordWithCore } from './discord-harness.ts';

let running: DiscordWithCore | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never happened: ${what}`);
}

describe('Discord gateway closed for good', () => {
  it('reports 4004 mid-run once, naming DISCORD_TOKEN, and stops taking interactions', async () => {
    const fatal: string[] = [];
    running = await startDiscordWithCore({ onFatal: (message) => fatal.push(message) });
    const harness = running.h;
    expect(harness.adapter.isConnected()).toBe(true);
    harness.gateway.drop(4004);
    await eventually(() => fatal.length > 0, 'the fatal report');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fatal).toEqual([expect.stringMatching(/4004.*DISCORD_TOKEN/)]);
    expect(harness.adapter.isConnected()).toBe(false);
  });
});
