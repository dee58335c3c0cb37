/**
 * Seasons of a team. Starting one ends the previous one; answers are never deleted, and every
 * season's boards stay queryable by its id. Names are unique within a team (compared as people
 * read them: case, width and surrounding spaces do not count).
 */
import type Database from 'better-sqlite3';
import type { Platform } from '../shared/channel.ts';
import type { ChannelRepo } from './channels.ts';
import { check } from './errors.ts';
import type { Season } from './types.ts';

interface SeasonRow {
  id: number;
  platform: Platform;
  team_id: string;
  name: string;
  started_at: number;
  ended_at: number | null;
}

const SELECT_SEASON = `SELECT s.id, t.platform, t.team_id, s.name, s.started_at, s.ended_at
  FROM seasons s JOIN teams t ON t.id = s.team_ref`;

const toSeason = (r: SeasonRow): Season => ({
  id: r.id,
  platform: r.platform,
  teamId: r.team_id,
  name: r.name,
  startedAt: r.started_at,
  endedAt: r.ended_at,
});

/** A season name as compared for uniqueness: NFKC, lower case, spaces trimmed and collapsed. */
export function seasonNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

export type SeasonRepo = ReturnType<typeof createSeasonRepo>;

export function createSeasonRepo(db: Database.Database, channels: ChannelRepo) {
  const endCurrent = db.prepare(
    'UPDATE seasons SET ended_at = ? WHERE team_ref = ? AND ended_at IS NULL',
  );
  const insert = db.prepare('INSERT INTO seasons (team_ref, name, started_at) VALUES (?, ?, ?)');
  const byId = db.prepare<[number], SeasonRow>(`${SELECT_SEASON} WHERE s.id = ?`);
  const current = db.prepare<[string, string], SeasonRow>(
    `${SELECT_SEASON} WHERE t.platform = ? AND t.team_id = ? AND s.ended_at IS NULL`,
  );
  const currentIdByRef = db.prepare<[number], { id: number }>(
    'SELECT id FROM seasons WHERE team_ref = ? AND ended_at IS NULL',
  );
  const all = db.prepare<[string, string], SeasonRow>(
    `${SELECT_SEASON} WHERE t.platform = ? AND t.team_id = ? ORDER BY s.id`,
  );

  const names = db.prepare<[number], { name: string }>(
    'SELECT name FROM seasons WHERE team_ref = ?',
  );

  const start = db.transaction(
    (platform: Platform, teamId: string, name: string, at: number): Season => {
      const teamRef = channels.ensureTeam(platform, teamId);
      const key = seasonNameKey(name);
      check(
        !names.all(teamRef).some((r) => seasonNameKey(r.name) === key),
        `a season named "${name}" already exists in this team`,
      );
      endCurrent.run(at, teamRef);
      const id = Number(insert.run(teamRef, name, at).lastInsertRowid);
      return toSeason(byId.get(id)!);
    },
  );

  return {
    start: (platform: Platform, teamId: string, name: string, at: number): Season => {
      const trimmed = typeof name === 'string' ? name.trim() : '';
      check(trimmed !== '', 'a season needs a name');
      check(Number.isFinite(at), `season start ${at} is not a time in epoch milliseconds`);
      return start.immediate(platform, teamId, trimmed, at);
    },
    current: (platform: Platform, teamId: string): Season | null => {
      const row = current.get(platform, teamId);
      return row ? toSeason(row) : null;
    },
    currentId: (teamRef: number): number | null => currentIdByRef.get(teamRef)?.id ?? null,
    byId: (id: number): Season | null => {
      const row = byId.get(id);
      return row ? toSeason(row) : null;
    },
    list: (platform: Platform, teamId: string): Season[] => all.all(platform, teamId).map(toSeason),
  };
}
