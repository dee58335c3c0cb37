/**
 * The numbers the terminal shows on buttons. A new live question starts them again at 1 so they
 * stay short; a button on a private message answers only to the user it was shown to, as on
 * Slack and Discord.
 */
import type { Button } from '../../bot/types.ts';

/** Button numbers that still click; older ones answer "no such button" (bounded memory). */
export const NUMBERED_MAX = 1_000;

/** What a typed number presses. */
export type Pressed<M> =
  | { kind: 'none' }
  | { kind: 'not-yours'; ownerId: string }
  | { kind: 'button'; button: Button; message: M };

interface Numbered<M> {
  button: Button;
  message: M;
  /** Who may press it; null: everyone (a channel message). */
  ownerId: string | null;
}

export class ButtonNumbers<M> {
  private numbered = new Map<number, Numbered<M>>();
  private next = 1;

  /**
   * Numbers the live buttons of a message shown now and returns each button's number (null for a
   * disabled one). `ownerId`: the user a private message is for; null for a channel message.
   */
  add(message: M, buttons: readonly Button[], ownerId: string | null): (number | null)[] {
    if (ownerId === null && buttons.some((b) => !b.disabled)) {
      this.numbered = new Map();
      this.next = 1;
    }
    return buttons.map((button) => {
      if (button.disabled) return null;
      const n = this.next++;
      this.numbered.set(n, { button, message, ownerId });
      // Oldest numbers go first once there are too many (a long practice session adds buttons).
      if (this.numbered.size > NUMBERED_MAX)
        this.numbered.delete(this.numbered.keys().next().value as number);
      return n;
    });
  }

  /** What `n` presses for `userId`. */
  press(n: number, userId: string): Pressed<M> {
    const target = this.numbered.get(n);
    if (!target) return { kind: 'none' };
    if (target.ownerId !== null && target.ownerId !== userId)
      return { kind: 'not-yours', ownerId: target.ownerId };
    return { kind: 'button', button: target.button, message: target.message };
  }

  /** Whether `userId` has any button to press now (a channel one, or one shown only to them). */
  anyFor(userId: string): boolean {
    for (const target of this.numbered.values())
      if (target.ownerId === null || target.ownerId === userId) return true;
    return false;
  }

  /** The number that presses a live button, if it has one (one `userId` may press, when given). */
  numberFor(actionId: string, value: string, userId?: string): number | undefined {
    for (const [n, target] of this.numbered) {
      if (target.button.actionId !== actionId || target.button.value !== value) continue;
      if (userId === undefined || target.ownerId === null || target.ownerId === userId) return n;
    }
    return undefined;
  }
}
