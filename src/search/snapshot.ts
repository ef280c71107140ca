import { DocStore } from "./doc-store.js";
import { CATEGORIES, type Category } from "./index-types.js";
import { Interner } from "./interner.js";
import { Postings } from "./postings.js";

/**
 * Binary image of a compacted index: "EMSI", format version, header length, a JSON header
 * (counts, terms, categorical values), then the typed arrays back to back, each 8-byte aligned.
 * Reading makes views over the buffer (no copy) when it is aligned; an array is copied when it
 * first grows, and the one array updated in place (df) is copied at once.
 */
const MAGIC = 0x49534d45; // "EMSI" little-endian
const VERSION = 1;

interface Header {
  slots: number;
  postings: number;
  forwardBytes: number;
  totalTokens: number;
  terms: string[];
  dicts: Record<Category, string[]>;
}

type Section = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

const align8 = (n: number): number => (n + 7) & ~7;

const sectionsOf = (docs: DocStore, postings: Postings): Section[] => [
  docs.num.subarray(0, docs.count),
  docs.published.subarray(0, docs.count),
  docs.lat.subarray(0, docs.count),
  docs.lon.subarray(0, docs.count),
  docs.salary.subarray(0, docs.count),
  docs.length.subarray(0, docs.count),
  ...CATEGORIES.map((c) => docs.codes[c].subarray(0, docs.count)),
  postings.df.subarray(0, postings.terms.length),
  postings.baseStart,
  postings.baseSlots,
  postings.baseTf,
  postings.forward.start.subarray(0, docs.count + 1),
  postings.forward.bytes.subarray(0, postings.forward.start[docs.count]!),
];

/** Serialise a compacted index. */
export const writeSnapshot = (docs: DocStore, postings: Postings, totalTokens: number): Uint8Array => {
  const header: Header = {
    slots: docs.count,
    postings: postings.baseSlots.length,
    forwardBytes: postings.forward.start[docs.count]!,
    totalTokens,
    terms: postings.terms,
    dicts: Object.fromEntries(CATEGORIES.map((c) => [c, docs.dicts[c].values.slice(1)])) as Header["dicts"],
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const sections = sectionsOf(docs, postings);
  let size = align8(12 + json.length);
  for (const s of sections) size = align8(size + s.byteLength);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  let at = align8(12 + json.length);
  for (const s of sections) {
    out.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), at);
    at = align8(at + s.byteLength);
  }
  return out;
};

/** Rebuild the index parts from `writeSnapshot` output. */
export const readSnapshot = (
  input: Uint8Array,
): { docs: DocStore; postings: Postings; totalTokens: number } => {
  const buffer = input.byteOffset % 8 === 0 ? input : input.slice();
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer.byteLength < 12 || view.getUint32(0, true) !== MAGIC)
    throw new Error("not a search index snapshot");
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`search index snapshot version ${version}, expected ${VERSION}`);
  const jsonLength = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(buffer.subarray(12, 12 + jsonLength))) as Header;
  let at = align8(12 + jsonLength);
  const take = <T>(
    make: (b: ArrayBufferLike, offset: number, length: number) => T,
    length: number,
    width: number,
  ) => {
    if (at + length * width > buffer.byteLength) throw new Error("truncated search index snapshot");
    const section = make(buffer.buffer, buffer.byteOffset + at, length);
    at = align8(at + length * width);
    return section;
  };
  const u32 = (n: number) => take((b, o, l) => new Uint32Array(b, o, l), n, 4);
  const f64 = (n: number) => take((b, o, l) => new Float64Array(b, o, l), n, 8);
  const { slots } = header;
  const docs = new DocStore(
    Object.fromEntries(CATEGORIES.map((c) => [c, new Interner(header.dicts[c])])) as Record<
      Category,
      Interner
    >,
  );
  docs.num = u32(slots);
  docs.published = f64(slots);
  const lat = f64(slots);
  const lon = f64(slots);
  docs.salary = f64(slots);
  docs.length = u32(slots);
  for (const c of CATEGORIES) docs.codes[c] = take((b, o, l) => new Uint16Array(b, o, l), slots, 2);
  docs.lat = new Float64Array(slots);
  docs.lon = new Float64Array(slots);
  docs.sinLat = new Float64Array(slots);
  docs.cosLat = new Float64Array(slots);
  docs.lonRad = new Float64Array(slots);
  for (let s = 0; s < slots; s++) docs.setPlace(s, lat[s]!, lon[s]!);
  docs.alive = new Uint8Array(slots).fill(1);
  docs.count = slots;
  const postings = new Postings();
  // A copy: document frequencies change in place on removal, and the image must stay intact.
  const df = take((b, o, l) => new Int32Array(b, o, l), header.terms.length, 4).slice();
  const start = u32(header.terms.length + 1);
  const postingSlots = u32(header.postings);
  const tfs = take((b, o, l) => new Uint16Array(b, o, l), header.postings, 2);
  postings.restore(header.terms, df, start, postingSlots, tfs);
  postings.forward.start = u32(slots + 1);
  postings.forward.bytes = take((b, o, l) => new Uint8Array(b, o, l), header.forwardBytes, 1);
  postings.forward.count = slots;
  return { docs, postings, totalTokens: header.totalTokens };
};
