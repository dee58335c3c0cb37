/**
 * The shape of a message catalog: the keys and parameters of the Japanese one (the default), with
 * string literals widened, so every other language must give the same keys with the same parameters.
 * Its own file so that en.ts can name the type without importing catalog.ts (which imports en.ts).
 */
import type { ja } from './ja.ts';

type Widen<T> = T extends (...args: infer A) => infer R
  ? (...args: A) => R
  : T extends string
    ? string
    : T;

/** Every message, by key. */
export type Messages = { [K in keyof typeof ja]: Widen<(typeof ja)[K]> };
