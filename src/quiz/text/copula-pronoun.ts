/**
 * `pronoun-for-copula`: an English option that opens on a form of *be*, *have* or *mean* with no
 * subject (`Is a contract with penalties`, `Have the same 53-bit precision` — what is left when
 * the concept's name is dropped from the front of a statement, text/name-subject.ts) says it with
 * a pronoun: `It is a contract with penalties`, `They have the same 53-bit precision`. Without one
 * it reads as a broken fragment, unlike a feature written as a verb phrase (`Queues requests`,
 * `Can carry binary frames`): readers of unseen notes judged 1 of 29 questions sound that
 * offered one (2026-12-03, all readings). Reads only the first word. Pure.
 */

/** The pronoun each opening verb agrees with. */
const PRONOUN_FOR_VERB: Readonly<Record<string, string>> = {
  is: 'It',
  was: 'It',
  has: 'It',
  means: 'It',
  are: 'They',
  were: 'They',
  have: 'They',
};

/**
 * The option with a pronoun before its opening `Is` / `Are` / `Has` / `Have` / `Means` (written
 * with a capital: the first word of the option); any other text unchanged.
 */
export function withPronounForCopula(option: string): string {
  const space = option.indexOf(' ');
  if (space <= 0) return option;
  const verb = option.slice(0, space);
  const pronoun = PRONOUN_FOR_VERB[verb.toLowerCase()];
  if (!pronoun || verb[0] === verb[0]?.toLowerCase()) return option;
  return `${pronoun} ${verb.toLowerCase()}${option.slice(space)}`;
}
