/**
 * Absolute words: the qualifiers a test-wise player reads as "this one is false" (のみ, 必ず,
 * only, always…). Pure; one pass per word over the text.
 */
import type { QuestionKind } from '../types.ts';
import { latinWords } from './text-measures.ts';

/** Japanese absolute words, found anywhere in the text (Japanese has no spaces). */
export const JAPANESE_ABSOLUTES: readonly string[] = [
  'のみ',
  'だけ',
  '専用',
  '必ず',
  '常に',
  '全て',
  'すべて',
  // `全パケットが5つのチェインを順番に全部通る` (h40): the one sweeping claim of its set.
  '全部',
  '全員',
  // Reading 32: `自動的に` as English `automatically`; `どれでも`, `どこでも` as `any`.
  '自動的に',
  'どれでも',
  'どこでも',
  '一切',
  '絶対',
  '完全に',
  'いつでも',
  'どんな',
  '決して',
  // Reading 37: `油と一緒でないとまったく吸収されない`, the one sweeping claim of its set.
  'まったく',
  '全く',
  // Readers of readings 45–50 named these in keys that alone said them (`DIにはDIコンテナが必須`,
  // `最初からあらゆる箇所を抽象化する`, `温度を上げれば時間はいくらでも短くできる`, `唯一の正解`).
  '必須',
  'あらゆる',
  'いくらでも',
  '唯一',
  // Reading 60 named `ステロイドを投与すれば確実に予防できる` and `…確実に上がる`, each the one sweeping
  // claim of its set; `何でも` (`root は何でも実行できる`) and `一生` (`一生体内に残り`) say "any" and
  // "always" as `どれでも` and `いつでも` do. Over the 270 read notes, 12 misconceptions and 4
  // true statements say `何でも`.
  '確実に',
  '何でも',
  '一生',
  // Reading 86 named `eGFRが少しでも下がったら中止` and `Hbは正常値まで上げるほど良い`, each the
  // one sweeping claim of its set: "at all", "the more the better" (and `誰が…ても`, "whoever":
  // {@link saysNoMatterWhat}). Not `誰でも`: over the 492 read notes two of its three options were
  // true (`全取引が誰でも見られる`, `Origin: null は誰でも作れる`).
  '少しでも',
  'ほど良い',
  'ほどよい',
];

/** Phrases that contain a Japanese absolute word but are not absolute (`できるだけ` = "as … as possible"). */
const JAPANESE_NOT_ABSOLUTE: readonly string[] = ['できるだけ', 'なるべく'];

/**
 * `しか…ない` says "only" as `のみ` does (`秘密鍵でしか復号できない`); not the `しか` of `しかし`
 * (but), `しかも` (moreover) or `しかる` (ought to).
 */
export function saysOnlyWithShika(plain: string): boolean {
  for (let at = plain.indexOf('しか'); at >= 0; at = plain.indexOf('しか', at + 2)) {
    const next = plain[at + 2] ?? '';
    if (next !== 'し' && next !== 'も' && next !== 'る' && plain.includes('な', at + 2))
      return true;
  }
  return false;
}

/** A "no matter who / what / how much" of Japanese: a question word and a `ても` after it. */
interface NoMatterRule {
  name: string;
  example: string;
  opener: string;
  endings: readonly string[];
  /** How {@link absoluteWords} names what it found. */
  label: string;
}

/**
 * Japanese "no matter …" clauses that make a claim sweeping ({@link saysNoMatterWhat}); not the
 * question word alone (`誰ができるか：各自`, `何を測るか`).
 */
export const NO_MATTER_RULES: readonly NoMatterRule[] = [
  // Reading 86: the one sweeping claim of its set.
  {
    name: 'whoever',
    example: '誰が相続しても80%減',
    opener: '誰が',
    endings: ['ても', 'でも'],
    label: '誰が…ても',
  },
  // Over the 492 read notes, all four options on `何を…ても` were misconceptions
  // (`async def の中なら何を呼んでも自動でノンブロッキングになる`).
  {
    name: 'whatever',
    example: 'OSSは著作権が放棄されているので何をしてもよい',
    opener: '何を',
    endings: ['ても', 'でも'],
    label: '何を…ても',
  },
  // Reading 88: `無害なのでいくら溜まってもよい`, the one sweeping claim of its set. Only "however
  // much, it is fine": `いくら調べても原因は見つからない` is true (a steal of the 492 read notes).
  {
    name: 'however-much-is-fine',
    example: '無害なのでいくら溜まってもよい',
    opener: 'いくら',
    endings: ['てもよい', 'ても良い', 'てもいい', 'ても大丈夫', 'ても問題ない', 'でもよい'],
    label: 'いくら…てもよい',
  },
];

/**
 * The labels of the "no matter who / what / how much" clauses of the text ({@link
 * NO_MATTER_RULES}). Two scans per rule and ending, linear in the text.
 */
function noMatterWords(plain: string): string[] {
  return NO_MATTER_RULES.filter((rule) => {
    const at = plain.indexOf(rule.opener);
    return at >= 0 && rule.endings.some((e) => plain.includes(e, at + rule.opener.length));
  }).map((rule) => rule.label);
}

/** True when the text says "no matter who / what / how much" ({@link NO_MATTER_RULES}). */
export function saysNoMatterWhat(plain: string): boolean {
  return noMatterWords(plain).length > 0;
}

/**
 * True when the text (NFKC) holds a Japanese absolute word ({@link JAPANESE_ABSOLUTES}, outside a
 * phrase that only looks absolute: `できるだけ`) or says "only" with `しか…ない`. The one Japanese
 * reading of absolute words: the review's rule and the option search's cues (text/cues.ts) ask it.
 */
export function hasJapaneseAbsolute(plain: string): boolean {
  const ja = withoutLookalikes(plain);
  return (
    JAPANESE_ABSOLUTES.some((w) => ja.includes(w)) || saysOnlyWithShika(ja) || saysNoMatterWhat(ja)
  );
}

/** The text with each {@link JAPANESE_NOT_ABSOLUTE} phrase blanked out (`できるだけ` holds `だけ`). */
function withoutLookalikes(text: string): string {
  let ja = text;
  for (const phrase of JAPANESE_NOT_ABSOLUTE)
    if (ja.includes(phrase)) ja = ja.split(phrase).join('　');
  return ja;
}

/**
 * English absolute words, matched as whole words. Not `cannot` (a plain negation: "when a pod
 * cannot be placed") nor `guaranteed` (also a name: the Kubernetes QoS class).
 */
export const ENGLISH_ABSOLUTES: ReadonlySet<string> = new Set([
  'only',
  'always',
  'never',
  'every',
  'everything',
  'everywhere',
  'all',
  'must',
  'none',
  'impossible',
  'guarantee',
  'guarantees',
  'entirely',
  'completely',
  // Reading 11: `JWTs are inherently more secure`, `Asking for fewer fields automatically reduces
  // database work` were the one sweeping claim of their sets.
  'inherently',
  'automatically',
  // `Heat is trapped permanently` (reading 32).
  'permanently',
  // `ET is "perfectly in tune"`, `A well-tuned piano has perfectly 2:1 octaves`: over the 270 read
  // notes, 5 misconceptions say `perfectly` and no true statement. Not `forever`, which 6 true
  // statements say beside 8 misconceptions (`A goroutine blocked forever is never collected`).
  'perfectly',
]);

/**
 * `strong-absolutes`: the absolute words a player reads as the mark of a false statement even where
 * milder ones stand in the other options — `Huffman always reaches the entropy` beside `Hardware
 * keeps all cores' caches coherent`, `絶対にヒープを読まない` beside `一意性はキー列だけで判定`: readers
 * of unseen notes' banks picked the `always` / `絶対` option and did not see `all` / `だけ`.
 */
export const STRONG_ABSOLUTES: ReadonlySet<string> = new Set([
  '必ず',
  '常に',
  '絶対',
  '決して',
  '一切',
  '完全に',
  'いつでも',
  'どんな',
  'まったく',
  '全く',
  'always',
  'never',
  'impossible',
  'guarantee',
  'guarantees',
  'entirely',
  'completely',
  '確実に',
  'perfectly',
]);

/** How far after `どの` a `でも` still closes it (`どのビット幅でも`: one noun between). */
const DONO_REACH = 10;

/**
 * `dono-demo`: `どの…でも` (`どのビット幅でも精度は落ちない`) is `any` said another way: the one
 * sweeping claim of a set (reading 32). Each `どの` looks a few characters ahead only.
 */
function saysAnyWithDono(text: string): boolean {
  return closedInClause(text, 'どの', 'でも', DONO_REACH) || saysEveryWithDonoMo(text);
}

/** How far after `どの` a `も` still closes it (`どの型の赤血球も`: a noun and its modifier). */
const DONO_MO_REACH = 6;
/** What `どの` opens when it asks how, not which (`どのくらい速くても`): no `any`. */
const DONO_HOW = ['ように', 'ような', 'くらい', 'ぐらい', '程度', 'へん', 'あたり', '辺り'];
/** Particles between `どの` and `も` that make `どの` a question's (`どの列がいいかも`), not `every`. */
const DONO_QUESTION_MARKS = ['、', 'が', 'を', 'は', 'か'];

/**
 * `dono-mo`: `どの…も` (`どの茶も沸騰直後のお湯が一番`) is `every` said another way: the one sweeping
 * claim of its set (reading 52's reader named it). Only a noun between (no particle of a clause, a
 * question's `か`, or the `how` of `どのくらい`); each `どの` looks {@link DONO_MO_REACH} characters
 * ahead only.
 */
function saysEveryWithDonoMo(text: string): boolean {
  for (let at = text.indexOf('どの'); at >= 0; at = text.indexOf('どの', at + 2)) {
    const start = at + 2;
    if (DONO_HOW.some((w) => text.startsWith(w, start))) continue;
    const window = text.slice(start, start + DONO_MO_REACH);
    const close = window.indexOf('も');
    if (close <= 0) continue;
    const between = window.slice(0, close);
    if (!DONO_QUESTION_MARKS.some((m) => between.includes(m))) return true;
  }
  return false;
}

/**
 * True when `opener` is followed within `reach` characters by `closer`, with no `、` between (one
 * clause), at some place `skip` does not pass over. Each opener looks a few characters ahead only.
 */
function closedInClause(
  text: string,
  opener: string,
  closer: string,
  reach: number,
  skip: (at: number) => boolean = () => false,
): boolean {
  for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + opener.length)) {
    if (skip(at)) continue;
    const start = at + opener.length;
    const window = text.slice(start, start + reach);
    const close = window.indexOf(closer);
    if (close >= 0 && !window.slice(0, close).includes('、')) return true;
  }
  return false;
}

/**
 * `sweeping-claims`: words that make a statement a sweeping claim without an absolute word — `is
 * just there for sweetness`, `学会発表を先にしても安全`, `One high fasting value is enough` — which
 * readers (readings 34–35) picked as the one false statement at sight, as they do `always`. Read
 * as strong absolutes where a set balances its absolute words otherwise (choose-options.ts), not
 * by the review's absolute-word rule: `Safe to retry` is a plain fact beside no other claim.
 */
const SWEEPING_EN: ReadonlySet<string> = new Set(['just', 'safe', 'safely', 'enough', 'whatever']);
const SWEEPING_JA = [
  '安全',
  '十分',
  '大丈夫',
  '問題ない',
  // `長時間冷やし続けるほどよい`, `石灰はたくさん入れるほど良い` (reading 59): "the more the better".
  // Over the 270 read notes, 11 misconceptions say it, and the 2 true statements that do deny it
  // (`「高いほど良い」わけではない`).
  'ほど良い',
  'ほどよい',
];

/** How far after `さえ` a `ば` still closes the same clause (`さえしていれば`). */
const SAE_REACH = 8;

/**
 * `sae-ba`: `XさえYば` — "as long as X, …" (`垂直同期さえしていればティアリングは起きない`, reading
 * 37): one condition said to be enough, a sweeping claim as `enough` is. `でさえ` ("even") is not.
 */
function saysAsLongAs(text: string): boolean {
  return closedInClause(text, 'さえ', 'ば', SAE_REACH, (at) => text.charAt(at - 1) === 'で');
}

/** True when the text makes a sweeping claim by a word of {@link SWEEPING_EN} / {@link SWEEPING_JA}. */
export function makesSweepingClaim(text: string): boolean {
  if (SWEEPING_JA.some((w) => text.includes(w)) || saysAsLongAs(text)) return true;
  for (const word of latinWords(text)) if (SWEEPING_EN.has(word)) return true;
  return false;
}

/** True when one of the absolute words found ({@link absoluteWords}) is a strong one. */
export function hasStrongAbsolute(found: readonly string[]): boolean {
  return found.some((w) => STRONG_ABSOLUTES.has(w));
}

/**
 * The absolute words in a text, in order of the lists (each once).
 * `起動・停止・削除は個別操作のみ` → [`のみ`]; `Safe only for idempotent operations` → [`only`].
 */
export function absoluteWords(text: string): string[] {
  const ja = withoutLookalikes(text);
  const found = JAPANESE_ABSOLUTES.filter((word) => ja.includes(word));
  // `秘密鍵でしか復号できない`: しか…ない is のみ said another way.
  if (saysOnlyWithShika(ja.normalize('NFKC'))) found.push('しか');
  if (saysAnyWithDono(ja)) found.push('どの…でも');
  found.push(...noMatterWords(ja));
  const latin = latinWords(text);
  const words = new Set(latin);
  const names = valueNames(text);
  const often = words.has('every') && saysHowOften(latin);
  for (const word of ENGLISH_ABSOLUTES)
    if (
      words.has(word) &&
      !names.has(word) &&
      !(word === 'every' && often) &&
      !(word === 'only' && onlyInCompounds(text))
    )
      found.push(word);
  return found;
}

/**
 * `hyphenated-only`: `only` joined to the word before it names a property (`read-only`,
 * `append-only`, `Post-only orders are rejected…`), not the sweeping `only` that marks a false
 * statement: reading 45's `*Every limit order is a maker order` beside `Post-only orders are
 * rejected (or repriced) if they would take liquidity` was read as the one absolute claim of its
 * set, and the set had passed as balanced. True when every `only` of the text is so joined. A
 * plain scan, linear in the text.
 */
function onlyInCompounds(text: string): boolean {
  const lower = text.toLowerCase();
  let seen = false;
  for (let at = lower.indexOf('only'); at >= 0; at = lower.indexOf('only', at + 4)) {
    const before = lower[at - 1] ?? '';
    const after = lower[at + 4] ?? '';
    // Inside a longer word (`onlyX`, `commonly`): not the word `only`.
    if (/[a-z0-9]/.test(after) || /[a-z0-9]/.test(before)) continue;
    if (before !== '-' && before !== '‑') return false;
    seen = true;
  }
  return seen;
}

/** Units of time `every` counts in (`every month`, `every 15 seconds`), singular. */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'month',
  'quarter',
  'year',
  'decade',
  'cycle',
  'tick',
  'frame',
  'sprint',
]);

/**
 * `every-as-how-often`: `every` before a unit of time (`Prices are collected every month`, `every
 * 15 seconds`, `every other year`) says how often, not that something holds of all things: a
 * plain fact, no absolute word (reading 54 lost every "which is a misconception" question of the
 * CPI to it). True when each `every` of the text's words is such a one; `every time` stays
 * absolute.
 */
function saysHowOften(words: readonly string[]): boolean {
  let any = false;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'every') continue;
    let next = words[i + 1] ?? '';
    if (next === 'other' || next === 'few' || /^\d+$/.test(next)) next = words[i + 2] ?? '';
    const unit = next.endsWith('s') ? next.slice(0, -1) : next;
    if (!TIME_UNITS.has(unit)) return false;
    any = true;
  }
  return any;
}

/** A capitalised word inside a sentence, after its first word (`None` of `Strict / Lax / None`). */
const INNER_CAPITAL = /(?<=[^\s.:!?]\s+|[/,(]\s*)([A-Z][a-z]+)\b/gu;

/**
 * `value-name`: absolute words written as names inside an English text — `SameSite: Strict / Lax /
 * None, …` names the value None, and `All` in a heading's name is a title — say nothing absolute.
 * A sentence's first word (`None of the replicas…`, `Only regenerate on logout`) and a word after
 * a label's colon stay words. Lower case, as {@link latinWords} gives them.
 */
function valueNames(text: string): ReadonlySet<string> {
  if (!/[A-Z]/.test(text)) return new Set();
  const out = new Set<string>();
  for (const m of text.matchAll(INNER_CAPITAL)) out.add((m[1] as string).toLowerCase());
  // A word in lower case elsewhere in the text is that word too.
  for (const word of [...out]) if (new RegExp(`\\b${word}\\b`, 'u').test(text)) out.delete(word);
  return out;
}

/**
 * True when a question's options are names, and names are labels, not claims: `never` and `any`
 * (TypeScript types) among the options of *which concept does this describe?* say nothing
 * absolute, so the absolute-word rule does not read them.
 */
export function optionsAreLabels(kind: QuestionKind): boolean {
  return kind === 'which-concept';
}
