/** `/quiz lookup TERM`: the concept card; forgiving matching, "did you mean" when nothing matches. */
import { cleanTerm, lookupConcept } from '../../quiz/lookup.ts';
import { lookupCard } from '../cards/lookup-card.ts';
import { UserError } from '../errors.ts';
import type { Command } from './command.ts';

export const lookupCommand: Command = {
  name: 'lookup',
  adminOnly: false,
  usage: '/quiz lookup TERM',
  describe: (m) => m.cmdLookup,
  options: (m) => [
    { name: 'term', description: m.optTerm, kind: 'string', required: true, autocomplete: true },
  ],
  async run({ deps, m, channel }, args) {
    const term = cleanTerm(args.join(' '));
    if (!term) throw new UserError('usage', m.lookupNeedsTerm);
    const result = lookupConcept(deps.bank, term);
    if (result.found) return [lookupCard(result.card, m, channel.locale)];
    const hint =
      result.suggestions.length > 0
        ? `\n${m.lookupDidYouMean(result.suggestions.join(m.listSeparator))}`
        : '';
    throw new UserError('not_found', `${m.lookupNotFound(term)}${hint}`);
  },
};
