import type { Interner } from "./interner.js";
import type { FacetValue } from "./query.js";

/** How many values a facet lists, as in the SQL version. */
export const FACET_LIMIT = 50;

/** The most frequent values of a facet: count desc, then value (byte order) for equal counts. */
export const topValues = (counts: Int32Array, dict: Interner): FacetValue[] => {
  const ids: number[] = [];
  for (let id = 1; id < counts.length; id++) if (counts[id]! > 0) ids.push(id);
  const values = dict.values;
  ids.sort((a, b) => counts[b]! - counts[a]! || (values[a]! < values[b]! ? -1 : 1));
  return ids.slice(0, FACET_LIMIT).map((id) => ({ value: values[id]!, count: counts[id]! }));
};
