/**
 * Instructions: an English option that tells the reader what to do (`Always pass the initial
 * value`, `Avoid in children with viral illness`, `Test the chain with a desktop browser`) is
 * neither true nor false. Beside statements that claim something it is the odd one out: a true
 * option a player never picks as the misconception, or a key that stands out as the only advice
 * (readers of readings 42–56 named it in ten questions). Each rule is named, with an example, and
 * reads the opening words only (after a concept's label, `Fold / reduce: Always pass…`). Pure.
 */
import { latinWords } from '../review/text-measures.ts';
import { outsideParentheses } from './context-words.ts';

/** A rule that reads an option as an instruction, with an example it reads so. */
export interface InstructionRule {
  name: string;
  example: string;
  /** True when the option's opening words (lower case, a label left out) are an instruction. */
  test(words: readonly string[]): boolean;
}

/**
 * Verbs that open no English statement but an instruction (they are no nouns: `Avoid`, `Ensure`;
 * `Know which one your lab uses and say it out loud on rounds`, a true option beside two claims in
 * reading 69).
 */
const ONLY_VERBS: ReadonlySet<string> = new Set([
  'avoid',
  'prefer',
  'ensure',
  'remember',
  'know',
  'beware',
  'consider',
]);

/**
 * Verbs that may open an instruction, and may be nouns too (`Test coverage measures…`, `Split
 * brain…`): an instruction only when an object or a place follows ({@link OBJECT_OPENERS}).
 */
const BASE_VERBS: ReadonlySet<string> = new Set([
  'use',
  'keep',
  'pass',
  'test',
  'split',
  'start',
  'choose',
  'pick',
  'check',
  'set',
  'measure',
  'treat',
  'put',
  'store',
  'run',
  'call',
  'write',
  'add',
  'remove',
  'send',
  'give',
  'take',
  'apply',
  'verify',
  'enable',
  'disable',
  'turn',
  'wrap',
  'return',
  'replace',
  'compare',
  'compute',
  'plug',
  'freeze',
  'drop',
  'move',
  'copy',
  'cache',
  'limit',
  'rotate',
  'pin',
  'validate',
  'escape',
  'encode',
  'sanitize',
  'configure',
  'install',
  'update',
  'rewrite',
  'read',
  'ask',
  'try',
  'wait',
  'watch',
  'close',
  'commit',
  'retry',
  'trust',
  'handle',
]);

/** Words after a verb that make it an instruction: an object's determiner, or a place. */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'your',
  'each',
  'every',
  'all',
  'it',
  'them',
  'one',
  'this',
  'that',
  'these',
  'those',
  'from',
  'along',
  'with',
  'by',
  'into',
]);

export const INSTRUCTION_RULES: readonly InstructionRule[] = [
  {
    name: 'verb-only-instruction',
    example: "Avoid in children/teenagers with viral illness (Reye's syndrome)",
    test: (words) => ONLY_VERBS.has(words[0] ?? ''),
  },
  {
    name: 'dont',
    example: "Don't cache the token in local storage",
    test: (words) =>
      words[0] === "don't" || words[0] === 'don’t' || (words[0] === 'do' && words[1] === 'not'),
  },
  {
    name: 'always-or-never-verb',
    example: 'Always pass the initial value',
    test: (words) =>
      (words[0] === 'always' || words[0] === 'never') && BASE_VERBS.has(words[1] ?? ''),
  },
  {
    name: 'verb-then-object',
    example: 'Test the chain with a desktop browser',
    test: (words) => BASE_VERBS.has(words[0] ?? '') && OBJECT_OPENERS.has(words[1] ?? ''),
  },
];

/** Kana or kanji: a Japanese text, which these English rules do not read. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** How much of an option's body the rules read (two words and their spaces, with room). */
const OPENING_CHARS = 80;

/** A concept's label before an option's body (`Fold / reduce: …`) is at most this many words. */
const MAX_LABEL_WORDS = 6;

/** True when the English `text` tells the reader what to do ({@link INSTRUCTION_RULES}). */
export function isInstruction(text: string): boolean {
  if (JAPANESE.test(text)) return false;
  // Two words are read: the opening is enough, however long the line.
  const words = latinWords(bodyOf(text).slice(0, OPENING_CHARS)).slice(0, 2);
  return INSTRUCTION_RULES.some((rule) => rule.test(words));
}

/**
 * True when the English `text` opens on a verb of an instruction, whatever follows (`use Gray code
 * / handshake / async FIFO`): looser than {@link isInstruction}, for words that follow a
 * misconception's mark, where a remedy is what the writer goes on to (notes/misconception-table.ts).
 */
export function opensOnInstructionVerb(text: string): boolean {
  if (JAPANESE.test(text)) return false;
  const first = latinWords(text.slice(0, OPENING_CHARS))[0] ?? '';
  return BASE_VERBS.has(first) || ONLY_VERBS.has(first);
}

/**
 * The text after a short label (`Fold / reduce: Always pass…` → `Always pass…`), else all of it.
 * A label's parenthesis is an aside, not counted (`What to do (US lifesaving / NOAA advice): don't
 * swim straight against it`, a true option beside two claims in reading 70).
 */
function bodyOf(text: string): string {
  const colon = text.indexOf(': ');
  if (colon < 0) return text;
  const label = outsideParentheses(text.slice(0, colon)).trim();
  return label.split(/\s+/).length <= MAX_LABEL_WORDS ? text.slice(colon + 2) : text;
}
