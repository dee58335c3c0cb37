/**
 * How well a heading names a concept. Headings are compared by {@link matchKey}, with their
 * numbering (`1. `) dropped, a parenthesis read both ways (`BFF（Backend for Frontend）` names
 * `BFF` and `Backend for Frontend`) and a kind word allowed after the name (`SAGAパターン`,
 * `オーケストレーション型`, `ブローカーレスメッセージング`). Pure; every scan is linear, and the
 * names of a heading are worked out once per heading text.
 */
import { matchKey } from '../text/normalize.ts';

/** Words that may follow a concept's name in its heading (`SAGAパターン`, `Saga pattern`). */
export const KIND_WORDS = [
  'パターン',
  '型',
  'pattern',
  'メッセージング',
  'messaging',
  'アーキテクチャ',
  'architecture',
  'とは',
  '方式',
  'モデル',
  'model',
  'problem',
] as const;

const KIND_SUFFIXES = KIND_WORDS.map(matchKey);

/** Words that set two things against each other in a heading (`A vs B`, `A 対 B`), between spaces. */
const VERSUS_WORDS = new Set(['vs', 'vs.', 'versus', '対']);

/** A named form of heading numbering, with an example; `length` is how much of the heading it takes. */
interface NumberingRule {
  name: string;
  example: string;
  length: (text: string) => number;
}

/** Numbering in front of a heading, dropped before the heading is compared with names. */
export const NUMBERING_RULES: readonly NumberingRule[] = [
  { name: 'dotted number', example: '1.2. サーガ', length: dottedNumber },
  {
    name: 'number in parentheses',
    example: '(2) サーガ',
    length: (t) => enclosedNumber(t, '(', ')'),
  },
  {
    name: 'number in full-width parentheses',
    example: '（2） サーガ',
    length: (t) => enclosedNumber(t, '（', '）'),
  },
  { name: 'chapter or section', example: '第3章 データ管理', length: chapterNumber },
];

const MEMO_LIMIT = 20_000;

function memo<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = compute(text);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** The heading without its numbering (`1. `, `(2)`, `第3章`). */
export function bareHeading(heading: string): string {
  const text = heading.trimStart();
  for (const rule of NUMBERING_RULES) {
    const n = rule.length(text);
    if (n > 0 && n < text.length && /\s/.test(text[n] ?? '')) return text.slice(n).trim();
  }
  return heading.trim();
}

function digitsAt(text: string, from: number): number {
  let n = from;
  while (n < text.length && (text[n] ?? '') >= '0' && (text[n] ?? '') <= '9') n++;
  return n - from;
}

function dottedNumber(text: string): number {
  let n = digitsAt(text, 0);
  if (n === 0) return 0;
  for (;;) {
    if (text[n] !== '.') break;
    const more = digitsAt(text, n + 1);
    if (more === 0) break;
    n += 1 + more;
  }
  if (text[n] === '.' || text[n] === ')' || text[n] === '．') n++;
  return n;
}

function enclosedNumber(text: string, open: string, close: string): number {
  if (text[0] !== open) return 0;
  const n = digitsAt(text, 1);
  return n > 0 && text[1 + n] === close ? n + 2 : 0;
}

function chapterNumber(text: string): number {
  if (text[0] !== '第') return 0;
  const n = digitsAt(text, 1);
  return n > 0 && (text[1 + n] === '章' || text[1 + n] === '節') ? n + 2 : 0;
}

/**
 * A heading whose comparison is its subtitle: what it is about, then the sides (`Stress
 * concentration (Kt vs Kf)`, `Diversification: systematic vs idiosyncratic risk`, `Policy types —
 * identity-based vs resource-based`). The subject comes first; the comparison follows a colon, a
 * dash between spaces, or stands in the closing parenthesis. Named, with an example each.
 */
interface SubtitleRule {
  name: string;
  example: string;
  split: (bare: string) => { head: string; tail: string } | null;
}

export const SUBTITLE_RULES: readonly SubtitleRule[] = [
  {
    name: 'colon-subtitle',
    example: 'Diversification: systematic vs idiosyncratic risk',
    split: (bare) => splitAt(bare, [': ', '：']),
  },
  {
    name: 'dash-subtitle',
    example: 'Policy types — identity-based vs resource-based',
    split: (bare) => splitAt(bare, [' — ', ' – ']),
  },
  {
    name: 'parenthesis-subtitle',
    example: 'Stress concentration (Kt vs Kf)',
    split: closingParenthesis,
  },
];

/**
 * The text before the parenthesis that closes it and what that parenthesis holds, read from the
 * end (`Spark ignition (SI) vs compression ignition (CI)` closes on `(CI)`, whose `CI` compares
 * nothing), or null when the text does not end on one.
 */
function closingParenthesis(text: string): { head: string; tail: string } | null {
  const trimmed = text.trimEnd();
  const last = trimmed.at(-1);
  if (last !== ')' && last !== '）') return null;
  let depth = 0;
  for (let i = trimmed.length - 1; i > 0; i--) {
    const ch = trimmed[i];
    if (ch === ')' || ch === '）') depth++;
    else if ((ch === '(' || ch === '（') && --depth === 0)
      return { head: trimmed.slice(0, i).trim(), tail: trimmed.slice(i + 1, -1).trim() };
  }
  return null;
}

function splitAt(text: string, marks: readonly string[]): { head: string; tail: string } | null {
  let at = -1;
  let mark = '';
  for (const m of marks) {
    const i = text.indexOf(m);
    if (i > 0 && (at < 0 || i < at)) {
      at = i;
      mark = m;
    }
  }
  if (at < 0) return null;
  return { head: text.slice(0, at).trim(), tail: text.slice(at + mark.length).trim() };
}

function hasVersusWord(text: string): boolean {
  return text.split(/\s+/).some((w) => VERSUS_WORDS.has(w.toLowerCase()));
}

/**
 * The subject of a heading whose comparison is its subtitle ({@link SUBTITLE_RULES}): `Stress
 * concentration` of `5. Stress concentration (Kt vs Kf)`; null for a plain comparison (`OT vs
 * CRDT`, `Spark ignition (SI) vs compression ignition (CI)`) and for a heading with no `vs`.
 */
export const comparisonHead = memo((text: string): string | null => subtitled(text)?.head ?? null);

const subtitled = memo((text: string): { head: string; tail: string } | null => {
  const bare = bareHeading(text);
  for (const rule of SUBTITLE_RULES) {
    const found = rule.split(bare);
    if (found?.head && hasVersusWord(found.tail) && !hasVersusWord(found.head)) return found;
  }
  return null;
});

/**
 * The parts of an `A vs B` heading or name, or null when it is not a comparison. A subtitle's
 * sides only (`Kt`, `Kf` of `Stress concentration (Kt vs Kf)`: {@link comparisonHead}).
 */
export const comparisonParts = memo((text: string): string[] | null => {
  const words = (subtitled(text)?.tail ?? bareHeading(text)).split(/\s+/);
  const parts: string[] = [];
  let current: string[] = [];
  for (const word of words) {
    if (VERSUS_WORDS.has(word.toLowerCase()) && current.length > 0) {
      parts.push(current.join(' '));
      current = [];
    } else if (word !== '') current.push(word);
  }
  if (current.length > 0) parts.push(current.join(' '));
  return parts.length >= 2 ? parts : null;
});

/** Words a parenthesis opens on when it adds another thing (`（＋土器）`, `(and PGPR)`). */
const ADDITION_OPENINGS: readonly string[] = [
  '+',
  '＋',
  '&',
  '＆',
  'and ',
  'plus ',
  'および',
  '及び',
];

/** True when a heading's parenthesis adds a thing to it rather than naming it again. */
function opensOnAddition(inside: string): boolean {
  const lower = inside.trimStart().toLowerCase();
  return ADDITION_OPENINGS.some((w) => lower.startsWith(w));
}

/**
 * The names a heading (or a heading part) goes by: itself, and both sides of a parenthesis, save
 * one that adds another thing (`addition-aside`).
 */
export const headingNames = memo((heading: string): string[] => {
  const bare = bareHeading(heading);
  const names = [bare];
  // A bare number in front may be the name's own (`401 Unauthorized`, an HTTP status):
  // the heading is read with it as well as without it.
  const whole = heading.trim();
  if (bare !== whole && /^\d+\s/.test(whole)) names.push(whole);
  const paren = parenthesised(bare);
  if (paren) {
    names.push(paren.before);
    // `addition-aside`: `（＋土器）`, `(and PGPR)` add another thing to the heading, no other name
    // of it (reading 76 asked 土器's definition with 陶器・炻器・磁器 as its key).
    if (!opensOnAddition(paren.inside))
      names.push(
        ...paren.inside
          .split(/[/／]/)
          .map((p) => p.trim())
          .filter(Boolean),
      );
  }
  for (const name of [...names]) {
    const cut = withoutKindWord(name);
    if (cut) names.push(cut);
  }
  return [...new Set(names)];
});

const ARTICLES = new Set(['the', 'a', 'an']);

/** The heading with its English articles after the first word dropped (one split: linear). */
function withoutArticles(heading: string): string {
  const words = heading.split(' ');
  const kept = words.filter((w, i) => i === 0 || !ARTICLES.has(w.toLowerCase()));
  return kept.length === words.length ? heading : kept.join(' ');
}

/**
 * `BFF（Backend for Frontend）` → before `BFF`, inside `Backend for Frontend`: the parenthesis that
 * ends the text, from the opening one that matches it, where no other parenthesis comes before it
 * (`closing-pair`). `Number() と parseInt()` ends on the call marks of `parseInt`, which hold
 * nothing, and `書き込み増幅（WAF）とオーバープロビジョニング（OP）` names two things, each with its
 * own aside: neither gives another name (reading 81 read the first as `Number` aside `) と
 * parseInt(`, and dropped `Number は` from its statements as the concept's name).
 */
function parenthesised(text: string): { before: string; inside: string } | null {
  const found = closingParenthesis(text);
  if (!found) return null;
  const { head: before, tail: inside } = found;
  if (!before || !inside || OPENING_PARENTHESES.some((p) => before.includes(p))) return null;
  return { before, inside };
}

/** Parentheses that open an aside, in either width. */
const OPENING_PARENTHESES = ['(', '（'];

/** `SAGAパターン` → `SAGA`, `Saga pattern` → `Saga`; null when the name ends in no kind word. */
function withoutKindWord(name: string): string | null {
  const key = matchKey(name);
  if (!KIND_SUFFIXES.some((s) => key.endsWith(s) && key.length > s.length)) return null;
  const text = name.trim();
  for (const word of KIND_WORDS) {
    if (text.slice(-word.length).toLowerCase() !== word.toLowerCase()) continue;
    const cut = text.slice(0, text.length - word.length).trimEnd();
    if (cut) return cut;
  }
  return null;
}

/**
 * Score of `heading` as the section of a concept known by `names`: 100 exact, 90 the name plus a
 * kind word, 60 the name at the start or end, 50 the name inside; 0 otherwise. Comparison
 * headings (`A vs B`) score only for comparison names whose every part matches.
 */
export function headingScore(heading: string, names: readonly string[]): number {
  const headingParts = comparisonParts(heading);
  const nameParts = names.map(comparisonParts);
  if (headingParts) {
    // `subtitle-head`: the subject before a subtitle comparison names its concept as a heading does.
    const head = comparisonHead(heading);
    let best = head
      ? plainScore(
          head,
          names.filter((_, i) => !nameParts[i]),
        )
      : 0;
    for (const parts of nameParts) {
      if (!parts || parts.length !== headingParts.length) continue;
      const all = parts.every((p) => headingParts.some((h) => plainScore(h, [p]) >= 90));
      const some = parts.some((p) => headingParts.some((h) => plainScore(h, [p]) >= 90));
      best = Math.max(best, all ? 100 : some ? 60 : 0);
    }
    return best;
  }
  return plainScore(
    heading,
    names.filter((_, i) => !nameParts[i]),
  );
}

/** True when `heading` is an `A vs B` heading and one side names the concept. */
export function comparisonMentions(heading: string, names: readonly string[]): boolean {
  const parts = comparisonParts(heading);
  return parts?.some((p) => plainScore(p, names) >= 90) ?? false;
}

/**
 * The match keys of a heading's names (see {@link headingNames}), and of its names read without
 * the English articles inside (`articles-inside`: `Resolvers and the N+1 problem` names
 * `Resolvers & N+1`, spelled `Resolvers and N+1`). Those are keys only, no names the concept is
 * listed by: `Durability on Kafka side` is nobody's wording.
 */
export const headingKeys = memo((heading: string): string[] => {
  const bare = bareHeading(heading);
  const plain = withoutArticles(bare);
  const names =
    plain === bare ? headingNames(heading) : [...headingNames(heading), ...headingNames(plain)];
  return [...new Set(names.map(matchKey))];
});

/** Score of a heading (not a comparison) for a concept's names; see {@link headingScore}. */
export function plainScore(heading: string, names: readonly string[]): number {
  let best = 0;
  const variants = headingKeys(heading);
  for (const name of names) {
    const key = matchKey(name);
    if (!key) continue;
    for (const v of variants) {
      if (v === key) best = Math.max(best, 100);
      else if (KIND_SUFFIXES.some((s) => v === key + s)) best = Math.max(best, 90);
      else if (key.length >= 2 && (v.startsWith(key) || v.endsWith(key))) best = Math.max(best, 60);
      else if (key.length >= 2 && v.includes(key)) best = Math.max(best, 50);
    }
  }
  return best;
}
