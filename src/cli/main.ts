/**
 * `npx quizbot <command> …` — the command-line tools. Each command lives in `commands/<name>.ts`
 * and exports `run(args: string[]): Promise<number>` (the exit code); this file only dispatches.
 */
type CliCommand = {
  summary: string;
  load: () => Promise<{ run(args: string[]): Promise<number> }>;
};

const commands: Record<string, CliCommand> = {
  // Each entry is added by the part of the tree that owns the command.
  backup: {
    summary: 'copy the database (QUIZBOT_DB) to PATH while the bot runs: backup PATH [--force]',
    load: () => import('./commands/backup.ts'),
  },
  questions: {
    summary: 'print the question bank built from the notes (markdown; --json for JSON)',
    load: () => import('./commands/questions.ts'),
  },
  check: {
    summary: 'validate notes files: FILE:LINE: problems, exit 1 when not usable',
    load: () => import('./commands/check.ts'),
  },
  'discord:register': {
    summary: 'register the /quiz slash command with Discord',
    load: () => import('./commands/discord-register.ts'),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`);
  return `usage: quizbot <command> [args]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`quizbot: unknown command "${name}"\n\n${usage()}`);
    return 1;
  }
  return (await command.load()).run(args);
}

process.exitCode = await main(process.argv.slice(2));
