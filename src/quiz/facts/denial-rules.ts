/**
 * How notes deny a statement in a ポイント / Point line: one named rule per way of saying it,
 * each with an example. A rule reads one sentence and gives the statement the notes call wrong,
 * written out as a statement, and the notes' correction (or where to find it: the next or the
 * previous sentence). Only shapes that contrast the denied statement with what is true instead
 * (`X, not Y`, `Xではなく Y`, `not X — Y`, `Y。Xではない。`) give one (issue 11 item 4): any other
 * negated sentence (`never lost while …`, `not linearizable unless …`, `…機能はない`) is a true
 * statement. The first rule that reads a sentence wins. Written with indexOf and short
 * anchored patterns only, so a sentence of any length is read in linear time. Pure.
 */
import { stripInline } from '../notes/inline.ts';
import { trailingParenthetical } from '../notes/misconception-bullet.ts';
import { quotedBefore, squashSpaces, trimChars, unquote } from '../text/trim.ts';
import { thirdPersonOf } from '../text/verbs.ts';
import { ARTICLES } from './mentions.ts';

/** Plain endings of a Japanese verb or adjective (`する`, `書く`, `速い`, `書いた`). */
const VERB_ENDINGS_JA = 'るうくすつぬむぶぐいた';
/** What a rule reads from a sentence. */
export interface Denial {
  /** The statement the notes call wrong, written out. */
  wrong: string;
  /** The notes' correction, when the sentence gives it. */
  correction: string | null;
  /** Where the correction is when the sentence gives none. */
  correctionFrom?: 'next' | 'previous';
  /** The true statement the sentence makes, written out, when it makes one (`セルフヒーリングはPod単位`). */
  right?: string;
}

/** A sentence of a point: its markdown (bold kept) and plain text. */
export interface DenialSentence {
  markdown: string;
  plain: string;
}

/** A named way of denying a statement. */
export interface DenialRule {
  name: string;
  language: 'ja' | 'en';
  /** A point the rule reads, and what it reads from it. */
  example: { point: string; wrong: string; correction: string | null };
  read(sentence: DenialSentence): Denial | null;
}

/**
 * The markdown with its last `**bold**` phrase replaced by `replacement`, as plain text; null when
 * it has no bold phrase. `セルフヒーリングは**Pod単位**` + `Node単位` → `セルフヒーリングはNode単位`.
 */
export function replaceLastBold(markdown: string, replacement: string): string | null {
  const close = markdown.lastIndexOf('**');
  if (close < 2) return null;
  const open = markdown.lastIndexOf('**', close - 2);
  if (open < 0) return null;
  return squashSpaces(
    stripInline(
      `${withoutArticleBefore(markdown.slice(0, open), replacement)}${replacement}${markdown.slice(close + 2)}`,
    ),
  );
}

/**
 * `one-article`: the words before a replaced phrase without the article that ends them, where the
 * replacement brings its own (`Negotiate the **pool size**, not just the headline number` →
 * `Negotiate just the headline number`; reading 84 was offered `Negotiate the just the headline
 * number`).
 */
function withoutArticleBefore(before: string, replacement: string): string {
  const [first = '', second = ''] = replacement.toLowerCase().split(' ', 2);
  if (!ARTICLES.has(first) && !ARTICLES.has(second)) return before;
  const trimmed = before.trimEnd();
  const space = trimmed.lastIndexOf(' ');
  return ARTICLES.has(trimmed.slice(space + 1).toLowerCase())
    ? trimmed.slice(0, space + 1)
    : before;
}

/** Verbs that report a clause (`means that…`), with the space after them. */
const REPORTING_VERBS = [' means ', ' shows ', ' says ', ' implies ', ' guarantees ', ' proves '];

/**
 * Where the clause a reporting verb introduces starts in `head` (after its last such verb), or
 * -1: `250 queued means the next server…` → the index after `means `.
 */
function reportingVerbEnd(head: string): number {
  const lower = head.toLowerCase();
  let end = -1;
  for (const verb of REPORTING_VERBS) {
    const at = lower.lastIndexOf(verb);
    if (at >= 0) end = Math.max(end, at + verb.length);
  }
  return end;
}

/** The end of a sentence after a marker, up to the first `。`. */
function tail(text: string): string {
  const stop = text.indexOf('。');
  return trimChars(stop >= 0 ? text.slice(0, stop) : text, '、,');
}

/** A correction that follows the denial: `（C）` or `→ C`. */
function followingCorrection(rest: string): string | null {
  const paren = trailingParenthetical(rest);
  if (paren && paren.before === '') return paren.inside || null;
  const trimmed = rest.trim();
  for (const arrow of ['→', '->']) {
    if (trimmed.startsWith(arrow)) return unquote(tail(trimmed.slice(arrow.length))) || null;
  }
  return null;
}

function endsWithAny(text: string, endings: readonly string[]): string | null {
  return endings.find((e) => text.endsWith(e) && text.length > e.length) ?? null;
}

/** `Xは作成しない` → `Xを作成する`, `Xできない` → `Xできる`, `Xはない` → `Xがある`; else null. */
export function affirmJa(denial: string): string | null {
  if (denial.endsWith('しない')) {
    const stem = denial.slice(0, -3);
    const topic = stem.lastIndexOf('は');
    if (topic > 0 && topic < stem.length - 1)
      return `${stem.slice(0, topic)}を${stem.slice(topic + 1)}する`;
    return `${stem}する`;
  }
  if (denial.endsWith('できない')) return `${denial.slice(0, -4)}できる`;
  if (denial.endsWith('はない')) return `${denial.slice(0, -3)}がある`;
  return null;
}

/** Endings of a quoted clause the point grants before it denies the next (`「A」が「B」ではない`). */
const CONCEDING = ['」が', '」だが', '」けど', '」けれど'];

/**
 * `conceded-clause`: what a point grants before the quote it denies is not part of the wrong
 * statement: `寝酒は「早く眠れる」が「よく眠れる」ではない` denies `寝酒はよく眠れる`, not
 * `寝酒は「早く眠れる」がよく眠れる` (reading 24 read it garbled).
 */
function withoutConceded(prefix: string): string {
  const text = prefix.trimEnd();
  const ending = CONCEDING.find((e) => text.endsWith(e));
  if (!ending) return prefix;
  const granted = quotedBefore(text, text.length - ending.length + 1);
  return granted ? text.slice(0, granted.start) : prefix;
}

const JA_RULES: DenialRule[] = [
  {
    name: 'quoted-instead',
    language: 'ja',
    example: {
      point: 'BFFは「マイクロサービスごと」ではなく「**クライアントごと**」。',
      wrong: 'BFFはマイクロサービスごと',
      correction: 'クライアントごと',
    },
    read: ({ plain }) => {
      const at = plain.indexOf('ではなく');
      const quoted = at > 0 ? quotedBefore(plain, at) : null;
      if (!quoted?.inner) return null;
      const correction = unquote(tail(plain.slice(at + 'ではなく'.length))) || null;
      const prefix = plain.slice(0, quoted.start);
      return {
        wrong: `${prefix}${quoted.inner}`,
        correction,
        ...(correction ? { right: `${prefix}${correction}` } : {}),
      };
    },
  },
  {
    name: 'quoted-not',
    language: 'ja',
    example: {
      point: '「開発環境専用」ではない（本番でも使える）',
      wrong: '開発環境専用',
      correction: '本番でも使える',
    },
    read: ({ plain }) => {
      const at = plain.indexOf('ではない');
      const quoted = at > 0 ? quotedBefore(plain, at) : null;
      if (!quoted?.inner) return null;
      // `granted-by-de-atte`: `縮むのは「サルコメア」であって「フィラメント」ではない` grants the first
      // and denies the second of one subject: `this-not-that` reads it (`縮むのは「フィラメント」`);
      // read here it was `縮むのは「サルコメア」であってフィラメント` (reading 74).
      if (plain.slice(0, quoted.start).trimEnd().endsWith('であって')) return null;
      const wrong = `${withoutConceded(plain.slice(0, quoted.start))}${quoted.inner}`;
      const correction = followingCorrection(plain.slice(at + 'ではない'.length));
      return correction
        ? { wrong, correction }
        : { wrong, correction: null, correctionFrom: 'next' };
    },
  },
  {
    name: 'denied-in-parenthesis',
    language: 'ja',
    example: {
      point: 'セルフヒーリングは**Pod単位**（Node単位ではない）',
      wrong: 'セルフヒーリングはNode単位',
      correction: 'セルフヒーリングはPod単位',
    },
    read: ({ markdown, plain }) => {
      const paren = trailingParenthetical(plain);
      const ending = paren ? endsWithAny(paren.inside, ['ではない', 'ではありません']) : null;
      if (!paren || !ending || !paren.before) return null;
      const denied = unquote(paren.inside.slice(0, -ending.length));
      const head = trailingParenthetical(markdown)?.before ?? paren.before;
      return {
        wrong: replaceLastBold(head, denied) ?? denied,
        correction: paren.before,
        right: paren.before,
      };
    },
  },
  {
    name: 'negated-verb-in-parenthesis',
    language: 'ja',
    example: {
      point: '別Nodeで**Podを再起動**する（Nodeは作成しない）',
      wrong: 'Nodeを作成する',
      correction: '別NodeでPodを再起動する',
    },
    read: ({ plain }) => {
      const paren = trailingParenthetical(plain);
      const wrong = paren?.before ? affirmJa(paren.inside) : null;
      return wrong && paren ? { wrong, correction: paren.before, right: paren.before } : null;
    },
  },
  {
    name: 'this-not-that',
    language: 'ja',
    example: {
      point:
        'コミット時にディスクへ書くのは**WAL（ログ）**であって、テーブルのデータファイルではない。',
      wrong: 'コミット時にディスクへ書くのはテーブルのデータファイル',
      correction: 'コミット時にディスクへ書くのはWAL（ログ）',
    },
    read: ({ plain }) => topicThenDenied(plain, 'であって', () => true),
  },
  {
    // Reading 84 keyed `解熱は「つらさを取るため」で、早く治すため` (`not-so` cut only the denial off).
    name: 'this-then-not-that',
    language: 'ja',
    example: {
      point: '解熱は「つらさを取るため」で、早く治すためではない。',
      wrong: '解熱は早く治すため',
      correction: '解熱は「つらさを取るため」',
    },
    // `…わけではない`, `…のではない` deny a clause, not a noun the topic could be.
    read: ({ plain }) =>
      topicThenDenied(
        plain,
        'で、',
        (denied) => !denied.endsWith('わけ') && !denied.endsWith('の') && !denied.includes('、'),
      ),
  },
  {
    name: 'instead-of',
    language: 'ja',
    example: {
      point: 'IPアドレスを**静的に設定**するのではなく、**動的に**発見する',
      wrong: 'IPアドレスを静的に設定する',
      correction: '動的に発見する',
    },
    read: ({ plain }) => {
      const at = plain.indexOf('ではなく');
      if (at <= 0) return null;
      let wrong = plain.slice(0, at);
      if (wrong.endsWith('の')) wrong = wrong.slice(0, -1);
      // Only a denied clause (`…設定する`): a denied noun (`…ときは、コードポイントではなく書記素
      // クラスタ単位で扱う`) ends no statement, and cut there reads `…ときは、コードポイント`.
      if (!VERB_ENDINGS_JA.includes(wrong.slice(-1))) return null;
      const correction = tail(plain.slice(at + 'ではなく'.length));
      return wrong && correction ? { wrong, correction, right: correction } : null;
    },
  },
  {
    name: 'not-so',
    language: 'ja',
    example: {
      point:
        'MSAのメリットは「サービスごとにスケーリングできる」。レスポンスタイム向上やデータ管理が容易になるわけではありません。',
      wrong: 'レスポンスタイム向上やデータ管理が容易になる',
      correction: 'MSAのメリットは「サービスごとにスケーリングできる」',
    },
    read: ({ plain }) => {
      const text = trimChars(plain, '。');
      const ending = endsWithAny(text, [
        'わけではありません',
        'わけではない',
        'ではありません',
        'ではない',
      ]);
      if (!ending) return null;
      return {
        wrong: text.slice(0, -ending.length),
        correction: null,
        correctionFrom: 'previous',
      };
    },
  },
];

/**
 * `AはX<connector>Yではない` read as `AはY` denied and `AはX` its correction, where the denied
 * words pass `fits`; null for any other sentence.
 */
function topicThenDenied(
  plain: string,
  connector: string,
  fits: (denied: string) => boolean,
): Denial | null {
  const text = trimChars(plain, '。');
  const at = text.indexOf(connector);
  if (at <= 0 || !text.endsWith('ではない')) return null;
  const topic = text.lastIndexOf('は', at);
  if (topic <= 0) return null;
  const head = text.slice(0, topic + 1);
  const right = text.slice(0, at);
  const denied = trimChars(text.slice(at + connector.length, -'ではない'.length), '、,');
  if (!denied || !fits(denied) || right.length <= head.length) return null;
  return { wrong: `${head}${denied}`, correction: right, right };
}

/**
 * Markers after which an English denial gives what is true instead (`not X — Y`, `not X; Y`,
 * `not X: Y`, `not X → Y`).
 */
const CORRECTION_MARKERS = [' — ', ' – ', ' - ', ' -- ', ' → ', '→', '; ', ': '];

/**
 * The head of an English sentence and the correction after the first {@link CORRECTION_MARKERS}.
 * A head holding two sentences (`CORS does not protect the server. curl … can still send it`,
 * the second opening on a name in lower case) keeps its first.
 */
function splitCorrection(plain: string): { head: string; correction: string | null } {
  const split = splitAtMarker(plain);
  const stop = split.head.indexOf('. ');
  return stop > 0 ? { ...split, head: split.head.slice(0, stop) } : split;
}

function splitAtMarker(plain: string): { head: string; correction: string | null } {
  let cut = -1;
  let length = 0;
  for (const marker of CORRECTION_MARKERS) {
    const at = plain.indexOf(marker);
    if (at > 0 && (cut < 0 || at < cut)) {
      cut = at;
      length = marker.length;
    }
  }
  if (cut < 0) return { head: plain, correction: null };
  return { head: plain.slice(0, cut), correction: plain.slice(cut + length).trim() || null };
}

/**
 * Words after a negation that make it conditional (`not linearizable unless …`): turning the
 * negation round does not give the sentence's contradiction.
 */
const CONDITIONS = new Set([
  'unless',
  'until',
  'except',
  'if',
  'without',
  'once',
  'before',
  'while',
  'when',
]);

/**
 * True when turning a negation round gives what the notes contradict: the sentence says what is
 * true instead (`does not X — Y`: the "not X but Y" shape), the head is one clause whose main
 * verb is negated (not `rare, they don't make them impossible`, nor a command: `Do not rebase
 * …`) and no condition follows the negation (`not linearizable unless …`). Any other negated sentence is a
 * true statement, not a wrong one.
 */
function contrastDenial(head: string, at: number, correction: string | null): boolean {
  if (correction === null || at <= 0) return false;
  // One clause: `cannot sit next to …, so it cannot be used …` turned round at its first
  // negation says nothing the notes contradict.
  if (head.includes(',') || head.includes(':') || /\bbut\s/i.test(head.slice(0, at))) return false;
  const after = head
    .slice(at)
    .toLowerCase()
    .split(/[^a-z]+/);
  return !after.some((word) => CONDITIONS.has(word));
}

/**
 * `It protects the server from overload` + `from failing dependencies` → `It protects the server
 * from failing dependencies`: the replacement takes the place of the head's last phrase starting
 * with the same word. Null when no word matches.
 */
function replaceSameStart(head: string, replacement: string): string | null {
  const first = replacement.split(' ')[0];
  if (!first) return null;
  const at = head.toLowerCase().lastIndexOf(` ${first.toLowerCase()} `);
  return at > 0 ? `${head.slice(0, at + 1)}${replacement}` : null;
}

function withoutStop(text: string): string {
  return trimChars(text, '.');
}

const EN_RULES: DenialRule[] = [
  {
    name: 'not-in-parenthesis',
    language: 'en',
    example: {
      point: 'Retrying is safe for **idempotent operations** (not every operation).',
      wrong: 'Retrying is safe for every operation',
      correction: 'Retrying is safe for idempotent operations',
    },
    read: ({ markdown, plain }) => {
      const paren = trailingParenthetical(withoutStop(plain));
      if (!paren?.before || !/^not\s/i.test(paren.inside)) return null;
      const denied = unquote(paren.inside.slice(4).trim());
      const head = trailingParenthetical(withoutStop(markdown))?.before ?? paren.before;
      return {
        wrong: replaceLastBold(head, denied) ?? denied,
        correction: paren.before,
        right: paren.before,
      };
    },
  },
  {
    name: 'comma-not',
    language: 'en',
    example: {
      point: 'It protects the server from overload, not from failing dependencies.',
      wrong: 'It protects the server from failing dependencies',
      correction: 'It protects the server from overload',
    },
    read: ({ markdown, plain }) => {
      const text = withoutStop(plain);
      const at = text.toLowerCase().indexOf(', not ');
      if (at <= 0) return null;
      const head = text.slice(0, at);
      // `…, not a diff. git show computes…`: the denial ends with its sentence.
      const rest = text.slice(at + 6);
      const stop = rest.indexOf('. ');
      const denied = unquote((stop > 0 ? rest.slice(0, stop) : rest).trim());
      const markAt = markdown.toLowerCase().indexOf(', not ');
      // `A copying collection touches only what survives: its cost grows with the live objects
      // it copies, not with the garbage…`: the denial is of the last clause, and the clauses
      // before it stay true — kept in the wrong statement, they would contradict it.
      // `…means the next server has **taken responsibility**, not that it is in the inbox`: a
      // denied clause (`that …`) is what the verb reports, not a stand-in for the bold words.
      if (/^that\s/i.test(denied)) {
        const verb = reportingVerbEnd(head);
        return verb < 0
          ? null
          : { wrong: `${head.slice(0, verb)}${denied}`, correction: head, right: head };
      }
      const clause = lastClause(head);
      const wrong =
        (clause !== head ? replaceSameStart(clause, denied) : null) ??
        replaceSameStart(head, denied) ??
        (markAt > 0 ? replaceLastBold(markdown.slice(0, markAt), denied) : null) ??
        denied;
      return { wrong, correction: head, right: head };
    },
  },
  {
    name: 'does-not',
    language: 'en',
    example: {
      point: 'A timeout does not cancel the work on the server — the server may still finish it.',
      wrong: 'A timeout cancels the work on the server',
      correction: 'the server may still finish it',
    },
    read: ({ plain }) => {
      const { head, correction } = splitCorrection(withoutStop(plain));
      // `adverb-before-verb`: `does not only point to a digest` — the verb is the word after the
      // adverb (reading 84 was offered `A tag onlies point to a digest`).
      const m =
        /\b(does\s+not|do\s+not|doesn't|don't)\s+(?:(just|only|merely|simply)\s+)?([a-z]+)/i.exec(
          head,
        );
      if (!m || !contrastDenial(head, m.index, correction)) return null;
      const third = /^does/i.test(m[1] ?? '');
      const adverb = m[2];
      const verb = m[3] ?? '';
      const affirmed = third ? thirdPersonOf(verb) : verb;
      const wrong = head.replace(m[0], adverb ? `${adverb} ${affirmed}` : affirmed);
      const right = correction ? withoutStop(correction) : null;
      return { wrong: withoutStop(wrong), correction: right, ...(right ? { right } : {}) };
    },
  },
  {
    name: 'is-not',
    language: 'en',
    example: {
      point: 'A retry is not free: it adds load to a server that is already struggling.',
      wrong: 'A retry is free',
      correction: 'it adds load to a server that is already struggling',
    },
    read: ({ plain }) => {
      const { head, correction } = splitCorrection(withoutStop(plain));
      const m =
        /\b(is|are|was|were|can|will|should|must)\s+not\b/i.exec(head) ??
        /\b(is|are|was|were)n't\b/i.exec(head);
      const cannot = m ? null : /\bcannot\b|\bcan't\b/i.exec(head);
      const negation = m ?? cannot;
      if (!negation || !contrastDenial(head, negation.index, correction)) return null;
      const wrong = m
        ? head.replace(m[0], m[1] ?? '')
        : head.replace((cannot as RegExpExecArray)[0], 'can');
      return {
        wrong: squashSpaces(wrong.replace(/[“”"]/g, '')),
        correction: correction ? withoutStop(correction) : null,
      };
    },
  },
];

/** The clause after the last `: ` or `; ` of a text, opening a sentence (the text itself when it has none). */
function lastClause(text: string): string {
  const at = Math.max(text.lastIndexOf(': '), text.lastIndexOf('; '));
  if (at <= 0) return text;
  const clause = text.slice(at + 2).trim();
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

/** Every rule, Japanese then English, in the order they are tried. */
export const DENIAL_RULES: readonly DenialRule[] = [...JA_RULES, ...EN_RULES];

/** The first rule of the language that reads the sentence, and what it read. */
export function readDenial(
  sentence: DenialSentence,
  language: 'ja' | 'en',
): { rule: string; denial: Denial } | null {
  for (const rule of DENIAL_RULES) {
    if (rule.language !== language) continue;
    const denial = rule.read(sentence);
    if (denial?.wrong.trim()) return { rule: rule.name, denial };
  }
  return null;
}
