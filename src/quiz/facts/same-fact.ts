/**
 * One fact said twice: statements of a concept that test the same knowledge get the same keys,
 * so that the bank asks the fact once and no question offers it twice (as the key and as a
 * paraphrase beside it, or as a misconception beside its own correction). The rules, each named
 * with an example of the pair it ties. Pure; quadratic only in the facts of one concept.
 */
import { contentTokens } from '../review/text-measures.ts';
import { matchKey, nfkcLower } from '../text/normalize.ts';
import { contentRuns, contentWord, coverage, englishStem } from '../text/runs.ts';
import type { ConceptFacts } from './concept-facts.ts';
import type { Fact } from './fact.ts';

/** How much of one statement the other must hold to restate it. */
const RESTATES = 0.6;
/** How much of the summary's first clause the intro must hold. */
const HEAD_IN_INTRO = 0.75;
/** How much of a summary cell (by content runs) a first sentence must hold to restate it… */
const SUMMARY_IN_INTRO = 0.55;
/** …and of its character bigrams and words, so that two shared nouns (`署名`, `トークン`) are not enough. */
const SUMMARY_TOKENS_IN_INTRO = 0.4;
/** Where a concept's own first sentence comes from: its section, or its term in another one. */
const FIRST_SENTENCES: readonly Fact['source'][] = ['intro', 'definition'];

/** What a rule knows of the concept besides the two facts. */
export interface SameFactContext {
  /** The summary cell's match key. */
  summary: string;
  /** The summary cell as written (the correct understanding). */
  correct?: string;
  /** The names the concept goes by (their words tell nothing apart). */
  names?: readonly string[];
  /** Every wrong statement of the concept (what the rest of them say). */
  falses?: readonly Fact[];
  /** The phrases the summary cell emphasises (`**正常な動作**`): what the row is about. */
  keyPhrases?: readonly string[];
}

/** An emphasised phrase names a fact when it has this many words (`正常` `動作`, `fails` `fast`). */
const KEY_PHRASE_WORDS = 2;

/**
 * The summary cell's emphasised phrase that `text` says as well, or null. Said, not denied: `no
 * merge commit is made` does not say `merge commit`, nor `正常な動作ではない` `正常な動作`. A
 * phrase of one word (`密結合`, `browser`) is a topic many facts share, not the fact.
 */
function sharedKeyPhrase(text: string, ctx: SameFactContext): string | null {
  const plain = nfkcLower(text);
  for (const phrase of ctx.keyPhrases ?? []) {
    if (contentRuns(phrase).length < KEY_PHRASE_WORDS) continue;
    const key = phrase.normalize('NFKC').toLowerCase().trim();
    const at = key === '' ? -1 : plain.indexOf(key);
    if (at < 0) continue;
    const before = plain.slice(Math.max(0, at - DENIAL_REACH), at);
    const after = plain.slice(at + key.length, at + key.length + DENIAL_REACH);
    if (!DENIALS.some((d) => d.denies(before, after))) return phrase;
  }
  return null;
}

/** How far around a phrase a denial is looked for (characters). */
const DENIAL_REACH = 8;

/** Words that deny the phrase they stand by, one named rule each. */
const DENIALS: readonly {
  name: string;
  example: string;
  denies(before: string, after: string): boolean;
}[] = [
  {
    name: 'en-negator-before',
    example: 'no merge commit is made',
    denies: (before) => /\b(?:no|not|never|without)\s+$/.test(before),
  },
  {
    name: 'ja-negation-after',
    example: '正常な動作ではない',
    denies: (_, after) =>
      /^(?:で(?:は|も)?|じゃ|が|は|も)?(?:ない|なく|なし|ありません)/.test(after),
  },
];

/** A rule that ties two facts of one concept. */
interface SameFactRule {
  name: string;
  example: string;
  same(a: Fact, b: Fact, ctx: SameFactContext): boolean;
  /**
   * When set, only this one of the two takes the other's keys (the restatement takes the cell's):
   * the two still never meet in one question or the bank, but the cell does not inherit what is
   * tied to the restatement (a misconception corrected by the first sentence stays a distractor
   * of the cell, as before). Undefined: both take each other's keys.
   */
  receiver?(a: Fact, b: Fact): Fact | undefined;
}

/** The first clause of a statement (up to `;` `、` `,` `→`): the cell's head word or phrase. */
function firstClause(text: string): string {
  const plain = text.normalize('NFKC');
  let end = plain.length;
  for (const mark of [';', '、', ',', '→', '。', ':']) {
    const at = plain.indexOf(mark);
    if (at > 0 && at < end) end = at;
  }
  return plain.slice(0, end);
}

/**
 * The last two content runs of a noun-phrase definition (`…数えられない参照` → 数 参照): the word that
 * tells the concept apart and its head noun. Null when the text is not a phrase that ends on a
 * head noun of two characters or more, or has a clause break before it.
 */
function lastRuns(text: string): string | null {
  const plain = text.normalize('NFKC').toLowerCase().trim();
  const runs = contentRuns(plain);
  const head = runs[runs.length - 1];
  const before = runs[runs.length - 2];
  if (!head || !before || [...head.text].length < 2) return null;
  const body = plain.replace(/(?:です|である|だ)?[。.]?$/, '');
  if (!body.endsWith(head.text)) return null;
  const at = body.lastIndexOf(before.text, body.length - head.text.length - 1);
  if (at < 0 || /[、,;:。]/.test(body.slice(at))) return null;
  return `${before.text} ${head.text}`;
}

/** Two true statements that open on the same clause of this many words of content say one fact. */
const FIRST_CLAUSE_WORDS = 3;

/** The {@link firstClause} of a text, also cut before a parenthesis (`… in Eden (in TLABs)`). */
function openingClause(text: string): string {
  const head = firstClause(text);
  const paren = head.search(/[(（]/);
  return (paren > 0 ? head.slice(0, paren) : head).trim();
}

/** The share of `part`'s content tokens (character bigrams, katakana words, English words) that `whole` has. */
function tokensHeld(part: string, whole: string): number {
  const mine = contentTokens(part);
  if (mine.size === 0) return 0;
  const theirs = contentTokens(whole);
  let held = 0;
  for (const token of mine) if (theirs.has(token)) held++;
  return held / mine.size;
}

/**
 * The words of a statement that can tell one misconception from another: content runs (kanji,
 * katakana, Latin words by stem, `killed` ~ `kill`, `uses` ~ `using`), and the initials of a
 * CamelCase word (`PodDisruptionBudget` → `pdb`), without the words of the concept's names.
 */
function wordsOf(text: string, skip: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const run of contentRuns(text)) {
    const word = contentWord(run);
    if ([...word].length < 2 && !/\p{Script=Han}/u.test(word)) continue;
    if (!skip.has(word)) out.add(word);
  }
  for (const camel of text.normalize('NFKC').matchAll(CAMEL_WORD)) {
    const initials = camel[0].replace(/[^A-Z]/g, '').toLowerCase();
    if (initials.length >= 2 && !skip.has(initials)) out.add(initials);
  }
  return out;
}

/** A CamelCase word of two capitals or more (`PodDisruptionBudget`); one class per step, no backtracking. */
const CAMEL_WORD = /[A-Z][a-z]+(?:[A-Z][a-z]+)+/g;

/** The words of the concept's names. */
function nameWords(ctx: SameFactContext): Set<string> {
  const out = new Set<string>();
  for (const name of ctx.names ?? [])
    for (const w of wordsOf(name)) {
      out.add(w);
      // `async/await` is `async` and `await` too.
      for (const part of w.split(/[/.+#-]/)) if (part) out.add(englishStem(part));
    }
  return out;
}

/**
 * The words a misconception cell and a wrong statement share that no other wrong statement of the
 * concept has (nor its names): what the two say that the rest do not. The cell is read as the row
 * gives it and as written out.
 */
function distinctShared(a: Fact, b: Fact, ctx: SameFactContext): string[] {
  const skip = nameWords(ctx);
  const mine = wordsOf([a.cell ?? '', a.text].join(' '), skip);
  const theirs = wordsOf(b.text, skip);
  const others = new Set<string>();
  for (const o of ctx.falses ?? []) {
    if (o === a || o === b || sharesKeyWith(o, a) || sharesKeyWith(o, b)) continue;
    for (const w of wordsOf([o.cell ?? '', o.text].join(' '))) others.add(w);
  }
  return [...mine].filter((w) => theirs.has(w) && !others.has(w));
}

function sharesKeyWith(a: Fact, b: Fact): boolean {
  return a.keys.some((k) => b.keys.includes(k));
}

/** A misconception cell the notes do not write out on a line of their own (`Killed for using too much CPU`). */
function isFreeCell(f: Fact): boolean {
  return (
    f.source === 'summary-misconception' &&
    f.about === undefined &&
    !f.keys.some((k) => k.startsWith('L:'))
  );
}

/** A × bullet or a denied point that no misconception cell has claimed. */
function isUnclaimedLine(f: Fact): boolean {
  return (
    (f.source === 'bullet' || f.source === 'denied-point') &&
    !f.keys.some((k) => k.startsWith('R:'))
  );
}

/** How much of a bullet's correction the summary cell says: the bullet corrects what the row does. */
function correctsTheRow(f: Fact, ctx: SameFactContext): number {
  return f.why && ctx.correct ? coverage(f.why, ctx.correct) : 0;
}

/** Distinct words enough to tie a cell and a bullet by words alone. */
const CELL_WORDS = 2;
/** With one distinct word, how much of the bullet's correction the summary cell must say. */
const CELL_WORD_AND_ROW = 0.25;
/** With no distinct word, for the only bullet left. */
const ROW_ALONE = 0.5;

/**
 * The × bullet (or denied point) a free misconception cell condenses: the one sharing the most
 * words only the two have, then the one whose correction says most of the summary cell — if it
 * is the only best one and the signal is strong enough ({@link CELL_WORDS}…).
 */
function bulletOfCell(cell: Fact, ctx: SameFactContext): Fact | null {
  const candidates = (ctx.falses ?? []).filter((f) => f !== cell && isUnclaimedLine(f));
  const scored = candidates.map((f) => ({
    f,
    words: distinctShared(cell, f, ctx).length,
    row: correctsTheRow(f, ctx),
  }));
  scored.sort((x, y) => y.words - x.words || y.row - x.row);
  const [best, next] = scored;
  if (!best) return null;
  if (next && next.words === best.words && next.row === best.row) return null;
  const strong =
    best.words >= CELL_WORDS ||
    (best.words >= 1 && best.row >= CELL_WORD_AND_ROW) ||
    (scored.length === 1 && best.row >= ROW_ALONE);
  return strong ? best.f : null;
}

/** How much of the shorter of two true statements the longer must hold to say it again. */
const SHORTER_IN_LONGER = 0.7;

/** The summary cell and the section's first sentence of a pair of true facts, or null. */
function summaryAndIntro(a: Fact, b: Fact): readonly [Fact, Fact] | null {
  const [summary, intro] =
    a.source === 'summary' ? [a, b] : b.source === 'summary' ? [b, a] : [null, null];
  if (!summary || !intro || !FIRST_SENTENCES.includes(intro.source)) return null;
  return summary.truth && intro.truth ? [summary, intro] : null;
}

export const SAME_FACT_RULES: readonly SameFactRule[] = [
  {
    name: 'summary-condenses-intro',
    example:
      'ETag: “Version identifier; unchanged → 304 without a body” (summary) / “An identifier of one version of a resource” (first sentence)',
    same: (a, b) => {
      const [summary, intro] =
        a.source === 'summary' ? [a, b] : b.source === 'summary' ? [b, a] : [null, null];
      if (!summary || !intro || intro.source !== 'intro' || !summary.truth || !intro.truth)
        return false;
      return (
        coverage(intro.text, summary.text) >= RESTATES &&
        coverage(firstClause(summary.text), intro.text) >= HEAD_IN_INTRO
      );
    },
  },
  {
    name: 'intro-holds-summary',
    example:
      'アダプター: 「データを変換・整形」 (summary) / 「外部からのリクエストに対してデータフォーマットを変換するコンテナ」 (first sentence); Traces: “Follow one request across services via propagated context” / “Follow one request across services: a trace is a tree of spans…”',
    same: (a, b) => {
      const pair = summaryAndIntro(a, b);
      if (!pair) return false;
      const [summary, intro] = pair;
      return (
        coverage(summary.text, intro.text) >= SUMMARY_IN_INTRO &&
        tokensHeld(summary.text, intro.text) >= SUMMARY_TOKENS_IN_INTRO
      );
    },
    receiver: (a, b) => (a.source === 'summary' ? b : a),
  },
  {
    name: 'same-genus-and-differentia',
    example:
      '弱参照: 「到達可能性に数えられない参照」 (summary) / 「参照していても、GCがオブジェクトの生死を判定するときに数えない参照です」 (first sentence) — one definition: the same head noun, told apart by the same word',
    same: (a, b) => {
      const pair = summaryAndIntro(a, b);
      if (!pair) return false;
      const [summary, intro] = pair;
      const mine = lastRuns(summary.text);
      const theirs = lastRuns(intro.text);
      return mine !== null && mine === theirs;
    },
    receiver: (a, b) => (a.source === 'summary' ? b : a),
  },
  {
    name: 'says-summary-key-phrase',
    example:
      'ページフォールト: 「対応のないページへのアクセスで起きる例外で、多くは**正常な動作**」 (summary) / 「ほとんどは正常な動作で、カーネルがページを用意して処理が続く」 (a correction) — both say the phrase the row emphasises',
    same: (a, b, ctx) => {
      const [summary, other] =
        a.source === 'summary' ? [a, b] : b.source === 'summary' ? [b, a] : [null, null];
      if (!summary || !other || !summary.truth || !other.truth) return false;
      return sharedKeyPhrase(other.text, ctx) !== null;
    },
    // The restatement takes the cell's keys: a misconception it corrects stays a distractor of the cell.
    receiver: (a, b) => (a.source === 'summary' ? b : a),
  },
  {
    name: 'correction-stated-elsewhere',
    example:
      'ソルト: 「秘密にしておく必要がある」× (correction: the point) / ポイント「ソルトは秘密にする必要はなく、ハッシュ値と一緒に保存してよい」',
    same: (a, b, ctx) => {
      const [wrong, right] = a.truth ? [b, a] : [a, b];
      if (wrong.truth || !right.truth || right.source === 'summary' || !wrong.why) return false;
      const why = matchKey(wrong.why);
      // A why that only restates the summary cell (「正しくは『…』」) corrects nothing in particular.
      if (ctx.summary && why.includes(ctx.summary)) return false;
      const text = matchKey(right.text);
      if (text.length >= 6 && why.includes(text)) return true;
      return (
        coverage(right.text, wrong.why) >= RESTATES && coverage(wrong.why, right.text) >= RESTATES
      );
    },
  },
  {
    name: 'cell-condenses-bullet',
    example:
      'Resource limits: “Killed for using too much CPU” (cell) / “× A container that uses more CPU than its limit is killed (CPU is throttled…)” (bullet) — but not CSRF 「HTTPSで防げる」 / 「POSTにすればCSRFは防げる」: that cell is written out on its own line, and the two share only 防',
    same: (a, b, ctx) => {
      const [cell, line] = isFreeCell(a) ? [a, b] : isFreeCell(b) ? [b, a] : [null, null];
      if (!cell || !line || !isUnclaimedLine(line)) return false;
      return bulletOfCell(cell, ctx) === line;
    },
  },
  {
    name: 'same-first-clause',
    example:
      'Young generation: “New objects are allocated in Eden; survivors are copied, then promoted to the old generation” (summary) / “New objects are allocated in Eden (in thread-local allocation buffers, a pointer bump)” (a sentence)',
    same: (a, b) => {
      if (!a.truth || !b.truth) return false;
      const head = matchKey(openingClause(a.text));
      return (
        head !== '' &&
        contentRuns(openingClause(a.text)).length >= FIRST_CLAUSE_WORDS &&
        head === matchKey(openingClause(b.text))
      );
    },
  },
  {
    name: 'longer-holds-shorter',
    example:
      'GIN: 「1行で多数のキーを書き換えるので更新は重い」 (a correction) / 「検索は速いが、更新は遅い。1行の更新で多くのキーのエントリを書き換えるため」 (a point) — not 「範囲検索やソートにも使える」 / 「=、<、BETWEEN、IS NULL に使える」',
    same: (a, b) => {
      if (!a.truth || !b.truth || a.source === 'summary' || b.source === 'summary') return false;
      const [shorter, longer] = a.text.length <= b.text.length ? [a, b] : [b, a];
      return coverage(shorter.text, longer.text) >= SHORTER_IN_LONGER;
    },
    // A first sentence that holds the shorter takes its keys, one way: what else the first
    // sentence is tied to (the summary cell it restates) is no part of the shorter's fact
    // (`first-sentence-holds`, facts/true-statements.ts).
    receiver: (a, b) => {
      const longer = a.text.length <= b.text.length ? b : a;
      return FIRST_SENTENCES.includes(longer.source) ? longer : undefined;
    },
  },
];

/** The facts of a concept with the keys of facts that are one fact shared ({@link SAME_FACT_RULES}). */
export function withSameFactsTied(facts: ConceptFacts): ConceptFacts {
  const all = [...facts.trues, ...facts.falses];
  const ctx: SameFactContext = {
    summary: matchKey(facts.concept.correct),
    correct: facts.concept.correct,
    names: [facts.concept.name, ...facts.concept.aliases],
    falses: facts.falses,
    keyPhrases: facts.concept.keyPhrases,
  };
  const tied = new Map<Fact, Set<string>>(all.map((f) => [f, new Set(f.keys)]));
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i] as Fact;
      const b = all[j] as Fact;
      if (a.keys.some((k) => b.keys.includes(k))) continue;
      const rule = SAME_FACT_RULES.find((r) => r.same(a, b, ctx));
      if (!rule) continue;
      const receiver = rule.receiver?.(a, b);
      if (receiver !== b) for (const k of b.keys) tied.get(a)?.add(k);
      if (receiver !== a) for (const k of a.keys) tied.get(b)?.add(k);
    }
  const keyed = (f: Fact): Fact => {
    const keys = [...(tied.get(f) ?? f.keys)];
    return keys.length === f.keys.length ? f : { ...f, keys };
  };
  return { ...facts, trues: facts.trues.map(keyed), falses: facts.falses.map(keyed) };
}
