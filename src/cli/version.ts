/**
 * The version (from package.json) and the bot's own usage text, shared by `npm start -- --help`,
 * `node dist/main.js --version` and `npx quizbot --version`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `src/cli` and `dist/cli` both sit two levels below the project root. */
const PACKAGE_JSON = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');

/** The `version` of package.json, or `unknown` when it cannot be read. */
export function quizbotVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** What `npm start -- --help` prints. */
export const MAIN_USAGE = `usage: npm start [-- --help | --version]      (the Docker image: node dist/main.js)

Runs quizbot: on Slack and/or Discord when their tokens are set, otherwise the terminal quiz
(type /quiz help there). Settings come from the environment or a .env file: see .env.example.

  npm run demo          a reproducible walk-through on a throwaway database
  npx quizbot --help    the tools: check, questions, backup, restore, discord:register
`;
