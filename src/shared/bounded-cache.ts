/**
 * A cache that cannot grow without bound: at most `maxEntries` entries, each kept at most `ttlMs`.
 * When full, expired entries go first, then the least recently written. Every operation is O(1)
 * amortised (a Map keeps insertion order, so the oldest entry is the first one).
 */
export interface BoundedCacheOptions {
  maxEntries: number;
  /** How long an entry is good for; Infinity keeps entries until they are pushed out. */
  ttlMs: number;
  /** Epoch ms (tests pass their own). */
  now?: () => number;
}

export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();
  private readonly now: () => number;

  constructor(private readonly options: BoundedCacheOptions) {
    if (!(options.maxEntries >= 1)) throw new Error('BoundedCache: maxEntries must be at least 1');
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The value, unless it is missing or expired (an expired entry is dropped). */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until: this.now() + this.options.ttlMs });
    if (this.entries.size > this.options.maxEntries) this.evict();
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Drops the oldest entries until there is room; expired ones cost nothing extra (they are oldest). */
  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.options.maxEntries) return;
      this.entries.delete(key);
    }
  }
}
