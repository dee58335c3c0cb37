/** Which loaded notes (by title) a channel draws its questions from; no rows: all of them. */
import type Database from 'better-sqlite3';
import type { ChannelRepo } from './channels.ts';
import { check, StoreError } from './errors.ts';
import type { ChannelKey } from './types.ts';

export type ChannelNotesRepo = ReturnType<typeof createChannelNotesRepo>;

export function createChannelNotesRepo(db: Database.Database, channels: ChannelRepo) {
  const list = db.prepare<[number], { title: string }>(
    'SELECT title FROM channel_notes WHERE channel_ref = ? ORDER BY title',
  );
  const clear = db.prepare('DELETE FROM channel_notes WHERE channel_ref = ?');
  const add = db.prepare(
    'INSERT INTO channel_notes (channel_ref, title) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const replace = db.transaction((ref: number, titles: readonly string[]) => {
    clear.run(ref);
    for (const title of titles) add.run(ref, title);
  });
  return {
    get(key: ChannelKey): string[] {
      const channel = channels.find(key);
      return channel ? list.all(channel.ref).map((r) => r.title) : [];
    },
    set(key: ChannelKey, titles: readonly string[]): void {
      for (const t of titles)
        check(typeof t === 'string' && t.trim() !== '', 'a notes title must be a non-empty string');
      const channel = channels.find(key);
      if (!channel)
        throw new StoreError('not_found', `there is no channel ${key.platform}/${key.channelId}`);
      replace.immediate(channel.ref, titles);
    },
  };
}
