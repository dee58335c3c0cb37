/**
 * What a line typed into the terminal means: a command, a button number, `/as NAME`, `/quit`.
 * The rules are a table, tried in order, each with an example; the first that reads the line wins.
 * In the terminal `/quiz` may be left out (`help`, `lookup saga`), as a REPL would let you.
 *
 * Leaving: `/quit` and `/exit` leave, and so do `quit` and `exit` — the slash may be left out, as
 * `help` is `/help`. Other words that may mean "leave" (`bye`, `q`, `終了`, `やめる`…) are answered
 * with how to leave and never acted on: leaving cannot be undone (a `:memory:` session is gone, a
 * script's later lines are skipped), and in a quiz `終了` or `やめる` may as well mean "close the
 * question" or "stop the schedule".
 */

/** A line, read. */
export type ConsoleInput =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'how-to-leave' }
  | { kind: 'as'; name: string }
  | { kind: 'as-without-name' }
  | { kind: 'button'; number: number }
  | { kind: 'command'; name: string; args: string[] }
  | { kind: 'not-a-command'; line: string };

/** Zero-width spaces and joiners, BOM, soft hyphen, bidi marks: invisible, never meant. */
const INVISIBLE = /[\p{Cf}]/gu;

interface InputRule {
  name: string;
  example: string;
  read: (line: string) => ConsoleInput | null;
}

/** The first word (lower case, NFKC) and the rest of a line. */
function firstWord(line: string): { word: string; rest: string } {
  const at = line.search(/\s/);
  return at < 0
    ? { word: line.toLowerCase(), rest: '' }
    : { word: line.slice(0, at).toLowerCase(), rest: line.slice(at + 1) };
}

function command(text: string): ConsoleInput {
  const [name = '', ...args] = splitWords(text);
  return { kind: 'command', name: name.toLowerCase(), args };
}

/** The terminal's own ways to leave, with or without the slash. */
const QUIT_WORDS: ReadonlySet<string> = new Set(['quit', 'exit']);

/**
 * Words people type to leave other programs that are not the terminal's commands: `:q` (vim),
 * `exit()` (Python), `.exit` (Node, SQLite), and plain words in English and Japanese.
 */
const LEAVE_GUESSES: ReadonlySet<string> = new Set([
  'q',
  ':q',
  ':q!',
  ':wq',
  'exit()',
  'quit()',
  '.exit',
  '.quit',
  'bye',
  'goodbye',
  'logout',
  '終了',
  '終わり',
  'おわり',
  '終わる',
  'おわる',
  'やめる',
  'やめ',
]);

/** `quit`, `exit`, `/quit`, `/exit`: a line that is only one of the terminal's ways to leave. */
function isQuit(line: string): boolean {
  return QUIT_WORDS.has(line.toLowerCase().replace(/^\//, ''));
}

/**
 * A line that means to leave but does not say it the terminal's way: a guess (`bye`, `/q`, `終了`),
 * a quit word with more after it (`quit now`), or one behind `/quiz` (`/quiz exit`).
 */
function meansToLeave(line: string): boolean {
  const first = firstWord(line);
  const afterQuiz = first.word === '/quiz' || first.word === 'quiz';
  const bare = (afterQuiz ? firstWord(first.rest.trim()).word : first.word).replace(/^\//, '');
  return LEAVE_GUESSES.has(bare) || QUIT_WORDS.has(bare);
}

export const INPUT_RULES: readonly InputRule[] = [
  { name: 'empty', example: '(an empty line)', read: (l) => (l === '' ? { kind: 'empty' } : null) },
  {
    name: 'quit',
    example: '/quit, /exit, quit, exit',
    read: (l) => (isQuit(l) ? { kind: 'quit' } : null),
  },
  {
    name: 'how to leave',
    example: 'bye, q, 終了, やめる, quit now, /quiz exit',
    read: (l) => (meansToLeave(l) ? { kind: 'how-to-leave' } : null),
  },
  {
    name: 'switch user',
    example: '/as bob',
    read: (l) => {
      const { word, rest } = firstWord(l);
      if (word !== '/as') return null;
      const name = rest.trim();
      return name ? { kind: 'as', name } : { kind: 'as-without-name' };
    },
  },
  {
    name: 'button',
    example: '3 (or ３)',
    read: (l) => (/^\d{1,6}$/.test(l) ? { kind: 'button', number: Number(l) } : null),
  },
  {
    name: 'quiz command',
    example: '/quiz lookup saga, quiz help',
    read: (l) => {
      const { word, rest } = firstWord(l);
      return word === '/quiz' || word === 'quiz' ? command(rest) : null;
    },
  },
  {
    name: 'command without /quiz',
    example: 'help, lookup saga, /help',
    read: (l) => (/^\/?\p{L}/u.test(l) ? command(l.replace(/^\//, '')) : null),
  },
  {
    name: 'anything else',
    example: '?, ---',
    read: (l) => ({ kind: 'not-a-command', line: l }),
  },
];

/** Reads one typed line (NFKC, invisible characters dropped, trimmed). */
export function parseLine(raw: string): ConsoleInput {
  const line = raw.normalize('NFKC').replace(INVISIBLE, '').trim();
  for (const rule of INPUT_RULES) {
    const input = rule.read(line);
    if (input) return input;
  }
  return { kind: 'not-a-command', line };
}

/** The id a terminal user gets from their name: `Bob Smith` → `bob-smith`. */
export function userIdOf(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '-');
}

/**
 * Words of a command line: whitespace-separated, "double quotes" keep spaces, `@name` → the
 * mention of the terminal user of that name (`<@bob>`).
 */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of line.matchAll(pattern)) {
    const word = match[1] ?? match[2] ?? '';
    words.push(/^@[^\s@]+$/.test(word) ? `<@${userIdOf(word.slice(1))}>` : word);
  }
  return words;
}
