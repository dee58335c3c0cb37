/**
 * `/quiz season new [NAME]` (admins): starts a new season; names are unique in the team.
 * `/quiz season list` (anyone): every season of the team, the current one marked.
 */
import { localDateTime } from '../../quiz/zoned-time.ts';
import { seasonNameKey } from '../../store/seasons.ts';
import type { Season } from '../../store/types.ts';
import { UserError } from '../errors.ts';
import { formatShortDate } from '../i18n/catalog.ts';
import type { Command, CommandContext } from './command.ts';

export const SEASON_NAME_MAX = 60;

/** The team's season called `name` (the latest one, should an older database hold two). */
export function seasonNamed(seasons: readonly Season[], name: string): Season | null {
  const key = seasonNameKey(name);
  return [...seasons].reverse().find((s) => seasonNameKey(s.name) === key) ?? null;
}

async function startSeason(ctx: CommandContext, words: string[]) {
  const { deps, channel, m } = ctx;
  await ctx.requireAdmin();
  const now = deps.clock();
  const seasons = deps.store.listSeasons(channel.key.platform, channel.key.teamId);
  let name = words.join(' ').trim();
  if (name === '') {
    // The default name is the date; a second season on one day gets "(2)", "(3)"…
    const base = m.defaultSeasonName(localDateTime(now, channel.timezone).date);
    name = base;
    for (let n = 2; seasonNamed(seasons, name); n++) name = `${base} (${n})`;
  }
  if ([...name].length > SEASON_NAME_MAX)
    throw new UserError('season_name_too_long', m.seasonNameTooLong(SEASON_NAME_MAX));
  if (seasonNamed(seasons, name)) throw new UserError('season_name_taken', m.seasonNameTaken(name));
  const season = deps.store.startSeason(channel.key.platform, channel.key.teamId, name, now);
  return [
    { visibility: 'channel' as const, tone: 'info' as const, text: m.seasonStarted(season.name) },
  ];
}

function listSeasons(ctx: CommandContext) {
  const { deps, channel, m } = ctx;
  const seasons = deps.store.listSeasons(channel.key.platform, channel.key.teamId);
  const date = (at: number) => formatShortDate(at, channel.timezone, channel.locale);
  const lines = [...seasons]
    .reverse()
    .map((s) =>
      s.endedAt === null
        ? m.seasonListCurrent(s.name, date(s.startedAt))
        : m.seasonListPast(s.name, date(s.startedAt), date(s.endedAt)),
    );
  return [
    {
      visibility: 'ephemeral' as const,
      tone: 'info' as const,
      title: m.seasonListTitle,
      text: lines.length > 0 ? lines.join('\n') : m.seasonListNone,
      footer: m.seasonListHint,
    },
  ];
}

export const seasonCommand: Command = {
  name: 'season',
  adminOnly: false,
  usage: '/quiz season new [NAME] | list',
  describe: (m) => m.cmdSeason,
  options: (m) => [
    {
      name: 'action',
      description: m.optSeasonAction,
      kind: 'choice',
      choices: ['new', 'list'],
      choiceLabels: { new: m.choiceNewSeason, list: m.choiceListSeasons },
      required: true,
    },
    { name: 'name', description: m.optSeasonName, kind: 'string', required: false },
  ],
  async run(ctx, args) {
    const [action, ...words] = args;
    if (action === undefined) throw new UserError('usage', ctx.m.missingArg(this.usage));
    switch (action.normalize('NFKC').toLowerCase()) {
      case 'new':
        return startSeason(ctx, words);
      case 'list':
        return listSeasons(ctx);
      default:
        throw new UserError('bad_season_action', ctx.m.badSeasonAction(action));
    }
  },
};
