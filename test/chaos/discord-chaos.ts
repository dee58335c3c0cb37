/**
 * Discord for the chaos run: the real process against the local gateway and REST stand-ins.
 * Commands and clicks are INTERACTION_CREATE dispatches; an ack is the interaction callback the
 * REST stand-in received (within Discord's 3 seconds). A dispatch to a killed process is never
 * acked. Messages are told apart by the nonce each carries (`q12.…` question, `r12.…` reveal).
 */
import { decodeCustomId } from '../../src/adapters/discord/discord-custom-id.ts';
import { STUB_TOKEN } from '../adapters/discord/discord-harness.ts';
import { IDS, loadFixture } from '../adapters/discord/stubs/fixtures.ts';
import { DiscordGatewayStub } from '../adapters/discord/stubs/gateway-stub.ts';
import {
  buttonPayload,
  commandPayload,
  type StubUser,
} from '../adapters/discord/stubs/payloads.ts';
import {
  DiscordRestStub,
  type RecordedRequest,
  type StoredMessage,
} from '../adapters/discord/stubs/rest-stub.ts';
import { freePort } from '../main/spawn-main.ts';
import type { ChaosPlatform, LiveButton, OutgoingCall, PostMessages } from './chaos-run.ts';

/** Discord's promise: an interaction is answered within 3 seconds or it failed. */
const ACK_WINDOW_MS = 3_000;

function parseKey(
  nonce: string | undefined,
): { kind: 'question' | 'reveal'; postId: number } | null {
  const match = /^([qr])(\d+)\./.exec(nonce ?? '');
  if (!match) return null;
  return { kind: match[1] === 'q' ? 'question' : 'reveal', postId: Number(match[2]) };
}

interface Component {
  type?: number;
  custom_id?: string;
  disabled?: boolean;
}

function liveAnswerButtons(message: StoredMessage): Component[] {
  return message.components
    .flatMap((row) => (row.components as Component[] | undefined) ?? [])
    .filter(
      (b) =>
        !b.disabled &&
        typeof b.custom_id === 'string' &&
        decodeCustomId(b.custom_id)?.actionId === 'answer',
    );
}

export async function discordChaosPlatform(channelCount: number): Promise<ChaosPlatform> {
  const rest = await DiscordRestStub.start(STUB_TOKEN);
  const channels = Array.from({ length: channelCount }, (_, i) =>
    (1_100_000_000_000_000_100n + BigInt(i)).toString(),
  );
  const guild = loadFixture<{ channels: Record<string, unknown>[] }>('guild-create.json');
  const template = guild.channels[0]!;
  guild.channels.push(
    ...channels.map((id, i) => ({ ...template, id, name: `chaos-${i}`, position: 10 + i })),
  );
  for (const id of channels) rest.channels.add(id);
  const gateway = await DiscordGatewayStub.start(STUB_TOKEN, [guild]);
  rest.gatewayUrl = gateway.url;
  const healthPort = await freePort();
  const users: StubUser[] = ['ann', 'ben', 'cid', 'dot', 'eve', 'fay'].map((name, i) => ({
    id: (1_300_000_000_000_000_010n + BigInt(i)).toString(),
    name,
  }));
  const admin: StubUser = { id: '1300000000000000099', name: 'boss', admin: true };
  const byId = new Map([...users, admin].map((u) => [u.id, u]));
  let listener: ((call: OutgoingCall) => void) | null = null;
  rest.on('received', (request: RecordedRequest) => {
    if (!listener) return;
    const create = request.method === 'POST' && /^\/channels\/\d+\/messages$/.test(request.path);
    const parsed = create ? parseKey(String(request.body.nonce ?? '')) : null;
    listener(parsed?.kind ?? 'other');
  });

  /** Dispatches an interaction; true once the REST stand-in got its callback in time. */
  async function interact(
    payload: Record<string, unknown>,
    tracked: ReturnType<DiscordRestStub['track']>,
  ): Promise<boolean> {
    try {
      gateway.dispatch('INTERACTION_CREATE', payload);
    } catch {
      return false; // no live session: the process is down
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ACK_WINDOW_MS);
    });
    try {
      return await Promise.race([tracked.acknowledged.then(() => true), late]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    name: 'discord',
    channels,
    users: users.map((u) => u.id),
    admin: admin.id,
    env: () => ({
      DISCORD_TOKEN: STUB_TOKEN,
      DISCORD_API_URL: rest.api,
      DISCORD_GUILD_ID: IDS.guild,
      HEALTH_PORT: String(healthPort),
    }),
    command(channelId, userId, text) {
      const id = rest.snowflake();
      const tracked = rest.track(id, `token-${id}`, channelId, userId);
      const user = byId.get(userId)!;
      return interact(
        commandPayload({ id, token: tracked.token, user, channelId, sub: text, options: [] }),
        tracked,
      );
    },
    liveButtons(channelId) {
      const question = rest
        .allMessages()
        .find(
          (m) =>
            m.channelId === channelId &&
            !m.deleted &&
            parseKey(m.nonce)?.kind === 'question' &&
            liveAnswerButtons(m).length > 0,
        );
      if (!question) return [];
      return liveAnswerButtons(question).map(
        (b): LiveButton => ({ ref: { messageId: question.id, customId: b.custom_id } }),
      );
    },
    click(channelId, userId, button) {
      const { messageId, customId } = button.ref as { messageId: string; customId: string };
      const message = rest.messages.get(messageId);
      if (!message) return Promise.resolve(false);
      const id = rest.snowflake();
      const tracked = rest.track(id, `token-${id}`, channelId, userId, messageId);
      return interact(
        buttonPayload({
          id,
          token: tracked.token,
          user: byId.get(userId)!,
          channelId,
          message: rest.apiMessage(message),
          customId,
        }),
        tracked,
      );
    },
    onOutgoing(next) {
      listener = next;
    },
    audit() {
      const byPost = new Map<number, PostMessages>();
      for (const m of rest.allMessages()) {
        if (m.deleted || m.ephemeralFor) continue;
        const parsed = parseKey(m.nonce);
        if (!parsed) continue;
        const entry = byPost.get(parsed.postId) ?? {
          postId: parsed.postId,
          channelId: m.channelId,
          questions: 0,
          liveQuestions: 0,
          reveals: 0,
        };
        if (parsed.kind === 'question') {
          entry.questions += 1;
          if (liveAnswerButtons(m).length > 0) entry.liveQuestions += 1;
        } else entry.reveals += 1;
        byPost.set(parsed.postId, entry);
      }
      return [...byPost.values()];
    },
    async close() {
      await Promise.allSettled([gateway.close(), rest.close()]);
    },
  };
}
