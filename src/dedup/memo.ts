/**
 * Bounded memoisation for string normalisers: titles, employer and city names repeat a lot
 * across postings. The cache is cleared when full, which keeps memory bounded without LRU
 * bookkeeping.
 */
export const memoize = <T>(compute: (key: string) => T, size = 20_000): ((key: string) => T) => {
  const cache = new Map<string, { value: T }>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit.value;
    if (cache.size >= size) cache.clear();
    const value = compute(key);
    cache.set(key, { value });
    return value;
  };
};
