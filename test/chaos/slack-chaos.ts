/**
 * Slack for the chaos run: the real process in HTTP mode (signed requests into its port) against
 * the local Web API stand-in. An ack is the HTTP 200 the request got; a request cut off by a kill
 * was never acked (Slack would retry a command, and shows the user an error for a click).
 */
import { FakeSlackApi } from '../adapters/slack/fake-slack-api.ts';
import { commandBody, interactiveBody, postSigned } from '../adapters/slack/signed-request.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../adapters/slack/slack-harness.ts';
import { blockActions, slashCommand } from '../adapters/slack/slack-payloads.ts';
import { freePort } from '../main/spawn-main.ts';
import type { ChaosPlatform, LiveButton, OutgoingCall, PostMessages } from './chaos-run.ts';

const TEAM = 'T0001QUIZ';
const POST_EVENT_TYPE = 'quizbot_post';

interface SlackButton {
  ts: string;
  text: string;
  blocks: unknown[];
  element: {
    action_id: string;
    block_id: string;
    value?: string;
    text: { type: 'plain_text'; text: string };
  };
}

/** The delivery key a message carries (`q12.abcdef` for post 12's question, `r12.…` its reveal). */
function keyOf(metadata: unknown): string | null {
  const m = metadata as { event_type?: string; event_payload?: { key?: string } } | undefined;
  return m?.event_type === POST_EVENT_TYPE && typeof m.event_payload?.key === 'string'
    ? m.event_payload.key
    : null;
}

function parseKey(key: string): { kind: 'question' | 'reveal'; postId: number } | null {
  const match = /^([qr])(\d+)\./.exec(key);
  if (!match) return null;
  return { kind: match[1] === 'q' ? 'question' : 'reveal', postId: Number(match[2]) };
}

interface ActionsBlock {
  type: string;
  block_id?: string;
  elements?: SlackButton['element'][];
}

function openAnswerButtons(blocks: unknown[]): SlackButton['element'][] {
  return (blocks as ActionsBlock[])
    .filter((b) => b.type === 'actions' && b.block_id?.startsWith('quiz-actions-'))
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.action_id.startsWith('quiz:answer:'));
}

export async function slackChaosPlatform(channelCount: number): Promise<ChaosPlatform> {
  const api = await FakeSlackApi.start({ botToken: BOT_TOKEN, realTimestamps: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/slack/events`;
  const channels = Array.from(
    { length: channelCount },
    (_, i) => `C0CHAOS${String(i).padStart(3, '0')}`,
  );
  const users = ['U0ANN', 'U0BEN', 'U0CID', 'U0DOT', 'U0EVE', 'U0FAY'];
  const admin = 'U0BOSS';
  for (const id of [...users, admin]) api.users.set(id, { id, name: id.slice(2).toLowerCase() });
  let listener: ((call: OutgoingCall) => void) | null = null;
  api.onCall = (method) => {
    if (!listener) return;
    if (method !== 'chat.postMessage') return listener('other');
    // Which message is going out is in its metadata; the last recorded call is this one.
    const call = api.calls[api.calls.length - 1];
    const key = keyOf(call?.args.metadata);
    const parsed = key ? parseKey(key) : null;
    listener(parsed?.kind ?? 'other');
  };

  const post = async (body: string): Promise<boolean> => {
    try {
      const res = await postSigned(url, body, { secret: SIGNING_SECRET });
      return res.status === 200;
    } catch {
      return false;
    }
  };

  return {
    name: 'slack',
    channels,
    users,
    admin,
    env: () => ({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
    }),
    command: (channelId, userId, text) =>
      post(
        commandBody(
          slashCommand({
            teamId: TEAM,
            channelId,
            userId,
            userName: userId.slice(2).toLowerCase(),
            text,
            responseUrl: api.responseUrl({ userId, channel: channelId }),
          }) as unknown as Record<string, unknown>,
        ),
      ),
    liveButtons(channelId) {
      const question = api
        .channelMessages(channelId)
        .find((m) => parseKey(keyOf(m.metadata) ?? '')?.kind === 'question');
      if (!question) return [];
      return openAnswerButtons(question.blocks).map(
        (element): LiveButton => ({
          ref: {
            ts: question.ts,
            text: question.text,
            blocks: question.blocks,
            element,
          } satisfies SlackButton,
        }),
      );
    },
    click(channelId, userId, button) {
      const b = button.ref as SlackButton;
      return post(
        interactiveBody(
          blockActions({
            teamId: TEAM,
            channelId,
            userId,
            userName: userId.slice(2).toLowerCase(),
            message: { ts: b.ts, text: b.text, blocks: b.blocks, ephemeral: false },
            button: { ...b.element, text: { type: 'plain_text', text: b.element.text.text } },
            responseUrl: api.responseUrl({ userId, channel: channelId }),
          }),
        ),
      );
    },
    onOutgoing(next) {
      listener = next;
    },
    audit() {
      const byPost = new Map<number, PostMessages>();
      for (const m of api.messages) {
        if (m.visibility !== 'channel') continue;
        const parsed = parseKey(keyOf(m.metadata) ?? '');
        if (!parsed) continue;
        const entry = byPost.get(parsed.postId) ?? {
          postId: parsed.postId,
          channelId: m.channel,
          questions: 0,
          liveQuestions: 0,
          reveals: 0,
        };
        if (parsed.kind === 'question') {
          entry.questions += 1;
          if (openAnswerButtons(m.blocks).length > 0) entry.liveQuestions += 1;
        } else entry.reveals += 1;
        byPost.set(parsed.postId, entry);
      }
      return [...byPost.values()];
    },
    close: () => api.close(),
  };
}
