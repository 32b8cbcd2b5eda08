// A Map that holds at most `limit` entries, dropping the least recently used: the in-memory caches
// (a school's check context, the importer's reading of a policy version) each keep one.
export class LruMap<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  /** The value, marked as just used. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      // Map order is insertion order: re-inserting moves the entry to the most recent end.
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
  }
}
