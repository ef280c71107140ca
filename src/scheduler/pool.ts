/** A pool running at most `limit` tasks at once; the others wait for a slot, first come first served. */
export const createPool = (limit: number) => {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`pool limit must be ≥ 1, got ${limit}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
};
