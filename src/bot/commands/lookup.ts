/** `/quiz lookup TERM`: the concept card; forgiving matching, "did you mean" when nothing matches. */
import { cleanTerm, lookupConcept } from '../../quiz/lookup.ts';
import { lookupCard } from '../cards/lookup-card.ts';
import { UserError } from '../errors.ts';
import { INPUT_LIMITS } from '../input-limits.ts';
import { literal } from '../markup.ts';
import { spoilerConcepts } from '../spoilers.ts';
import type { Command } from './command.ts';

export const lookupCommand: Command = {
  name: 'lookup',
  adminOnly: false,
  usage: '/quiz lookup TERM',
  describe: (m) => m.cmdLookup,
  options: (m) => [
    { name: 'term', description: m.optTerm, kind: 'string', required: true, autocomplete: true },
  ],
  async run({ deps, event, m, channel }, args) {
    const term = cleanTerm(args.join(' '));
    if (!term) throw new UserError('usage', m.lookupNeedsTerm);
    // Capped before any matching: matching costs grow with the term's length.
    if ([...term].length > INPUT_LIMITS.term)
      throw new UserError('too_long', m.lookupTermTooLong(INPUT_LIMITS.term));
    const result = lookupConcept(deps.bank, term);
    if (result.found) {
      // The card tells the answer to an open question about this concept: answer it first.
      if (result.concept && spoilerConcepts(deps, event, event.userId).has(result.concept.id))
        throw new UserError('would_spoil', m.lookupWouldSpoil);
      return [lookupCard(result.card, m, channel.locale)];
    }
    const hint =
      result.suggestions.length > 0
        ? `\n${m.lookupDidYouMean(result.suggestions.join(m.listSeparator))}`
        : '';
    throw new UserError('not_found', `${m.lookupNotFound(literal(term))}${hint}`);
  },
};
