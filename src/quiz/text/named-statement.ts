/**
 * A true statement written with the concept's name as its subject, for an option set in which the
 * wrong options name the concept where no rewrite can drop it: `Dashboard screenshots are a good
 * runbook` names the runbook as what the screenshots are said to be, not as its subject, so every
 * option of its question must name it too (`A runbook is step-by-step instructions for a known
 * alert`), or the one that names it is a clue. English only: the name is written the way the notes
 * write it in their sentences (`a runbook`, `an SLI`, `the incident commander`, bare `toil`). One
 * table of named rules, each with an example; each reads the first few words of a statement. Pure.
 */
import { leadingWords } from './name-subject.ts';

/** A statement and what the notes say of the concept, as a rule reads them. */
export interface NamedInput {
  /** The statement as the notes word it (tidied). */
  text: string;
  /** The statement as an option (the concept's subject dropped, when it had one). */
  option: string;
  /** Where it comes from: `summary`, `intro`, `definition`, `feature`, `point`… */
  source: string;
  /** The concept's name as the notes write it in a sentence (`a runbook`, `toil`). */
  written: string;
  /** The form of `option`: `statement`, `phrase` or `unclear`. */
  form: 'statement' | 'phrase' | 'unclear';
  /** True when the word is written with a capital inside the notes' sentences (a proper name). */
  keepsCapital: (word: string) => boolean;
  /** True when the statement is an item of a list the notes open as kinds of the concept. */
  kindOf?: boolean;
}

/** A named way of writing a true statement with the concept's name as its subject. */
export interface NamedStatementRule {
  name: string;
  example: { input: Omit<NamedInput, 'keepsCapital'>; result: string };
  write(input: NamedInput): string | null;
}

/** Sources that say what the concept is: a noun phrase of theirs is its definition. */
const DEFINING = new Set(['summary', 'intro', 'definition']);
/** Words that open a clause, not a noun phrase (`Who is paged next…`): no `X is` before them. */
const CLAUSE_WORDS = new Set([
  'who',
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
  'whether',
  'whatever',
  'if',
]);
/** Words after a past participle that make it a passive (`Linked from the alert`). */
const PASSIVE_FOLLOWERS = new Set([
  'by',
  'from',
  'to',
  'in',
  'on',
  'at',
  'after',
  'before',
  'with',
  'for',
  'into',
  'as',
  'when',
  'once',
  'only',
]);
const ARTICLES = new Set(['a', 'an', 'the']);

/** `A runbook` / `Toil`: the name as it opens a sentence. */
function opening(written: string): string {
  return `${written[0]?.toUpperCase() ?? ''}${written.slice(1)}`;
}

/** `is`, or `are` for a plural name written without `a`/`an` (`metrics`, `the logs`). */
function copulaOf(written: string): 'is' | 'are' {
  const words = written.split(' ');
  if (words[0] === 'a' || words[0] === 'an') return 'is';
  const last = words.at(-1) ?? '';
  return /^[a-z][a-z-]{2,}s$/.test(last) && !/(?:ss|us|is)$/.test(last) ? 'are' : 'is';
}

/** The text with its first word in lower case, unless that word keeps its capital. */
function asContinuation(text: string, keepsCapital: (word: string) => boolean): string | null {
  const [first = ''] = leadingWords(text, 1);
  // `Step-by-step`, `The`: a capital and lower-case letters only; `SLO`, `gRPC`, `Kafka` stay.
  if (/^[A-Z][a-z'’-]*[,:;]?$/.test(first)) {
    const word = first.replace(/[,:;]$/, '');
    if (keepsCapital(word)) return text;
    return `${first[0]?.toLowerCase() ?? ''}${text.slice(1)}`;
  }
  return /^[a-z0-9]/.test(first) || /^[A-Z]{2,}/.test(first) ? text : null;
}

/** Words that open a noun phrase (`A blameless review…`, `The one person who…`). */
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'any', 'each', 'every', 'some']);
/** Words that open the object of a verb (`takes one round trip`, `holds the keys`). */
const OBJECT_OPENERS = new Set([...DETERMINERS, 'two', 'three', 'its', 'their', 'it', 'them']);
/** Relative pronouns: a verb after one belongs to a clause on the noun (`Work that needs…`). */
const RELATIVES = new Set(['that', 'which', 'who', 'whose']);
/** Auxiliaries and modals: a definition that has one is a sentence of its own. */
const AUXILIARY =
  /^(?:is|are|was|were|be|been|can|cannot|will|would|must|should|may|might|does|do|did|has|have|had)$/;

/** `retries`, `places`: a word that may be a verb in -s (not `status`, `class`, `basis`). */
function looksLikeVerbS(word: string): boolean {
  return /^[a-z]{3,}s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

/** A noun phrase's head comes within this many words (before its relative clause). */
const MAX_HEAD_WORDS = 6;

/**
 * True when a definition opens on a noun phrase, so that `X is` can go before it: a determiner
 * (`A blameless review of what failed`), a compound adjective (`Step-by-step instructions`), a
 * list of adjectives (`Manual, repetitive work`), or a noun and its relative clause (`Work that
 * needs a human`). A statement form counts only when its verbs are in a relative clause (`…of
 * what failed and what will change`). Not a clause (`Who is paged next`) nor a verb (`Decides
 * when the trace starts`). Reads the first few words.
 */
function opensNounPhrase(option: string, form: NamedInput['form']): boolean {
  const words = leadingWords(option, MAX_HEAD_WORDS + 1).map((w) => w.toLowerCase());
  const [first = ''] = words;
  if (CLAUSE_WORDS.has(first)) return false;
  const relative = words.findIndex((w, i) => i >= 1 && opensRelative(w, words[i - 1] ?? ''));
  if (relative >= 1) {
    // A noun and its clause (`Work that needs…`, `Kafka topics that hold…`, `A review of what
    // failed`): no verb of its own before it (`The scheduler runs pods that…`); the last word
    // before the clause is its noun.
    const head = words.slice(0, relative);
    return !head.some((w) => AUXILIARY.test(w)) && !head.slice(0, -1).some(looksLikeVerbS);
  }
  if (form === 'statement') {
    // `A measured ratio of good events to valid events` is read as a statement for `events to`;
    // `The client retries the call` is one: a verb in the first words after the determiner.
    if (!DETERMINERS.has(first) || words.slice(1, 4).some(looksLikeVerbS)) return false;
    // `A first-ever QUIC connection takes one round trip`: a verb and its object further on.
    if (words.some((w, i) => i >= 1 && looksLikeVerbS(w) && OBJECT_OPENERS.has(words[i + 1] ?? '')))
      return false;
    if (leadingWords(option, 200).some((w) => AUXILIARY.test(w.toLowerCase()))) return false;
  }
  return DETERMINERS.has(first) || /^[a-z]+-[a-z-]+$/.test(first) || first.endsWith(',');
}

/** `that`/`which`/`who`/`whose` after a noun, `what` after a preposition (`a review of what…`). */
function opensRelative(word: string, before: string): boolean {
  if (RELATIVES.has(word)) return true;
  return word === 'what' && PREPOSITIONS.has(before);
}

const PREPOSITIONS = new Set(['of', 'for', 'to', 'about', 'on', 'in', 'from', 'with']);

/** A term before a colon: one to three words (`Latency`, `Error rate`). */
const MAX_TERM_WORDS = 3;
const MAX_TERM_CHARS = 40;

/**
 * `Latency: the share of requests…` → the term and the definition, when the term is one to three
 * plain words and the definition opens on an article; else null. Reads the first characters.
 */
function termAndDefinition(text: string): { term: string; definition: string } | null {
  const colon = text.slice(0, MAX_TERM_CHARS + 1).indexOf(': ');
  if (colon < 1) return null;
  const term = text.slice(0, colon);
  const words = term.split(' ');
  if (words.length > MAX_TERM_WORDS || !words.every((w) => /^[A-Za-z][A-Za-z0-9-]*$/.test(w)))
    return null;
  const definition = text.slice(colon + 2).trimStart();
  const [first = '', , third] = definition.split(' ', 3);
  if (!ARTICLES.has(first.toLowerCase()) || !third) return null;
  return { term, definition: `${first.toLowerCase()}${definition.slice(first.length)}` };
}

/** `a` or `an` before a word, by its first sound (`an availability`, `a latency`, `an SLO`). */
function indefiniteArticle(word: string): 'a' | 'an' {
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  const w = word.toLowerCase();
  if (/^(?:uni|usa|use|usu|uti|eu|one|once)/.test(w)) return 'a';
  if (/^(?:hour|honest|honou?r)/.test(w)) return 'an';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

export const NAMED_STATEMENT_RULES: readonly NamedStatementRule[] = [
  {
    name: 'kind-of-concept',
    example: {
      input: {
        text: 'Availability: the share of requests that did not fail',
        option: 'Availability: the share of requests that did not fail',
        source: 'sentence',
        written: 'an SLI',
        form: 'statement',
        kindOf: true,
      },
      result: 'An availability SLI is the share of requests that did not fail',
    },
    // `- Availability: the share…` under `Common kinds of SLI:`: the term names a kind of the
    // concept, and the definition is that kind's.
    write: ({ option, written, kindOf, keepsCapital }) => {
      if (!kindOf) return null;
      const found = termAndDefinition(option);
      if (!found) return null;
      const words = found.term.split(' ');
      const head = words[0] ?? '';
      const term =
        /^[A-Z][a-z-]*$/.test(head) && !keepsCapital(head)
          ? `${head.toLowerCase()}${found.term.slice(head.length)}`
          : found.term;
      // `Kinds of metrics:` would want the name in the singular: not guessed.
      if (copulaOf(written) === 'are') return null;
      const name = written.replace(/^(?:an?|the) /, '');
      const article = indefiniteArticle(term);
      return `${article[0]?.toUpperCase()}${article.slice(1)} ${term} ${name} is ${found.definition}`;
    },
  },
  {
    name: 'subject-kept',
    example: {
      input: {
        text: 'A runbook is written for someone woken at 3 a.m.',
        option: 'Is written for someone woken at 3 a.m.',
        source: 'point',
        written: 'a runbook',
        form: 'statement',
      },
      result: 'A runbook is written for someone woken at 3 a.m.',
    },
    // The notes' own sentence, whose subject the option had dropped: kept as written.
    write: ({ text, option }) => (text !== option ? text : null),
  },
  {
    name: 'definition-with-copula',
    example: {
      input: {
        text: 'Step-by-step instructions for a known alert',
        option: 'Step-by-step instructions for a known alert',
        source: 'summary',
        written: 'a runbook',
        form: 'unclear',
      },
      result: 'A runbook is step-by-step instructions for a known alert',
    },
    write: ({ option, source, written, form, keepsCapital }) => {
      if (!DEFINING.has(source) || !opensNounPhrase(option, form)) return null;
      const rest = asContinuation(option, keepsCapital);
      return rest ? `${opening(written)} ${copulaOf(written)} ${rest}` : null;
    },
  },
  {
    name: 'participle-with-copula',
    example: {
      input: {
        text: 'Linked from the alert itself',
        option: 'Linked from the alert itself',
        source: 'feature',
        written: 'a runbook',
        form: 'unclear',
      },
      result: 'A runbook is linked from the alert itself',
    },
    write: ({ option, written }) => {
      const [first = '', second = ''] = leadingWords(option, 2);
      if (!/^[A-Z][a-z]{2,}ed$/.test(first) || /eed$/.test(first)) return null;
      if (!PASSIVE_FOLLOWERS.has(second)) return null;
      return `${opening(written)} ${copulaOf(written)} ${first.toLowerCase()}${option.slice(first.length)}`;
    },
  },
];

/** The statement with the concept's name as its subject, by the first rule that applies; or null. */
export function namedStatement(input: NamedInput): string | null {
  for (const rule of NAMED_STATEMENT_RULES) {
    const made = rule.write(input);
    if (made) return made;
  }
  return null;
}

/** Words that may stand right before a bare name inside a sentence (`is toil`, `of toil`). */
const BEFORE_BARE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'of',
  'for',
  'to',
  'as',
  'than',
  'and',
  'or',
  'with',
  'from',
  'by',
  'in',
  'on',
  'into',
  'about',
  'like',
  'no',
  'more',
  'less',
]);

/**
 * How the notes write the concept's name inside their sentences, the most frequent way: with the
 * article before it (`a runbook`, `an SLI`, `the incident commander`) or bare (`is toil`, a
 * sentence that opens on `Toil`). A name after another word (`a good runbook`) says nothing of
 * its own article and is not counted. Null when the texts never write it so. Reads each text
 * with `indexOf` (linear).
 */
export function nameAsWritten(texts: readonly string[], name: string): string | null {
  const key = name.trim().toLowerCase();
  if (key.length < 2) return null;
  const counts = new Map<string, number>();
  const add = (form: string): void => {
    counts.set(form, (counts.get(form) ?? 0) + 1);
  };
  for (const text of texts) {
    const lower = text.toLowerCase();
    for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + key.length)) {
      const end = at + key.length;
      if (/[\p{L}\p{N}]/u.test(lower[end] ?? '') || /[\p{L}\p{N}]/u.test(lower[at - 1] ?? ''))
        continue;
      const before = text.slice(0, at).trimEnd();
      const previous = before
        .slice(before.lastIndexOf(' ') + 1)
        .replace(/^[("'“‘]+/, '')
        .toLowerCase();
      const as = text.slice(at, end);
      if (before === '') add(bareForm(as, name));
      else if (ARTICLES.has(previous)) add(`${previous} ${as}`);
      else if (BEFORE_BARE.has(previous)) add(as);
    }
  }
  let best: string | null = null;
  let most = 0;
  for (const [form, count] of counts)
    if (
      count > most ||
      (count === most && best !== null && !hasArticle(best) && hasArticle(form))
    ) {
      best = form;
      most = count;
    }
  return best;
}

function hasArticle(form: string): boolean {
  return ARTICLES.has(form.split(' ', 1)[0] ?? '');
}

/** A name that opens a sentence, as it reads inside one: `Toil` → `toil`, `SLI` stays. */
function bareForm(as: string, name: string): string {
  const first = name.trim().split(' ', 1)[0] ?? '';
  return /^[A-Z][a-z-]+$/.test(first) ? `${as[0]?.toLowerCase() ?? ''}${as.slice(1)}` : as;
}
