/** `/quiz help`: every command, generated from the registry. */

import type { Reply } from '../types.ts';
import type { Command } from './command.ts';

export function createHelpCommand(all: () => readonly Command[]): Command {
  return {
    name: 'help',
    adminOnly: false,
    usage: '/quiz help',
    describe: (m) => m.cmdHelp,
    options: () => [],
    async run({ m }): Promise<Reply[]> {
      const lines = all().map(
        (c) => `${c.usage} — ${c.describe(m)}${c.adminOnly ? m.helpAdminMark : ''}`,
      );
      return [
        {
          visibility: 'ephemeral',
          tone: 'info',
          title: m.helpTitle,
          text: `${m.helpIntro}\n${lines.join('\n')}`,
          footer: m.helpScheduleNote,
        },
      ];
    },
  };
}
