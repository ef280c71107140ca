/**
 * Growth of typed arrays: capacity doubles (at least to `needed`), the old contents are copied.
 * A view over a snapshot buffer has capacity = length, so its first growth makes a private copy.
 */
type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

const nextCapacity = (current: number, needed: number): number => Math.max(needed, current * 2, 16);

/** The same array, or a larger copy holding at least `needed` elements. */
export const ensure = <T extends Typed>(array: T, needed: number, make: (size: number) => T): T => {
  if (needed <= array.length) return array;
  const grown = make(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
};
