/**
 * Short, typeable, deterministic ids. Pure (no crypto module needed): a 53-bit string hash
 * written in Crockford base32 (no i, l, o, u), so `/quiz explain 7k2m9qxa` is easy to type.
 */

import { trimEndOf, trimStartOf } from './trim.ts';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** cyrb53: a fast 53-bit hash with good spread. Same input → same number. */
export function hash53(text: string, salt = 0): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** `length` base32 characters (≤ 10) of the hash of `text`. */
export function shortId(text: string, length = 8, salt = 0): string {
  let n = hash53(text, salt);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += ALPHABET[n % 32];
    n = Math.floor(n / 32);
  }
  return out;
}

/**
 * Reads an id the way a person may have typed it: full-width, upper case, with `#` or brackets,
 * and with the Crockford look-alikes (`o` → 0, `i`/`l` → 1).
 */
export function canonicalId(typed: string): string {
  // The marks around it trimmed by a scan, not `[)…]+$`, which tries every start of a long run of
  // them not at the end (a pasted message of 40,000 `.` took seconds).
  const bare = trimEndOf(
    trimStartOf(typed.normalize('NFKC').trim().toLowerCase(), '#(（[「"\'`'),
    ')）]」"\'`.。',
  );
  return bare.replace(/o/g, '0').replace(/[il]/g, '1');
}
