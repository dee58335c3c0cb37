/**
 * How a looked-up term meets concept names, beyond an exact match: as a part of a name
 * (`メッシュ` → サービスメッシュ; a Latin part only from the start of a word), unless the rest of
 * the name turns the meaning around (`broker` + `less`), and by edit distance for typos. Pure.
 */
import { matchKey, softKey } from './text/normalize.ts';
import type { Concept } from './types.ts';

const FUZZY_MIN = 0.5;
const NEGATING_SUFFIXES = ['れす', 'less', 'なし', '無し', 'free'];
const NEGATING_PREFIXES = ['non', 'un', '非', '不', '無', 'のん'];

/** Concepts the term is part of: `accepted` as it reads, `turned` where the rest negates it. */
export function partialMatches(
  concepts: readonly Concept[],
  term: string,
): { accepted: Concept[]; turned: Concept[] } {
  const key = matchKey(term);
  const latin = /^[a-z0-9]+$/.test(key);
  const accepted: Concept[] = [];
  const turned: Concept[] = [];
  if ([...key].length < 2) return { accepted, turned };
  for (const concept of concepts) {
    let verdict: 'accept' | 'turn' | null = null;
    for (const name of [concept.name, ...concept.aliases]) {
      const v = partialVerdict(name, key, latin);
      if (v === 'accept') verdict = 'accept';
      else if (v === 'turn' && verdict === null) verdict = 'turn';
    }
    if (verdict === 'accept') accepted.push(concept);
    else if (verdict === 'turn') turned.push(concept);
  }
  // A whole word beats the start of one: `ci` is CI/CD, not "circuit breaker".
  const whole = accepted.filter((c) =>
    [c.name, ...c.aliases].some((n) => wordsOf(n).includes(key)),
  );
  return { accepted: whole.length > 0 ? whole : accepted, turned };
}

function wordsOf(name: string): string[] {
  return softKey(name)
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

function partialVerdict(name: string, key: string, latin: boolean): 'accept' | 'turn' | null {
  const nameKey = matchKey(name);
  const at = nameKey.indexOf(key);
  if (at < 0 || nameKey === key) return null;
  if (latin && !wordStarts(name).some((w) => w.startsWith(key)) && at !== 0) return null;
  const rest = nameKey.slice(at + key.length);
  const before = nameKey.slice(0, at);
  if (
    NEGATING_SUFFIXES.some((s) => rest.startsWith(s)) ||
    NEGATING_PREFIXES.some((p) => before.endsWith(p))
  )
    return 'turn';
  return 'accept';
}

/** The words of a name from each word start (`Docker Compose` → `dockercompose`, `compose`). */
function wordStarts(name: string): string[] {
  const words = wordsOf(name);
  return words.map((_, i) => words.slice(i).join(''));
}

/** Concept names close to the key (typos), best first. */
export function fuzzy(concepts: readonly Concept[], key: string): string[] {
  const scored = concepts
    .map((c) => ({
      name: c.name,
      score: Math.max(...[c.name, ...c.aliases].map((n) => similarity(key, matchKey(n)))),
    }))
    .filter((s) => s.score >= FUZZY_MIN)
    .sort((a, b) => b.score - a.score);
  return [...new Set(scored.map((s) => s.name))];
}

/** 1 − edit distance / longer length. */
function similarity(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0 || y.length === 0) return 0;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return 1 - (previous[y.length] ?? 0) / Math.max(x.length, y.length);
}
