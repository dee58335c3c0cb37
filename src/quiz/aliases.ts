/**
 * Other names of concepts: an optional aliases file (`data/aliases.json`) maps a name to the
 * other names it goes by, e.g. `{ "サーガ": ["SAGA", "Saga pattern"] }`. Either side may be the
 * concept's name in the notes; a group is symmetric. Pure: the caller reads the file.
 */

import { matchKey } from './text/normalize.ts';
import type { NotesProblem } from './types.ts';

/** Name → other names. */
export type AliasMap = Readonly<Record<string, readonly string[]>>;

/** Parses the text of an aliases JSON file, reporting what is wrong with it (line 1 when unknown). */
export function parseAliasFile(
  text: string,
  file: string,
): { aliases: AliasMap; problems: NotesProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      aliases: {},
      problems: [
        {
          file,
          line: lineOfJsonError(text, message),
          message: `aliases file is not valid JSON: ${message}`,
        },
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      aliases: {},
      problems: [
        {
          file,
          line: 1,
          message: 'aliases file must be a JSON object: { "name": ["other name", …] }',
        },
      ],
    };
  }
  const aliases: Record<string, string[]> = {};
  const problems: NotesProblem[] = [];
  for (const [name, value] of Object.entries(data)) {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((v): v is string => typeof v === 'string')) {
      problems.push({
        file,
        line: lineOf(text, JSON.stringify(name)),
        message: `aliases of "${name}" must be a list of strings`,
      });
      continue;
    }
    aliases[name] = list;
  }
  return { aliases, problems };
}

/** Every name equivalent to `name` under the map (not including `name` itself), in map order. */
export function aliasesOf(name: string, map: AliasMap | undefined): string[] {
  if (!map) return [];
  const key = matchKey(name);
  const found: string[] = [];
  // The groups that hold the name, found in an index of the map (not by reading every group).
  for (const group of aliasGroups(map).get(key) ?? [])
    found.push(...group.filter((n) => matchKey(n) !== key));
  return uniqueByKey(found);
}

const groupIndexes = new WeakMap<AliasMap, Map<string, string[][]>>();

/** Name key → the groups (head and others) that hold a name with that key, in map order. */
function aliasGroups(map: AliasMap): Map<string, string[][]> {
  let index = groupIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const [head, others] of Object.entries(map)) {
      const group = [head, ...others];
      for (const key of new Set(group.map(matchKey))) {
        const list = index.get(key);
        if (list) list.push(group);
        else index.set(key, [group]);
      }
    }
    groupIndexes.set(map, index);
  }
  return index;
}

/** Keeps the first of names that share a {@link matchKey}. */
export function uniqueByKey(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = matchKey(n);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

function lineOfJsonError(text: string, message: string): number {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return text.slice(0, Number(position)).split('\n').length;
  const line = /line (\d+)/.exec(message)?.[1];
  return line !== undefined ? Number(line) : 1;
}
