/**
 * Button custom_id encoding: a Discord button carries at most 100 characters of `custom_id`,
 * and every custom_id in one message must be unique.
 *
 * Shape: `q<n>:<actionId>:<value>` where
 * - `q` marks a quizbot button (clicks on anything else are ignored),
 * - `<n>` is empty for the first button with this actionId/value in a message and 1, 2, … for
 *   repeats (so two identical buttons still get distinct ids),
 * - `<actionId>` has `%` and `:` percent-escaped, so the first unescaped `:` after it ends it,
 * - `<value>` is the rest, verbatim (it may contain `:`).
 */

/** Discord's limit on a component's custom_id. */
export const CUSTOM_ID_MAX = 100;

/** What a button click carries back to the core. */
export interface DecodedCustomId {
  actionId: string;
  value: string;
}

/** An encoded id, and whether the value had to be shortened to fit (a contract breach to log). */
export interface EncodedCustomId {
  customId: string;
  truncated: boolean;
}

const PATTERN = /^q(\d*):([^:]*):([\s\S]*)$/;

function escapeActionId(actionId: string): string {
  return actionId.replace(/%/g, '%25').replace(/:/g, '%3A');
}

function unescapeActionId(escaped: string): string {
  return escaped.replace(/%3A/gi, ':').replace(/%25/g, '%');
}

/**
 * Encodes a button's action and value.
 * @param repeat 0 for the first identical button in a message, 1, 2, … for later ones.
 */
export function encodeCustomId(actionId: string, value: string, repeat = 0): EncodedCustomId {
  const head = `q${repeat > 0 ? repeat : ''}:${escapeActionId(actionId)}:`;
  const room = CUSTOM_ID_MAX - head.length;
  if (value.length <= room) return { customId: head + value, truncated: false };
  // Only reachable when the core breaks Button.value ≤ 80 or uses a very long actionId.
  const customId = (head + value.slice(0, Math.max(0, room))).slice(0, CUSTOM_ID_MAX);
  return { customId, truncated: true };
}

/** Decodes a custom_id written by {@link encodeCustomId}; null for anything else. */
export function decodeCustomId(customId: string): DecodedCustomId | null {
  const match = PATTERN.exec(customId);
  if (!match) return null;
  const actionId = unescapeActionId(match[2] ?? '');
  if (actionId === '') return null;
  return { actionId, value: match[3] ?? '' };
}
