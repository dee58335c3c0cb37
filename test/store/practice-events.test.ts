import { describe, expect, it } from 'vitest';
import { openTestStore, tempDir } from './helpers.ts';

describe('practice', () => {
  it('keeps opaque state per user and concept and lists what is due, most overdue first', () => {
    const store = openTestStore(tempDir());
    expect(store.getPracticeState('slack', 'U1', 'c1')).toBeNull();
    store.setPracticeState('slack', 'U1', 'c1', '{"box":1}', 500);
    store.setPracticeState('slack', 'U1', 'c2', '{"box":2}', 100);
    store.setPracticeState('slack', 'U1', 'c3', '{"box":3}', 900);
    store.setPracticeState('discord', 'U1', 'c4', '{}', 0);
    store.setPracticeState('slack', 'U1', 'c1', '{"box":2}', 300);
    expect(store.getPracticeState('slack', 'U1', 'c1')).toBe('{"box":2}');
    expect(store.duePracticeConcepts('slack', 'U1', 500)).toEqual(['c2', 'c1']);
    expect(store.duePracticeConcepts('slack', 'U2', 500)).toEqual([]);
  });

  it('records practice answers without touching any board', () => {
    const store = openTestStore(tempDir());
    store.recordPracticeAnswer({
      platform: 'slack',
      userId: 'U1',
      questionId: 'q1',
      conceptId: 'c1',
      correct: true,
      at: 1,
    });
    expect(store.db.prepare('SELECT count(*) AS n FROM practice_answers').get()).toEqual({ n: 1 });
    expect(store.db.prepare('SELECT count(*) AS n FROM scores').get()).toEqual({ n: 0 });
    expect(() => store.setPracticeState('slack', 'U1', 'c1', '{}', Number.NaN)).toThrow(
      /dueAt NaN/,
    );
  });
});

describe('claimEvent', () => {
  it('is true once per key until the key expires', () => {
    const store = openTestStore(tempDir());
    expect(store.claimEvent('slack:evt-1', 1000, 500)).toBe(true);
    expect(store.claimEvent('slack:evt-1', 1200, 500)).toBe(false);
    expect(store.claimEvent('slack:evt-2', 1200, 500)).toBe(true);
    expect(store.claimEvent('slack:evt-1', 1500, 500)).toBe(true);
    expect(store.claimEvent('slack:evt-1', 1600, 500)).toBe(false);
  });

  it('purges expired keys', () => {
    const store = openTestStore(tempDir());
    for (let i = 0; i < 50; i++) store.claimEvent(`old-${i}`, 0, 10);
    store.claimEvent('new', 100, 10);
    expect(store.db.prepare('SELECT key FROM processed_events').all()).toEqual([{ key: 'new' }]);
  });

  it('is shared by two connections', () => {
    const dir = tempDir();
    const a = openTestStore(dir);
    const b = openTestStore(dir);
    expect(a.claimEvent('k', 0, 1000)).toBe(true);
    expect(b.claimEvent('k', 1, 1000)).toBe(false);
  });

  it('refuses a bad key or ttl', () => {
    const store = openTestStore(tempDir());
    expect(() => store.claimEvent('', 0, 1)).toThrow(/an event key must be a non-empty string/);
    expect(() => store.claimEvent('k', 0, 0)).toThrow(/ttlMs 0 must be above 0/);
  });
});
