/**
 * The terminal adapter — the default when no Slack or Discord token is set. One simulated
 * channel; buttons are numbered and typing a number clicks one; `/as NAME` switches the user
 * (every terminal user is an admin). It goes through exactly the same core path as Slack and
 * Discord: lines become CommandEvents and ActionEvents, Replies are rendered as text.
 *
 * What a line means is read in console-input.ts, the prompt and the keyboard live in
 * console-screen.ts, button numbers in console-buttons.ts (a private message's buttons work only
 * for the user it was shown to, as on Slack and Discord), attachments in console-attachments.ts.
 *
 * When input is not a terminal, lines are read until end of input, each handled before the next;
 * {@link ConsoleAdapter.finished} resolves then, so a script can pipe commands in.
 */
import type { Readable, Writable } from 'node:stream';
import { messages } from '../../bot/i18n/catalog.ts';
import type {
  ActionEvent,
  BotCore,
  ChannelRef,
  ChatAdapter,
  Locale,
  MessageRef,
  Reply,
} from '../../bot/types.ts';
import { reportsDir, saveAttachments } from './console-attachments.ts';
import { ButtonNumbers } from './console-buttons.ts';
import { formatReply } from './console-format.ts';
import { type ConsoleInput, parseLine, userIdOf } from './console-input.ts';
import { createScreen, type Screen } from './console-screen.ts';

export { reportsDir };

export interface ConsoleAdapterOptions {
  input: Readable;
  output: Writable;
  /** ANSI colour (only on a terminal). */
  color: boolean;
  /** Language of the adapter's own hints. */
  locale: Locale;
  /** The first simulated user's name. */
  userName?: string;
  /** A welcome at start: how to answer, get help and leave. */
  welcome?: boolean;
  /**
   * Where the welcome goes (default: {@link output}). quizbot's main sends it to stderr when
   * commands are piped in, so stdout stays the session's transcript.
   */
  noticeOutput?: Writable;
  /** A `> ` prompt, line editing and redrawing after unprompted output (default: {@link welcome}). */
  interactive?: boolean;
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
  /** The last {@link TRANSCRIPT_WINDOW} messages shown, in order (edits replace the channel message they edit). */
  transcript(): ConsoleMessage[];
  /** Resolves when every line received so far has been handled. */
  idle(): Promise<void>;
  /** Handles one line as if typed (tests, scripts). */
  typeLine(line: string): Promise<void>;
  /** The number that clicks a live button, if it has one (one `userId` may click, when given). */
  numberFor(actionId: string, value: string, userId?: string): number | undefined;
  readonly channel: ChannelRef;
}

const CHANNEL: ChannelRef = { platform: 'console', teamId: 'local', channelId: 'terminal' };

/** Messages the terminal keeps (for clicks by number and edits); older ones are only on screen. */
export const TRANSCRIPT_WINDOW = 200;

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const m = messages(options.locale);
  const style = { color: options.color };
  const firstName = options.userName ?? 'you';
  let user = { id: userIdOf(firstName), name: firstName };
  /** Names of the users seen, by id (to say whose a private message is). */
  const names = new Map([[user.id, user.name]]);
  let core: BotCore | null = null;
  let screen: Screen | null = null;
  let connected = false;
  let resolveFinished: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    resolveFinished = resolve;
  });
  const shown: ConsoleMessage[] = [];
  /** Keeps the transcript to its window (a long session must not grow memory without bound). */
  const remember = (message: ConsoleMessage): void => {
    shown.push(message);
    if (shown.length > TRANSCRIPT_WINDOW) shown.splice(0, shown.length - TRANSCRIPT_WINDOW);
  };
  let nextMessageId = 1;
  const numbers = new ButtonNumbers<ConsoleMessage>();

  const print = (text: string): void => {
    screen?.print(text);
  };

  function show(message: ConsoleMessage, audience?: string): void {
    const ownerId = message.visibility === 'ephemeral' ? (message.userId ?? null) : null;
    const shownNumbers = numbers.add(message, message.reply.buttons ?? [], ownerId);
    const label = message.visibility === 'channel' ? `#${message.id}` : undefined;
    const dir = options.attachmentDir ?? reportsDir('');
    const paths = saveAttachments(message.reply, dir);
    print(`\n${formatReply(message.reply, shownNumbers, style, audience ?? label, paths)}`);
  }

  function showPrivate(reply: Reply, userId: string): void {
    const message: ConsoleMessage = { id: 0, reply, visibility: 'ephemeral', userId };
    remember(message);
    show(message, m.consoleOnlyYou(names.get(userId) ?? userId));
  }

  function showReplies(replies: Reply[]): void {
    for (const reply of replies) {
      if (reply.visibility === 'channel') {
        const message: ConsoleMessage = { id: nextMessageId++, reply, visibility: 'channel' };
        remember(message);
        show(message);
      } else showPrivate(reply, user.id);
    }
  }

  function event() {
    const current = user;
    const admin = options.isAdmin ? options.isAdmin(current.id) : true;
    return { ...CHANNEL, userId: current.id, userName: current.name, isAdmin: async () => admin };
  }

  async function press(n: number): Promise<void> {
    const target = numbers.press(n, user.id);
    // With nothing to press at all, the number was most likely an answer to a question that is
    // not on screen (scrolled away, or asked before this session): say how to bring it back.
    if (target.kind === 'none')
      return print(numbers.anyFor(user.id) ? m.consoleNoButton(n) : m.consoleNoButtons(n));
    if (target.kind === 'not-yours')
      return print(m.consoleNotYourButton(n, names.get(target.ownerId) ?? target.ownerId));
    const click: ActionEvent = {
      ...event(),
      actionId: target.button.actionId,
      value: target.button.value,
      ...(target.message.visibility === 'channel'
        ? { message: { ...CHANNEL, messageId: String(target.message.id) } }
        : {}),
    };
    showReplies(await core!.handleAction(click));
  }

  async function handle(input: ConsoleInput): Promise<void> {
    switch (input.kind) {
      case 'empty':
        return;
      case 'quit':
        screen?.close();
        return;
      case 'how-to-leave':
        return print(m.consoleHowToLeave);
      case 'as-without-name':
        return print(m.consoleAsNeedsName);
      case 'as':
        user = { id: userIdOf(input.name), name: input.name };
        names.set(user.id, user.name);
        return print(m.consoleSwitchedUser(input.name));
      case 'button':
        return press(input.number);
      case 'command':
        showReplies(await core!.handleCommand({ ...event(), name: input.name, args: input.args }));
        return;
      case 'not-a-command':
        return print(m.consoleUnknownInput(input.line));
    }
  }

  const adapter: ConsoleAdapter = {
    platform: 'console',
    channel: CHANNEL,
    finished,
    async start(bot) {
      core = bot;
      connected = true;
      const interactive = options.interactive ?? options.welcome ?? false;
      if (options.welcome)
        (options.noticeOutput ?? options.output).write(`${m.consoleWelcome(user.name)}\n`);
      screen = createScreen({
        input: options.input,
        output: options.output,
        interactive,
        // The core answers its own errors; anything that still gets here is shown as an apology,
        // never as a raw error (a SQLite message means nothing to the person at the terminal).
        onLine: (line) => handle(parseLine(line)).catch(() => print(m.apology)),
        onEnd: () => {
          connected = false;
          resolveFinished();
        },
      });
    },
    async stop() {
      screen?.close();
      await screen?.idle();
      connected = false;
    },
    isConnected: () => connected,
    async postMessage(_channel, reply): Promise<MessageRef> {
      const message: ConsoleMessage = { id: nextMessageId++, reply, visibility: 'channel' };
      remember(message);
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
      showPrivate(reply, userId);
    },
    transcript: () => [...shown],
    idle: async () => {
      await screen?.idle();
    },
    numberFor: (actionId, value, userId) => numbers.numberFor(actionId, value, userId),
    async typeLine(line) {
      await screen?.typeLine(line);
    },
  };
  return adapter;
}
