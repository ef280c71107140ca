/**
 * Memoise a pure function of a string. Partner fields repeat a few values ("CDI", "Temps plein",
 * "Débutant accepté") across hundreds of thousands of postings, and folding text costs more than
 * a map lookup. The cache is bounded: it is emptied when full. Cached values must not be mutated.
 */
export const memoize = <T>(fn: (key: string) => T, limit = 5000): ((key: string) => T) => {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
};
