/**
 * `npx quizbot <command> …` — the command-line tools. Each command lives in `commands/<name>.ts`
 * and exports `run(args: string[]): Promise<number>` (the exit code); this file only dispatches.
 * `--help` (or `-h`) works on every command, `--version` everywhere.
 */
import { quizbotVersion } from './version.ts';

type CliCommand = {
  summary: string;
  load: () => Promise<{ run(args: string[]): Promise<number> }>;
};

const commands: Record<string, CliCommand> = {
  // Each entry is added by the part of the tree that owns the command.
  demo: {
    summary: 'a reproducible walk-through of the terminal quiz on a throwaway database',
    load: () => import('./commands/demo.ts'),
  },
  check: {
    summary: 'validate notes files (default: the configured notes); exit 1 when not usable',
    load: () => import('./commands/check.ts'),
  },
  questions: {
    summary: 'print the question bank built from the notes (markdown; --json for JSON)',
    load: () => import('./commands/questions.ts'),
  },
  backup: {
    summary: 'copy the database while the bot runs: backup [PATH] [--force]',
    load: () => import('./commands/backup.ts'),
  },
  restore: {
    summary: 'put a backup back as the database (stop the bot first): restore BACKUP',
    load: () => import('./commands/restore.ts'),
  },
  'discord:register': {
    summary: 'register the /quiz slash command with Discord (--dry-run: print it)',
    load: () => import('./commands/discord-register.ts'),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`);
  return `usage: quizbot <command> [args]   (quizbot <command> --help for its options)

commands:
${lines.join('\n')}

  --help, -h         this help
  --version, -v      the version
`;
}

async function main(argv: string[]): Promise<number> {
  const args = argv.map((a) => (a === '-h' ? '--help' : a));
  if (args.includes('--version') || args[0] === '-v') {
    process.stdout.write(`quizbot ${quizbotVersion()}\n`);
    return 0;
  }
  const [name, ...rest] = args;
  if (!name || name === '--help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  // `quizbot help backup` = `quizbot backup --help`.
  if (name === 'help') {
    if (rest[0] && commands[rest[0]]) return (await commands[rest[0]]!.load()).run(['--help']);
    process.stdout.write(usage());
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`quizbot: unknown command "${name}"\n\n${usage()}`);
    return 1;
  }
  return (await command.load()).run(rest);
}

process.exitCode = await main(process.argv.slice(2));
