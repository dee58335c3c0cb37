/** Messages between a benchmark and its load worker. */
import type { ClickSpec, LoadResult } from './clicks.ts';
import type { DiscordClickSpec } from './discord-load.ts';

export type WorkerRequest =
  /** A fake Slack Web API (and, for Socket Mode, a WebSocket server) per target app. */
  | { type: 'start-slack'; botToken: string; appToken: string; targets: string[]; socket: boolean }
  /** Gateway and REST stand-ins per target app, knowing `channels`. */
  | { type: 'start-discord'; token: string; targets: string[]; channels: string[] }
  | { type: 'add-messages'; target: string; messages: { channel: string; ts: string }[] }
  | {
      type: 'run-slack';
      target: string;
      /** The app's events URL (HTTP mode); absent in Socket Mode. */
      url: string | null;
      secret: string;
      clicks: ClickSpec[];
      concurrency: number;
      timeLimitMs: number;
      /** The app answers each click privately: a click is done when its reply has come too. */
      waitForReplies: boolean;
    }
  | {
      type: 'run-discord';
      target: string;
      clicks: DiscordClickSpec[];
      concurrency: number;
      timeLimitMs: number;
    }
  | { type: 'verify'; target: string }
  | { type: 'stop' };

export interface Verification {
  /** Clicks whose response_url should have received exactly one reply. */
  expected: number;
  responses: number;
  missing: number;
  repeated: number;
  unexpected: number;
  sampleTexts: string[];
  refused: number;
  updates: number;
}

export type WorkerReply =
  | { type: 'started-slack'; apis: Record<string, string> }
  | { type: 'started-discord'; stubs: Record<string, { restUrl: string; gatewayUrl: string }> }
  | { type: 'ok' }
  | ({ type: 'result' } & LoadResult)
  | ({ type: 'verified' } & Verification)
  | { type: 'error'; message: string };
