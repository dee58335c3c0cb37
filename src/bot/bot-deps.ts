/**
 * What the core is built from. The composition root (src/main.ts) makes one of these; tests make
 * their own with a fake clock, a seeded random source and an in-memory store.
 */
import type { Logger } from '../logger.ts';
import type { Question, QuestionBank } from '../quiz/types.ts';
import type { QuizStore } from '../store/types.ts';
import type { BankReloader } from './notes/bank-reload.ts';
import type { ChatTransport, Locale, Platform } from './types.ts';

/** Defaults for channels that have not set their own. */
export interface BotSettings {
  locale: Locale;
  defaultTimezone: string;
  answerWindowMinutes: number;
  /** User ids that are admins everywhere (`QUIZBOT_ADMINS`): told about flags. */
  admins?: readonly string[];
}

export interface BotDeps {
  /** The current bank; replaced as a whole by a reload (see notes/bank-reload.ts). */
  bank: QuestionBank;
  store: QuizStore;
  /** Epoch ms. */
  clock: () => number;
  /** Uniform in [0, 1). */
  random: () => number;
  logger: Logger;
  settings: BotSettings;
  /** The platforms the bot can speak on first (filled in as adapters start). */
  transports: Map<Platform, ChatTransport>;
  /** Questions by id. */
  questions: ReadonlyMap<string, Question>;
  /** Reads the notes again (`/quiz reload`, SIGHUP, a changed file); null when the bot cannot. */
  reloader: BankReloader | null;
}
