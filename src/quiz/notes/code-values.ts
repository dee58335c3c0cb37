/**
 * Lines of the notes' code whose comment says what they give: `parseInt("12px", 10) // 12`,
 * `typeof null  # → "object"`, `[] + {}  // "[object Object]"（両方文字列になる）`. Each is a
 * question a player answers by knowing the subject, not by recognising a sentence of the notes
 * (generate/code-value.ts). Read with plain scans, no pattern that can backtrack. Pure.
 */

import type { CodeLine } from './blocks.ts';

/** A line of code whose comment gives the value it evaluates to. */
export interface CodeValue {
  /** The code, as written, without its comment and a closing `;`. */
  code: string;
  /** The code as its block has it (its `;` kept), for a question that shows the block. */
  written: string;
  /** The value the comment gives, as written (`12`, `"object"`, `[1, NaN, NaN]`). */
  value: string;
  /** Which {@link VALUE_RULES} rule read the value (`number`, `string`…). */
  rule: string;
  /** What the comment says after the value, in brackets (`String(5e-7) が "5e-7" なので`), or null. */
  aside: string | null;
  /**
   * The lines of its block before it, their comments dropped, where one of them states rather
   * than gives a value (`const key = [1]`, `def f(): …`); none where every line before it is an
   * expression of its own (`1 + "2" // "12"` after `"3" - 1 // 2`).
   */
  setup: string[];
  line: number;
  /** The opening line of its block. */
  fence: number;
  /** Its block's info string, lower case (`js`, `python`), or ''. */
  info: string;
  /** The heading of the section it sits in and those of the sections around it, innermost first. */
  headings: string[];
}

/** Comment marks a value may follow (`#` only where a space stands before it). */
const COMMENT_MARKS = ['//', '#'] as const;
/** Marks that may stand between the comment mark and the value (`# → 9`, `// => true`). */
const VALUE_ARROWS = ['→', '->', '=>', '==', '⇒'];
/** A value longer than this (characters) is a description, not a literal. */
const MAX_VALUE_CHARS = 32;
/** Code longer than this (characters) is more than one expression to read. */
const MAX_CODE_CHARS = 90;
/** At most this many lines before one set it up. */
const MAX_SETUP_LINES = 8;

/** How a literal value is read: a named rule each, with an example. */
export const VALUE_RULES: readonly {
  name: string;
  example: string;
  reads: (value: string) => boolean;
}[] = [
  { name: 'number', example: 'parseInt("12px", 10) // 12', reads: isNumber },
  {
    name: 'special-number',
    example: '0 / 0 // NaN',
    reads: (v) => ['NaN', 'Infinity', '-Infinity', 'inf', '-inf', 'nan'].includes(v),
  },
  {
    name: 'keyword',
    example: 'null == undefined // true',
    reads: (v) =>
      ['true', 'false', 'null', 'undefined', 'None', 'True', 'False', 'nil'].includes(v),
  },
  { name: 'string', example: 'typeof null // "object"', reads: isQuoted },
  { name: 'error', example: 'null.x // TypeError', reads: isErrorName },
  {
    name: 'collection',
    example: '["1", "2", "3"].map(parseInt) // [1, NaN, NaN]',
    reads: isBracketed,
  },
];

/** Words a line of code opens on when it states rather than gives a value. */
const STATEMENT_OPENINGS = [
  'let ',
  'const ',
  'var ',
  'def ',
  'class ',
  'function ',
  'return ',
  'import ',
  'from ',
  'if ',
  'for ',
  'while ',
  'export ',
  'assert ',
  'int ',
  'auto ',
];

/**
 * The lines of fenced code that give a value (`code-value`), each with the lines of its block
 * before it that set it up (definitions, assignments; not other lines that give a value, whose
 * comments would show the answers of their own questions). `headingsAt` says where a line sits
 * ({@link CodeValue.headings}); it is asked of lines in increasing order.
 */
export function codeValues(
  code: readonly CodeLine[],
  headingsAt: (line: number) => string[] = () => [],
): CodeValue[] {
  const out: CodeValue[] = [];
  let fence = -1;
  // The block's lines so far, their comments dropped, and whether one of them states.
  let before: string[] = [];
  let states = false;
  for (const line of code) {
    if (line.fence !== fence) {
      fence = line.fence;
      before = [];
      states = false;
    }
    const split = commentOf(line.text);
    const found = split === null ? null : commentValue(split.comment);
    const statement = split === null ? line.text.trimEnd() : split.code.trimEnd();
    const expression = givesValue(statement.trim());
    // `whole-setup`: a line is asked with every line before it or with none; a block longer
    // than {@link MAX_SETUP_LINES} before it is not asked where those lines set it up.
    const setup = states ? before : [];
    if (
      found !== null &&
      expression &&
      setup.length <= MAX_SETUP_LINES &&
      closesEverything([...setup, statement])
    ) {
      out.push({
        code: withoutClosingSemicolon(statement),
        written: statement,
        value: found.value,
        rule: found.rule,
        aside: found.aside,
        setup: [...setup],
        line: line.line,
        fence: line.fence,
        info: line.info,
        headings: headingsAt(line.line),
      });
    }
    if (statement.trim() === '') continue;
    before.push(statement);
    if (!expression) states = true;
  }
  return out;
}

/**
 * `whole-structure`: the lines shown close every bracket they open and the last stands at the
 * block's margin — a line inside a block or a function (`{` / `  console.log(typeof a);`, asked
 * before the `let a` below it that decides its value) is not asked, as what follows it may
 * change what it gives. Brackets inside quotes do not count.
 */
function closesEverything(lines: readonly string[]): boolean {
  const last = lines.at(-1) ?? '';
  if (lines.length > 1 && last !== last.trimStart()) return false;
  let depth = 0;
  for (const line of lines)
    firstOutsideQuotes(line, (ch) => {
      if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth--;
      return false;
    });
  return depth === 0;
}

/**
 * The first index of `text` outside quotes (`"…"`, `'…'`, `` `…` ``, a backslash escaping the
 * next character) at which `stop` holds, or -1; `stop` sees every such character in order. One
 * pass: the code lines' three readers (comments, brackets, assignments) share it.
 */
function firstOutsideQuotes(text: string, stop: (ch: string, at: number) => boolean): number {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quote !== '') {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (stop(ch, i)) return i;
  }
  return -1;
}

/** The code and the comment of a line, at the first comment mark outside quotes, or null. */
function commentOf(text: string): { code: string; comment: string } | null {
  // A line that opens on `#` is a comment (or a directive) whole: no code gives a value.
  if (text.startsWith('#')) return null;
  let mark = '';
  const at = firstOutsideQuotes(text, (_, i) => {
    const found = COMMENT_MARKS.find((m) => text.startsWith(m, i));
    // `#` inside code (`10#$n`, `#include`) is no comment: a space stands before a comment's.
    if (found === '#' && (i === 0 || (text.charAt(i - 1) !== ' ' && text.charAt(i - 1) !== '\t')))
      return false;
    mark = found ?? '';
    return found !== undefined;
  });
  if (at < 0) return null;
  return { code: text.slice(0, at), comment: text.slice(at + mark.length) };
}

/** The value a comment gives and what it says after it in brackets, or null. */
function commentValue(
  comment: string,
): { value: string; rule: string; aside: string | null } | null {
  let rest = comment.trim();
  const arrow = VALUE_ARROWS.find((a) => rest.startsWith(a));
  if (arrow !== undefined) rest = rest.slice(arrow.length).trim();
  const { value, after } = splitValue(rest);
  // `"Thu Jan 01 1970 ...1"`: a value the writer cut short is no option to pick.
  if (value === '' || [...value].length > MAX_VALUE_CHARS || /\.\.\.|…/u.test(value)) return null;
  const rule = VALUE_RULES.find((r) => r.reads(value));
  if (!rule) return null;
  const aside = asideOf(after.trim());
  if (after.trim() !== '' && aside === null) return null;
  return { value, rule: rule.name, aside };
}

/** Marks that open what a comment adds after its value (`// 0  ← 空欄が 0 扱いになる罠`). */
const ASIDE_ARROWS = ['←', '<-'];

/** What a comment says after its value: the words in its brackets or after a back arrow. */
function asideOf(text: string): string | null {
  const arrow = ASIDE_ARROWS.find((a) => text.startsWith(a));
  if (arrow !== undefined) {
    const rest = text.slice(arrow.length).trim();
    return rest === '' ? null : rest;
  }
  return bracketed(text);
}

/**
 * The value at the start of `text` and what follows it: a bracketed or quoted value up to its
 * close, else up to the first space or opening bracket of an aside (`8 （ES5 以降）`).
 */
function splitValue(text: string): { value: string; after: string } {
  const open = text.charAt(0);
  const close = CLOSERS[open];
  if (close !== undefined) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charAt(i);
      if (ch === open && open !== close) depth++;
      else if (ch === close && (open === close ? i > 0 : --depth === 0))
        return { value: text.slice(0, i + 1), after: text.slice(i + 1) };
    }
    return { value: '', after: text };
  }
  let end = 0;
  while (end < text.length && !' \t（(:'.includes(text.charAt(end))) end++;
  // `TypeError: Cannot read properties of null`: the message after the name is its aside.
  if (text.charAt(end) === ':' && isErrorName(text.slice(0, end))) {
    const message = text.slice(end + 1).trim();
    return { value: text.slice(0, end), after: message === '' ? '' : `（${message}）` };
  }
  return { value: text.slice(0, end), after: text.slice(end) };
}

const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '[': ']',
  '{': '}',
  '(': ')',
};

/** The words inside brackets that make the whole text (`（ES5 以降）`), else null. */
function bracketed(text: string): string | null {
  const pairs: [string, string][] = [
    ['（', '）'],
    ['(', ')'],
  ];
  for (const [open, close] of pairs)
    if (text.length > 2 && text.startsWith(open) && text.endsWith(close)) {
      const inside = text.slice(open.length, -close.length).trim();
      return inside === '' ? null : inside;
    }
  return null;
}

function isNumber(value: string): boolean {
  let i = value.startsWith('-') ? 1 : 0;
  let digits = 0;
  let dot = false;
  for (; i < value.length; i++) {
    const ch = value.charAt(i);
    if (ch >= '0' && ch <= '9') digits++;
    else if (ch === '.' && !dot && digits > 0) dot = true;
    else if ((ch === 'e' || ch === 'n') && digits > 0 && i === value.length - 1) return ch === 'n';
    else if (ch === 'e' && digits > 0) return isExponent(value.slice(i + 1));
    else return false;
  }
  return digits > 0 && !value.endsWith('.');
}

/** `-7`, `+21`, `300`: the exponent after an `e`. */
function isExponent(text: string): boolean {
  const digits = text.startsWith('-') || text.startsWith('+') ? text.slice(1) : text;
  return digits.length > 0 && [...digits].every((ch) => ch >= '0' && ch <= '9');
}

/** `TypeError`, `ReferenceError`, `ZeroDivisionError`, `KeyError`: the name of what is thrown. */
function isErrorName(value: string): boolean {
  const first = value.charAt(0);
  if (first < 'A' || first > 'Z') return false;
  for (const ch of value) if (!/[A-Za-z]/.test(ch)) return false;
  return value.length > 5 && (value.endsWith('Error') || value.endsWith('Exception'));
}

function isQuoted(value: string): boolean {
  const q = value.charAt(0);
  return (q === '"' || q === "'") && value.length >= 2 && value.endsWith(q);
}

function isBracketed(value: string): boolean {
  const open = value.charAt(0);
  return (open === '[' || open === '{' || open === '(') && value.endsWith(CLOSERS[open] ?? '');
}

/**
 * True when `code` is an expression that gives a value: not a statement (`const x = …`, a
 * definition), no bare assignment (`a = 1`, not `a == 1`), and more than one name or literal.
 */
function givesValue(code: string): boolean {
  const text = withoutClosingSemicolon(code);
  if (text === '' || [...text].length > MAX_CODE_CHARS) return false;
  const lower = text.toLowerCase();
  if (STATEMENT_OPENINGS.some((w) => lower.startsWith(w))) return false;
  // `| (buf[3] & 0xFF)`: the rest of an expression the line before opened.
  if (CONTINUATION_OPENINGS.includes(text.charAt(0))) return false;
  if (hasBareAssignment(text)) return false;
  // A lone name or literal (`x`, `42`) asks what the reader cannot see.
  for (const ch of text) if (OPERATOR_CHARS.includes(ch)) return true;
  return lower.startsWith('typeof ') || lower.startsWith('not ');
}

/** Characters a line opens on when it goes on with the line before (not unary `+ - ! ~`). */
const CONTINUATION_OPENINGS = '|&.,)*/%?:<>=]}';

/** Characters that make a line more than a lone name: a call, an operator, an index. */
const OPERATOR_CHARS = '()[]+-*/%<>=!&|?^~.,';

/** True when `text` holds an `=` outside quotes and brackets that is no comparison or arrow. */
function hasBareAssignment(text: string): boolean {
  let depth = 0;
  const at = firstOutsideQuotes(text, (ch, i) => {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '=' && depth === 0) {
      const before = text.charAt(i - 1);
      const after = text.charAt(i + 1);
      return !(after === '=' || after === '>' || '=!<>'.includes(before));
    }
    return false;
  });
  return at >= 0;
}

function withoutClosingSemicolon(code: string): string {
  const text = code.trim();
  return text.endsWith(';') ? text.slice(0, -1).trimEnd() : text;
}
