/**
 * The outside world of a benchmark, in its own process so its CPU is not charged to the app under
 * test: the fake Slack Web API and response_url endpoint (test/adapters/slack/fake-slack-api.ts)
 * and the clicking clients. Driven over IPC by {@link ./worker-client.ts}.
 */
import { FakeSlackApi } from '../../test/adapters/slack/fake-slack-api.ts';
import { type ClickSpec, prepareClicks, runLoad } from './clicks.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

let api: FakeSlackApi | null = null;
/** response_url → the click it belongs to, for clicks sent to the app that must answer each one. */
const expected = new Set<string>();

function reply(message: WorkerReply): void {
  process.send?.(message);
}

async function handle(message: WorkerRequest): Promise<void> {
  switch (message.type) {
    case 'start': {
      api = await FakeSlackApi.start({ botToken: message.botToken });
      return reply({ type: 'started', apiUrl: api.apiUrl });
    }
    case 'add-messages': {
      for (const m of message.messages)
        api!.messages.push({
          ...m,
          text: 'question',
          blocks: [],
          visibility: 'channel',
          via: 'chat.postMessage',
          edits: 0,
        });
      return reply({ type: 'ok' });
    }
    case 'run': {
      const fake = api!;
      const blocks = (click: ClickSpec): unknown[] =>
        fake.findMessage(click.channelId, click.ts)?.blocks ?? [];
      const prepared = prepareClicks(
        message.clicks,
        message.secret,
        (c) => fake.responseUrl({ userId: c.userId, channel: c.channelId }),
        blocks,
      );
      const result = await runLoad(message.url, prepared, message.concurrency, message.timeLimitMs);
      if (message.expectResponses)
        for (const click of prepared.slice(0, prepared.length - result.skipped))
          expected.add(click.responseUrl);
      return reply({ type: 'result', ...result });
    }
    case 'verify': {
      const fake = api!;
      const perUrl = new Map<string, number>();
      for (const r of fake.responses) perUrl.set(r.url, (perUrl.get(r.url) ?? 0) + 1);
      let missing = 0;
      let repeated = 0;
      for (const url of expected) {
        const n = perUrl.get(url) ?? 0;
        if (n === 0) missing += 1;
        if (n > 1) repeated += 1;
      }
      const texts = fake.responses.map((r) => String(r.body.text ?? ''));
      return reply({
        type: 'verified',
        expected: expected.size,
        responses: fake.responses.length,
        missing,
        repeated,
        unexpected: [...perUrl.keys()].filter((u) => !expected.has(u)).length,
        sampleTexts: [...new Set(texts)].slice(0, 3),
        refused: fake.refused.length,
        updates: fake.callsOf('chat.update').length,
      });
    }
    case 'stop': {
      await api?.close();
      reply({ type: 'ok' });
      process.disconnect?.();
      return;
    }
  }
}

process.on('message', (message: WorkerRequest) => {
  handle(message).catch((err: unknown) =>
    reply({
      type: 'error',
      message: err instanceof Error ? (err.stack ?? err.message) : String(err),
    }),
  );
});
