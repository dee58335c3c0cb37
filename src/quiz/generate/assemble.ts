/**
 * Bank assembly: from every reviewed draft of a document, the questions the bank keeps. A fact is
 * asked once (drafts whose asked keys meet exclude each other), no two questions share an option
 * set (nor their set of wrong options), every concept gets two questions first (of two kinds
 * where it can), then each concept, topic and table adds a few more, better drafts first, new kinds
 * before repeated ones; two-option questions come last, only for concepts short of two, within a
 * tenth of the bank. A last pass brings the bank's surface cues back to chance by asking a question
 * with another option set (cue-rebalance.ts). Deterministic: same drafts, same bank. Pure.
 */

import { promptStem } from '../review/explanation-faults.ts';
import { type ObjectMemo, objectMemoTable } from '../text/build-memo.ts';
import { type CueReading, cueHitRate } from '../text/cues.ts';
import { matchKey } from '../text/normalize.ts';
import { coverage } from '../text/runs.ts';
import { type CueBalanceItem, rebalanceCues, swapMakingRoom } from './cue-rebalance.ts';
import {
  AMONG_TEMPLATE,
  type Draft,
  type DraftChoice,
  isSiblingKey,
  optionSetKey,
} from './draft.ts';
import { choicesSetKey, draftCue, siblingNamedAlike } from './draft-memo.ts';
import { nearCorrection } from './fit.ts';

/** Questions every concept should get. */
export const MIN_PER_CONCEPT = 2;
/** At most this many questions per owner (a concept, a topic, a table). */
const QUOTA: Record<Owner['type'], number> = { concept: 4, topic: 2, table: 2 };
/** At most this many questions of one template per concept (variety). */
const PER_TEMPLATE = 2;
/** At most this share of two-option questions. */
export const MAX_BINARY_SHARE = 0.1;
/**
 * How much a draft is preferred for bringing a cue's hit rate back to chance (or avoided for
 * taking it further away), per question of imbalance it removes (or adds).
 */
const CUE_BALANCE_WEIGHT = 1.0;
/**
 * How much a draft whose surface cue points at its key is passed over for another of the same
 * quality, per unit of excess hit rate (a cue alone on the key of three options: 2/3). Read off
 * the draft alone, so it never makes one concept's choice depend on another's (ids stay put):
 * `*サービスディスカバリ | サービスメッシュ | ブローカーレス` (the two サービス names share
 * wording, the key is the hub) gives way to `*サービスディスカバリ | ブローカーレス | APIコンポジション`.
 */
const CUE_ON_KEY_WEIGHT = 0.3;

/**
 * True when taking the draft would leave its cue pointing at keys more often than chance. The
 * coverage round may need such a draft (a concept's only second question); a question beyond it
 * never makes the bank easier to guess: `*サービスディスカバリ | サービスメッシュ | ブローカーレス`
 * (the key shares サービス with one option, the hub) is left out once the concept has two.
 * `alikeWithin`: how far past chance a draft setting a sibling named alike beside its key may
 * take its cue (`sibling-named-alike`); none unless said.
 */
function raisesCue(draft: Draft, t: Taken, alikeWithin = 0): boolean {
  const cue = cueOf(draft);
  const bound = cue?.alike ? alikeWithin : 0;
  return cue !== null && cue.drift > 0 && (t.cueDrift.get(cue.cue) ?? 0) + cue.drift > bound;
}

/**
 * `filler-kinds-last`: the kinds whose fillers ({@link Draft.filler}) a concept takes only when it
 * has no filler of another kind. Readers of unseen notes judged 1 of 91 "which is correct about
 * X" fillers sound (other concepts' statements as wrong options, ruled out at sight), against
 * about one in five which-concept and misconception fillers (readings 1–16, 2026-12-03).
 */
const LAST_FILLER_KINDS: ReadonlySet<Draft['kind']> = new Set(['correct-about']);

/** Who a draft belongs to, for quotas. */
export interface Owner {
  type: 'concept' | 'topic' | 'table';
  key: string;
}

/** A draft and its owner. */
export interface Candidate {
  draft: Draft;
  owner: Owner;
}

/** Assembly state: what is taken so far. */
interface Taken {
  /** The review of a draft about to be taken (empty: it passes); asked once per draft. */
  review: (draft: Draft) => boolean;
  asks: Set<string>;
  sets: Set<string>;
  chosen: Candidate[];
  perConcept: Map<string, Candidate[]>;
  perOwner: Map<string, Candidate[]>;
  /**
   * Per surface cue ({@link readCue}), how far the questions taken so far stray from chance: the
   * sum over the questions where it appears of (how often a reader following it would be right −
   * 1 / options). Zero: the cue tells nothing; below zero: inverting it pays; above: following it.
   */
  cueDrift: Map<CueReading['cue'], number>;
  /** The bare fact keys asked so far, whichever way round ({@link bareKeys}), and how often. */
  facts: Map<string, number>;
  /** How many questions offer each statement as a wrong option, by match key. */
  wrongUses: Map<string, number>;
  /** How many questions ask each statement ({@link keyStatements}). */
  keyUses: Map<string, number>;
  /** How many questions ask each true statement ({@link askedStatements}). */
  askedUses: Map<string, number>;
  /** The kinds of the questions taken so far. */
  kinds: Set<string>;
  /** How many of the questions taken ask for the false statement ({@link NEGATIVE_SHARE}). */
  negatives: number;
}

/**
 * `type:key` of an owner, made once per owner object: each concept's drafts share one owner, and a
 * key built afresh at each look-up is a new string to flatten and hash (a 5,000-row table asks it
 * for every one of its 27,000 drafts).
 */
function ownerKey(o: Owner): string {
  const memo = ownerKeys();
  let key = memo.get(o);
  if (key === undefined) {
    key = `${o.type}:${o.key}`;
    memo.set(o, key);
  }
  return key;
}

const ownerKeys = objectMemoTable<Owner, string>();

/**
 * What asking a draft uses up, as fact keys, by named rules (each with the pair it keeps apart):
 * - `as-drafted`: the facts its key tests;
 * - `list-shows-the-other-list` (below): the same for a list question and the items it shows;
 * - `comparison-shows-both-sides`: a question on one side of a comparison shows the other
 *   side's cells as its wrong options — 「ブローカー有」 keyed 「単一障害点：あり」 beside
 *   「レイテンシ：低い」 gives away 「ブローカーレス」's question keyed 「レイテンシ：低い」, so
 *   every option's fact is used up.
 */
const ASK_RULES: readonly { name: string; keys: (draft: Draft) => readonly string[] }[] = [
  { name: 'as-drafted', keys: (d) => d.asks },
  {
    name: 'comparison-shows-both-sides',
    keys: (d) => (d.kind === 'comparison' ? d.choices.flatMap((x) => x.keys) : []),
  },
  // `list-shows-the-other-list`: 「できること」 keyed 一括管理 beside セルフヒーリング (an item of
  // 「できないこと」) answers 「できないこと」 keyed セルフヒーリング: a list question uses up
  // every item it shows.
  {
    name: 'list-shows-the-other-list',
    keys: (d) => (d.kind === 'list' ? d.choices.flatMap((x) => x.keys) : []),
  },
];

const askMemo = objectMemoTable<Draft, readonly string[]>();

/**
 * The strings of `lists`, each once, in the order they first come (what `[...new Set(lists.flat())]`
 * gives, without the set and its iterator: a draft has a handful of keys).
 */
function distinct(lists: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const k of list) if (!out.includes(k)) out.push(k);
  return out;
}

/** The prefix of the keys a which-concept draft asks (`name:` + the statement's fact key). */
const NAME_PREFIX = 'name:';

/**
 * The facts a draft asks whichever way round: naming the concept from a statement
 * (which-concept, `name:K`) and picking the statement for the concept (correct-about, `K`) ask
 * one association — "holds the zone's records" ↔ authoritative server — so a player who saw one
 * has the other. A bank asks a fact one way only, except where a concept has no other fact to
 * reach its two questions (the coverage round's last resort).
 */
function bareKeys(draft: Draft): readonly string[] {
  let keys = bareMemo().get(draft);
  if (!keys) {
    keys = draft.asks.map((k) => (k.startsWith(NAME_PREFIX) ? k.slice(NAME_PREFIX.length) : k));
    bareMemo().set(draft, keys);
  }
  return keys;
}

const bareMemo = objectMemoTable<Draft, readonly string[]>();

/** Every fact key a draft uses up ({@link ASK_RULES}), once per draft. */
export function askedKeys(draft: Draft): readonly string[] {
  let keys = askMemo().get(draft);
  if (!keys) {
    keys = distinct(ASK_RULES.map((r) => r.keys(draft)));
    askMemo().set(draft, keys);
  }
  return keys;
}

/**
 * A statement is a wrong option in this many questions at most: offered again and again
 * (`予測時に使えない情報が訓練に混入する` beside four other concepts), a player learns it is
 * never the answer. Names (which-concept options) are not counted: every concept is one.
 */
const MAX_WRONG_USES = 2;

/**
 * `loose-wrong-uses`: how many questions may offer one statement of another concept as a wrong
 * option ({@link borrowedStatements}) where coverage takes what it can (the `loose`
 * {@link Strictness}). Unbounded, reading 36's hash-function bank offered `HMAC: The outer hash
 * over the inner digest is what stops length extension` in five questions, and over the 198 read
 * notes six texts were offered four or five times (none now). Three costs eight questions of
 * 4,397 and leaves four more concepts short of two; two would leave 21 more. A concept's own
 * misconception is not bounded here: forty concepts of one notes file may each say `同期`.
 */
const MOST_WRONG_USES_LOOSE = 3;

/**
 * What a draft's wrong statements use up, once each per draft (none for a question whose options
 * are names): each wording (its match key) and each fact behind it (its fact keys), so that a
 * misconception cell and the × bullet it condenses (`Killed for using too much CPU` / `A container
 * that uses more CPU than its limit is killed`, one fact: same-fact.ts) count as one statement.
 * The key that only says which other concept a statement is about (`sibling:`) is no fact.
 */
function wrongStatements(draft: Draft): readonly string[] {
  let keys = wrongMemo().get(draft);
  if (!keys) {
    const wrong = draft.optionKind === 'name' ? [] : draft.choices.filter((x) => !x.correct);
    keys = distinct(wrong.map(statementKeys));
    wrongMemo().set(draft, keys);
  }
  return keys;
}

/**
 * The wrong statements of a draft that are other concepts' (they carry a `sibling:` key): the
 * true statements a misconception across concepts stands among, the other concepts' statements
 * a "which is correct" filler offers. What {@link MOST_WRONG_USES_LOOSE} bounds: a concept's own
 * misconception offered in its own question is its own to offer (2 MB of sections: forty concepts
 * each with the misconception `同期`, each asked once).
 */
function borrowedStatements(draft: Draft): readonly string[] {
  if (draft.optionKind === 'name') return [];
  return distinct(
    draft.choices.filter((x) => !x.correct && x.keys.some(isSiblingKey)).map(statementKeys),
  );
}

/** A statement's wording (its match key) and the facts behind it, but `sibling:` keys. */
function statementKeys(x: { text: string; keys: readonly string[] }): string[] {
  return [
    `text:${matchKey(x.text)}`,
    ...x.keys.filter((k) => !isSiblingKey(k)).map((k) => `fact:${k}`),
  ];
}

/**
 * Memoised per draft: the {@link statementKeys} of the one statement `pick` finds in it, or
 * none.
 */
function oneStatementKeys(
  memo: () => ObjectMemo<Draft, readonly string[]>,
  pick: (draft: Draft) => { text: string; keys: readonly string[] } | undefined,
): (draft: Draft) => readonly string[] {
  return (draft) => {
    let keys = memo().get(draft);
    if (!keys) {
      const statement = pick(draft);
      keys = statement ? distinct([statementKeys(statement)]) : [];
      memo().set(draft, keys);
    }
    return keys;
  };
}

const wrongMemo = objectMemoTable<Draft, readonly string[]>();

/**
 * The misconceptions a draft asks for ("which is a misconception"): its key's wording and
 * facts. Empty for a draft asking for what is right.
 */
const keyStatements = oneStatementKeys(objectMemoTable<Draft, readonly string[]>(), (draft) =>
  draft.asksFor === 'misconception' && draft.optionKind === 'statement'
    ? draft.choices.find((x) => x.correct)
    : undefined,
);

/**
 * The true statement a draft asks about: the stem of "which concept does this describe" or the
 * key of "which is right about X" — its wording and facts. Empty for other drafts.
 */
const askedStatements = oneStatementKeys(objectMemoTable<Draft, readonly string[]>(), (draft) =>
  draft.asksFor !== 'correct'
    ? undefined
    : draft.optionKind === 'name'
      ? draft.stem
      : draft.choices.find((x) => x.correct),
);

/**
 * True when a draft shows a misconception in the other role than the bank shows it already: the
 * misconception it asks for offered elsewhere as a wrong option of "which is right", or a wrong
 * option of its (asking for what is right) asked for elsewhere as the misconception
 * ({@link Strictness} `roles-apart`).
 */
function showsInOtherRole(draft: Draft, t: Taken): boolean {
  if (draft.asksFor === 'misconception')
    return keyStatements(draft).some((k) => (t.wrongUses.get(k) ?? 0) > 0);
  return wrongStatements(draft).some((k) => (t.keyUses.get(k) ?? 0) > 0);
}

/**
 * How far a candidate must keep apart from what is taken ({@link fits}):
 * - `asked-apart` (the rounds after coverage, and the first look for each of a concept's first
 *   two questions): what `roles-apart` asks, and a true statement one question asks is offered
 *   by no other ({@link offersAsked});
 * - `roles-apart` (the coverage round's first looks): what `strict` asks, and a
 *   misconception is shown in one role only (`role-shown-once`) — the one keyed in "which is a
 *   misconception about mmap" (`呼ぶと、ファイル全体がすぐに物理メモリに読み込まれる`) is no wrong
 *   option of "which is right about mmap", where a player who saw it answered picks it out from
 *   memory. A true statement may be asked in one question and offered beside a misconception in
 *   another where a concept needs it for its first two: seeing it again rehearses it, and gives
 *   away nothing false;
 * - `strict`: a fact is not asked the other way round, a statement is a wrong option of
 *   {@link MAX_WRONG_USES} questions at most, a concept's questions do not retell each other;
 * - `loose` (the coverage round's last resort): only what no bank may hold twice (a fact asked
 *   the same way, an option set, a set of wrong options), and another concept's statement is a
 *   wrong option of {@link MOST_WRONG_USES_LOOSE} questions at most.
 */
type Strictness = 'asked-apart' | 'roles-apart' | 'strict' | 'loose';

/**
 * `asked-not-offered` (the `asked-apart` {@link Strictness}): a true statement one question asks
 * — the stem of "which concept does this describe", the key of "which is right about X" — is no
 * option of another, and the other way round. Readers of unseen notes flag the second as the
 * first asked again (`option B is the stem of z7z4jba1 again`, reading 22); a concept's first two
 * questions may still need it.
 */
function offersAsked(draft: Draft, t: Taken): boolean {
  return (
    wrongStatements(draft).some((k) => (t.askedUses.get(k) ?? 0) > 0) ||
    askedStatements(draft).some((k) => (t.wrongUses.get(k) ?? 0) > 0)
  );
}

/**
 * Whether a candidate may join what is taken, as strictly as `level` says ({@link Strictness}).
 */
function fits(c: Candidate, t: Taken, level: Strictness): boolean {
  // Plain loops, no closure nor empty list per call: assembly asks this of every draft of every
  // concept, most of them more than once (a 5,000-row table: 27,000 drafts).
  const strict = level !== 'loose';
  const draft = c.draft;
  for (const k of askedKeys(draft)) if (t.asks.has(k)) return false;
  if (strict) {
    for (const k of bareKeys(draft)) if ((t.facts.get(k) ?? 0) > 0) return false;
    for (const k of wrongStatements(draft))
      if ((t.wrongUses.get(k) ?? 0) >= MAX_WRONG_USES) return false;
  } else
    for (const k of borrowedStatements(draft))
      if ((t.wrongUses.get(k) ?? 0) >= MOST_WRONG_USES_LOOSE) return false;
  if ((level === 'roles-apart' || level === 'asked-apart') && showsInOtherRole(draft, t))
    return false;
  if (level === 'asked-apart' && offersAsked(draft, t)) return false;
  const have = t.perConcept.get(draft.conceptId);
  if (have) {
    let same = 0;
    for (const x of have) if (x.draft.template === draft.template) same++;
    if (same >= PER_TEMPLATE) return false;
    for (const x of have)
      if (
        ((strict || mirrors(draft, x.draft)) && retells(draft, x.draft)) ||
        (strict && describesAgain(draft, x.draft)) ||
        (strict && describesCorrection(draft, x.draft))
      )
        return false;
  }
  if (t.sets.has(setKey(draft))) return false;
  return !t.sets.has(wrongSetKey(draft));
}

/**
 * `no-mirror-even-last`: two questions of a concept that offer its own statements — "which is a
 * misconception about X" and "which is correct about X" — are not asked as each other's mirror
 * (`*x is 5 is safe for small numbers` beside `Since 3.8, CPython emits a SyntaxWarning…`, then
 * `*Since 3.8…` beside `x is 5 is safe…`), even where the concept has nothing else for its second
 * question: readers of unseen notes count the second as the first asked again (reading 15, four
 * notes of six). Sets across concepts (misconception-among) share other concepts' statements as
 * their fillers, and are held apart only outside the coverage round's last resort.
 */
function mirrors(a: Draft, b: Draft): boolean {
  return a.template !== AMONG_TEMPLATE && b.template !== AMONG_TEMPLATE;
}

/**
 * Statements two questions of one concept may both offer. With more, the second question is the
 * first one told again: 「選択率」 asked "which is wrong" (`*インデックスを張れば、どのクエリも速くなる`
 * beside `高いとSeq Scanを選ぶ`) and "which is right" (`*高いとSeq Scanを選ぶ` beside
 * `インデックスを張れば、どのクエリも速くなる`) is one pair of statements with the roles swapped.
 */
const MAX_SHARED_STATEMENTS = 1;

/**
 * True when two drafts offer more than {@link MAX_SHARED_STATEMENTS} statements in common: by
 * wording, or by the fact behind it (`後方一致にも効く` is `LIKE '%abc' のような後方一致にもB-treeが効く`
 * condensed).
 */
function retells(a: Draft, b: Draft): boolean {
  const mine = statementIds(a);
  if (mine.length === 0) return false;
  const theirs = new Set(statementIds(b).flat());
  return mine.filter((ids) => ids.some((k) => theirs.has(k))).length > MAX_SHARED_STATEMENTS;
}

/**
 * Share of the shorter of two which-concept stems of one concept the other must hold for the two
 * to describe one fact: over 167 notes, every pair at 0.6 or more was one fact twice (`Bypasses
 * the page cache` / `Bypasses the page cache, not a durability guarantee`, `A collection of the
 * young generation only` / `Collects only the young generation; …`). Readers of readings 45–48
 * flagged 5 of the 6 pairs between 0.49 and 0.55 as one fact asked again (`Coverage computed only
 * on the lines a pull request adds or changes` / `Coverage of only the lines changed in a PR`);
 * below 0.45 pairs are as often two facts (`1 server: no way to detect it is wrong` / `2 servers:
 * if they disagree…`). At 0.45, 28 of 75 such pairs over 269 read notes give way, coverage the same.
 */
const SAME_DESCRIPTION = 0.45;

/**
 * `described-twice`: two "which concept does this describe" questions of one concept whose stems
 * say one fact in two wordings (its summary cell and a sentence of its section): readers of
 * reading 28 counted the second as the first asked again.
 */
function describesAgain(a: Draft, b: Draft): boolean {
  if (a.template !== 'which-concept' || b.template !== 'which-concept') return false;
  const x = promptStem(a.prompt);
  const y = promptStem(b.prompt);
  return Math.max(coverage(x, y), coverage(y, x)) >= SAME_DESCRIPTION;
}

/**
 * `describes-the-correction`: a "which concept does this describe" question of a concept whose
 * stem says the correction of the misconception another of its questions asks
 * (`本人が自分で取った日数…は5日から差し引ける` beside `本人が自分で5日取っていても、会社はさらに
 * 5日を指定しなければならない`, corrected `すでに取得した分は差し引く`; `near-correction`, fit.ts):
 * one fact asked twice, the first giving the second away (reading 34: four such pairs in the
 * labour-law bank).
 */
export function describesCorrection(a: Draft, b: Draft): boolean {
  const [which, other] = a.template === 'which-concept' ? [a, b] : [b, a];
  if (which.template !== 'which-concept' || other.optionKind !== 'statement') return false;
  const stem = promptStem(which.prompt);
  return misconceptionsShown(other).some(
    (x) => nearCorrection(stem, x.why) || coverage(x.text, stem) >= SAME_DESCRIPTION,
  );
}

/**
 * The misconceptions a question of statements shows with their corrections: its key, asking for
 * the misconception; its own wrong options, asking for the true statement. A stem that says the
 * correction or the misconception's own words again (`Even a small binary tends to have enough
 * gadgets` beside the option `Small binaries don't have enough gadgets`: reading 35) asks that
 * fact a second time. Not a sibling's statement: its why says which concept it describes.
 */
function misconceptionsShown(draft: Draft): readonly DraftChoice[] {
  return draft.choices.filter((x) =>
    draft.asksFor === 'misconception'
      ? x.correct
      : !x.correct && !x.truth && !x.keys.some(isSiblingKey),
  );
}

/**
 * Per option of a draft whose options are statements (names repeat by nature), what identifies
 * its statement: its match key and the keys of its facts (not the `sibling:` key, which only
 * says which concept it is about).
 */
function statementIds(draft: Draft): readonly (readonly string[])[] {
  let ids = statementMemo().get(draft);
  if (!ids) {
    ids =
      draft.optionKind === 'statement'
        ? draft.choices.map((x) => [
            `text:${matchKey(x.text)}`,
            ...x.keys.filter((k) => !isSiblingKey(k)).map((k) => `fact:${k}`),
          ])
        : [];
    statementMemo().set(draft, ids);
  }
  return ids;
}

const statementMemo = objectMemoTable<Draft, readonly (readonly string[])[]>();

/**
 * How many kinds of question the concept could still ask beside this draft: the kinds of its
 * other drafts that ask something else, with other options, and do not retell it
 * ({@link retells}). Only a partner `sure` to be there counts: not a which-concept set other
 * concepts want too. 「Timeout」 asked "which is right" with `*Frees threads…` beside `Cancels the
 * work on the server` leaves no "which is a misconception" question (its one draft offers both
 * again); asked with `*Bounds waiting…` beside other concepts' statements, it leaves all three
 * kinds. Asked once per draft.
 */
function partnerKinds(
  c: Candidate,
  list: readonly Candidate[],
  sure: (o: Candidate) => boolean,
): number {
  let known = partnerMemo().get(c.draft);
  if (known === undefined) {
    // A draft asks one or two keys: read in place, not copied into a set.
    const asks = askedKeys(c.draft);
    const own = setKey(c.draft);
    // A handful of kinds at most: a list, not a set per draft.
    const kinds: string[] = [];
    for (const o of list)
      if (
        o.draft !== c.draft &&
        !kinds.includes(o.draft.kind) &&
        sure(o) &&
        !askedKeys(o.draft).some((k) => asks.includes(k)) &&
        setKey(o.draft) !== own &&
        !retells(o.draft, c.draft)
      )
        kinds.push(o.draft.kind);
    known = kinds.length;
    partnerMemo().set(c.draft, known);
  }
  return known;
}

const partnerMemo = objectMemoTable<Draft, number>();

/** How much a concept's first question is preferred per kind it leaves to ask beside it. */
const PARTNER_KIND_BONUS = 0.3;

/** {@link optionSetKey} of a draft's options, computed once per option list. */
function setKey(draft: Draft): string {
  return choicesSetKey(draft.choices);
}

/**
 * The wrong options of a draft as a set: two questions that offer the same wrong options (with
 * different keys) are answered the second time by remembering the first.
 */
function wrongSetKey(draft: Draft): string {
  let key = wrongKeys().get(draft.choices);
  if (key === undefined) {
    const wrong = draft.choices.filter((x) => !x.correct).map((x) => x.text);
    key = wrong.length >= 2 ? `wrong\u0002${optionSetKey(wrong)}` : '';
    wrongKeys().set(draft.choices, key);
  }
  return key;
}

const wrongKeys = objectMemoTable<readonly DraftChoice[], string>();

/** The cue a draft shows and how often following it finds the key, read once per draft. */
function cueOf(draft: Draft): DraftCue | null {
  let known = cues().get(draft);
  if (known === undefined) {
    const reading = draftCue(draft);
    const key = draft.choices.findIndex((x) => x.correct);
    known = reading
      ? {
          cue: reading.cue,
          drift: cueHitRate(reading, key) - 1 / draft.choices.length,
          alike: siblingNamedAlike(draft, reading),
        }
      : null;
    cues().set(draft, known);
  }
  return known;
}

/**
 * A draft's cue, its drift, and whether it sets a sibling named alike beside the key
 * (`sibling-named-alike`).
 */
interface DraftCue {
  cue: CueReading['cue'];
  drift: number;
  alike: boolean;
}

const cues = objectMemoTable<Draft, DraftCue | null>();

/**
 * How much taking the draft moves its cue's drift away from chance (negative: towards it). A
 * cue the option search could not avoid is balanced across the bank: after questions where it
 * pointed away from the key, one where it points at the key is preferred, and the other way round.
 */
function driftChange(draft: Draft, t: Taken): number {
  const cue = cueOf(draft);
  if (!cue) return 0;
  const now = t.cueDrift.get(cue.cue) ?? 0;
  // Squared: each further step away from chance costs more than the last. Within one question's
  // worth of chance nothing is preferred: otherwise a tiny drift left by one concept's choice
  // (a row moved) would change which question every later concept takes, and their ids.
  return beyondDeadZone(now + cue.drift) ** 2 - beyondDeadZone(now) ** 2;
}

/** How far a drift strays past {@link CUE_DEAD_ZONE}, 0 within it. */
function beyondDeadZone(drift: number): number {
  return Math.max(0, Math.abs(drift) - CUE_DEAD_ZONE);
}

/** How far (in questions' worth of hit rate) a cue may stray from chance before it is balanced. */
const CUE_DEAD_ZONE = 1;

function take(c: Candidate, t: Taken): void {
  const cue = cueOf(c.draft);
  if (cue) t.cueDrift.set(cue.cue, (t.cueDrift.get(cue.cue) ?? 0) + cue.drift);
  for (const k of askedKeys(c.draft)) t.asks.add(k);
  for (const k of bareKeys(c.draft)) t.facts.set(k, (t.facts.get(k) ?? 0) + 1);
  for (const k of wrongStatements(c.draft)) t.wrongUses.set(k, (t.wrongUses.get(k) ?? 0) + 1);
  for (const k of keyStatements(c.draft)) t.keyUses.set(k, (t.keyUses.get(k) ?? 0) + 1);
  for (const k of askedStatements(c.draft)) t.askedUses.set(k, (t.askedUses.get(k) ?? 0) + 1);
  t.sets.add(setKey(c.draft));
  const wrong = wrongSetKey(c.draft);
  if (wrong) t.sets.add(wrong);
  t.chosen.push(c);
  t.kinds.add(c.draft.kind);
  if (c.draft.asksFor === 'misconception') t.negatives++;
  const byConcept = t.perConcept.get(c.draft.conceptId) ?? [];
  byConcept.push(c);
  t.perConcept.set(c.draft.conceptId, byConcept);
  const byOwner = t.perOwner.get(ownerKey(c.owner)) ?? [];
  byOwner.push(c);
  t.perOwner.set(ownerKey(c.owner), byOwner);
}

/**
 * Undoes {@link take} for the question at `at` of what is taken, leaving its place in the lists
 * (the caller puts a variant there, or the question back). Every key it removes was its own:
 * taken questions never share an asked key, an option set or a set of wrong options ({@link fits}).
 */
function untake(at: number, t: Taken): void {
  const c = t.chosen[at] as Candidate;
  const cue = cueOf(c.draft);
  if (cue) t.cueDrift.set(cue.cue, (t.cueDrift.get(cue.cue) ?? 0) - cue.drift);
  for (const k of askedKeys(c.draft)) t.asks.delete(k);
  for (const k of bareKeys(c.draft)) t.facts.set(k, (t.facts.get(k) ?? 0) - 1);
  for (const k of wrongStatements(c.draft)) t.wrongUses.set(k, (t.wrongUses.get(k) ?? 0) - 1);
  for (const k of keyStatements(c.draft)) t.keyUses.set(k, (t.keyUses.get(k) ?? 0) - 1);
  for (const k of askedStatements(c.draft)) t.askedUses.set(k, (t.askedUses.get(k) ?? 0) - 1);
  t.sets.delete(setKey(c.draft));
  const wrong = wrongSetKey(c.draft);
  if (wrong) t.sets.delete(wrong);
  const remove = (list: Candidate[] | undefined): void => {
    const i = list?.indexOf(c) ?? -1;
    if (list && i >= 0) list.splice(i, 1);
  };
  remove(t.perConcept.get(c.draft.conceptId));
  remove(t.perOwner.get(ownerKey(c.owner)));
  if (c.draft.asksFor === 'misconception') t.negatives--;
}

/** {@link take} of `c` into the place `at` of what is taken (its lists keep their order). */
function takeAt(at: number, c: Candidate, t: Taken): void {
  take(c, t);
  t.chosen.pop();
  t.chosen[at] = c;
}

/**
 * Replaces the question at `at` by `by` (a variant: same concept, owner, template and fact)
 * when `by` fits what else is taken and passes review; reports whether it did.
 */
function swapAt(at: number, by: Candidate, t: Taken): boolean {
  const old = t.chosen[at] as Candidate;
  untake(at, t);
  const ok = fits(by, t, 'strict') && t.review(by.draft);
  takeAt(at, ok ? by : old, t);
  return ok;
}

/**
 * Which drafts may stand in for one another in the last pass ({@link rebalance}): those of one
 * owner (a concept, a topic, a table), one concept, one kind and as many options (two or more), so that no concept, owner or kind of question
 * loses a question by a swap, nor does the share of two-option questions grow. What else must hold (a fact asked once, option sets nobody else's…)
 * is {@link fits}'s to say.
 */
function standInKey(c: Candidate): string {
  const d = c.draft;
  return [ownerKey(c.owner), d.conceptId, d.kind, d.binary === true].join('\u0001');
}

/**
 * The bank's last pass: a question whose cue leans the way the bank's cues do gives its place to
 * a stand-in ({@link standInKey}) whose cue brings the bank back toward chance
 * (cue-rebalance.ts `swap-toward-chance`).
 */
function rebalance(candidates: readonly Candidate[], t: Taken): void {
  const standIns = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = standInKey(c);
    const list = standIns.get(key) ?? [];
    list.push(c);
    standIns.set(key, list);
  }
  const drift = (c: Candidate): number => cueOf(c.draft)?.drift ?? 0;
  const items = new Map<CueItem, Candidate>();
  const item = (c: Candidate): CueItem => {
    const it = { cue: cueOf(c.draft)?.cue ?? null, drift: drift(c) };
    items.set(it, c);
    return it;
  };
  // Not a stem that repeats the answer's name, nor a wrong option's, nor a filler, in place of
  // one that does not (`Topology spread constraints` beside "…per topology domain").
  const fair = (v: Candidate, c: Candidate): boolean =>
    v !== c &&
    (!v.draft.stemClue || !!c.draft.stemClue) &&
    (!v.draft.lure || !!c.draft.lure) &&
    (!v.draft.filler || !!c.draft.filler);
  const holders = new Holders(t.chosen);
  const move = (j: number, v: Candidate): boolean => {
    const old = t.chosen[j] as Candidate;
    if (!swapAt(j, v, t)) return false;
    holders.replace(j, old, v);
    return true;
  };
  const quality = (c: Candidate): number => c.draft.quality;
  const taken = t.chosen.map(item);
  rebalanceCues(
    taken,
    (i) => {
      const c = t.chosen[i] as Candidate;
      return (standIns.get(standInKey(c)) ?? []).filter((v) => fair(v, c)).map(item);
    },
    (it) => items.get(it)?.draft.quality ?? 0,
    (i, by) => {
      const c = items.get(by);
      if (!c) return false;
      if (move(i, c)) return true;
      // `make-room`: the holder moves to a stand-in showing its very cue reading.
      return swapMakingRoom(
        i,
        c,
        (v) => holders.blocker(v, i),
        (j) => {
          const h = t.chosen[j] as Candidate;
          const cue = cueOf(h.draft);
          return (standIns.get(standInKey(h)) ?? [])
            .filter((v) => fair(v, h) && sameCue(cueOf(v.draft), cue))
            .sort((a, b) => b.draft.quality - a.draft.quality);
        },
        move,
        (j) => t.chosen[j] as Candidate,
        quality,
      );
    },
  );
}

/** True when two cue readings are one: the same cue with the same drift, or none. */
function sameCue(a: ReturnType<typeof cueOf>, b: ReturnType<typeof cueOf>): boolean {
  if (a === null || b === null) return a === b;
  return a.cue === b.cue && Math.abs(a.drift - b.drift) < 1e-9;
}

/**
 * Which taken question holds each key a stand-in can collide on ({@link fits}): the facts it
 * asks, either way round, its option set and its set of wrong options. Kept up to date as the
 * last pass swaps, so finding who keeps a stand-in out reads its few keys, not the whole bank.
 */
class Holders {
  private readonly at = new Map<string, Set<number>>();

  constructor(chosen: readonly Candidate[]) {
    chosen.forEach((c, i) => {
      for (const k of Holders.keys(c.draft)) this.add(k, i);
    });
  }

  private static keys(d: Draft): string[] {
    const wrong = wrongSetKey(d);
    return [
      ...askedKeys(d).map((k) => `asks\u0001${k}`),
      ...bareKeys(d).map((k) => `fact\u0001${k}`),
      `set\u0001${setKey(d)}`,
      ...(wrong ? [`wrong\u0001${wrong}`] : []),
    ];
  }

  private add(key: string, i: number): void {
    const set = this.at.get(key) ?? new Set<number>();
    set.add(i);
    this.at.set(key, set);
  }

  /** Question `i` is now `to` (it was `from`). */
  replace(i: number, from: Candidate, to: Candidate): void {
    for (const k of Holders.keys(from.draft)) this.at.get(k)?.delete(i);
    for (const k of Holders.keys(to.draft)) this.add(k, i);
  }

  /** The one question other than `except` that holds a key of `c`, or null (none, or several). */
  blocker(c: Candidate, except: number): number | null {
    let found: number | null = null;
    for (const k of Holders.keys(c.draft))
      for (const j of this.at.get(k) ?? []) {
        if (j === except || j === found) continue;
        if (found !== null) return null;
        found = j;
      }
    return found;
  }
}

/** A question as {@link rebalanceCues} reads it. */
type CueItem = CueBalanceItem;

/**
 * At most how many questions the drafts can give, however the bank chooses: two drafts asking
 * the same thing ({@link ASK_RULES} `as-drafted`: drafts asking one fact count once) or offering
 * the same option set (three concepts under one heading have one which-concept set between them)
 * are never both taken. A draft that asks nothing counts on its own.
 */
function mostQuestions(list: readonly Candidate[]): number {
  const asks = new Set(
    list.map((c, i) => (c.draft.asks.length > 0 ? c.draft.asks.join('\u0001') : `#${i}`)),
  ).size;
  const sets = new Set(list.map((c) => setKey(c.draft))).size;
  return Math.min(asks, sets);
}

/**
 * How much a question beyond the first two of a concept is preferred for being of a kind the
 * bank has none of yet: resilience.en's five concepts had no "which is a misconception"
 * question once a second "which is right" question of Timeout (`*Turns a slow dependency…`
 * beside `Cancels the work on the server`) came first and the misconception question, which
 * offers both again, could no longer follow ({@link retells}).
 */
const BANK_KIND_BONUS = 0.5;

/**
 * `explained-stems-first`: how much a which-concept draft whose key the notes give no reason for
 * ({@link Draft.unexplained}) is ranked below one they explain. Readers of readings 18–23 judged
 * 19 of 361 which-concept questions sound without a reason for the key (303 flagged for it), 48
 * of 261 with one.
 */
const UNEXPLAINED_COST = 0.5;

/**
 * `negative-stems-rare`: the share of the bank's questions that ask for the false statement
 * ("which is a misconception") above which another one is ranked {@link NEGATIVE_COST} lower.
 * ITEM-WRITING.md: ask for the false statement plainly "and keep it rare"; readers of reading 24
 * named 10 of 21 such stems in one bank. The notes' misconceptions stay the wrong options of
 * questions that ask what is right.
 */
const NEGATIVE_SHARE = 1 / 3;
const NEGATIVE_COST = 1.5;

/**
 * True when taking `draft` would put the negative stems of what is taken above
 * {@link NEGATIVE_SHARE}; the first may always be taken (a bank of one concept may ask one of its
 * two questions so).
 */
function raisesNegatives(draft: Draft, t: Taken): boolean {
  return (
    draft.asksFor === 'misconception' &&
    t.negatives + 1 > Math.max(1, NEGATIVE_SHARE * (t.chosen.length + 1))
  );
}

/** True when some candidate of `list` may join what is taken ({@link fits}). */
function anyFits(list: readonly Candidate[], t: Taken, level: Strictness): boolean {
  for (const c of list) if (fits(c, t, level)) return true;
  return false;
}

/**
 * The best fitting candidate, a kind (then a template) not yet among `have` first; with
 * `strict` false, one asking a fact already asked the other way round, or offering a statement
 * offered often already, may fit too ({@link fits}).
 */
function best(
  list: readonly Candidate[],
  have: readonly Candidate[],
  t: Taken,
  level: Strictness = 'roles-apart',
  bonus?: (c: Candidate) => number,
): Candidate | null {
  // Nothing fitting, nothing to rank: once a concept has its first question, most searches find
  // every draft asking what is taken, and score none. (Whether a draft fits reads only what is
  // taken, so asking it first changes no choice.)
  if (!anyFits(list, t, level)) return null;
  // Best first (the earlier of equals); whether a draft fits (its option sets) and its review
  // are asked only of the drafts that would be taken: most variants of a question are never
  // reached. (Module functions and plain loops, no closures: assembly ranks every concept's
  // drafts, and under tsx each named closure made costs a `name` property written.)
  const scores: number[] = [];
  for (const c of list) scores.push(scoreOf(c, have, t, bonus));
  if (list.length > PICK_UP_TO) {
    const order = scores.map((_, i) => i);
    order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    for (const i of order) {
      const c = list[i] as Candidate;
      if (fits(c, t, level) && t.review(c.draft)) return c;
    }
    return null;
  }
  // A short list: the best left, one at a time (no sort; most searches stop at the first).
  let tried = 0; // bit i: position i was tried
  for (let n = 0; n < list.length; n++) {
    let top = -1;
    for (let i = 0; i < list.length; i++)
      if (!(tried & (1 << i)) && (top < 0 || (scores[i] as number) > (scores[top] as number)))
        top = i;
    tried |= 1 << top;
    const c = list[top] as Candidate;
    if (fits(c, t, level) && t.review(c.draft)) return c;
  }
  return null;
}

/**
 * How {@link best} ranks a candidate: its quality, a kind (then a template) not yet among `have`
 * first, the `bonus`, then the costs of its cue and of another negative stem. `have` is a
 * concept's or an owner's few questions: read in place, not copied into sets.
 */
function scoreOf(
  c: Candidate,
  have: readonly Candidate[],
  t: Taken,
  bonus: ((c: Candidate) => number) | undefined,
): number {
  let hasKind = false;
  let hasTemplate = false;
  for (const h of have) {
    if (h.draft.kind === c.draft.kind) hasKind = true;
    if (h.draft.template === c.draft.template) hasTemplate = true;
  }
  return (
    c.draft.quality +
    (hasKind ? 0 : 0.5) +
    (bonus ? bonus(c) : 0) +
    (hasTemplate ? 0 : 0.2) -
    CUE_BALANCE_WEIGHT * driftChange(c.draft, t) -
    CUE_ON_KEY_WEIGHT * Math.max(0, cueOf(c.draft)?.drift ?? 0) -
    (c.draft.unexplained ? UNEXPLAINED_COST : 0) +
    negativeStemRank(c.draft, t)
  );
}

/**
 * `table-lookups-for-coverage`: a table's look-up (`「半音数」が「3」なのはどれ？`) is asked beyond
 * the coverage round only for a concept short of two questions. Readers of unseen notes judged 2
 * of 45 table-row and 3 of 19 comparison questions sound (readings 21–22: bare look-ups, a fact
 * the bank asks again); a concept with two questions of its own gains nothing from one more.
 */
function coveredTwice(c: Candidate, t: Taken): boolean {
  return (t.perConcept.get(c.draft.conceptId)?.length ?? 0) >= MIN_PER_CONCEPT;
}

/**
 * `own-misconception-first`: how much a "which is a misconception about X" question among X's
 * own true statements ({@link ownMisconception}) is preferred to any other kind, all else equal,
 * within the share of negative stems `negative-stems-rare` keeps: more than the spread of a
 * template's qualities, so a concept that can have one asks it before a which-concept look-up.
 * Readers of readings 84–86 signed 17 of 42 such questions, against 3 of 173 which-concept
 * questions and 1 of 62 "which is correct about X" questions. Over the 492 read notes, 1,438 →
 * 1,483 such questions (1,561 were the share not kept), which-concept 1,645 → 1,630, no concept
 * left short (2026-12-07).
 */
const OWN_MISCONCEPTION_BONUS = 3;

/**
 * How a question asking for the false statement ranks: {@link NEGATIVE_COST} lower past the
 * share `negative-stems-rare` keeps, else a misconception of one concept
 * {@link OWN_MISCONCEPTION_BONUS} higher (`own-misconception-first` within that share).
 */
function negativeStemRank(draft: Draft, t: Taken): number {
  if (raisesNegatives(draft, t)) return -NEGATIVE_COST;
  return ownMisconception(draft) ? OWN_MISCONCEPTION_BONUS : 0;
}

/**
 * True for a misconception of one concept among its own true statements (not across concepts,
 * {@link AMONG_TEMPLATE}) that is no filler ({@link Draft.filler}): the one kind readers sign more
 * often than not asked.
 */
function ownMisconception(draft: Draft): boolean {
  return draft.template === 'misconception-about' && !draft.filler;
}

/** Lists up to this long are ranked by picking the best left, one at a time. */
const PICK_UP_TO = 8;

/**
 * The drafts the bank keeps, in the order of `conceptIds` (then topics and tables), and the
 * number of questions of each concept.
 */
export function assemble(
  candidates: readonly Candidate[],
  conceptIds: readonly string[],
  review: (draft: Draft) => boolean = () => true,
): Draft[] {
  const verdicts = new Map<Draft, boolean>();
  const fresh = (): Taken => ({
    review: (draft) => {
      let ok = verdicts.get(draft);
      if (ok === undefined) {
        ok = review(draft);
        verdicts.set(draft, ok);
      }
      return ok;
    },
    asks: new Set(),
    sets: new Set(),
    chosen: [],
    perConcept: new Map(),
    perOwner: new Map(),
    cueDrift: new Map(),
    facts: new Map(),
    wrongUses: new Map(),
    keyUses: new Map(),
    askedUses: new Map(),
    kinds: new Set(),
    negatives: 0,
  });
  const plain = candidates.filter((c) => !c.draft.binary);
  const binary = candidates.filter((c) => c.draft.binary);
  const byConcept = new Map<string, Candidate[]>();
  for (const c of plain) {
    const list = byConcept.get(c.draft.conceptId) ?? [];
    list.push(c);
    byConcept.set(c.draft.conceptId, list);
  }
  // 1. Coverage: two questions for every concept, its own drafts before topics' and tables';
  // concepts with the fewest different facts to ask choose first (they have the least room:
  // eight drafts of one fact are one question), then those with the fewest drafts.
  const room = new Map(conceptIds.map((id) => [id, mostQuestions(byConcept.get(id) ?? [])]));
  const drafts = (id: string): number => byConcept.get(id)?.length ?? 0;
  // Ties go by concept id, not by the notes' order: moving a row does not reorder the choosing
  // (what one concept takes changes what fits another), so questions keep their ids.
  // Each concept's room and drafts read once, not at every comparison (a sort of 5,000 concepts
  // compares some 60,000 pairs).
  const scarce = conceptIds
    .map((id) => ({ id, room: room.get(id) ?? 0, drafts: drafts(id) }))
    .sort((a, b) => a.room - b.room || a.drafts - b.drafts || (a.id < b.id ? -1 : 1))
    .map((r) => r.id);
  // An option set that drafts of several concepts have (one which-concept set for three
  // concepts under one heading) is contested: a concept that can do without it leaves it.
  const setOwners = new Map<string, Set<string>>();
  // Each candidate's owners of its set, in the order of `plain` (not looked up again below).
  const ownersOf: Set<string>[] = [];
  for (const c of plain) {
    const key = setKey(c.draft);
    let owners = setOwners.get(key);
    if (!owners) {
      owners = new Set();
      setOwners.set(key, owners);
    }
    owners.add(c.draft.conceptId);
    ownersOf.push(owners);
  }
  // Read for every pair of a concept's drafts: the contested ones found once.
  const contested = new Set(plain.filter((_, i) => (ownersOf[i] as Set<string>).size > 1));
  // (Asked for every pair of a concept's drafts: with no contested set, nothing to look up.)
  const uncontested =
    contested.size === 0 ? (): boolean => true : (c: Candidate): boolean => !contested.has(c);
  const cover = (order: readonly string[], leaveContested: boolean): Taken => {
    const taken = fresh();
    for (let round = 0; round < MIN_PER_CONCEPT; round++) {
      for (const id of order) {
        const have = taken.perConcept.get(id) ?? [];
        if (have.length > round) continue;
        const list = byConcept.get(id) ?? [];
        // Nothing of the concept's fits even loosely: no look below can pick one (every pool is
        // a part of `list`, and what fits strictly fits loosely). On a 5,000-row table every
        // concept's drafts ask one fact, so its second round ends here.
        if (!anyFits(list, taken, 'loose')) continue;
        // A first question that leaves more kinds to ask beside it is preferred ({@link partnerKinds}).
        const partners = (c: Candidate): number =>
          round === 0 ? PARTNER_KIND_BONUS * partnerKinds(c, list, uncontested) : 0;
        const look = (pool: readonly Candidate[], level: Strictness): Candidate | null => {
          const mine = pool.filter((c) => c.owner.type === 'concept');
          return (
            (leaveContested
              ? best(mine.filter(uncontested), have, taken, level, partners)
              : null) ??
            best(mine, have, taken, level, partners) ??
            // (When every draft is the concept's own, the second look would find nothing either.)
            (mine.length < pool.length ? best(pool, have, taken, level, partners) : null)
          );
        };
        // A first question that leaves a second to ask beside it before one that does not; at
        // each look, one that offers no statement another asks first (`asked-not-offered`: over
        // 270 read notes, which-concept stems shown again as another question's option went from
        // 703 to 680 with no concept left short by it).
        const choose = (pool: readonly Candidate[]): Candidate | null => {
          const paired =
            round === 0 ? pool.filter((c) => partnerKinds(c, list, uncontested) > 0) : pool;
          return (
            (paired.length < pool.length
              ? (look(paired, 'asked-apart') ?? look(paired, 'roles-apart'))
              : null) ??
            look(pool, 'asked-apart') ??
            look(pool, 'roles-apart') ??
            look(pool, 'strict') ??
            look(pool, 'loose')
          );
        };
        // A stem that repeats the answer's name only where nothing else is left, and only as a
        // concept's first question: a giveaway is no second question (a reader counts it as
        // flawed), but a concept with no question at all is not rehearsed. A filler
        // ({@link Draft.filler}) only where nothing sound is left either — but before a second
        // question whose cue would lean the bank further toward its keys: a reader following
        // the cue gains on every such question, a filler costs one. Not a correct-about filler
        // (`filler-kinds-last`): readers judged 1 of 91 sound, so it comes after the cued one.
        // `hosted-table-last`: a question of a table none of whose rows is the concept (the
        // table's host, {@link Draft.hosted}) says nothing of it, and comes after the concept's
        // own questions and own fillers: reading 35 found PET's two questions both on a table of
        // the speed of sound and half-lives. It still comes before a misconception across
        // concepts or a correct-about filler, which readers signed no more often (none of 66
        // misconceptions across concepts in readings 33–36) and which say as little of it.
        const clean = list.filter((c) => !c.draft.stemClue && !c.draft.hosted);
        const hosted = list.filter((c) => !c.draft.stemClue && c.draft.hosted);
        const sound = clean.filter((c) => !c.draft.filler);
        const fillers = clean.filter((c) => c.draft.filler);
        const weak = fillers.filter((c) => !LAST_FILLER_KINDS.has(c.draft.kind));
        // The concept's own fillers, not across concepts (`hosted-table-last`).
        const nearer = weak.filter((c) => c.draft.template !== AMONG_TEMPLATE);
        // A sibling named alike beside the key (`sibling-named-alike`), within the dead zone
        // the balance of cues leaves every cue (driftChange).
        const cueFree = (pool: readonly Candidate[]): Candidate[] =>
          pool.filter((c) => !raisesCue(c.draft, taken, CUE_DEAD_ZONE));
        const pick =
          (round > 0 && fillers.length > 0
            ? (choose(cueFree(sound)) ?? choose(cueFree(weak)))
            : null) ??
          choose(sound) ??
          (nearer.length > 0 ? choose(nearer) : null) ??
          (hosted.length > 0 ? choose(hosted) : null) ??
          (weak.length > 0 ? choose(weak) : null) ??
          (fillers.length > 0 ? choose(fillers) : null) ??
          (round === 0 && clean.length + hosted.length < list.length ? choose(list) : null);
        if (pick) take(pick, taken);
      }
    }
    return taken;
  };
  const missing = (taken: Taken, id: string): number =>
    Math.max(0, MIN_PER_CONCEPT - (taken.perConcept.get(id)?.length ?? 0));
  const deficit = (taken: Taken): number => scarce.reduce((n, id) => n + missing(taken, id), 0);
  let t = cover(scarce, false);
  // A concept left short because another took the one option set it could use (three concepts,
  // one which-concept set) chooses first in a second try, where every concept that can do
  // without a contested set leaves it; kept when fewer questions are missing.
  const left = scarce.filter((id) => missing(t, id) > 0);
  // Only worth a second try when a short concept has a draft whose option set was taken.
  const setTaken = (c: Candidate, taken: Taken): boolean =>
    taken.sets.has(setKey(c.draft)) || taken.sets.has(wrongSetKey(c.draft));
  // Nor when no order could do better: every short concept already has all its drafts can give
  // (on a 5,000-row table, each concept's drafts all ask one fact: the second try was a tenth of
  // the build, and always discarded).
  const least = scarce.reduce((n, id) => n + Math.max(0, MIN_PER_CONCEPT - (room.get(id) ?? 0)), 0);
  if (
    deficit(t) > least &&
    left.some((id) => (byConcept.get(id) ?? []).some((c) => setTaken(c, t)))
  ) {
    const leftSet = new Set(left);
    const retry = cover([...left, ...scarce.filter((id) => !leftSet.has(id))], true);
    if (deficit(retry) < deficit(t)) t = retry;
  }
  // 2. Breadth: each owner up to its quota, in rounds so that no owner takes everything first.
  const owners = new Map<string, Candidate[]>();
  for (const c of plain) {
    const key = ownerKey(c.owner);
    const list = owners.get(key) ?? [];
    list.push(c);
    owners.set(key, list);
  }
  const maxQuota = Math.max(...Object.values(QUOTA));
  // An owner with nothing that fits has nothing later either (what is taken only grows).
  const exhausted = new Set<string>();
  for (let round = 0; round < maxQuota; round++) {
    for (const [key, list] of owners) {
      const owner = list[0]?.owner;
      if (!owner || exhausted.has(key)) continue;
      const have = t.perOwner.get(key) ?? [];
      if (have.length >= QUOTA[owner.type] || have.length > round) continue;
      // Nothing fits: nothing of it will (what is taken only grows), whatever `fair` keeps.
      if (!anyFits(list, t, 'asked-apart')) {
        exhausted.add(key);
        continue;
      }
      const concept = list[0]?.draft.conceptId ?? '';
      const fair = list.filter(
        (c) =>
          !raisesCue(c.draft, t) &&
          !c.draft.stemClue &&
          !c.draft.filler &&
          // `hosted-table-once`: a table of things that are no concept (`| Role | Accepts client
          // writes |` under Raft's chapter) covers none, so its host's two questions do not stop
          // it: it is asked once, as a source of its own (issue 11: tables that name no concept
          // are sources too).
          !(owner.type === 'table' && coveredTwice(c, t) && !(c.draft.hosted && have.length === 0)),
      );
      const newKind = (c: Candidate): number => (t.kinds.has(c.draft.kind) ? 0 : BANK_KIND_BONUS);
      const pick = best(
        fair,
        [...have, ...(t.perConcept.get(concept) ?? [])],
        t,
        'asked-apart',
        newKind,
      );
      if (pick) take(pick, t);
      else exhausted.add(key);
    }
  }
  // 3. Two-option questions, only for concepts short of two, within the share
  // (`binary-only-for-coverage`): readers of unseen notes judged 0 of 35 two-option table
  // look-ups sound (a coin toss, ITEM-WRITING.md), so one is asked only where the concept has
  // no other second question. Short or not, not how many: a concept that lost a question
  // elsewhere (a row moved) does not push every other concept's out of the share.
  const short = (c: Candidate): number =>
    (t.perConcept.get(c.draft.conceptId)?.length ?? 0) < MIN_PER_CONCEPT ? 0 : 1;
  const ordered = [...binary].sort(
    (a, b) => short(a) - short(b) || b.draft.quality - a.draft.quality,
  );
  // Counted once, then kept up to date (not recounted over the whole bank per candidate).
  let twos = t.chosen.filter((x) => x.draft.choices.length === 2).length;
  // The share is of the bank's aim (two questions a concept), not of the bank as built: the
  // bank's size moves with every summary row that moves (which-concept option sets), its
  // concepts do not, so a far concept's coin toss is not in one build and out of the next
  // (`two-row-coin-toss`: at most a tenth of the aim, and never more than of the bank).
  const aim = Math.min(MIN_PER_CONCEPT * conceptIds.length, t.chosen.length);
  for (const c of ordered) {
    if (twos + 1 > MAX_BINARY_SHARE * (aim + 1) || short(c) > 0) break;
    if ((t.perOwner.get(ownerKey(c.owner))?.length ?? 0) >= QUOTA[c.owner.type]) continue;
    if (fits(c, t, 'asked-apart') && t.review(c.draft)) {
      take(c, t);
      if (c.draft.choices.length === 2) twos++;
    }
  }
  rebalance(candidates, t);
  const rank = new Map(conceptIds.map((id, i) => [id, i]));
  return t.chosen
    .map((c, i) => ({ c, i, at: rank.get(c.draft.conceptId) ?? conceptIds.length }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ c }) => c.draft);
}
