#!/usr/bin/env node
// `npx quizbot …` (and `quizbot …` in the Docker image). In a clone, the TypeScript CLI runs
// through tsx, so no build step is needed; where src/ is absent — the image, which ships only the
// compiled dist/ and no tsx — the compiled CLI runs with plain node.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/cli/main.js', import.meta.url).href);
}
