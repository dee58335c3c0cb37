/**
 * `bullet-of-another-row`: a × bullet is the misconception of the concept whose summary row names
 * it, wherever the notes put it. A "Common misconceptions" list at the end of a section that
 * holds sub-sections is read under the last one, and a section on two things under the first:
 * `× CG needs n iterations to be useful` stood under "Sparse direct solvers", `× A long period
 * means good quality` under "Test batteries", and readers found them labelled so in sets across
 * concepts (reading 19). Where the bullet says another concept's misconception cell (`Needs n
 * iterations`, `Long period = good quality`) and little of its own concept's cells, it is that
 * concept's wrong statement, with the true statement its correction gives. Pure; linear in the
 * bullets and the cells (an index of the cells' words, common words left out).
 */
import { isNegated } from '../text/cues.ts';
import { matchKey } from '../text/normalize.ts';
import { contentRuns, contentWord, coverage } from '../text/runs.ts';
import type { ConceptFacts } from './concept-facts.ts';
import type { Fact } from './fact.ts';
import { mentions } from './mentions.ts';

/** Share of a misconception cell's words (by weight) a bullet must hold to say that cell. */
const SAYS_CELL = 0.75;
/** A bullet that holds this much of a cell of its own concept's row stays where it is. */
const OWN_CELL = 0.5;
/** Share of the bullet's own words the cell must hold, unless the bullet names the other concept. */
const CELL_IN_BULLET = 0.5;
/** Words a cell has at least, and a bullet shares with it, for the two to be matched. */
const MIN_CELL_WORDS = 2;
/** A word in more cells than this tells no cell apart (`data`, `faster`): not indexed. */
const MAX_POSTINGS = 40;

interface Cell {
  owner: string;
  text: string;
}

/** How a bullet says the closest cell of a concept: the cell's share held, and its own share. */
interface Said {
  cell: number;
  back: number;
  text: string;
}

/** The misconception cells of every concept's row, by the words they hold. */
function cellIndex(all: ReadonlyMap<string, ConceptFacts>): Map<string, Cell[]> {
  const index = new Map<string, Cell[]>();
  for (const [id, facts] of all)
    for (const f of facts.falses) {
      if (f.source !== 'summary-misconception') continue;
      const text = f.cell ?? f.text;
      const words = new Set(contentRuns(text).map(contentWord));
      if (words.size < MIN_CELL_WORDS) continue;
      const cell: Cell = { owner: id, text };
      for (const w of words) {
        const list = index.get(w) ?? [];
        list.push(cell);
        index.set(w, list);
      }
    }
  return index;
}

/** How closely the bullet says the closest cell of each concept ({@link Said}). */
function closestCells(bullet: string, index: Map<string, Cell[]>): Map<string, Said> {
  const shared = new Map<Cell, number>();
  for (const w of new Set(contentRuns(bullet).map(contentWord))) {
    const list = index.get(w);
    if (!list || list.length > MAX_POSTINGS) continue;
    for (const cell of list) shared.set(cell, (shared.get(cell) ?? 0) + 1);
  }
  const best = new Map<string, Said>();
  for (const [cell, n] of shared) {
    if (n < MIN_CELL_WORDS) continue;
    const said = coverage(cell.text, bullet);
    if (said > (best.get(cell.owner)?.cell ?? 0))
      best.set(cell.owner, { cell: said, back: coverage(bullet, cell.text), text: cell.text });
  }
  return best;
}

/** How much of a cell of its own row (any, one word too) the bullet says. */
function ownShare(bullet: string, facts: ConceptFacts): number {
  let best = 0;
  for (const f of facts.falses)
    if (f.source === 'summary-misconception')
      best = Math.max(best, coverage(f.cell ?? f.text, bullet));
  return best;
}

/**
 * True when the bullet is the other concept's misconception, by the conditions of
 * `bullet-of-another-row` (each found on the notes of readings 1–19):
 * - it says most of that concept's cell, and little of any cell of its own row;
 * - it is not the cell's opposite (`循環参照は回収できない` is no `循環参照も回収できる`);
 * - it does not name its own concept without naming the other (`複合インデックスの列の順序…`);
 * - the cell is half of what it says or more, or it names the other concept. A bullet the cell
 *   is less of (`暗号化と改ざん検知を別々の鍵で2回行う方式` beside 共通鍵暗号's `暗号化すれば改ざんも
 *   検知できる`, `openid スコープを付けなくても IDトークンは返る` beside `IDトークンで呼ぶ`) says
 *   something else with the same words.
 */
function isOthers(
  bullet: string,
  said: Said,
  own: number,
  names: { own: boolean; other: boolean },
): boolean {
  if (said.cell < SAYS_CELL || own >= OWN_CELL) return false;
  if (isNegated(bullet) !== isNegated(said.text)) return false;
  if (names.own && !names.other) return false;
  // `pronoun-cell`: a cell whose subject is a pronoun (`They're the same number`, dBi vs dBd) says
  // only its predicate, which a bullet on another subject shares (`ERP and EIRP are the same
  // number`, reading 74): only a bullet that names the cell's concept is that concept's.
  if (!names.other && opensOnPronoun(said.text)) return false;
  return said.back >= CELL_IN_BULLET || names.other;
}

/**
 * Subjects that stand for the concept of the row (`They're`, `It is`, `それは`, `両者`), each an
 * opening a cell may start on; English read as the first word with its contraction.
 */
const PRONOUN_SUBJECTS = {
  en: new Set(['they', "they're", 'it', "it's", 'its', 'both', 'these', 'those', 'this', 'that']),
  ja: ['それ', 'これ', '両者', '両方', 'どちらも'],
} as const;

/** True when the cell opens on a pronoun subject ({@link PRONOUN_SUBJECTS}). */
export function opensOnPronoun(cell: string): boolean {
  const text = cell.trimStart();
  const first = (text.split(' ', 1)[0] ?? '').toLowerCase().replaceAll('’', "'");
  return PRONOUN_SUBJECTS.en.has(first) || PRONOUN_SUBJECTS.ja.some((p) => text.startsWith(p));
}

/**
 * The facts of every concept with each × bullet that says another concept's row misconception
 * (and the true statement its correction gives, read from the same line) moved to that concept.
 */
export function withBulletsOfOtherRows(
  all: ReadonlyMap<string, ConceptFacts>,
): Map<string, ConceptFacts> {
  const out = new Map(all);
  const index = cellIndex(all);
  if (index.size === 0) return out;
  const moves: { from: string; to: string; line: number }[] = [];
  for (const [id, facts] of all)
    for (const f of facts.falses) {
      if (f.source !== 'bullet') continue;
      const closest = closestCells(f.text, index);
      const own = ownShare(f.text, facts);
      let to: string | null = null;
      let best = 0;
      for (const [owner, said] of closest) {
        const other = all.get(owner)?.concept;
        if (owner === id || !other || said.cell <= best) continue;
        const names = { own: mentions(f.text, facts.concept), other: mentions(f.text, other) };
        if (!isOthers(f.text, said, own, names)) continue;
        to = owner;
        best = said.cell;
      }
      if (to) moves.push({ from: id, to, line: f.evidence.line });
    }
  for (const { from, to, line } of moves) {
    const a = out.get(from);
    const b = out.get(to);
    if (!a || !b) continue;
    const onLine = (f: Fact): boolean =>
      f.evidence.line === line && (f.source === 'bullet' || f.source === 'bullet-correction');
    // One the concept already has word for word (its cell written out from this very bullet,
    // `matching-statement`) is not added twice.
    const moved = (have: readonly Fact[], facts: readonly Fact[]): Fact[] => {
      const said = new Set(have.map((f) => matchKey(f.text)));
      return facts
        .filter((f) => onLine(f) && !said.has(matchKey(f.text)))
        .map((f) => ({ ...f, conceptId: to }));
    };
    out.set(from, {
      ...a,
      falses: a.falses.filter((f) => !onLine(f)),
      trues: a.trues.filter((f) => !onLine(f)),
    });
    out.set(to, {
      ...b,
      falses: [...b.falses, ...moved(b.falses, a.falses)],
      trues: [...b.trues, ...moved(b.trues, a.trues)],
    });
  }
  return out;
}
