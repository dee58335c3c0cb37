/**
 * Corrections that only make sense as a reply to their wrong statement. A × bullet's correction
 * becomes a true option of its own (`bullet-correction`), read without the statement beside it:
 * `大きい方の 30px になる` answers "the gap is 50px" but says nothing alone (30px of what?).
 * Such a correction stays the wrong statement's why; it is not a true statement. Pure; each rule
 * is a single pass over short texts (no pattern can backtrack).
 */

/** One way a correction leans on its statement, with an example from real notes. */
export interface ReplyRule {
  name: string;
  /** `[statement, correction]`: a bullet the rule reads as a reply. */
  example: readonly [string, string];
  leans: (correction: string, statement: string, language: 'ja' | 'en') => boolean;
}

/**
 * Quantities: numbers with their unit or counter (`30px`, `1個`, `5%`; `30 px` alike). A bare
 * number is left out: it is as often part of a name (`TLS 1.3`, `HTTP/2`) as a quantity.
 */
function quantitiesOf(text: string): Set<string> {
  const plain = text.normalize('NFKC').toLowerCase();
  const out = new Set<string>();
  // Each number is a maximal run (the global search resumes after it), and its unit is read by
  // hand: a pattern `\d+…[a-z]+` would retry every shorter run of a long line of digits.
  for (const m of plain.matchAll(/\d+(?:\.\d+)?/g)) {
    let at = (m.index ?? 0) + m[0].length;
    if (plain[at] === ' ') at++;
    let unit = '';
    while (at < plain.length && UNIT_CHARS.test(plain[at] as string)) unit += plain[at++];
    if (unit) out.add(`${m[0]}${unit}`);
  }
  return out;
}

/** Characters of a unit or counter after a number (`px`, `ms`, `%`, `個`, `件`, `回`, `つ`). */
const UNIT_CHARS = /^[a-z%個件回つ]$/u;

/** Japanese changes that need a starting point: 増える, 減る (more / fewer than what?). */
const CHANGE_JA = ['増える', '減る', '増加する', '減少する'];
/** English changes that need a starting point. */
const CHANGE_EN = /\b(?:increases?|decreases?|grows?|shrinks?|goes up|goes down)$/i;
/** A condition of the correction's own, that gives the change its starting point. */
const TRIGGER_JA = ['と', 'ば', 'たら', '場合', 'とき'];
const TRIGGER_EN = /\b(?:if|when|once|after|unless)\b/i;
/** "All else equal" sets no starting point: it is the statement's condition that does. */
const ALL_ELSE_EQUAL = [
  'ほかの条件が同じなら',
  '他の条件が同じなら',
  'all else equal',
  'all else being equal',
];

/** True when the text holds a trigger of its own (ignoring "all else equal"). */
function hasOwnTrigger(text: string, language: 'ja' | 'en'): boolean {
  let rest = text;
  for (const phrase of ALL_ELSE_EQUAL) rest = rest.split(phrase).join(' ');
  if (language === 'en') return TRIGGER_EN.test(rest);
  // A Japanese trigger closes a clause: `強すぎると`, `増やせば`, `外れたら`, `…の場合`.
  const clauses = rest.split(/[、,]/u).slice(0, -1);
  return clauses.some((c) => TRIGGER_JA.some((t) => c.trimEnd().endsWith(t)));
}

/** Interrogatives whose `でも` means "any" (`何度でも`, `いつでも`, `どこでも`), not "also". */
const INTERROGATIVES_JA = [
  '何度',
  '何回',
  '何',
  'いつ',
  'どこ',
  '誰',
  'だれ',
  'どれ',
  'どの',
  'いくら',
  'いくつ',
];

/** Endings that set the statement's matter aside rather than say what is true instead. */
const SET_ASIDE_JA = ['別の話', '別問題', '関係ない', '無関係'];
const SET_ASIDE_EN =
  /(?:is (?:an|a separate|a different) (?:matter|question|story)|is unrelated|has nothing to do with it)$/i;
/** English openings that point back at the statement's subject (`it continues…`: what does?). */
const BACK_POINTERS_EN = new Set([
  'it',
  'they',
  'this',
  'that',
  'these',
  'those',
  // Contracted (`it's 5 minutes`, the dedup window's length): as much a pointer back.
  "it's",
  'it’s',
  "they're",
  'they’re',
  "that's",
  'that’s',
]);
/** Particles that mark a subject, an object or a place: a clause with none is a bare predicate. */
const CLAUSE_PARTICLES = ['は', 'が', 'を', 'に', 'で', 'も'];
/** A conceded predicate is short: `送られる`, `読める`. */
const MAX_CONCEDED = 10;

/** A condition anywhere in a Japanese correction (`強すぎると…`, `増えすぎれば…`). */
const CONDITION_JA = ['ると', 'れば', 'たら', 'なら', '場合', 'とき'];
/** `The more replicas, the faster…` (single words: no backtracking). */
const THE_MORE_EN = /\bthe more\b|\bthe fewer\b/i;

/** The rules, each with the bullet it was written for. */
export const REPLY_RULES: readonly ReplyRule[] = [
  {
    name: 'reuses-a-quantity',
    example: [
      '上の要素の margin-bottom: 20px と下の要素の margin-top: 30px の間隔は 50px になる',
      '大きい方の 30px になる',
    ],
    // A quantity that opens the correction is its topic (`95%は区間を作る手順の性質`), not a reply.
    leans: (correction, statement) => {
      const theirs = quantitiesOf(statement);
      const opening = /^\d/u.test(correction.trim().normalize('NFKC'));
      return !opening && [...quantitiesOf(correction)].some((n) => theirs.has(n));
    },
  },
  {
    name: 'counts-the-example',
    example: [
      'Scaling a group to 50 consumers on a 12-partition topic gives 50-way parallelism',
      '38 are idle',
    ],
    // A short correction that opens on a number the statement's own numbers give (50 − 12) counts
    // within its example: alone, 38 of what?
    leans: (correction, statement) => {
      const c = correction.trim().normalize('NFKC');
      const opening = /^\d+/u.exec(c)?.[0];
      const words = c.split(/\s+/u).length;
      const theirs = [...quantitiesOf(statement)];
      // `95%は…` under `…確率が95%`: the statement's own quantity, the correction's topic.
      const said = theirs.some(
        (q) => q.startsWith(opening ?? '') && !/\d/u.test(q.charAt(opening?.length ?? 0)),
      );
      if (!opening || theirs.length === 0 || said) return false;
      return words <= MAX_COUNT_WORDS && [...c].length <= MAX_COUNT_CHARS;
    },
  },
  {
    name: 'change-without-start',
    example: [
      '検定の数を増やしても、それぞれを α=0.05 で判定すれば全体の誤りも 5% に収まる',
      '全体の誤りは増える',
    ],
    leans: (correction, _statement, language) => {
      const c = correction.trim();
      const change = language === 'en' ? CHANGE_EN.test(c) : CHANGE_JA.some((w) => c.endsWith(w));
      return change && !hasOwnTrigger(c, language);
    },
  },
  {
    name: 'only-without-subject',
    example: ['帰無仮説を棄却できなければ、差がないことが証明された', '差を検出できなかっただけ'],
    // `原子性は「全部か無か」だけ` names its subject; `差を検出できなかっただけ` leans on the statement's.
    leans: (correction, _statement, language) =>
      language === 'ja' &&
      correction.trim().endsWith('だけ') &&
      !correction.includes('は') &&
      !correction.includes('が'),
  },
  {
    name: 'also-without-subject',
    example: ['補正は3群以上のテストのときだけ必要', '指標やセグメントを複数検定する場合も必要'],
    // `…場合も必要`: also needed — what is, only the statement says (`String のような所有型も満たす`).
    // `ても` and an interrogative's `でも` (`何度でも使える`: any number of times) are no `also`;
    // a noun's `でも` is (`カーネルパニックやコントローラの故障でも起きる`: it happens with those
    // too — what does, only the statement says).
    leans: (correction, _statement, language) => {
      if (language !== 'ja') return false;
      const first = firstClauseJa(correction);
      if (first.includes('は') || first.includes('が')) return false;
      for (let at = first.indexOf('も'); at > 0; at = first.indexOf('も', at + 1)) {
        const before = first.charAt(at - 1);
        if (before === 'て') continue;
        if (before !== 'で') return true;
        if (!INTERROGATIVES_JA.some((w) => first.slice(0, at - 1).endsWith(w))) return true;
      }
      return false;
    },
  },
  {
    name: 'sets-aside',
    example: ['安全なメソッドならアクセスログも残らない', 'サーバー側の記録は別の話'],
    // It says the statement mixes two matters up; alone it says nothing about the concept.
    leans: (correction, _statement, language) => {
      const c = correction.trim();
      return language === 'en' ? SET_ASIDE_EN.test(c) : SET_ASIDE_JA.some((w) => c.endsWith(w));
    },
  },
  {
    name: 'concedes-without-subject',
    example: ['ETagがあればリクエスト自体が送られなくなる', '送られるが、304なら本文を省ける'],
    // `送られるが、…` grants the statement's own predicate (what is sent? the statement says).
    leans: (correction, _statement, language) => {
      if (language !== 'ja') return false;
      const at = correction.indexOf('が、');
      if (at <= 0 || at > MAX_CONCEDED) return false;
      const conceded = correction.slice(0, at);
      return !CLAUSE_PARTICLES.some((p) => conceded.includes(p));
    },
  },
  {
    name: 'answers-the-more',
    example: ['たくさんプリロードするほど速くなる', '帯域を取り合って、本当に必要なものが遅れる'],
    // `…ほど` (the more…) claims a trend; a correction with no condition of its own tells what
    // too much of it does, which is no fact of the concept alone (preloading does not delay what
    // is needed; too much of it does). `強すぎると学習不足になる` names its condition and stands.
    leans: (correction, statement, language) =>
      language === 'ja'
        ? statement.includes('ほど') && !CONDITION_JA.some((c) => correction.includes(c))
        : THE_MORE_EN.test(statement) && !TRIGGER_EN.test(correction),
  },
  {
    name: 'verb-without-object',
    example: [
      'UTF-8 のファイルには BOM を付けなければならない',
      '付けないのが普通で、付けると困るツールもある',
    ],
    // It opens on the verb the statement said with its object (`BOM を付け…`): what is not
    // attached, only the statement says.
    leans: (correction, statement, language) => {
      if (language !== 'ja') return false;
      const verb = OPENING_VERB_JA.exec(correction.trim())?.[0];
      return (
        verb !== undefined && (statement.includes(`を${verb}`) || statement.includes(`を ${verb}`))
      );
    },
  },
  {
    name: 'verbal-noun-without-object',
    example: ['BBR はパケットロスを完全に無視する', 'v1 はほぼ無視だが、v2 以降は損失率も使う'],
    // Its first clause says the statement's verbal noun (`無視`) with no object of its own
    // (`を`): what is ignored, only the statement says.
    leans: (correction, statement, language) => {
      if (language !== 'ja') return false;
      const first = firstClauseJa(correction);
      if (first.includes('を')) return false;
      for (const m of first.matchAll(KANJI_RUN)) {
        const at = statement.indexOf(m[0]);
        const object = statement.lastIndexOf('を', at);
        if (at > 0 && object >= 0 && at - object <= OBJECT_REACH) return true;
      }
      return false;
    },
  },
  {
    name: 'answers-an-action',
    example: [
      'Calling Add inside the goroutine is fine',
      'Wait may run before Add and return early',
    ],
    // The statement judges doing something (`Calling … is fine`); the correction tells what goes
    // wrong when it is done, which alone reads as a fact of the concept (Wait does not return
    // early; it may, after Add is called late).
    leans: (_correction, statement, language) => {
      if (language !== 'en') return false;
      const [first = '', ...rest] = statement.trim().split(/\s+/, 12);
      return GERUND.test(first) && JUDGES_AN_ACTION.test(rest.join(' '));
    },
  },
  {
    name: 'same-as-said',
    example: [
      '同じNATの内側にいる大勢のクライアントも均等に分かれる',
      '同じIPに見えるので1台に集中する',
    ],
    // `同じ…` / `その…` open on what the statement named (the clients behind one NAT): alone, the
    // reader cannot tell what looks like one IP.
    leans: (correction, _statement, language) =>
      language === 'ja' && BACK_POINTERS_JA.some((w) => correction.trim().startsWith(w)),
  },
  {
    name: 'points-back',
    example: [
      'the child starts running from the beginning of main',
      'it continues right after the fork call',
    ],
    // `it` is the statement's subject (the child), not the concept the option would be read about.
    leans: (correction, _statement, language) =>
      language === 'en' &&
      BACK_POINTERS_EN.has((correction.trim().split(/\s/, 1)[0] ?? '').toLowerCase()),
  },
];

/** A Japanese text's first clause: up to its first `、` or `。`. */
function firstClauseJa(text: string): string {
  return text.trim().split(/[、。]/u, 1)[0] ?? '';
}

/** A correction that counts within the statement's example is short: `38 are idle`, `12台は空く`. */
const MAX_COUNT_WORDS = 4;
const MAX_COUNT_CHARS = 16;

/** Japanese openings that point back at what the statement said (`同じIP`, `その場合`). */
const BACK_POINTERS_JA = ['同じ', 'その', 'それ', 'この', 'これ', 'そこ'];

/** A gerund opening a sentence (`Calling`, `Storing`): the statement is about doing something. */
const GERUND = /^[A-Z][a-z]{2,}ing$/;
/** What a statement says of an action when it judges it (`is fine`, `is the usual way`). */
const JUDGES_AN_ACTION =
  /\b(?:is|are) (?:fine|ok|okay|safe|enough|harmless|free|cheap|required|necessary|the usual way|the right way|the best way)\b/i;

/** The kanji stem a Japanese text opens on, right before its okurigana (`付け` of `付けない`). */
const OPENING_VERB_JA = /^\p{Script=Han}{1,3}(?=\p{Script=Hiragana})/u;
/** A verbal noun: two or three kanji before a kana (`無視だが`, `記録する`); one pass, no backtracking. */
const KANJI_RUN = /\p{Script=Han}{2,3}(?=\p{Script=Hiragana})/gu;
/** How far after its `を` a verb may stand in the statement (`を完全に無視`). */
const OBJECT_REACH = 6;

/** The rule a correction breaks by leaning on its statement, or null when it stands alone. */
export function replyRule(
  correction: string,
  statement: string,
  language: 'ja' | 'en',
): string | null {
  return REPLY_RULES.find((r) => r.leans(correction, statement, language))?.name ?? null;
}
