import { ensure } from "./growable.js";
import { CATEGORIES, type Category, type IndexedOffer } from "./index-types.js";
import { Interner } from "./interner.js";

const RADIANS = Math.PI / 180;

/**
 * The per-document fields, one typed array per field indexed by slot. A slot is given once, in
 * increasing order; a removed document's slot is dead (alive = 0) until the next compaction.
 * Missing numbers are NaN (a NaN fails every comparison, like NULL in SQL).
 */
export class DocStore {
  /** Slots used so far, dead ones included. */
  count = 0;
  num: Uint32Array = new Uint32Array(0);
  published: Float64Array = new Float64Array(0);
  lat: Float64Array = new Float64Array(0);
  lon: Float64Array = new Float64Array(0);
  /** sin and cos of the latitude and the longitude in radians, for the great-circle distance. */
  sinLat: Float64Array = new Float64Array(0);
  cosLat: Float64Array = new Float64Array(0);
  lonRad: Float64Array = new Float64Array(0);
  salary: Float64Array = new Float64Array(0);
  /** Tokens in title + body (the BM25 document length). */
  length: Uint32Array = new Uint32Array(0);
  alive: Uint8Array = new Uint8Array(0);
  readonly codes: Record<Category, Uint16Array>;
  readonly dicts: Record<Category, Interner>;

  constructor(dicts?: Record<Category, Interner>) {
    this.dicts = dicts ?? fromEntries((_) => new Interner());
    this.codes = fromEntries((_) => new Uint16Array(0));
  }

  /** Store a document's fields in a new slot and return it. */
  append(doc: IndexedOffer, length: number): number {
    const slot = this.count;
    this.reserve(slot + 1);
    this.count = slot + 1;
    this.num[slot] = doc.num;
    // An unknown date sorts after every date and fails "published since", as NULL does in SQL.
    this.published[slot] = Number.isNaN(doc.publishedAt) ? Number.NEGATIVE_INFINITY : doc.publishedAt;
    this.setPlace(slot, doc.lat ?? Number.NaN, doc.lon ?? Number.NaN);
    this.salary[slot] = doc.salaryAnnual ?? Number.NaN;
    this.length[slot] = length;
    this.alive[slot] = 1;
    for (const category of CATEGORIES)
      this.codes[category][slot] = this.dicts[category].intern(doc[category]);
    return slot;
  }

  /** Coordinates and their derived trigonometry. */
  setPlace(slot: number, lat: number, lon: number): void {
    this.lat[slot] = lat;
    this.lon[slot] = lon;
    this.sinLat[slot] = Math.sin(lat * RADIANS);
    this.cosLat[slot] = Math.cos(lat * RADIANS);
    this.lonRad[slot] = lon * RADIANS;
  }

  private reserve(needed: number): void {
    if (needed <= this.num.length) return;
    this.num = ensure(this.num, needed, (n) => new Uint32Array(n));
    const f64 = (n: number) => new Float64Array(n);
    this.published = ensure(this.published, needed, f64);
    this.lat = ensure(this.lat, needed, f64);
    this.lon = ensure(this.lon, needed, f64);
    this.sinLat = ensure(this.sinLat, needed, f64);
    this.cosLat = ensure(this.cosLat, needed, f64);
    this.lonRad = ensure(this.lonRad, needed, f64);
    this.salary = ensure(this.salary, needed, f64);
    this.length = ensure(this.length, needed, (n) => new Uint32Array(n));
    this.alive = ensure(this.alive, needed, (n) => new Uint8Array(n));
    for (const category of CATEGORIES) {
      this.codes[category] = ensure(this.codes[category], needed, (n) => new Uint16Array(n));
    }
  }

  /**
   * Keep the slots for which `remap` is not -1, moved to `remap[slot]` (increasing, so the
   * relative order is kept), and shrink every array to the surviving count.
   */
  compact(remap: Int32Array, survivors: number): void {
    const move = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(
      a: T,
      make: (n: number) => T,
    ) => {
      const out = make(survivors);
      for (let slot = 0; slot < this.count; slot++) {
        const to = remap[slot]!;
        if (to >= 0) out[to] = a[slot]!;
      }
      return out;
    };
    const f64 = (n: number) => new Float64Array(n);
    this.num = move(this.num, (n) => new Uint32Array(n));
    this.published = move(this.published, f64);
    this.lat = move(this.lat, f64);
    this.lon = move(this.lon, f64);
    this.sinLat = move(this.sinLat, f64);
    this.cosLat = move(this.cosLat, f64);
    this.lonRad = move(this.lonRad, f64);
    this.salary = move(this.salary, f64);
    this.length = move(this.length, (n) => new Uint32Array(n));
    this.alive = move(this.alive, (n) => new Uint8Array(n));
    for (const category of CATEGORIES) {
      this.codes[category] = move(this.codes[category], (n) => new Uint16Array(n));
    }
    this.count = survivors;
  }
}

const fromEntries = <V>(make: (category: Category) => V): Record<Category, V> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, make(c)])) as Record<Category, V>;
