/**
 * What a line typed into the terminal means: a command, a button number, `/as NAME`, `/quit`.
 * The rules are a table, tried in order, each with an example; the first that reads the line wins.
 * In the terminal `/quiz` may be left out (`help`, `lookup saga`), as a REPL would let you.
 */

/** A line, read. */
export type ConsoleInput =
  | { kind: 'empty' }
  | { kind: 'quit' }
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

export const INPUT_RULES: readonly InputRule[] = [
  { name: 'empty', example: '(an empty line)', read: (l) => (l === '' ? { kind: 'empty' } : null) },
  {
    name: 'quit',
    example: '/quit, /exit',
    read: (l) => (['/quit', '/exit'].includes(l.toLowerCase()) ? { kind: 'quit' } : null),
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
