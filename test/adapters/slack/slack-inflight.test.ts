import { describe, expect, it } from 'vitest';
import { InflightTracker } from '../../../src/adapters/slack/slack-inflight.ts';

describe('InflightTracker', () => {
  it('resolves idle only when every running handler has finished, failed ones included', async () => {
    const tracker = new InflightTracker();
    let release!: () => void;
    const slow = tracker.run(() => new Promise<void>((resolve) => (release = resolve)));
    const failing = tracker.run(async () => {
      throw new Error('handler failed');
    });
    await expect(failing).rejects.toThrow('handler failed');
    let idle = false;
    const waiting = tracker.idle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    expect(tracker.size).toBe(1);
    release();
    await slow;
    await waiting;
    expect(idle).toBe(true);
    await expect(tracker.idle()).resolves.toBeUndefined();
  });
});
