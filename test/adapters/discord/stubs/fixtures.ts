/** Loads a recorded payload from `test/fixtures/discord` (a fresh copy each time). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../../../fixtures/discord/', import.meta.url));

export function loadFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(`${DIR}${name}`, 'utf8')) as T;
}

/** The ids the fixtures use. */
export const IDS = {
  guild: '1100000000000000001',
  channel: '1100000000000000002',
  otherChannel: '1100000000000000003',
  application: '1200000000000000001',
  bot: '1200000000000000001',
} as const;
