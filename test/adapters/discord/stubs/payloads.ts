/**
 * INTERACTION_CREATE payloads built from the recorded fixtures, with the test's user, ids and
 * option values filled in.
 */
import { loadFixture } from './fixtures.ts';

type Loose = Record<string, unknown>;

/** A simulated Discord user; `admin` gives Manage Server in the member's permissions. */
export interface StubUser {
  id: string;
  name: string;
  admin?: boolean;
  /** Permission bitfield as Discord sends it; overrides `admin`. */
  permissions?: string;
}

/** A member's permissions without Manage Server / Manage Channels (Discord's @everyone default). */
export const MEMBER_PERMISSIONS = '2222085186637376';
/** The same plus Manage Server (32) and Manage Channels (16). */
export const ADMIN_PERMISSIONS = '2222085186637424';
/** Member permissions plus Manage Channels only (e.g. granted on one channel). */
export const MANAGE_CHANNELS_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | 16n).toString();

export interface GivenOptionPayload {
  name: string;
  type: 3 | 6;
  value: string;
  focused?: boolean;
}

function member(template: Loose, user: StubUser): Loose {
  const fixtureUser = template.user as Loose;
  return {
    ...template,
    permissions: user.permissions ?? (user.admin ? ADMIN_PERMISSIONS : MEMBER_PERMISSIONS),
    user: {
      ...fixtureUser,
      id: user.id,
      username: user.name.toLowerCase().replace(/\s+/g, '_'),
      global_name: user.name,
    },
  };
}

function base(
  fixture: string,
  id: string,
  token: string,
  user: StubUser,
  channelId: string,
): Loose {
  const payload = loadFixture(fixture);
  payload.id = id;
  payload.token = token;
  payload.channel_id = channelId;
  payload.channel = { ...(payload.channel as Loose), id: channelId };
  payload.member = member(payload.member as Loose, user);
  return payload;
}

function resolvedUsers(
  options: GivenOptionPayload[],
  users: ReadonlyMap<string, StubUser>,
): Loose | undefined {
  const ids = options.filter((o) => o.type === 6).map((o) => o.value);
  if (ids.length === 0) return undefined;
  const template = loadFixture('interaction-command-stats-user.json');
  const resolved = (template.data as Loose).resolved as {
    users: Record<string, Loose>;
    members: Record<string, Loose>;
  };
  const [userTemplate] = Object.values(resolved.users);
  const [memberTemplate] = Object.values(resolved.members);
  const out: { users: Record<string, Loose>; members: Record<string, Loose> } = {
    users: {},
    members: {},
  };
  for (const id of ids) {
    const name = users.get(id)?.name ?? `user${id.slice(-4)}`;
    out.users[id] = { ...userTemplate, id, username: name.toLowerCase(), global_name: name };
    out.members[id] = { ...memberTemplate, nick: null };
  }
  return out;
}

/** `/quiz <sub> …options` (type 2), or its autocomplete (type 4) when an option is focused. */
export function commandPayload(args: {
  id: string;
  token: string;
  user: StubUser;
  channelId: string;
  sub: string;
  options: GivenOptionPayload[];
  users?: ReadonlyMap<string, StubUser>;
}): Loose {
  const autocomplete = args.options.some((o) => o.focused);
  const fixture = autocomplete
    ? 'interaction-autocomplete-lookup.json'
    : 'interaction-command-lookup.json';
  const payload = base(fixture, args.id, args.token, args.user, args.channelId);
  const data = payload.data as Loose;
  data.options = [
    { name: args.sub, type: 1, ...(args.options.length > 0 ? { options: args.options } : {}) },
  ];
  const resolved = resolvedUsers(args.options, args.users ?? new Map());
  if (resolved) data.resolved = resolved;
  return payload;
}

/** A click on a button (`custom_id`) of `message` (an API message object). */
export function buttonPayload(args: {
  id: string;
  token: string;
  user: StubUser;
  channelId: string;
  message: Loose;
  customId: string;
}): Loose {
  const payload = base(
    'interaction-button-answer.json',
    args.id,
    args.token,
    args.user,
    args.channelId,
  );
  payload.message = args.message;
  payload.data = { component_type: 2, custom_id: args.customId, id: 3 };
  return payload;
}
