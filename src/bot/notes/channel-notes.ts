/**
 * Notes per channel: which loaded notes files there are (title, concepts, questions), which a
 * channel draws its questions from (all by default, or the titles an admin chose), and reading
 * the titles an admin types.
 */
import path from 'node:path';
import { matchKey } from '../../quiz/text/normalize.ts';
import type { NotesDocument, Question, QuestionBank } from '../../quiz/types.ts';
import type { ChannelKey } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';

/** One loaded notes file. */
export interface NotesEntry {
  /** The notes' own title (front matter or first heading), else the file name without `.md`. */
  title: string;
  file: string;
  concepts: number;
  questions: number;
}

const stem = (file: string): string => path.basename(file).replace(/\.md$/i, '');

export function titleOf(doc: NotesDocument): string {
  return doc.title?.trim() || stem(doc.file);
}

/** Every loaded notes file, in load order, with what it gives. */
export function notesEntries(bank: QuestionBank): NotesEntry[] {
  return bank.documents.map((doc) => ({
    title: titleOf(doc),
    file: doc.file,
    concepts: doc.concepts.length,
    questions: bank.questions.filter((q) => q.explanation.source.file === doc.file).length,
  }));
}

/** What a channel draws from. */
export interface ChannelNotes {
  entries: NotesEntry[];
  /** Titles an admin chose (empty: all notes). */
  chosen: string[];
  /** Chosen titles not among the loaded notes. */
  missing: string[];
  /** The entries the channel draws from. */
  drawn: NotesEntry[];
  /** True when titles were chosen but none is loaded: the channel draws from all notes meanwhile. */
  fallback: boolean;
}

export function channelNotes(deps: BotDeps, key: ChannelKey): ChannelNotes {
  const entries = notesEntries(deps.bank);
  const chosen = deps.store.channelNotes(key);
  const picked = entries.filter((e) => chosen.includes(e.title));
  const missing = chosen.filter((t) => !entries.some((e) => e.title === t));
  const fallback = chosen.length > 0 && picked.length === 0;
  return { entries, chosen, missing, drawn: picked.length > 0 ? picked : entries, fallback };
}

/** The channel's questions by its notes: all of the bank's when it draws from all notes. */
export function questionsOfChannelNotes(deps: BotDeps, key: ChannelKey): Question[] {
  const { chosen, drawn, fallback } = channelNotes(deps, key);
  if (chosen.length === 0 || fallback) return deps.bank.questions;
  const files = new Set(drawn.map((e) => e.file));
  return deps.bank.questions.filter((q) => files.has(q.explanation.source.file));
}

/** How a typed name picks notes, tried in this order; the first rule that matches decides. */
interface TitleRule {
  name: string;
  /** A typed name and the notes file it picks (among the test fixtures' notes). */
  example: { typed: string; file: string };
  picks(typedKey: string, entry: NotesEntry): boolean;
  /** Only when it picks exactly one title (a part of a title is no name). */
  unique?: boolean;
}

export const TITLE_RULES: readonly TitleRule[] = [
  {
    name: 'the title',
    example: {
      typed: 'Resilience patterns — ideas that are easy to mix up',
      file: 'resilience.en.md',
    },
    picks: (key, e) => matchKey(e.title) === key,
  },
  {
    name: 'the file name, with or without .md',
    example: { typed: 'resilience.en', file: 'resilience.en.md' },
    picks: (key, e) => matchKey(path.basename(e.file)) === key || matchKey(stem(e.file)) === key,
  },
  {
    name: 'a part of exactly one title',
    example: { typed: 'キャッシュ', file: 'caching.ja.md' },
    picks: (key, e) => matchKey(e.title).includes(key),
    unique: true,
  },
];

export type TitleMatch =
  | { status: 'found'; titles: string[] }
  | { status: 'unknown'; typed: string }
  | { status: 'ambiguous'; typed: string; titles: string[] };

/** The titles one typed name picks. */
export function matchTitle(typed: string, entries: readonly NotesEntry[]): TitleMatch {
  const key = matchKey(typed);
  if (key === '') return { status: 'unknown', typed };
  for (const rule of TITLE_RULES) {
    const titles = [...new Set(entries.filter((e) => rule.picks(key, e)).map((e) => e.title))];
    if (titles.length === 0) continue;
    if (rule.unique && titles.length > 1) return { status: 'ambiguous', typed, titles };
    return { status: 'found', titles };
  }
  return { status: 'unknown', typed };
}

/** Names as typed: separated by commas (`,` `、` `;`); words without a comma are one name. */
export function splitNames(text: string): string[] {
  return text
    .split(/[,、;；，]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
