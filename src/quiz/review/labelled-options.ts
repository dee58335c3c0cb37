/**
 * Options that each say what they are about before a colon (`Token bucket: forbids bursts` /
 * `Leaky bucket: drains at a constant rate` / `GCRA: stores one arrival time per key`): a set
 * of statements about several concepts, one concept each. Such a set names the question's
 * concept in one option as it names another in each of the others, so no name marks an option
 * (the rules that look for the concept's name in one option alone skip it). One pass of
 * `indexOf` per option, no pattern. Pure.
 */
import { matchKey } from '../text/normalize.ts';

/** What opens an option's statement after its label, per the catalog's wording of either language. */
const LABEL_ENDS = ['：', ': '];
/** A label longer than this is a clause of a statement, not a name (`As a queue: drains…`). */
const MAX_LABEL = 60;

/** An option's label and what it says after it, or null when it opens on no label. */
function labelled(text: string): { label: string; body: string } | null {
  let end = -1;
  for (const mark of LABEL_ENDS) {
    const at = text.indexOf(mark);
    if (at > 0 && (end < 0 || at < end)) end = at;
  }
  if (end < 0 || end > MAX_LABEL) return null;
  const body = text.slice(end + 1).trim();
  return body === '' ? null : { label: text.slice(0, end).trim(), body };
}

/** The label an option opens on (`Token bucket` of `Token bucket: forbids bursts`), or null. */
export function optionLabel(text: string): string | null {
  return labelled(text)?.label ?? null;
}

/** What an option says after its label (`forbids bursts`), or null when it has no label. */
export function optionBody(text: string): string | null {
  return labelled(text)?.body ?? null;
}

/**
 * True when every option (three at least) opens on a label of its own, and one of the labels is
 * a name of the question's concept: a labelled set of statements about several concepts. A set
 * of table cells (`Memory per key: 1 counter`) is labelled by attributes, not by the concept, and
 * is no such set.
 */
export function labelledByConcepts(
  options: readonly { text: string }[],
  names: readonly string[],
): boolean {
  if (options.length < 3) return false;
  const labels: string[] = [];
  for (const o of options) {
    const label = optionLabel(o.text);
    if (label === null) return false;
    const key = matchKey(label);
    if (labels.includes(key)) return false;
    labels.push(key);
  }
  const named = names.map((n) => matchKey(n));
  return labels.filter((l) => named.includes(l)).length === 1;
}
