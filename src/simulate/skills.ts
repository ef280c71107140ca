/**
 * Links ROME 4.0 compétences and savoirs to métiers. The open-data export lacks the file that links
 * them (unix_liens_rome_referentiels), so the simulator ranks every compétence by the words it
 * shares with the métier: its label and appellations (weight 3) and its definition (weight 1),
 * each shared word counting its rarity (IDF), times the share of the compétence's own rare words the
 * métier covers (a label whose rare words the métier lacks is about something else). Words are folded and cut to a 5-letter stem, so
 * "conducteur" meets "conduire" and "agricoles" meets "agricole". Crude, but the top of the list
 * reads right for most métiers (see docs/simulator.md).
 */
import { foldKey } from "../text/fold.js";

const STOP = new Set(
  "avec dans pour sans sous chez entre ainsi selon leur leurs cette celui celle ceux elle elles nous vous sont etre avoir fait faire peut plus tres tout tous toute toutes autre autres aupres afin dont lors notamment realise realiser effectue effectuer assure assurer peut-etre ensemble different differents differentes niveau regles"
    .split(" ")
    .map((w) => w.slice(0, 5)),
);

/** Folded 5-letter stems of the words of a text (4 letters or more, stop words removed). */
export const stems = (text: string): string[] => {
  const out: string[] = [];
  for (const word of foldKey(text).split(" ")) {
    if (word.length < 4 || /^\d/.test(word)) continue;
    const stem = word.slice(0, 5);
    if (!STOP.has(stem)) out.push(stem);
  }
  return out;
};

export interface LabelledItem {
  code: string;
  label: string;
}

/** An index of labels by stem, ranking them against a weighted profile of stems. */
export interface SkillIndex<T extends LabelledItem> {
  /** The `limit` best items for a profile (stem → weight), best first; ties by code. */
  rank(profile: ReadonlyMap<string, number>, limit: number): T[];
}

export const createSkillIndex = <T extends LabelledItem>(items: readonly T[]): SkillIndex<T> => {
  const postings = new Map<string, number[]>();
  const own = items.map((item) => new Set(stems(item.label)));
  own.forEach((set, i) => {
    for (const stem of set) {
      const list = postings.get(stem);
      if (list) list.push(i);
      else postings.set(stem, [i]);
    }
  });
  const idf = new Map<string, number>();
  for (const [stem, list] of postings) idf.set(stem, Math.log(1 + items.length / list.length));
  // The rarity carried by each label: a label whose rare words the métier lacks is about something else.
  const weightOf = Float64Array.from(
    own,
    (set) => [...set].reduce((sum, stem) => sum + (idf.get(stem) ?? 0), 0) || 1,
  );
  const scores = new Float64Array(items.length);
  const covered = new Float64Array(items.length);
  const matched = new Uint8Array(items.length);
  return {
    rank(profile, limit) {
      const touched: number[] = [];
      for (const [stem, weight] of profile) {
        const list = postings.get(stem);
        if (!list) continue;
        const rarity = idf.get(stem) ?? 0;
        for (const i of list) {
          if (scores[i] === 0) touched.push(i);
          scores[i] = (scores[i] ?? 0) + weight * rarity;
          covered[i] = (covered[i] ?? 0) + rarity;
          matched[i] = (matched[i] ?? 0) + 1;
        }
      }
      // Score: shared rarity weighted by the métier's emphasis, times the share of the label's own
      // rarity the métier covers; sharing two words or more doubles it. Only the best `limit` are
      // kept (insertion into a short sorted list: thousands of items are touched).
      const best: Array<{ i: number; score: number }> = [];
      for (const i of touched) {
        const coverage = (covered[i] ?? 0) / (weightOf[i] ?? 1);
        const score = (scores[i] ?? 0) * coverage * coverage * ((matched[i] ?? 0) >= 2 ? 2 : 1);
        const last = best[best.length - 1];
        if (best.length === limit && last && (score < last.score || (score === last.score && i > last.i)))
          continue;
        let at = best.length;
        while (at > 0) {
          const prev = best[at - 1] as { i: number; score: number };
          if (prev.score > score || (prev.score === score && prev.i < i)) break;
          at--;
        }
        best.splice(at, 0, { i, score });
        if (best.length > limit) best.pop();
      }
      for (const i of touched) {
        scores[i] = 0;
        covered[i] = 0;
        matched[i] = 0;
      }
      return best.map(({ i }) => items[i] as T);
    },
  };
};

/** The weighted stem profile of a métier: label and appellations weigh 3, definition sentences 1. */
export const metierProfile = (
  labels: readonly string[],
  definition: readonly string[],
): Map<string, number> => {
  const profile = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const stem of new Set(stems(text)))
      profile.set(stem, Math.min(6, (profile.get(stem) ?? 0) + weight));
  };
  for (const label of labels) add(label, 3);
  for (const sentence of definition) add(sentence, 1);
  return profile;
};
