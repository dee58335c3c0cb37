/**
 * Watches the REAL core from the adapter's side. It records every event an adapter hands the core
 * and can hold the next call for a while; it never answers in the core's place: every call goes to
 * the real core, which answers with its real replies.
 *
 * Why this piece is kept: an adapter test must see what the adapter translated (which command,
 * which arguments, which idempotency key, which message a click came from) and what the adapter does
 * while the core has not answered yet (ack deadline, defer, stop). Neither is visible in the replies.
 */
import type {
  ActionEvent,
  BotCore,
  ChannelRef,
  CommandEvent,
  CommandSpec,
  Reply,
} from '../../src/bot/types.ts';

export interface CoreSpy extends BotCore {
  readonly commandEvents: CommandEvent[];
  readonly actionEvents: ActionEvent[];
  readonly completions: { command: string; option: string; partial: string; channel: ChannelRef }[];
  /** What the adapter's `isAdmin` answered, in order (only when the core asked). */
  readonly adminAnswers: boolean[];
  /** Makes the next command or action wait (before the core sees it) until the returned function is called. */
  hold(): () => void;
}

export function spyOnCore(core: BotCore): CoreSpy {
  const commandEvents: CommandEvent[] = [];
  const actionEvents: ActionEvent[] = [];
  const completions: CoreSpy['completions'] = [];
  const adminAnswers: boolean[] = [];
  let gate: Promise<void> | null = null;

  async function passGate(): Promise<void> {
    const waiting = gate;
    gate = null;
    if (waiting) await waiting;
  }

  /** The event as the core sees it, with `isAdmin` answers recorded. */
  function watched<E extends CommandEvent | ActionEvent>(event: E): E {
    return {
      ...event,
      isAdmin: async () => {
        const admin = await event.isAdmin();
        adminAnswers.push(admin);
        return admin;
      },
    };
  }

  return {
    commandEvents,
    actionEvents,
    completions,
    adminAnswers,
    hold() {
      let release = () => {};
      gate = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
    async handleCommand(event: CommandEvent): Promise<Reply[]> {
      commandEvents.push(event);
      await passGate();
      return core.handleCommand(watched(event));
    },
    async handleAction(event: ActionEvent): Promise<Reply[]> {
      actionEvents.push(event);
      await passGate();
      return core.handleAction(watched(event));
    },
    complete(command, option, partial, channel) {
      completions.push({ command, option, partial, channel });
      return core.complete(command, option, partial, channel);
    },
    commands(): CommandSpec[] {
      return core.commands();
    },
  };
}
