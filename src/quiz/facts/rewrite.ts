/**
 * Writing a terse misconception cell out as a statement, from the notes themselves:
 * `逆` → the correct understanding with its two key phrases swapped; `サービス別` → the correct
 * understanding with its key phrase replaced (`クライアント別にゲートウェイ` →
 * `サービス別にゲートウェイ`); `中継` → the statement of the concept whose key phrase it is. Pure.
 */
import { matchKey } from '../text/normalize.ts';
import type { Concept } from '../types.ts';

const OTHER_WAY_ROUND =
  /^(逆|反対|その逆|the opposite|opposite|reversed?|the other way (a)?round|vice versa)$/i;

/** True for a cell that only says "the other way round". */
export function saysOtherWayRound(cell: string): boolean {
  return OTHER_WAY_ROUND.test(cell.trim());
}

/**
 * The correct understanding the other way round: its two key phrases swapped
 * (`SOAは**共有DB**、MSAは**専用DB**` → `SOAは専用DB、MSAは共有DB`), else its two clauses'
 * values swapped; null when the notes give no way to tell.
 */
export function swapped(concept: Concept): string | null {
  const [a, b] = concept.keyPhrases;
  const text = concept.correct;
  if (concept.keyPhrases.length === 2 && a && b && a !== b && once(text, a) && once(text, b)) {
    return text.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
  }
  const clauses = text.split(/[、,]\s*/);
  if (clauses.length !== 2) return null;
  const parts = clauses.map((c) => /^(.+?)(は|:|：|\s+is\s+)(.+)$/.exec(c));
  const [p, q] = parts;
  if (!p || !q) return null;
  return `${p[1]}${p[2]}${q[3]}${text.includes('、') ? '、' : ', '}${q[1]}${q[2]}${p[3]}`;
}

function once(text: string, part: string): boolean {
  return text.indexOf(part) >= 0 && text.indexOf(part) === text.lastIndexOf(part);
}

/**
 * The correct understanding with a key phrase replaced by the cell, when the two share a
 * beginning or an end (`クライアント別` / `サービス別`); null otherwise.
 */
export function parallel(concept: Concept, cell: string): string | null {
  const m = cell.normalize('NFKC');
  if ([...m].length > 16) return null;
  for (const phrase of concept.keyPhrases) {
    const k = phrase.normalize('NFKC');
    if (k === m || !once(concept.correct.normalize('NFKC'), k)) continue;
    const prefix = commonPrefix(k, m);
    const suffix = commonPrefix([...k].reverse().join(''), [...m].reverse().join(''));
    const shared = Math.max(prefix, suffix);
    if (shared >= 1 && shared < Math.min([...k].length, [...m].length))
      return concept.correct.normalize('NFKC').replace(k, m);
  }
  return null;
}

function commonPrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * The concept a cell points at: another concept whose key phrase (or, failing that, whose
 * correct understanding) contains the cell — `中継` → アンバサダー (`外部接続を**中継**`).
 * Only an unambiguous match counts.
 */
export function pointedConcept(
  cell: string,
  concept: Concept,
  all: readonly Concept[],
): Concept | null {
  const key = matchKey(cell);
  if ([...key].length < 2) return null;
  const others = all.filter((c) => c.id !== concept.id);
  const byPhrase = others.filter((c) => c.keyPhrases.some((p) => matchKey(p).includes(key)));
  if (byPhrase.length === 1) return byPhrase[0] ?? null;
  if (byPhrase.length > 1) return null;
  const byCorrect = others.filter((c) => matchKey(c.correct).includes(key));
  return byCorrect.length === 1 ? (byCorrect[0] ?? null) : null;
}
