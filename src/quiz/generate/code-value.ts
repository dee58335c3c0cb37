/**
 * *What does this code give?* — a line of the notes' code whose comment says its value and why
 * (`parseInt("0x1A") // 26 （基数省略時は 0x だけ16進扱い）`), asked of the concept whose section
 * holds it. Its wrong options are the input misread (`0`, the digits the string opens on; `NaN`)
 * and the values of the block's lines given the same string (`Number("1e3") // 1000` beside
 * `parseInt("1e3", 10)`); the comment's reason is the why, and each wrong option says how it
 * comes about. The player answers by knowing the subject, not by recognising a sentence: reading
 * 81's reader of JavaScript notes asked for such questions, and reading 82's re-readings shaped
 * which lines and options are offered (docs/readings/2026-12-07). Pure.
 */
import type { CodeValue } from '../notes/code-values.ts';
import { contextRule } from '../text/context-words.ts';
import { matchKey } from '../text/normalize.ts';
import type { Misreading } from '../wording.ts';
import { type Chosen, chooseOptions } from './choose-options.ts';
import type { GenerationContext, Subject } from './context.ts';
import type { Draft, DraftChoice } from './draft.ts';

/** Values that make a yes/no question of the line: a coin toss, not asked. */
const TRUTH_VALUES: ReadonlySet<string> = new Set(['true', 'false', 'True', 'False']);
/** An aside shorter than this (characters) is a label (`例外その1`), no reason. */
const MIN_ASIDE_CHARS = 6;
/**
 * `one-family`: the wrong options are values of the key's family (numbers and `NaN` beside a
 * number; strings beside a string; lists beside a list; `null` beside `undefined`): a list among
 * numbers is ruled out at sight.
 */
const FAMILIES: Readonly<Record<string, string>> = {
  number: 'number',
  'special-number': 'number',
  string: 'string',
  collection: 'collection',
  keyword: 'nothing',
  error: 'nothing',
};

const JS_INFOS = new Set(['js', 'javascript', 'ts', 'typescript', 'jsx', 'tsx', 'mjs', 'node']);

/** True when `v`'s block is JavaScript, by its info string or the key's own spelling. */
function isJavaScript(v: CodeValue): boolean {
  return JS_INFOS.has(v.info) || v.value === 'undefined';
}

/** How many other lines' values are tried as wrong options. */
const CANDIDATES = 6;

/** The code-value questions of the lines under the subject's section. */
export function codeValueDrafts(ctx: GenerationContext, subject: Subject): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  const heading = subject.concept.section;
  const all = ctx.doc.codeValues ?? [];
  if (subject.topic || heading === null || all.length === 0) return out;
  const under = all.filter((v) => v.headings.includes(heading));
  for (const v of under) {
    if (TRUTH_VALUES.has(v.value)) continue;
    // `explained-lines-only`: a line whose comment gives no reason is no question that teaches
    // (reading 82 flagged four of five such keys for an explanation with no reason).
    const reason = reasonOf(ctx, v);
    if (reason === null) {
      out.rejected.push(`code-value: 「${v.code}」 has no reason beside its value`);
      continue;
    }
    const candidates = wrongValues(v, under);
    if (candidates.length < 2) {
      out.rejected.push(`code-value: 「${v.code}」 has fewer than two other values beside it`);
      continue;
    }
    const key: DraftChoice = {
      text: v.value,
      correct: true,
      truth: true,
      why: null,
      keys: [`C:${v.line}`],
    };
    const choices = candidates.map(
      (c): DraftChoice => ({
        text: c.value,
        correct: false,
        truth: false,
        why:
          c.code !== null
            ? ctx.wording.resultOf(c.code)
            : c.why
              ? ctx.wording.misreading(c.why.why, c.why.detail)
              : null,
        keys: c.line === null ? [`C:${v.line}:${c.value}`] : [`C:${c.line}`],
      }),
    );
    const found = chooseOptions(
      key,
      choices,
      maker(ctx, subject, v, reason),
      { names: subject.names },
      {
        variants: 2,
        most: 3,
      },
    );
    out.drafts.push(...found.drafts);
    out.rejected.push(...found.rejected.map((r) => `code-value: ${r}`));
  }
  return out;
}

/** A wrong value, and the line of the block that gives it (null for a misreading). */
interface WrongValue {
  value: string;
  code: string | null;
  line: number | null;
  /** What misreading gives it, where no line of the block does. */
  why?: Misread;
}

/**
 * The wrong options of `v`, each once and none the key: first its misreadings
 * ({@link misreadings}), then the values the block's other lines give on the same input
 * (`Number("1e3") // 1000` beside `parseInt("1e3", 10) // 1`), nearest first.
 */
function wrongValues(v: CodeValue, under: readonly CodeValue[]): WrongValue[] {
  const seen = new Set([matchKey(v.value)]);
  const out: WrongValue[] = [];
  const add = (w: WrongValue): void => {
    const key = matchKey(w.value);
    if (w.value === '' || seen.has(key) || out.length >= CANDIDATES) return;
    seen.add(key);
    out.push(w);
  };
  for (const m of misreadings(v)) add({ value: m.value, code: null, line: null, why: m });
  const inputs = new Set(stringLiterals(v.code));
  const family = FAMILIES[v.rule];
  // `same-input`: only a line given one of the same strings is kin (`Number("1e3")` beside
  // `parseInt("1e3", 10)`); a line calling the same function on another input gives a value
  // with no path from this one (`1000` beside `Number("")`, reading 82). The nearest first.
  const kin = under
    .filter(
      (o) =>
        o !== v &&
        !TRUTH_VALUES.has(o.value) &&
        FAMILIES[o.rule] === family &&
        stringLiterals(o.code).some((t) => inputs.has(t)),
    )
    .sort((a, b) => Math.abs(a.line - v.line) - Math.abs(b.line - v.line));
  for (const o of kin) add({ value: o.value, code: o.code, line: o.line });
  return out;
}

/** A misreading of a line: its value and which {@link Misreading} gives it, with its detail. */
interface Misread {
  value: string;
  why: Misreading;
  detail: string;
}

/**
 * `misreading`: values a player gets by reading the line's input at face value — the digits a
 * string opens on (`+"42px"`: `42`; `parseInt("0x1A")`: `0`), the operand of `typeof` as its own
 * name (`typeof null`: `"null"`, and `"undefined"` beside it), a string of digits as the number (`"12"`: `12`), `NaN` beside a
 * JavaScript number. Readers of reading 82 named such wrong answers (`0` and `NaN` for
 * `parseInt("0x1A")`, `"null"` for `typeof null`) and signed the question that offered them;
 * they found the numbers of the line itself (`1` for `1 / -0`) and the other ways of giving
 * nothing (`null`, `undefined` for `1n + 1`) implausible, so neither is offered.
 */
function misreadings(v: CodeValue): Misread[] {
  const family = FAMILIES[v.rule];
  if (family === 'number') {
    const out = leadingDigitsOfStrings(v.code);
    if (isJavaScript(v)) out.push({ value: 'NaN', why: 'nan', detail: '' });
    return out;
  }
  if (family === 'string') {
    const out: Misread[] = [];
    const operand = typeofOperand(v.code);
    if (operand !== null) {
      out.push({ value: `"${operand}"`, why: 'operand', detail: operand });
      out.push({ value: '"undefined"', why: 'typeof-undefined', detail: '' });
    }
    const inner = v.value.slice(1, -1);
    if (inner !== '' && [...inner].every((ch) => ch >= '0' && ch <= '9'))
      out.push({ value: inner, why: 'unquoted', detail: inner });
    return out;
  }
  return [];
}

/** Words `typeof` is asked of whose own name is a misreading of its type (`typeof null`: `"null"`). */
const TYPEOF_MISREAD = new Set(['null', 'undefined', 'NaN', 'None']);

/** The digits each string literal of a line opens on (`"0x1A"`: `0`), as read at face value. */
function leadingDigitsOfStrings(code: string): Misread[] {
  const out: Misread[] = [];
  for (const literal of stringLiterals(code)) {
    const digits = leadingDigits(literal.slice(1, -1).trimStart());
    if (digits !== '') out.push({ value: String(Number(digits)), why: 'digits', detail: literal });
  }
  return out;
}

/** The string literals of a line (`"1e3"` of `parseInt("1e3", 10)`), quotes and all, in order. */
function stringLiterals(code: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < code.length) {
    const ch = code.charAt(i);
    if (ch !== '"' && ch !== "'") {
      i++;
      continue;
    }
    const close = code.indexOf(ch, i + 1);
    if (close < 0) break;
    out.push(code.slice(i, close + 1));
    i = close + 1;
  }
  return out;
}

/** The run of digits (and one point) `text` opens on, or ''. */
function leadingDigits(text: string): string {
  let end = 0;
  let point = false;
  while (end < text.length) {
    const ch = text.charAt(end);
    if (ch >= '0' && ch <= '9') end++;
    else if (ch === '.' && !point && end > 0) {
      point = true;
      end++;
    } else break;
  }
  return text.slice(0, end).replace(/\.$/, '');
}

/** `null` of `typeof null`: a plain word after `typeof`, else null. */
function typeofOperand(code: string): string | null {
  const text = code.trim();
  if (!text.startsWith('typeof ')) return null;
  const operand = text.slice('typeof '.length).trim();
  return TYPEOF_MISREAD.has(operand) ? operand : null;
}

/** The reason a line's comment gives beside its value (its aside), or null. */
function reasonOf(ctx: GenerationContext, v: CodeValue): string | null {
  return v.aside !== null &&
    [...v.aside].length >= MIN_ASIDE_CHARS &&
    contextRule(v.aside, ctx.doc.language) === null
    ? v.aside
    : null;
}

function maker(
  ctx: GenerationContext,
  subject: Subject,
  v: CodeValue,
  reason: string,
): (choices: DraftChoice[]) => Draft {
  const prompt = ctx.wording.codeResult(v.setup.length > 0 ? v.written : v.code, v.setup);
  const section = subject.concept.section;
  return (choices) => ({
    template: 'code-value',
    conceptId: subject.concept.id,
    conceptName: subject.concept.name,
    kind: 'code-value',
    asksFor: 'correct',
    optionKind: 'value',
    prompt,
    choices,
    section,
    language: ctx.doc.language,
    why: reason,
    notes: [],
    source: { file: ctx.doc.file, line: v.line, section },
    asks: [`C:${v.line}`],
    quality: 1.1,
  });
}
