import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../src/adapters/console/console-adapter.ts';
import type { BotCore } from '../../../src/bot/types.ts';

const core: BotCore = {
  handleCommand: async () => [{ visibility: 'ephemeral', text: 'hello' }],
  handleAction: async () => [],
  complete: async () => [],
  commands: () => [],
};

describe('terminal adapter when its reader goes away (npm start | head)', () => {
  it('stops reading quietly on EPIPE and finishes', async () => {
    const input = new PassThrough();
    let writes = 0;
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        writes++;
        const error = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        callback(writes > 1 ? error : null);
      },
    });
    const adapter = createConsoleAdapter({ input, output, color: false, locale: 'en' });
    await adapter.start(core);
    input.write('/quiz help\n/quiz help\n/quiz help\n');
    await adapter.finished;
    expect(adapter.isConnected()).toBe(false);
    const writesWhenFinished = writes;
    input.write('/quiz help\n');
    await adapter.idle();
    expect(writes).toBe(writesWhenFinished);
  });
});
