/** A small argument reader for the question-bank commands (`--flag`, `--opt value`, lists). */

export interface ParsedArgs {
  /** Values of list options (`--notes a.md b.md`, or repeated). */
  lists: Map<string, string[]>;
  /** Values of single-value options (`--seed s`). */
  values: Map<string, string>;
  flags: Set<string>;
  positional: string[];
  /** Options that were not expected, or that lack their value. */
  errors: string[];
}

export interface ArgSpec {
  lists?: readonly string[];
  values?: readonly string[];
  flags?: readonly string[];
}

/** Reads `args` against the spec; `--x=v` is accepted too. */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = {
    lists: new Map(),
    values: new Map(),
    flags: new Set(),
    positional: [],
    errors: [],
  };
  let list: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      if (list) parsed.lists.get(list)?.push(arg);
      else parsed.positional.push(arg);
      continue;
    }
    list = null;
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) parsed.flags.add(name);
    else if (spec.values?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) parsed.errors.push(`--${name} needs a value`);
      else parsed.values.set(name, value);
    } else if (spec.lists?.includes(name)) {
      if (!parsed.lists.has(name)) parsed.lists.set(name, []);
      if (inline !== undefined) parsed.lists.get(name)?.push(inline);
      else list = name;
    } else parsed.errors.push(`unknown option --${name}`);
  }
  for (const [name, values] of parsed.lists)
    if (values.length === 0) parsed.errors.push(`--${name} needs at least one file`);
  return parsed;
}
