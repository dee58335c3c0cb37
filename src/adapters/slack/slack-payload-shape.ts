/**
 * What a Slack request body (HTTP) or envelope payload (Socket Mode) must look like before Bolt or
 * our listeners read it. A body that is not an object, or a kind we handle with a field missing or
 * of the wrong type or size, is malformed: it gets a 400 (HTTP) or an ack (Socket Mode) at once,
 * instead of crashing a receiver or waiting out Slack's 3 seconds. Kinds we do not handle are acked
 * and ignored. The rules are a table: each names a kind, gives an example, and says what it needs.
 */

/** Generous bounds: Slack's own ids are short; anything near these is not from Slack. */
const MAX_ID = 255;
const MAX_TEXT = 8_000;
const MAX_URL = 2_048;
const MAX_ACTIONS = 25;

type Body = Record<string, unknown>;

export type PayloadVerdict =
  /** Ours to handle: pass it on. */
  | { kind: 'command' | 'block_actions' | 'event_callback' | 'url_verification' | 'ssl_check' }
  /** Well formed but not something we listen to: acknowledge and drop. */
  | { kind: 'ignored'; type: string }
  /** Not something Slack sends: refuse, saying which rule failed. */
  | { kind: 'malformed'; reason: string };

const isObject = (v: unknown): v is Body =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): boolean => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const isText = (v: unknown, max = MAX_TEXT): boolean => typeof v === 'string' && v.length <= max;
const optional = (v: unknown, test: (x: unknown) => boolean): boolean => v === undefined || test(v);

/** The first field (by name) that breaks its test, or null when all pass. */
function firstBad(checks: [string, boolean][]): string | null {
  return checks.find(([, ok]) => !ok)?.[0] ?? null;
}

interface PayloadRule {
  kind: 'command' | 'block_actions' | 'event_callback' | 'url_verification' | 'ssl_check';
  example: string;
  /** Whether the body claims to be this kind. */
  claims: (body: Body) => boolean;
  /** The bad field, or null when the body is well formed. */
  bad: (body: Body) => string | null;
}

export const PAYLOAD_RULES: readonly PayloadRule[] = [
  {
    kind: 'ssl_check',
    example: 'ssl_check=1&token=…',
    claims: (b) => b.ssl_check === '1',
    bad: () => null,
  },
  {
    kind: 'url_verification',
    example: '{"type":"url_verification","challenge":"3eZbrw1a"}',
    claims: (b) => b.type === 'url_verification',
    bad: (b) => firstBad([['challenge', isText(b.challenge, MAX_ID)]]),
  },
  {
    kind: 'event_callback',
    example:
      '{"type":"event_callback","team_id":"T1","event":{"type":"app_home_opened","user":"U1","tab":"home"}}',
    claims: (b) => b.type === 'event_callback',
    bad: (b) => {
      const event = isObject(b.event) ? b.event : null;
      return firstBad([
        ['team_id', optional(b.team_id, isId)],
        ['event', event !== null && isText(event.type, MAX_ID)],
        ['event.user', optional(event?.user, isId)],
        ['event.channel', optional(event?.channel, isId)],
        ['event.tab', optional(event?.tab, (v) => isText(v, MAX_ID))],
      ]);
    },
  },
  {
    kind: 'command',
    example: 'command=/quiz&text=help&team_id=T1&channel_id=C1&user_id=U1&user_name=ann&…',
    claims: (b) => 'command' in b,
    bad: (b) =>
      firstBad([
        ['command', isText(b.command, MAX_ID)],
        ['text', optional(b.text, (v) => isText(v))],
        ['team_id', isId(b.team_id)],
        ['channel_id', isId(b.channel_id)],
        ['user_id', isId(b.user_id)],
        ['user_name', optional(b.user_name, (v) => isText(v, MAX_ID))],
        ['trigger_id', optional(b.trigger_id, (v) => isText(v, MAX_ID))],
        ['response_url', optional(b.response_url, (v) => isText(v, MAX_URL))],
      ]),
  },
  {
    kind: 'block_actions',
    example:
      '{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"actions":[{"action_id":"quiz:answer:0"}],…}',
    claims: (b) => b.type === 'block_actions',
    bad: (b) => {
      const user = isObject(b.user) ? b.user : null;
      const team = isObject(b.team) ? b.team : null;
      const channel = isObject(b.channel) ? b.channel : null;
      const container = isObject(b.container) ? b.container : null;
      const actions = Array.isArray(b.actions) ? (b.actions as unknown[]) : null;
      return firstBad([
        ['user', user !== null && isId(user.id)],
        ['user.name', optional(user?.name, (v) => isText(v, MAX_ID))],
        ['user.username', optional(user?.username, (v) => isText(v, MAX_ID))],
        ['team', isId(team?.id) || isId(user?.team_id)],
        ['channel', optional(b.channel, (v) => v === null || (isObject(v) && isId(channel?.id)))],
        ['container', optional(b.container, (v) => v === null || isObject(v))],
        ['container.channel_id', optional(container?.channel_id, isId)],
        ['container.message_ts', optional(container?.message_ts, (v) => isText(v, MAX_ID))],
        ['trigger_id', optional(b.trigger_id, (v) => isText(v, MAX_ID))],
        ['response_url', optional(b.response_url, (v) => isText(v, MAX_URL))],
        [
          'actions',
          actions !== null &&
            actions.length > 0 &&
            actions.length <= MAX_ACTIONS &&
            actions.every(
              (a) =>
                isObject(a) &&
                isText(a.action_id, MAX_ID) &&
                optional(a.value, (v) => isText(v)) &&
                optional(a.action_ts, (v) => isText(v, MAX_ID)),
            ),
        ],
        ['message', optional(b.message, (v) => v === null || isObject(v))],
      ]);
    },
  },
];

/** Judges a parsed body: ours (well formed), ignored, or malformed (with the failing field). */
export function judgePayload(body: unknown): PayloadVerdict {
  if (!isObject(body)) return { kind: 'malformed', reason: 'the body is not an object' };
  const rule = PAYLOAD_RULES.find((r) => r.claims(body));
  if (!rule) {
    return typeof body.type === 'string' && body.type.length <= MAX_ID
      ? { kind: 'ignored', type: body.type }
      : { kind: 'malformed', reason: 'neither a command nor a typed payload' };
  }
  const bad = rule.bad(body);
  return bad === null ? { kind: rule.kind } : { kind: 'malformed', reason: `${rule.kind}: ${bad}` };
}
