/**
 * Every input the core takes is bounded before any work is done on it: ids, names, the command's
 * words, button values. A name is cleaned and shortened (it is only shown); anything else that is
 * too long or not an id is refused with a clear message, and nothing is stored.
 */
import { UserError } from './errors.ts';
import type { Messages } from './i18n/catalog.ts';
import { stripMarkup } from './markup.ts';
import type { ActionEvent, CommandEvent, EventBase } from './types.ts';

/** The bounds, in characters (UTF-16 units for ids, code points for text people read). */
export const INPUT_LIMITS = {
  /** Team, channel and user ids: Slack `U0123ABCD`, Discord snowflakes, terminal names. */
  id: 64,
  /** A display name; longer ones are shortened with `…`. */
  name: 80,
  /** The sub-command's name. */
  commandName: 32,
  /** All of the command's words together (Slack allows 4,000; nothing we take needs more). */
  commandText: 1_000,
  /** A look-up term, capped before any matching is done. */
  term: 100,
  /** A button's action id and value (the core writes at most 16 and 80). */
  actionId: 32,
  value: 100,
} as const;

/**
 * Characters that never belong in a name or a command word: C0/C1 controls (a terminal escape
 * sequence in a name would repaint the admin's terminal), bidi overrides that reorder what is
 * shown (U+202A–U+202E, U+2066–U+2069), and the core's own markup markers.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** An id as platforms give them: no spaces or controls, not empty, not absurdly long. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused
const ID = /^[^\s\u0000-\u001f\u007f-\u009f]{1,64}$/u;

/** Removes what {@link UNSAFE} names and the markup markers. */
export function cleanText(text: string): string {
  return stripMarkup(text.replace(UNSAFE, ''));
}

/** The first `max` code points of `text`, with `…` when something was cut. */
export function capCodePoints(text: string, max: number): string {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`;
}

/** A display name as it may be stored and shown: cleaned, one line, at most 80 characters. */
export function cleanName(name: string, fallback: string): string {
  const clean = cleanText(String(name ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  return capCodePoints(clean || fallback, INPUT_LIMITS.name);
}

export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= INPUT_LIMITS.id && ID.test(id);
}

function checkBase(event: EventBase, m: Messages): void {
  for (const id of [event.teamId, event.channelId, event.userId])
    if (!isValidId(id)) throw new UserError('bad_input', m.inputNotReadable);
}

/** The command with its name and words bounded and cleaned, or a UserError saying what is too long. */
export function screenCommand(event: CommandEvent, m: Messages): CommandEvent {
  checkBase(event, m);
  // Empty words stay: Discord passes an option left out as an empty string, in its place.
  const args = event.args.map(cleanText);
  const length = args.reduce((n, a) => n + a.length + 1, event.name.length);
  if (event.name.length > INPUT_LIMITS.commandName || length > INPUT_LIMITS.commandText)
    throw new UserError('too_long', m.commandTooLong(INPUT_LIMITS.commandText));
  return {
    ...event,
    name: cleanText(event.name),
    args,
    userName: cleanName(event.userName, event.userId),
  };
}

/** The click with its action and value bounded, or a UserError. */
export function screenAction(event: ActionEvent, m: Messages): ActionEvent {
  checkBase(event, m);
  if (
    typeof event.actionId !== 'string' ||
    typeof event.value !== 'string' ||
    event.actionId.length > INPUT_LIMITS.actionId ||
    event.value.length > INPUT_LIMITS.value
  )
    throw new UserError('bad_input', m.inputNotReadable);
  return { ...event, userName: cleanName(event.userName, event.userId) };
}
