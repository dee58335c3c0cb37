/**
 * The terminal adapter — the default when no Slack or Discord token is set. One simulated
 * channel; buttons are numbered and typing a number clicks one; `/as NAME` switches the user
 * (every terminal user is an admin). It goes through exactly the same core path as Slack and
 * Discord: lines become CommandEvents and ActionEvents, Replies are rendered as text.
 *
 * When input is not a terminal, lines are read until end of input, each handled before the next;
 * {@link ConsoleAdapter.finished} resolves then, so a script can pipe commands in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { messages } from '../../bot/i18n/catalog.ts';
import type {
  ActionEvent,
  BotCore,
  Button,
  ChannelRef,
  ChatAdapter,
  Locale,
  MessageRef,
  Reply,
} from '../../bot/types.ts';
import { formatReply, splitWords } from './console-format.ts';

export interface ConsoleAdapterOptions {
  input: Readable;
  output: Writable;
  /** ANSI colour (only on a terminal). */
  color: boolean;
  /** Language of the adapter's own hints. */
  locale: Locale;
  /** The first simulated user's name. */
  userName?: string;
  /** Interactive (a terminal): a welcome line at start and a `> ` prompt after each line. */
  welcome?: boolean;
  /** Who counts as an admin (default: every terminal user). */
  isAdmin?: (userId: string) => boolean;
  /**
   * Folder the terminal writes attachments to (the weekly report's chart), printing each path;
   * default `data/reports` (see {@link reportsDir}).
   */
  attachmentDir?: string;
}

/** A message as the terminal shows it (kept so numbers can be clicked and edits applied). */
export interface ConsoleMessage {
  /** 1, 2, 3… for channel messages; 0 for private ones. */
  id: number;
  reply: Reply;
  visibility: 'channel' | 'ephemeral';
  /** The user a private message is for. */
  userId?: string;
}

export interface ConsoleAdapter extends ChatAdapter {
  /** Resolves when input has ended and every line has been handled. */
  readonly finished: Promise<void>;
  /** Everything shown so far, in order (edits replace the channel message they edit). */
  transcript(): ConsoleMessage[];
  /** Resolves when every line received so far has been handled. */
  idle(): Promise<void>;
  /** Handles one line as if typed (tests, scripts). */
  typeLine(line: string): Promise<void>;
  /** The number that clicks a live button, if it has one. */
  numberFor(actionId: string, value: string): number | undefined;
  readonly channel: ChannelRef;
}

/** `reports/` beside the database file (`data/reports` by default); `data/reports` for an in-memory database. */
export function reportsDir(databasePath: string): string {
  return databasePath === ':memory:' || databasePath === ''
    ? join('data', 'reports')
    : join(dirname(databasePath), 'reports');
}

const CHANNEL: ChannelRef = { platform: 'console', teamId: 'local', channelId: 'terminal' };

function userIdOf(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '-');
}

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const m = messages(options.locale);
  const style = { color: options.color };
  let user = { id: userIdOf(options.userName ?? 'you'), name: options.userName ?? 'you' };
  let core: BotCore | null = null;
  let rl: Interface | null = null;
  let connected = false;
  let queue: Promise<void> = Promise.resolve();
  let resolveFinished: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });
  const shown: ConsoleMessage[] = [];
  let nextMessageId = 1;
  /** Number typed → the button it clicks. */
  let numbered = new Map<number, { button: Button; message: ConsoleMessage }>();
  let nextNumber = 1;

  let outputClosed = false;
  const print = (text: string): void => {
    if (!outputClosed) options.output.write(`${text}\n`);
  };

  function show(message: ConsoleMessage, audience?: string): void {
    const buttons = message.reply.buttons ?? [];
    const hasLive = buttons.some((b) => !b.disabled);
    if (message.visibility === 'channel' && hasLive) {
      numbered = new Map();
      nextNumber = 1;
    }
    const numbers = buttons.map((b) => {
      if (b.disabled) return null;
      const n = nextNumber++;
      numbered.set(n, { button: b, message });
      return n;
    });
    const label = message.visibility === 'channel' ? `#${message.id}` : undefined;
    print('');
    print(
      formatReply(message.reply, numbers, style, audience ?? label, saveAttachments(message.reply)),
    );
  }

  /** Writes a reply's attachments to files (a terminal cannot show an image) and returns their paths. */
  function saveAttachments(reply: Reply): string[] {
    const attachments = reply.attachments ?? [];
    if (attachments.length === 0) return [];
    const dir = options.attachmentDir ?? join('data', 'reports');
    return attachments.map((a) => {
      const path = join(dir, basename(a.filename) || 'attachment');
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, a.data);
        return path;
      } catch (error) {
        return `${a.filename} (${(error as Error).message})`;
      }
    });
  }

  function showReplies(replies: Reply[]): void {
    for (const reply of replies) {
      if (reply.visibility === 'channel') {
        const message: ConsoleMessage = { id: nextMessageId++, reply, visibility: 'channel' };
        shown.push(message);
        show(message);
      } else {
        const message: ConsoleMessage = { id: 0, reply, visibility: 'ephemeral', userId: user.id };
        shown.push(message);
        show(message, m.consoleOnlyYou(user.name));
      }
    }
  }

  function event() {
    const current = user;
    const admin = options.isAdmin ? options.isAdmin(current.id) : true;
    return { ...CHANNEL, userId: current.id, userName: current.name, isAdmin: async () => admin };
  }

  async function handleLine(raw: string): Promise<void> {
    const line = raw.trim();
    if (line === '' || !core) return;
    if (/^\/(quit|exit)$/i.test(line)) {
      rl?.close();
      return;
    }
    if (/^\/as(\s|$)/i.test(line)) {
      const name = line.slice(3).trim();
      if (!name) return void print(m.consoleAsNeedsName);
      user = { id: userIdOf(name), name };
      return void print(m.consoleSwitchedUser(name));
    }
    if (/^\d+$/.test(line.normalize('NFKC'))) {
      const n = Number(line.normalize('NFKC'));
      const target = numbered.get(n);
      if (!target) return void print(m.consoleNoButton(n));
      const click: ActionEvent = {
        ...event(),
        actionId: target.button.actionId,
        value: target.button.value,
        ...(target.message.visibility === 'channel'
          ? { message: { ...CHANNEL, messageId: String(target.message.id) } }
          : {}),
      };
      return showReplies(await core.handleAction(click));
    }
    const normalized = line.normalize('NFKC');
    if (!/^\/quiz(\s|$)/i.test(normalized)) return void print(m.consoleUnknownInput(line));
    const [name = '', ...args] = splitWords(line.slice(line.search(/\s|$/)));
    showReplies(await core.handleCommand({ ...event(), name: name.toLowerCase(), args }));
  }

  const adapter: ConsoleAdapter = {
    platform: 'console',
    channel: CHANNEL,
    finished,
    async start(bot) {
      core = bot;
      connected = true;
      const prompt = (): void => {
        if (options.welcome && !outputClosed) options.output.write('> ');
      };
      // The reader went away (`npm start | head`): stop quietly instead of crashing on EPIPE.
      options.output.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        outputClosed = true;
        rl?.close();
      });
      if (options.welcome) print(m.consoleWelcome(user.name));
      prompt();
      rl = createInterface({ input: options.input, terminal: false });
      rl.on('line', (line) => {
        queue = queue
          .then(() => handleLine(line))
          .catch((error: unknown) => {
            print(String(error));
          })
          .then(prompt);
      });
      rl.on('close', () => {
        void queue.then(() => {
          connected = false;
          resolveFinished();
        });
      });
    },
    async stop() {
      rl?.close();
      await queue;
      connected = false;
    },
    isConnected: () => connected,
    async postMessage(_channel, reply): Promise<MessageRef> {
      const message: ConsoleMessage = { id: nextMessageId++, reply, visibility: 'channel' };
      shown.push(message);
      show(message);
      return { ...CHANNEL, messageId: String(message.id) };
    },
    async updateMessage(ref, reply) {
      const index = shown.findIndex(
        (s) => s.visibility === 'channel' && String(s.id) === ref.messageId,
      );
      const before = index >= 0 ? shown[index]! : undefined;
      const message: ConsoleMessage = { id: Number(ref.messageId), reply, visibility: 'channel' };
      if (index >= 0) shown[index] = message;
      const onlyFooter =
        before &&
        before.reply.text === reply.text &&
        JSON.stringify(before.reply.buttons) === JSON.stringify(reply.buttons);
      if (onlyFooter) {
        print(`(${m.consoleUpdated(message.id)}: ${reply.footer ?? ''})`);
        return;
      }
      // Buttons of an edited message keep working only if it is still the live question.
      show(message, `${m.consoleUpdated(message.id)}`);
    },
    async sendPrivate(_channel, userId, reply) {
      const message: ConsoleMessage = { id: 0, reply, visibility: 'ephemeral', userId };
      shown.push(message);
      show(message, m.consoleOnlyYou(userId));
    },
    transcript: () => [...shown],
    idle: async () => {
      let current: Promise<void>;
      do {
        current = queue;
        await current;
      } while (current !== queue);
    },
    numberFor(actionId, value) {
      for (const [n, target] of numbered)
        if (target.button.actionId === actionId && target.button.value === value) return n;
      return undefined;
    },
    async typeLine(line) {
      queue = queue.then(() => handleLine(line));
      await queue;
    },
  };
  return adapter;
}
