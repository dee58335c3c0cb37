/** Messages between a benchmark and its load worker. */
import type { ClickSpec, LoadResult } from './clicks.ts';

export type WorkerRequest =
  | { type: 'start'; botToken: string }
  | { type: 'add-messages'; messages: { channel: string; ts: string }[] }
  | {
      type: 'run';
      url: string;
      secret: string;
      clicks: ClickSpec[];
      concurrency: number;
      timeLimitMs: number;
      expectResponses: boolean;
    }
  | { type: 'verify' }
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
  | { type: 'started'; apiUrl: string }
  | { type: 'ok' }
  | ({ type: 'result' } & LoadResult)
  | ({ type: 'verified' } & Verification)
  | { type: 'error'; message: string };
