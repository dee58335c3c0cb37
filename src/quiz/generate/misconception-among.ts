/**
 * *Which of these is a misconception* across siblings: one misconception the notes name about X,
 * among true statements of X's siblings, every option naming the concept it is about
 * (`Token bucket: Forbids bursts` / `Leaky bucket: Drains at a constant rate…` / `GCRA: Stores
 * one theoretical arrival time per key`). It can ask X's misconceptions where X's own true
 * statements are too few to stand beside them — a row whose summary cell is the correction of
 * its one misconception, which the misconception-about template cannot set beside it — and so
 * uses the notes' misconceptions, the best wrong answers there are, where otherwise the bank
 * would ask X only by the other concepts' definitions. Its drafts rank below misconception-about's
 * ({@link QUALITY}); the bank's assembly chooses between them. Pure.
 */
import { asStatements, type Fact, usable } from '../facts/fact.ts';
import { HEADING_GROUP } from '../facts/kind-groups.ts';
import { shorterStatement } from '../facts/shorter-statements.ts';
import { bareHeading } from '../notes/heading-match.ts';
import { namesTheConcept } from '../review/option-rules.ts';
import { lengthUnits } from '../review/text-measures.ts';
import { firstOutsideBrackets } from '../text/brackets.ts';
import { objectMemoTable } from '../text/build-memo.ts';
import { isNegated } from '../text/cues.ts';
import { copulaStatement, formOf, isBareNoun } from '../text/forms.ts';
import { matchKey } from '../text/normalize.ts';
import { opensOnLabel } from '../text/own-label.ts';
import { SINGULAR_AUXILIARIES } from '../text/verbs.ts';
import type { Concept, NotesDocument, Section } from '../types.ts';
import { CANDIDATES_TRIED, type Chosen, chooseOptions } from './choose-options.ts';
import { asOption, conceptById, type GenerationContext, namesOf, type Subject } from './context.ts';
import { AMONG_TEMPLATE, type Draft, type DraftChoice, siblingKey, siblingOf } from './draft.ts';
import { answersWrong } from './fit.ts';
import { isLargeNotes, largeNotesReason } from './large-notes.ts';
import { misconceptionDraftMaker, misconceptionKey } from './misconception-about.ts';
import { notesTopic } from './notes-topic.ts';

/**
 * True statements a sibling offers: claims its notes make (a point, a feature, a sentence of its
 * section) and what says what it is (its summary cell, its first sentence). Not the corrections of
 * its misconceptions: cut from their × line they lose their subject (`待機者がいなければ失われる`).
 */
const SIBLING_SOURCES = new Set(['point', 'feature', 'sentence', 'summary', 'intro', 'definition']);
/** Sources that define the sibling rather than claim something of it. */
const DEFINING = new Set(['summary', 'intro', 'definition']);
/**
 * How much further a definition stands in the order of candidates than a claim of the same
 * length: beside a misconception, which claims something, definitions (`Lockfile: Pins the whole
 * resolved tree with hashes`) leave the key the one claim of the set.
 */
const DEFINITION_GAP = 10;
/** Siblings offered, closest first (a set takes one statement of each: their `sibling:` key). */
const MOST_SIBLINGS = 4;
/**
 * Siblings with a statement to offer, at least: with two, every such question of the concept
 * offers the same two other concepts, and the few sets the search can try share whatever cue one
 * of those statements carries (caching.ja's three concepts: each set's one negated or odd option
 * was its key).
 */
const MIN_SIBLINGS = 3;
/** Wrong options of a set across concepts (`three-options-among`). */
const AMONG_WRONG_OPTIONS = 2;
/** Below the concept's own misconception-about questions, which ask it among its own truths. */
const QUALITY = 0.9;
/**
 * A set whose siblings are only other concepts of the notes ({@link otherConceptsOf}) ranks
 * below one among related siblings: it is what the bank asks where nothing nearer is left.
 */
const UNRELATED_QUALITY = 0.8;

/** A wording of a statement with the concept's name dropped, and the fact it says. */
interface Said {
  fact: Fact;
  other: Concept;
  text: string;
  /** Offered only where the notes relate too few siblings: then it denies nothing the key does not. */
  plain: boolean;
}

export function misconceptionAmongDrafts(ctx: GenerationContext, subject: Subject): Chosen {
  const out: Chosen = { drafts: [], rejected: [] };
  if (subject.topic) return out;
  const { doc, wording: w } = ctx;
  const lang = doc.language;
  const me = subject.concept;
  const wrongs = usable(subject.facts.falses).filter(
    (f) => f.about === undefined && !isBareNoun(f.text, lang),
  );
  if (wrongs.length === 0) return out;
  const { said: trues, related, strangersLeftOut } = siblingStatements(ctx, subject);
  if (new Set(trues.map((t) => t.other.id)).size < MIN_SIBLINGS) {
    if (strangersLeftOut)
      out.rejected.push(largeNotesReason('misconception-among', doc, 'unrelated concepts'));
    return out;
  }
  const quality = related ? QUALITY : UNRELATED_QUALITY;
  // `notes-topic`: with no heading of their own, the concepts are asked under the notes' subject.
  const subjectOfNotes = notesTopic(doc.title);
  const prompt = subjectOfNotes
    ? w.misconceptionAmongUnder(subjectOfNotes)
    : w.misconceptionAmong();
  // `topic-first`: siblings under the concept's own topic heading first, so that a set can be
  // asked under that heading (`among-under-topic`) rather than under the whole notes' subject.
  const topic = topicHeadingOf(ctx, me);
  // Each sibling statement as an option under its concept's name, and how far its length stands
  // from a key's before that key's length is known: the same for every misconception and wording
  // below, so worked out once.
  const offered = trues.map((t) => {
    const text = w.labelledStatement(t.other.name, t.text);
    const away = topic !== null && topicHeadingOf(ctx, t.other) !== topic;
    return {
      t,
      text,
      units: lengthUnits(text),
      further: DEFINING.has(t.fact.source),
      away,
    };
  });
  for (const wrong of wrongs) {
    // A sibling's statement that says the misconception's correction (`Allows bursts up to b`
    // of a token bucket, said of another) would answer it: read once per misconception, and only
    // for the statements a search reaches (by index in `offered`).
    const answers: (boolean | undefined)[] = [];
    const answered = (i: number): boolean => {
      let known = answers[i];
      if (known === undefined) {
        known = answersWrong((offered[i] as (typeof offered)[number]).t.text, wrong.why);
        answers[i] = known;
      }
      return known;
    };
    for (const body of bodies(wrong.text, lang, me)) {
      const text = w.labelledStatement(me.name, body);
      const key = misconceptionKey(wrong, text);
      const make = misconceptionDraftMaker(ctx, subject, wrong, {
        template: AMONG_TEMPLATE,
        prompt,
        keyText: body,
        quality,
      });
      // Closest in length to the key first (the search prefers earlier candidates): a
      // misconception is often a short clause and a sibling's summary cell a long one, and the
      // shortest option of a set is what a reader looking for the odd one out picks.
      const size = lengthUnits(text);
      const negated = isNegated(body);
      const order = offered
        .map((o, i) => ({
          o,
          i,
          gap:
            Math.abs(o.units - size) + (o.further ? DEFINITION_GAP : 0) + (o.away ? TOPIC_GAP : 0),
        }))
        .filter(({ o }) => !o.t.plain || negated || !isNegated(o.t.text))
        .sort((a, b) => a.gap - b.gap);
      // The search reads no candidate past the first CANDIDATES_TRIED: those that answer the
      // misconception are left out up to there (sorting first keeps the order of the rest).
      const beside: DraftChoice[] = [];
      for (const { o, i } of order) {
        if (beside.length >= CANDIDATES_TRIED) break;
        if (answered(i)) continue;
        beside.push({
          text: o.text,
          correct: false,
          truth: true,
          why: null,
          keys: [...o.t.fact.keys, siblingKey(o.t.other.id)],
        });
      }
      // `three-options-among`: two other concepts beside the key, never three. Readers judged 11 %
      // of four-option sets across concepts sound, 24 % of three-option ones (readings 1–16): a
      // fourth concept is one more idea the stem does not ask.
      const found = chooseOptions(
        key,
        beside,
        make,
        { names: subject.names },
        { variants: 3, most: AMONG_WRONG_OPTIONS },
      );
      // `among-last`: a set across three or four concepts asks no single idea (ITEM-WRITING.md:
      // "one idea from the notes per question"). Readers of reading 12 named it first in four of
      // six notes (10 of 25 questions of one bank), and in reading 13 five of six would rather
      // install the bank that asks it only where a concept has nothing else for its two
      // questions ({@link Draft.filler}): 21 of 132 questions sound there, 20 of 142 here.
      for (const d of found.drafts) {
        d.filler = true;
        // `among-under-topic`: concepts the notes set under one heading are asked under it.
        const topic = sharedTopic(ctx, d);
        if (topic) d.prompt = w.misconceptionAmongUnder(topic);
      }
      out.drafts.push(...found.drafts);
      out.rejected.push(...found.rejected);
    }
  }
  return out;
}

/**
 * `among-under-topic`: the heading every concept of a set sits under, when the notes group them
 * there (a `one-heading` kind group, so not the heading of the whole notes): "which is a
 * misconception" across three concepts read as a stem with no single idea (reading 24: nine
 * questions flagged e), and the heading is the idea they share (`Orbital maneuvers`). Null when
 * they sit under different headings.
 */
function sharedTopic(ctx: GenerationContext, draft: Draft): string | null {
  const ids = new Set([draft.conceptId]);
  for (const c of draft.choices) {
    const id = siblingOf(c.keys);
    if (id) ids.add(id);
  }
  let parent: Section | null | undefined;
  let groups: Set<string> | null = null;
  for (const id of ids) {
    const concept = conceptById(ctx, id);
    const up = concept ? parentHeadingOf(ctx, concept) : null;
    if (!up || (parent !== undefined && up !== parent)) return null;
    parent = up;
    const mine = [...(ctx.kindGroups.of.get(id) ?? [])].filter((g) => g.startsWith(HEADING_GROUP));
    groups = new Set(groups ? mine.filter((g) => groups?.has(g)) : mine);
    if (groups.size === 0) return null;
  }
  return parent && isTopicHeading(ctx, parent) ? bareHeading(parent.heading) : null;
}

/** Headings below the notes' sections (`### 1. 基礎`, under `## 学習内容`) name a topic. */
const MIN_TOPIC_LEVEL = 3;

/**
 * How much further a sibling under another topic heading stands in the order of candidates than
 * one under the concept's own: more than any gap of length, so a set under one heading is tried
 * first. Readers signed 3 of 25 sets asked under a topic heading and none of 383 asked under the
 * whole notes' subject (readings 1–52).
 */
const TOPIC_GAP = 10_000;

/** The heading a concept's section sits under, or null. */
function parentHeadingOf(ctx: GenerationContext, concept: Concept): Section | null {
  const own = concept.section ? ctx.index.byHeading.get(concept.section) : undefined;
  return (own ? ctx.index.parent.get(own) : undefined) ?? null;
}

/** The heading a concept's section sits under when it names a topic ({@link isTopicHeading}), or null. */
function topicHeadingOf(ctx: GenerationContext, concept: Concept): Section | null {
  const up = parentHeadingOf(ctx, concept);
  return up && isTopicHeading(ctx, up) ? up : null;
}

/**
 * `topic-heading`: a heading over concepts' sections names one topic of the notes when it is below
 * their sections ({@link MIN_TOPIC_LEVEL}), or a section of the notes that is one of two or more
 * holding concepts (`## 2. Configuration changes and saved state` beside `## 1. The lifecycle
 * itself`). A top heading that holds every concept (`## Notes`, `## 学習内容`, the title) holds the
 * notes' body, not one topic.
 */
function isTopicHeading(ctx: GenerationContext, heading: Section): boolean {
  const words = bareHeading(heading.heading);
  if (NO_TOPIC_HEADINGS.some((rule) => rule.test(words))) return false;
  if (heading.level >= MIN_TOPIC_LEVEL) return true;
  if (heading.level !== 2) return false;
  const parts = topLevelParents(ctx);
  return parts.size >= 2 && parts.has(heading);
}

/** Words a heading opens on when it asks a question of its section or holds what is left. */
const QUESTION_OPENINGS = [
  'why ',
  'when ',
  'how ',
  'what ',
  'where ',
  'which ',
  // `statements about “Who's who”` (reading 91): who does what, not a topic.
  'who ',
  "who's ",
  'who’s ',
  'なぜ',
  'どう',
  'いつ',
];
const REMAINDER_OPENINGS = ['other ', 'more ', 'misc', 'その他', 'そのほか', '補足', 'おまけ'];

/**
 * Headings that name no topic to ask "which is a misconception about …" of, each with an example
 * (`topic-heading`): a question the section answers, and a heading for what is left.
 */
export const NO_TOPIC_HEADINGS: readonly {
  name: string;
  example: string;
  test: (heading: string) => boolean;
}[] = [
  {
    name: 'question-heading',
    example: 'Why pool at all',
    test: (h) => {
      const lower = h.trim().toLowerCase();
      return QUESTION_OPENINGS.some((w) => lower.startsWith(w)) || /[?？]$/u.test(lower);
    },
  },
  {
    name: 'remainder-heading',
    example: 'Other drivers',
    test: (h) => REMAINDER_OPENINGS.some((w) => h.trim().toLowerCase().startsWith(w)),
  },
  {
    // `statements about “The families”` (reading 77, four questions): `The` and one word points
    // into the notes (the families of what?). A number or a qualifier between says which
    // (`The three signals` of observability stays a topic).
    name: 'the-heading',
    example: 'The families',
    test: (h) => {
      const words = h.trim().split(/\s+/u);
      return words.length <= THE_HEADING_WORDS && words[0]?.toLowerCase() === 'the';
    },
  },
  {
    // `statements about “Reading the picture”` (reading 77), `“Making it work”` (reading 74): a
    // heading that names something to do, not a topic a statement is about.
    name: 'activity-heading',
    example: 'Reading the picture',
    test: (h) => {
      const [first = '', second = ''] = h.trim().toLowerCase().split(/\s+/u);
      // A verb before `-ing` has a vowel (`making`), a noun in `-ing` may not (`string`, `spring`).
      const verb = first.endsWith('ing') ? first.slice(0, -3) : '';
      return verb.length >= 2 && /[aeiouy]/.test(verb) && ACTIVITY_OBJECTS.has(second);
    },
  },
];

/** Words after a heading's opening verb in -ing that make it an activity (`Reading the picture`). */
const ACTIVITY_OBJECTS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'it',
  'your',
  'our',
  'them',
]);

/** A heading of `The` and this many words in all at most points into the notes (`The families`). */
const THE_HEADING_WORDS = 2;

/** The sections of level 2 that hold a concept's section, once per document. */
function topLevelParents(ctx: GenerationContext): ReadonlySet<Section> {
  const memo = topLevelMemo();
  let out = memo.get(ctx);
  if (!out) {
    out = new Set();
    for (const c of ctx.doc.concepts) {
      const up = parentHeadingOf(ctx, c);
      if (up?.level === 2) out.add(up);
    }
    memo.set(ctx, out);
  }
  return out;
}

const topLevelMemo = objectMemoTable<GenerationContext, Set<Section>>();

/**
 * The wordings of a statement as an option naming its concept in front: the concept's name
 * dropped from its subject, and a noun phrase also as a statement (`…を持つ構造体である`). None
 * that still names the concept (the label says it once).
 */
function bodies(text: string, lang: 'ja' | 'en', concept: Concept): readonly string[] {
  // A sibling's statements are worded for every concept it stands beside (four on a big table).
  const table = bodiesMemo();
  let memo = table.get(concept);
  if (!memo) {
    memo = new Map();
    table.set(concept, memo);
  }
  let out = memo.get(text);
  if (!out) {
    out = bodiesOf(text, lang, concept);
    memo.set(text, out);
  }
  return out;
}

/** {@link bodies} of each concept (of one document, so of one language), by statement. */
const bodiesMemo = objectMemoTable<Concept, Map<string, readonly string[]>>();

/** {@link bodies}, worked out. */
function bodiesOf(text: string, lang: 'ja' | 'en', concept: Concept): string[] {
  const main = withSubjectPronoun(
    withoutShortTopic(asOption(text, lang, concept), concept.name, lang),
    lang,
  );
  const out = [main];
  const copula = copulaStatement(main, lang);
  if (copula) out.push(copula);
  return out.filter(
    (t) =>
      t !== '' &&
      !namesTheConcept(t, namesOf(concept)) &&
      !opensOnPluralVerb(t, lang) &&
      // Under the concept's name, a statement's own label would stack two (`own-label`).
      !opensOnLabel(t),
  );
}

/** Verbs besides the auxiliaries (text/verbs.ts) a dropped singular subject leaves an option on. */
const SINGULAR_OPENING_VERBS: ReadonlySet<string> = new Set(['means', 'needs']);

/**
 * `subject-pronoun`: an English statement left opening on the verb of its dropped subject reads
 * as a fragment under the name's label (`LCP: Is when the page finishes loading`, readers of
 * reading 8); it takes `It` for the subject (`LCP: It is when the page finishes loading`).
 */
function withSubjectPronoun(text: string, lang: 'ja' | 'en'): string {
  if (lang !== 'en' || !/^[A-Z]/.test(text)) return text;
  const first = text.slice(0, Math.max(0, text.indexOf(' '))).toLowerCase();
  if (!SINGULAR_AUXILIARIES.has(first) && !SINGULAR_OPENING_VERBS.has(first)) return text;
  return `It ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** Verbs of a plural subject an English option may open on once its subject is dropped. */
const PLURAL_VERBS = ['Are ', "Aren't ", 'Were ', 'Have '];

/**
 * `plural-subject`: an English statement left opening on a plural verb (`Are the same thing` of
 * `Precision and recall are the same thing`) was about more than the concept: under its one name
 * (`Precision: Are the same thing`) it says something else.
 */
function opensOnPluralVerb(text: string, lang: 'ja' | 'en'): boolean {
  return lang === 'en' && PLURAL_VERBS.some((v) => text.startsWith(v));
}

/** The shortest head of a name that may stand for it as a topic (`準同期` of 準同期レプリケーション). */
const SHORT_TOPIC_MIN = 2;

/**
 * `short-name-topic`: a Japanese statement whose topic is the head of the concept's name
 * (`準同期はタイムアウトしても書き込みを拒否する` of 準同期レプリケーション), without it: the label
 * before it says the name already.
 */
function withoutShortTopic(text: string, name: string, lang: 'ja' | 'en'): string {
  if (lang !== 'ja') return text;
  // The longest head of the name the text opens on (one pass, no string built per length).
  let common = 0;
  const most = Math.min(name.length - 1, text.length - 2);
  while (common < most && text[common] === name[common]) common++;
  for (let size = common; size >= SHORT_TOPIC_MIN; size--)
    if (text[size] === 'は') return text.slice(size + 1);
  return text;
}

/** A first sentence shorter than this says too little to stand alone. */
const MIN_SENTENCE = 8;
/** A statement this long or longer is also offered as its first clause or sentence. */
const SHORTER_FROM = 40;

/**
 * A sibling's statement, and where it is long, also its first sentence (`WALをバイト単位でそのまま
 * 送る` of `…。クラスタ全体が対象で、同じメジャーバージョン同士`) or first clause (English,
 * facts/shorter-statements.ts): each sentence of a summary cell is a claim of its own, and a
 * shorter true option stands beside a short misconception.
 */
function withFirstSentence(text: string, lang: 'ja' | 'en'): string[] {
  if ([...text].length < SHORTER_FROM) return [text];
  if (lang === 'en') {
    const short = shorterStatement(text, lang, SHORTER_FROM);
    return short === text ? [text] : [text, short];
  }
  const stop = firstOutsideBrackets(text, '。');
  if (stop < MIN_SENTENCE || stop === text.length - 1) return [text];
  const first = text.slice(0, stop);
  return isBareNoun(first, lang) ? [text] : [text, first];
}

/** A sibling's true statements of {@link SIBLING_SOURCES}, in the notes' order. */
function statementsOf(ctx: GenerationContext, other: Concept, lang: 'ja' | 'en'): Fact[] {
  return asStatements(ctx.facts.get(other.id)?.trues ?? []).filter(
    (t) => SIBLING_SOURCES.has(t.source) && !isBareNoun(t.text, lang) && !phraseOfProse(t, lang),
  );
}

/**
 * `prose-phrase-no-claim`: a sentence of a sibling's prose that is only a phrase (`The production
 * bug.` opening the typed-nil section, before its code) claims nothing; under the sibling's label
 * (`Typed-nil trap: The production bug`) it passed for a statement beside the misconception and
 * was ruled out at sight (reading 70). A summary cell or a term's definition may be a phrase
 * (`Package-level values like io.EOF`): it says what the sibling is. English only: Japanese prose
 * states its facts in phrases that end on a noun (`HCO3⁻ の一次的な低下`).
 */
function phraseOfProse(t: Fact, lang: 'ja' | 'en'): boolean {
  return (
    lang === 'en' &&
    t.source !== 'summary' &&
    t.source !== 'definition' &&
    formOf(t.text, lang) === 'phrase'
  );
}

/**
 * The siblings' true statements that say what each is, closest sibling first, and whether the
 * notes relate enough siblings ({@link MIN_SIBLINGS}) or other concepts of the notes filled in.
 */
function siblingStatements(
  ctx: GenerationContext,
  subject: Subject,
): { said: Said[]; related: boolean; strangersLeftOut: boolean } {
  const lang = ctx.doc.language;
  const out: Said[] = [];
  const seen = new Set<string>();
  const used = new Set<string>([subject.concept.id]);
  let siblings = 0;
  const offer = (other: Concept, plain: boolean): void => {
    used.add(other.id);
    let offered = false;
    for (const fact of statementsOf(ctx, other, lang))
      for (const text of bodies(fact.text, lang, other).flatMap((b) =>
        withFirstSentence(b, lang),
      )) {
        const k = matchKey(text);
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ fact, other, text, plain });
        offered = true;
      }
    if (offered) siblings++;
  };
  // `not-by-position`: only siblings the notes relate (told apart, under one heading, kinds of one
  // thing): the summary's neighbouring rows are no kin of the concept (the options would be of
  // another kind), and they change as rows move — moving a row would change the questions of
  // concepts far from it.
  for (const { concept: other, relation } of subject.siblings) {
    if (relation === 'neighbouring-row') continue;
    if (siblings >= MOST_SIBLINGS) break;
    offer(other, false);
  }
  const related = siblings >= MIN_SIBLINGS;
  // `any-concept-of-the-notes`: where the notes relate too few, other concepts of the notes fill
  // in (`Server-side session vs token: JWTs are inherently more secure` beside `Path: …` and
  // `SameSite: …`): each option names its concept, and the question asks about the notes' subject
  // as a whole, so a player does not rule one out as another kind of thing. Taken in the order of
  // their ids after the concept's own, which moving rows does not change. Only for a concept too
  // thin to be asked among its own truths: one that has them is asked there. (Their statements
  // that deny something stand only beside a key that does too — see `plain` above: a true `There
  // is no retrieval fee` beside a misconception is the option a reader hunting for the negated one
  // picks, and every such set would lead that reader away.)
  const thin = usable(subject.facts.trues).length < OWN_TRUTHS_FOR_A_SET;
  // `large-notes` (large-notes.ts): among hundreds of concepts, the next few by id are strangers
  // that share nothing with it but the file.
  const strangersLeftOut = thin && !related && isLargeNotes(ctx.doc);
  for (const other of thin && !strangersLeftOut ? otherConceptsOf(ctx.doc, subject.concept) : []) {
    if (siblings >= MIN_SIBLINGS) break;
    if (!used.has(other.id)) offer(other, true);
  }
  return { said: out, related, strangersLeftOut };
}

/** True statements a misconception-about set of the concept's own needs (two beside its key). */
const OWN_TRUTHS_FOR_A_SET = 2;

/** How many other concepts of the notes {@link otherConceptsOf} looks at, at most. */
const OTHER_CONCEPTS_REACH = 8;

/** A document's concepts in the order of their ids, and each one's place there. */
interface IdRing {
  concepts: readonly Concept[];
  place: ReadonlyMap<string, number>;
}

/** Each document's {@link IdRing}, once per document. */
const ringMemo = objectMemoTable<NotesDocument, IdRing>();

/**
 * Concepts of the document after `concept` in the ring of their ids (up to
 * {@link OTHER_CONCEPTS_REACH}): the same ones wherever the rows stand, and a few per concept
 * however many rows the notes have.
 */
function otherConceptsOf(doc: NotesDocument, concept: Concept): Concept[] {
  let ring = ringMemo().get(doc);
  if (!ring) {
    const concepts = [...doc.concepts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    ring = { concepts, place: new Map(concepts.map((c, i) => [c.id, i])) };
    ringMemo().set(doc, ring);
  }
  const { concepts, place } = ring;
  const at = place.get(concept.id) ?? 0;
  const out: Concept[] = [];
  for (let i = 1; i <= OTHER_CONCEPTS_REACH && i < concepts.length; i++)
    out.push(concepts[(at + i) % concepts.length] as Concept);
  return out;
}
