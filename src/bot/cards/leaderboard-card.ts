/** The leaderboard: the top rows, and the caller's own row even when outside them. */
import type { Leaderboard, LeaderboardRow } from '../../store/types.ts';
import { formatPercent, type Messages } from '../i18n/catalog.ts';
import type { Reply } from '../types.ts';

function row(r: LeaderboardRow, m: Messages): string {
  return m.leaderboardRow(
    r.rank,
    r.userName,
    r.points,
    r.correct,
    r.answered,
    formatPercent(r.accuracy),
    r.streak,
  );
}

export function leaderboardCard(
  board: Leaderboard,
  m: Messages,
  visibility: Reply['visibility'] = 'ephemeral',
): Reply {
  const lines = board.rows.length === 0 ? [m.leaderboardEmpty] : board.rows.map((r) => row(r, m));
  const inTop = board.me !== null && board.rows.some((r) => r.userId === board.me!.userId);
  const footer = board.me ? (inTop ? undefined : m.yourRank(row(board.me, m))) : m.youHaveNoRank;
  return {
    visibility,
    tone: 'info',
    // "all time" needs no label; the week, month and season boards name theirs.
    title: m.leaderboardTitle(
      m.periodName(board.period),
      board.period === 'all' ? null : board.label,
    ),
    text: lines.join('\n'),
    ...(footer ? { footer } : {}),
  };
}
