/** Strings ↔ small integers for a categorical field. Id 0 stands for null; ids never change. */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** Value of each id; index 0 (null) holds "". */
  readonly values: string[] = [""];

  constructor(values: readonly string[] = []) {
    for (const value of values) this.intern(value);
  }

  /** The id of a value, creating it when new (null → 0). */
  intern(value: string | null): number {
    if (value === null) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      if (id > 0xffff) throw new RangeError(`more than 65535 distinct values in a search field ("${value}")`);
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The id of a known value, or undefined. */
  idOf(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** Number of ids, null included: the size of a mask or a counter array. */
  get size(): number {
    return this.values.length;
  }

  /** A membership mask over ids (unknown values match nothing), or null when there is no filter. */
  mask(values: readonly string[] | undefined): Uint8Array | null {
    if (!values || values.length === 0) return null;
    const mask = new Uint8Array(this.size);
    for (const value of values) {
      const id = this.ids.get(value);
      if (id !== undefined) mask[id] = 1;
    }
    return mask;
  }
}
