/**
 * The house's layer rules, checked on the source tree itself (DESIGN.md, "The house"): arrows point
 * one way (adapters → bot → quiz, bot → store, store → quiz's pure helpers), `src/quiz` does no I/O
 * and reads no clock, randomness or environment, `src/bot` knows no platform SDK, and no two files
 * of `src/` import each other, directly or around a loop (type-only imports included).
 */
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  importsOf,
  impureUses,
  readSourceTree,
  type SourceFile,
  type SourceImport,
} from './source-graph.ts';

/** Packages that talk to a chat platform. */
const PLATFORM_SDKS = ['@slack/bolt', '@slack/web-api', '@slack/socket-mode', 'discord.js', 'ws'];
const isPlatformSdk = (i: SourceImport): boolean =>
  i.packageName !== null &&
  (PLATFORM_SDKS.includes(i.packageName) || i.packageName.startsWith('@discordjs/'));
/** Packages `src/quiz` may use: pure computation, no I/O. */
const PURE_PACKAGES = ['ts-fsrs'];
const under = (i: SourceImport, dir: string): boolean => i.target?.startsWith(dir) ?? false;

interface LayerRule {
  name: string;
  /** The files the rule is about. */
  dir: string;
  /** True when `i`, imported by a file of `dir`, breaks the rule. */
  refuses: (i: SourceImport) => boolean;
  /** An import the rule refuses: a file of `dir` and what it would import. */
  example: { file: string; specifier: string };
}

const RULES: LayerRule[] = [
  {
    name: 'the store imports neither the bot nor an adapter',
    dir: 'src/store/',
    refuses: (i) => under(i, 'src/bot/') || under(i, 'src/adapters/'),
    example: { file: 'src/store/answers.ts', specifier: '../bot/types.ts' },
  },
  {
    name: 'the store imports no platform SDK',
    dir: 'src/store/',
    refuses: isPlatformSdk,
    example: { file: 'src/store/posts.ts', specifier: 'discord.js' },
  },
  {
    name: 'the quiz imports only the quiz, shared value types and pure packages (no I/O)',
    dir: 'src/quiz/',
    refuses: (i) =>
      i.target !== null
        ? !under(i, 'src/quiz/') && !under(i, 'src/shared/')
        : !PURE_PACKAGES.includes(i.packageName ?? ''),
    example: { file: 'src/quiz/bank.ts', specifier: 'node:fs' },
  },
  {
    name: 'the bot imports no platform SDK',
    dir: 'src/bot/',
    refuses: isPlatformSdk,
    example: { file: 'src/bot/create-bot.ts', specifier: '@slack/bolt' },
  },
  {
    name: 'the bot imports no adapter',
    dir: 'src/bot/',
    refuses: (i) => under(i, 'src/adapters/'),
    example: { file: 'src/bot/create-bot.ts', specifier: '../adapters/slack/index.ts' },
  },
  {
    name: 'shared value types import nothing',
    dir: 'src/shared/',
    refuses: () => true,
    example: { file: 'src/shared/channel.ts', specifier: '../store/types.ts' },
  },
];

const files = readSourceTree();

function breaches(rule: LayerRule, tree: readonly SourceFile[]): string[] {
  return tree
    .filter((f) => f.path.startsWith(rule.dir))
    .flatMap((f) => f.imports.filter(rule.refuses).map((i) => `${f.path} → ${i.specifier}`));
}

describe('layers', () => {
  it('reads the whole source tree', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'src/store/answers.ts')).toBe(true);
  });

  describe.each(RULES)('$name', (rule) => {
    it('holds for every file', () => {
      expect(breaches(rule, files)).toEqual([]);
    });

    it(`refuses its example (${rule.example.file} → ${rule.example.specifier})`, () => {
      const { file, specifier } = rule.example;
      const text = `import { x } from '${specifier}';\n`;
      const tree: SourceFile[] = [{ path: file, text, imports: importsOf(file, text) }];
      expect(breaches(rule, tree)).toEqual([`${file} → ${specifier}`]);
    });
  });

  it('the quiz reads no clock, randomness, environment or process (they are passed in)', () => {
    const uses = files
      .filter((f) => f.path.startsWith('src/quiz/'))
      .flatMap((f) => impureUses(f.path, f.text).map((u) => `${f.path}:${u.line} ${u.what}`));
    expect(uses).toEqual([]);
  });

  it('finds impure uses in code, not in comments, strings or dated constants', () => {
    const text = [
      '// Math.random is never called here',
      "const note = 'Date.now()';",
      'const fixed = new Date(0);',
      'const t = Date.now();',
      'const r = Math.random();',
      'const home = process.env.HOME;',
      'const today = new Date();',
    ].join('\n');
    expect(impureUses('x.ts', text)).toEqual([
      { what: 'Date.now', line: 4 },
      { what: 'Math.random', line: 5 },
      { what: 'process.env', line: 6 },
      { what: 'new Date()', line: 7 },
    ]);
  });

  it('has no file-level import cycle in src/ (type-only imports included)', () => {
    expect(importCycles(files)).toEqual([]);
  });

  it('finds a cycle through a type-only import, and a longer loop', () => {
    const file = (path: string, text: string): SourceFile => ({
      path,
      text,
      imports: importsOf(path, text),
    });
    const tree = [
      file('src/bot/i18n/catalog.ts', "import { en } from './en.ts';"),
      file('src/bot/i18n/en.ts', "import type { Messages } from './catalog.ts';"),
      file('src/a.ts', "export * from './b.ts';"),
      file('src/b.ts', "const c = await import('./c.ts');"),
      file('src/c.ts', "import './a.ts';"),
      file('src/d.ts', "import './a.ts';"),
    ];
    expect(importCycles(tree)).toEqual([
      ['src/bot/i18n/catalog.ts', 'src/bot/i18n/en.ts'],
      ['src/a.ts', 'src/b.ts', 'src/c.ts'],
    ]);
  });
});
