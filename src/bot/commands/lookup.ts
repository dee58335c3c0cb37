/** `/quiz lookup TERM`: the concept card (interim matching until the quiz look-up lands). */
import { UserError } from '../errors.ts';
import type { Command } from './command.ts';

export const lookupCommand: Command = {
  name: 'lookup',
  adminOnly: false,
  usage: '/quiz lookup TERM',
  describe: (m) => m.cmdLookup,
  options: (m) => [{ name: 'term', description: m.optTerm, kind: 'string', required: true, autocomplete: true }],
  async run({ deps, m }, args) {
    const term = args.join(' ').trim();
    if (!term) throw new UserError('usage', m.lookupNeedsTerm);
    const concept = deps.bank.concepts.find((c) => c.name.toLowerCase().includes(term.toLowerCase()));
    if (!concept) throw new UserError('not_found', m.lookupNotFound(term));
    return [{ visibility: 'ephemeral', tone: 'info', title: concept.name, text: concept.correct }];
  },
};
