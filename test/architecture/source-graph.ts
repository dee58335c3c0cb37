/**
 * The source tree as the layer rules see it: every `.ts` file under `src/`, what it imports (static,
 * type-only, re-exports and dynamic `import()`), read with the TypeScript compiler's own pre-parser,
 * and the global calls a pure module must not make (read from the syntax tree, not by regex).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** One import of a file: a repo path (`src/bot/types.ts`) for a relative one, else the package name. */
export interface SourceImport {
  specifier: string;
  /** `src/…` path of a relative import; null for a package or `node:` module. */
  target: string | null;
  /** Package name (`@slack/bolt`, `node:fs`, `better-sqlite3`) for a non-relative import. */
  packageName: string | null;
}

export interface SourceFile {
  /** Repo-relative, forward slashes: `src/store/answers.ts`. */
  path: string;
  text: string;
  imports: SourceImport[];
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listTs(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; `node:fs/promises` → `node:fs/promises`. */
function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function importsOf(path: string, text: string): SourceImport[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map(({ fileName: specifier }) => {
    if (specifier.startsWith('.')) {
      const target = posix.normalize(posix.join(posix.dirname(path), specifier));
      return { specifier, target, packageName: null };
    }
    return { specifier, target: null, packageName: packageOf(specifier) };
  });
}

/** Every source file under `src/`. */
export function readSourceTree(root = REPO): SourceFile[] {
  return listTs(join(root, 'src')).map((full) => {
    const path = relative(root, full).split('\\').join('/');
    const text = readFileSync(full, 'utf8');
    return { path, text, imports: importsOf(path, text) };
  });
}

/** A global that makes code impure, found in a file: `process.env`, `Date.now`, `Math.random`, `new Date()`. */
export interface ImpureUse {
  what: string;
  line: number;
}

/** Property reads on these globals, by global. */
const IMPURE_MEMBERS: Record<string, readonly string[] | 'any'> = {
  process: 'any',
  Date: ['now'],
  Math: ['random'],
  performance: 'any',
  crypto: 'any',
};

/** Uses of clock, randomness, environment or process in `text` (comments and strings are ignored). */
export function impureUses(fileName: string, text: string): ImpureUse[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: ImpureUse[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const members = IMPURE_MEMBERS[node.expression.text];
      if (members === 'any' || members?.includes(node.name.text))
        found.push({ what: `${node.expression.text}.${node.name.text}`, line: at(node) });
    }
    // `new Date()` reads the clock; `new Date(ms)` does not.
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Date' &&
      (node.arguments?.length ?? 0) === 0
    )
      found.push({ what: 'new Date()', line: at(node) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * File-level import cycles (type-only imports count: they tie the files together just the same),
 * as lists of files, each cycle once. Tarjan's strongly connected components.
 */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map<string, string[]>();
  const known = new Set(files.map((f) => f.path));
  for (const f of files)
    edges.set(
      f.path,
      f.imports.flatMap((i) => (i.target && known.has(i.target) ? [i.target] : [])),
    );
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    const selfLoop = (edges.get(v) ?? []).includes(v);
    if (component.length > 1 || selfLoop) cycles.push(component.sort());
  };
  for (const f of files) if (!index.has(f.path)) connect(f.path);
  return cycles;
}
