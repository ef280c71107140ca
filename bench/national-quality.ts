/**
 * Quality against the simulator's ground truth: pairwise precision and recall of the offers
 * (postings grouped by the platform vs postings of the same real job), hard negatives merged, and
 * compliance recall / false holds per rule family.
 */
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Kysely } from "kysely";
import type { Database } from "../src/storage/database.js";

async function* ndjson<T>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.trim() !== "") yield JSON.parse(line) as T;
}

interface TruthPosting {
  partner: string;
  reference: string;
  jobId: string;
  violations: Array<{ family: string }>;
}

const pairs = (n: number) => (n * (n - 1)) / 2;
const ratio = (a: number, b: number) => (b === 0 ? "-" : (a / b).toFixed(4));

export const evaluateQuality = async (
  db: Kysely<Database>,
  simDir: string,
  table: (header: string[], rows: string[][]) => void,
): Promise<void> => {
  const truth = new Map<string, TruthPosting>();
  for await (const p of ndjson<TruthPosting>(resolve(simDir, "truth/postings.ndjson"))) {
    truth.set(`${p.partner}\u0000${p.reference}`, p);
  }
  const related = new Map<string, string>();
  for await (const job of ndjson<{ id: string; relation: { of: string } | null }>(
    resolve(simDir, "truth/jobs.ndjson"),
  )) {
    if (job.relation) related.set(job.id, job.relation.of);
  }
  const byOffer = new Map<string, Map<string, number>>();
  const byJob = new Map<string, number>();
  const compliance = { violating: 0, caught: 0, clean: 0, held: 0 };
  const families = new Map<string, { total: number; caught: number }>();
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("postings")
      .innerJoin("partners", "partners.id", "postings.partner_id")
      .select(["postings.id", "partners.slug", "postings.reference", "postings.status", "postings.offer_id"])
      .where("postings.id", ">", after)
      .orderBy("postings.id")
      .limit(20_000)
      .execute();
    for (const row of rows) {
      const t = truth.get(`${row.slug}\u0000${row.reference}`);
      if (!t || row.status === "closed") continue;
      const flagged = row.status === "review" || row.status === "rejected";
      if (t.violations.length > 0) {
        compliance.violating++;
        if (flagged) compliance.caught++;
        for (const v of t.violations) {
          const f = families.get(v.family) ?? { total: 0, caught: 0 };
          f.total++;
          if (flagged) f.caught++;
          families.set(v.family, f);
        }
      } else {
        compliance.clean++;
        if (flagged) compliance.held++;
        if (row.offer_id && (row.status === "published" || row.status === "duplicate")) {
          const jobs = byOffer.get(row.offer_id) ?? new Map<string, number>();
          jobs.set(t.jobId, (jobs.get(t.jobId) ?? 0) + 1);
          byOffer.set(row.offer_id, jobs);
          byJob.set(t.jobId, (byJob.get(t.jobId) ?? 0) + 1);
        }
      }
    }
    if (rows.length < 20_000) break;
    after = rows[rows.length - 1]!.id;
  }
  let truePositive = 0;
  let predicted = 0;
  let hardNegativesMerged = 0;
  for (const jobs of byOffer.values()) {
    let size = 0;
    for (const n of jobs.values()) {
      truePositive += pairs(n);
      size += n;
    }
    predicted += pairs(size);
    const ids = [...jobs.keys()];
    for (const a of ids)
      for (const b of ids)
        if (
          a < b &&
          (related.get(a) === b ||
            related.get(b) === a ||
            (related.has(a) && related.get(a) === related.get(b)))
        )
          hardNegativesMerged++;
  }
  let actual = 0;
  for (const n of byJob.values()) actual += pairs(n);
  const precision = predicted === 0 ? 1 : truePositive / predicted;
  const recall = actual === 0 ? 1 : truePositive / actual;
  console.log("Deduplication (lawful postings in offers, pairwise against the ground truth):");
  table(
    [
      "offers",
      "jobs",
      "true pairs",
      "merged pairs",
      "correct",
      "precision",
      "recall",
      "F1",
      "hard negatives merged",
    ],
    [
      [
        String(byOffer.size),
        String(byJob.size),
        String(actual),
        String(predicted),
        String(truePositive),
        precision.toFixed(4),
        recall.toFixed(4),
        ((2 * precision * recall) / (precision + recall)).toFixed(4),
        String(hardNegativesMerged),
      ],
    ],
  );
  console.log("\nCompliance (postings with an injected violation held or rejected; clean postings held):");
  table(
    ["family", "violating", "caught", "recall"],
    [...families]
      .sort()
      .map(([family, f]) => [family, String(f.total), String(f.caught), ratio(f.caught, f.total)]),
  );
  table(
    ["violating postings", "caught", "recall", "clean postings", "held or rejected", "false hold rate"],
    [
      [
        String(compliance.violating),
        String(compliance.caught),
        ratio(compliance.caught, compliance.violating),
        String(compliance.clean),
        String(compliance.held),
        ratio(compliance.held, compliance.clean),
      ],
    ],
  );
};
