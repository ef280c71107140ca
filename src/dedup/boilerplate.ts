/**
 * Learned boilerplate: sentences that recur across different vacancies of one employer (its
 * presentation, its benefits) or across different employers of one partner (the board's footer).
 * A model is a set of sentence hashes, learned from stored postings and kept as a cache; it only
 * feeds the "specific text" guard of a fingerprint, so an outdated model never hides a duplicate.
 */
import type { NormalizedPosting } from "../offer/offer.js";
import { employerKey } from "./employer.js";
import { combine, fnv1a } from "./hash.js";
import { placeKey } from "./place.js";
import { scanDescription } from "./text.js";
import { normalizeTitle, titleKey } from "./title.js";

export interface BoilerplateModel {
  /** Whether a sentence hash (see text.ts) is boilerplate. */
  has(hash: number): boolean;
  /** The sorted hashes, for storage. */
  readonly hashes: readonly number[];
}

/** A model from stored hashes. */
export const boilerplateModel = (hashes: Iterable<number>): BoilerplateModel => {
  const set = new Set(hashes);
  return { has: (hash) => set.has(hash), hashes: [...set].sort((x, y) => x - y) };
};

export interface LearnerOptions {
  /** Distinct vacancies (title + place) of one employer sharing a sentence. Default 3. */
  minVacancies?: number;
  /** Distinct employers of one partner sharing a sentence. Default 3. */
  minEmployers?: number;
}

/** Counts, per scope and sentence, distinct values up to a threshold; flags the sentence at the threshold. */
class DistinctCounter {
  private readonly seen = new Map<number, number | number[]>();

  constructor(
    private readonly threshold: number,
    private readonly flagged: Set<number>,
  ) {}

  add(scope: number, sentence: number, value: number): void {
    if (this.flagged.has(sentence)) return;
    const key = combine(scope, sentence);
    const current = this.seen.get(key);
    if (current === undefined) {
      this.seen.set(key, value);
      return;
    }
    const values = typeof current === "number" ? [current] : current;
    if (values.includes(value)) return;
    values.push(value);
    if (values.length >= this.threshold) {
      this.flagged.add(sentence);
      this.seen.delete(key);
    } else this.seen.set(key, values);
  }
}

/**
 * Learns a boilerplate model from postings (a sample of recent stored postings is enough). A
 * vacancy is a normalised title in a département, so cross-posts of one vacancy never make its
 * own text look like boilerplate.
 */
export class BoilerplateLearner {
  private readonly flagged = new Set<number>();
  private readonly byEmployer: DistinctCounter;
  private readonly byPartner: DistinctCounter;

  constructor(options: LearnerOptions = {}) {
    this.byEmployer = new DistinctCounter(options.minVacancies ?? 3, this.flagged);
    this.byPartner = new DistinctCounter(options.minEmployers ?? 3, this.flagged);
  }

  observe(posting: NormalizedPosting): void {
    const employer = employerKey(posting.employer);
    const place = placeKey(posting.location);
    const employerScope = fnv1a(employer.siren ?? employer.name ?? `?${posting.partner}`);
    // The département, not the commune: partners write one place as a city or a postal code.
    const vacancy = fnv1a(`${titleKey(normalizeTitle(posting.title))}|${place.departement}`);
    const partnerScope = fnv1a(posting.partner, 0x5bd1e995);
    for (const hash of new Set(scanDescription(posting.description.text).sentences)) {
      this.byEmployer.add(employerScope, hash, vacancy);
      this.byPartner.add(partnerScope, hash, employerScope);
    }
  }

  build(): BoilerplateModel {
    return boilerplateModel(this.flagged);
  }
}

/** A model learned from a stream of postings (see BoilerplateLearner). */
export const buildBoilerplateModel = (
  postings: Iterable<NormalizedPosting>,
  options: LearnerOptions = {},
): BoilerplateModel => {
  const learner = new BoilerplateLearner(options);
  for (const posting of postings) learner.observe(posting);
  return learner.build();
};
