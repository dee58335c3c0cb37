/**
 * The terminal adapter in the shared harness: lines are typed into the real adapter (`/as NAME`,
 * `/quiz …`, button numbers) and what it showed is read back from its transcript.
 */
import { PassThrough } from 'node:stream';
import {
  type ConsoleAdapter,
  createConsoleAdapter,
} from '../../../src/adapters/console/console-adapter.ts';
import { userIdOf } from '../../../src/adapters/console/console-input.ts';
import type { BotCore } from '../../../src/bot/types.ts';
import type { Locale } from '../../../src/shared/channel.ts';
import type { AdapterHarness, HarnessUser, SeenMessage } from '../harness.ts';
import { seenFromReply } from '../seen.ts';

/** The real terminal adapter on piped streams, started on `core`, with what it printed. */
export interface TerminalOnPipes {
  adapter: ConsoleAdapter;
  input: PassThrough;
  printed: () => string;
  /** Ends the input and stops the adapter. */
  close: () => Promise<void>;
}

/** Starts the real terminal adapter on `core`, typing into a pipe and collecting its output. */
export async function startTerminalOnPipes(
  core: BotCore,
  options: {
    locale: Locale;
    interactive: boolean;
    /** Called with the adapter before it starts (a bot attaching it). */
    beforeStart?: (adapter: ConsoleAdapter) => void;
  },
): Promise<TerminalOnPipes> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const adapter = createConsoleAdapter({
    input,
    output,
    color: false,
    locale: options.locale,
    welcome: options.interactive,
    interactive: options.interactive,
  });
  options.beforeStart?.(adapter);
  await adapter.start(core);
  return {
    adapter,
    input,
    printed: () => printed,
    async close() {
      input.end();
      await adapter.stop();
    },
  };
}

export async function startConsoleHarness(
  core: BotCore,
): Promise<AdapterHarness & { output: () => string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const admins = new Set<string>();
  const adapter = createConsoleAdapter({
    input,
    output,
    color: false,
    locale: 'ja',
    isAdmin: (id) => admins.has(id),
  });
  await adapter.start(core);

  function toSeen(from: number): SeenMessage[] {
    return adapter
      .transcript()
      .slice(from)
      .map((msg) =>
        seenFromReply(
          msg.reply,
          msg.visibility === 'channel'
            ? { ...adapter.channel, messageId: String(msg.id) }
            : undefined,
          msg.userId,
        ),
      );
  }

  async function as(user: HarnessUser): Promise<void> {
    const id = user.name.toLowerCase();
    if (user.admin) admins.add(id);
    await adapter.typeLine(`/as ${user.name}`);
  }

  return {
    adapter,
    channel: adapter.channel,
    output: () => printed,
    async command(user, text) {
      await as(user);
      const before = adapter.transcript().length;
      await adapter.typeLine(`/quiz ${text}`);
      return toSeen(before);
    },
    async click(user, _on, button) {
      await as(user);
      // A number this user may press: another user's private copy of the same button is theirs.
      const n = adapter.numberFor(button.actionId, button.value, userIdOf(user.name));
      if (n === undefined) throw new Error(`button ${button.label} has no number on the terminal`);
      const before = adapter.transcript().length;
      await adapter.typeLine(String(n));
      return toSeen(before);
    },
    channelMessages: () =>
      adapter
        .transcript()
        .filter((msg) => msg.visibility === 'channel')
        .map((msg) => seenFromReply(msg.reply, { ...adapter.channel, messageId: String(msg.id) })),
    async close() {
      input.end();
      await adapter.stop();
    },
  };
}
