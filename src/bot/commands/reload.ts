/** `/quiz reload` (admins): reads the notes again; bad notes keep the current questions. */
import { reloadCard } from '../cards/reload-card.ts';
import { UserError } from '../errors.ts';
import { type Command, maxArgs } from './command.ts';

export const reloadCommand: Command = {
  name: 'reload',
  adminOnly: true,
  usage: '/quiz reload',
  describe: (m) => m.cmdReload,
  options: () => [],
  async run({ deps, m }, args) {
    maxArgs(args, 0, this.usage, m);
    if (!deps.reloader) throw new UserError('reload_unavailable', m.reloadUnavailable);
    return [reloadCard(await deps.reloader.reload('command'), m)];
  },
};
