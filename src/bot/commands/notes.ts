/**
 * `/quiz notes`: the loaded notes (title, concepts, questions) and which this channel draws from.
 * `/quiz notes TITLE, TITLE…` (admins): this channel draws only from those; `/quiz notes all`: all.
 */
import { matchKey } from '../../quiz/text/normalize.ts';
import { ensureChannel } from '../channel-view.ts';
import { UserError } from '../errors.ts';
import type { Messages } from '../i18n/catalog.ts';
import { type ChannelNotes, channelNotes, matchTitle, splitNames } from '../notes/channel-notes.ts';
import type { Reply } from '../types.ts';
import type { Command } from './command.ts';

/** Titles quoted and joined the reader's way. */
export const names = (titles: readonly string[], m: Messages): string =>
  titles.map(m.quote).join(m.listSeparator);

/** Words that mean "every loaded notes file". */
const ALL_WORDS = new Set(['all', 'すべて', '全部', 'ぜんぶ', '全て'].map(matchKey));

function notesCard(notes: ChannelNotes, m: Messages, said?: string): Reply {
  const drawn = new Set(notes.drawn.map((e) => e.file));
  const lines = notes.entries.map((e) =>
    m.notesLine(drawn.has(e.file), e.title, e.concepts, e.questions, e.file),
  );
  const state =
    notes.chosen.length === 0
      ? m.notesDrawAll
      : notes.fallback
        ? m.notesNoneLoaded(names(notes.missing, m))
        : m.notesDrawSome(notes.drawn.length, notes.entries.length);
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: m.notesTitle,
    text: [
      ...(said ? [said, ''] : []),
      ...(lines.length > 0 ? lines : [m.notesNoneAtAll]),
      '',
      state,
      ...(notes.missing.length > 0 && !notes.fallback
        ? [m.notesMissing(names(notes.missing, m))]
        : []),
    ].join('\n'),
    footer: m.notesHint,
  };
}

export const notesCommand: Command = {
  name: 'notes',
  adminOnly: false,
  usage: '/quiz notes [TITLE, TITLE… | all]',
  describe: (m) => m.cmdNotes,
  options: (m) => [
    { name: 'titles', description: m.optNotesTitles, kind: 'string', required: false },
  ],
  async run(ctx, args) {
    const { deps, channel, m } = ctx;
    const text = args.join(' ').trim();
    if (text === '') return [notesCard(channelNotes(deps, channel.key), m)];
    await ctx.requireAdmin();
    const entries = channelNotes(deps, channel.key).entries;
    let titles: string[];
    if (ALL_WORDS.has(matchKey(text))) titles = [];
    else {
      titles = [];
      for (const name of splitNames(text)) {
        const match = matchTitle(name, entries);
        const known = names(
          entries.map((e) => e.title),
          m,
        );
        if (match.status === 'unknown')
          throw new UserError('unknown_notes', m.notesUnknown(name, known));
        if (match.status === 'ambiguous')
          throw new UserError('ambiguous_notes', m.notesAmbiguous(name, names(match.titles, m)));
        titles.push(...match.titles.filter((t) => !titles.includes(t)));
      }
    }
    ensureChannel(deps, channel.key);
    deps.store.setChannelNotes(channel.key, titles);
    deps.logger.info({ channel: channel.key, titles, by: ctx.event.userId }, 'channel notes set');
    const notes = channelNotes(deps, channel.key);
    return [
      notesCard(notes, m, titles.length === 0 ? m.notesSetAll : m.notesSet(names(titles, m))),
    ];
  },
};
