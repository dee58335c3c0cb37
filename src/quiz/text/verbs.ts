/** English verb endings. Pure. */

/** `cancel` → `cancels`, `fix` → `fixes`, `carry` → `carries`. */
export function thirdPersonOf(verb: string): string {
  const lower = verb.toLowerCase();
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  if (lower.endsWith('y') && !'aeiou'.includes(lower.at(-2) ?? ''))
    return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Verbs that agree with a plural subject, and their form for one: `are` → `is`. */
const SINGULAR_FORMS: Readonly<Record<string, string>> = {
  are: 'is',
  were: 'was',
  have: 'has',
  do: 'does',
  "aren't": "isn't",
  "weren't": "wasn't",
  "haven't": "hasn't",
  "don't": "doesn't",
};

/** Modal verbs: one form for every subject (`can`, `must`, `will` …). */
export const MODALS: ReadonlySet<string> = new Set([
  'can',
  'cannot',
  "can't",
  'could',
  'will',
  "won't",
  'would',
  'must',
  'may',
  'might',
  'should',
  'shall',
]);

/** Verbs that agree with a singular subject as they are (auxiliaries and modals). */
export const SINGULAR_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'was',
  'has',
  'does',
  "isn't",
  "wasn't",
  "hasn't",
  "doesn't",
  ...MODALS,
]);

/**
 * A verb of a plural subject as it agrees with one: `are` → `is`, `have` → `has`, `fix` →
 * `fixes`, `can` → `can` (not `ares`, `cans`).
 */
export function singularVerbOf(verb: string): string {
  const lower = verb.toLowerCase();
  const form = SINGULAR_FORMS[lower];
  if (form) return verb[0] === verb[0]?.toUpperCase() ? capitalised(form) : form;
  if (MODALS.has(lower)) return verb;
  return thirdPersonOf(verb);
}

function capitalised(word: string): string {
  return `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
}
