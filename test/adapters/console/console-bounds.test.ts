/** The terminal keeps a window of its transcript, not every message of a long session (issue 15 #8). */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  createConsoleAdapter,
  TRANSCRIPT_WINDOW,
} from '../../../src/adapters/console/console-adapter.ts';
import type { BotCore } from '../../../src/bot/types.ts';

const echo: BotCore = {
  handleCommand: async (event) => [{ visibility: 'ephemeral', text: `ok ${event.args.join(' ')}` }],
  handleAction: async () => [],
  complete: async () => [],
  commands: () => [],
};

describe('terminal transcript', () => {
  it(`keeps the last ${TRANSCRIPT_WINDOW} messages, in order`, async () => {
    const output = new PassThrough();
    output.resume();
    const adapter = createConsoleAdapter({
      input: new PassThrough(),
      output,
      color: false,
      locale: 'en',
    });
    await adapter.start(echo);
    const total = TRANSCRIPT_WINDOW * 3;
    for (let i = 1; i <= total; i += 1) await adapter.typeLine(`/quiz help ${i}`);
    const kept = adapter.transcript();
    expect(kept).toHaveLength(TRANSCRIPT_WINDOW);
    expect(kept.at(-1)?.reply.text).toBe(`ok ${total}`);
    expect(kept[0]?.reply.text).toBe(`ok ${total - TRANSCRIPT_WINDOW + 1}`);
    await adapter.stop();
  });
});
