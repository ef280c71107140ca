/**
 * Deduplication speed on ≥ 100k postings derived from the France Travail offers (a fifth of the
 * words replaced, employers and places reassigned, so that texts are distinct; a quarter are
 * cross-posts of recent ones):
 *   1. fingerprint + candidate lookup throughput (postings/s), on one core and with the
 *      fingerprints computed by two worker threads;
 *   2. placement of one new posting (fingerprint + candidates + compare + cluster) p50/p95/p99
 *      with the whole stock in the index.
 * Run: npx tsx bench/dedup-speed.ts [data-dir] [--count=N]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { gunzipSync } from "node:zlib";
import { CandidateIndex } from "../src/dedup/candidate-index.js";
import { DedupEngine } from "../src/dedup/engine.js";
import { type Fingerprint, fingerprint } from "../src/dedup/fingerprint.js";
import { ftOfferToPosting, seededRandom } from "../src/dedup/fixtures.js";
import { crossPost } from "../src/dedup/variants.js";
import type { Location, NormalizedPosting } from "../src/offer/offer.js";
import { DATA_DIR } from "../test/helpers/paths.js";

interface Options {
  dataDir: string;
  count: number;
}

/** The postings from..to of the deterministic stream (a worker regenerates its own share). */
function* postingStream(options: Options, from = 0, to = options.count): Generator<NormalizedPosting> {
  const offers = JSON.parse(
    gunzipSync(readFileSync(resolve(options.dataDir, "offres/ft_offres_anonymised_all.json.gz"))).toString(
      "utf8",
    ),
  ) as Array<Record<string, unknown>>;
  const base = offers.map(ftOfferToPosting).filter((p) => p.description.text.length >= 200);
  const vocabulary = [...new Set(base.flatMap((p) => p.description.text.split(/\s+/)))];
  const locations: Location[] = [
    ...new Map(
      base.filter((p) => p.location.commune !== null).map((p) => [p.location.commune, p.location]),
    ).values(),
  ];
  const recent: NormalizedPosting[] = [];
  for (let i = 0; i < to; i++) {
    // One random source per posting, so that any slice of the stream can be regenerated alone.
    const rnd = seededRandom(i * 7919 + 17);
    let posting: NormalizedPosting;
    const earlier = recent[Math.floor(rnd() * recent.length)];
    if (earlier !== undefined && rnd() < 0.25) posting = crossPost(earlier, rnd, "AUTRE", `x${i}`);
    else {
      const p = base[i % base.length] as NormalizedPosting;
      const words = p.description.text.split(" ");
      for (let k = 0; k < words.length; k++) {
        if (rnd() < 0.2) words[k] = vocabulary[Math.floor(rnd() * vocabulary.length)] as string;
      }
      posting = {
        ...p,
        reference: `g${i}`,
        description: { html: "", text: words.join(" ") },
        employer: { ...p.employer, name: `Employeur ${Math.floor(rnd() * 20_000)}` },
        location: locations[Math.floor(rnd() * locations.length)] as Location,
      };
    }
    recent.push(posting);
    if (recent.length > 2000) recent.shift();
    if (i >= from) yield posting;
  }
}

/** Process CPU time in ms: unlike wall time, not inflated by other programs sharing the cores. */
const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const percentile = (sorted: number[], q: number): string =>
  (sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(3);

const fingerprintInWorkers = async (
  options: Options,
  workers: number,
): Promise<{ ms: number; fps: Fingerprint[] }> => {
  const share = Math.ceil(options.count / workers);
  const parts = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      // The worker registers tsx itself, then runs this file (the branch at the bottom).
      const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
      const worker = new Worker(boot, {
        eval: true,
        workerData: { options, from: w * share, to: Math.min(options.count, (w + 1) * share) },
      });
      return new Promise<{ fps: Fingerprint[]; ms: number }>((done, fail) => {
        worker.once("message", done);
        worker.once("error", fail);
      });
    }),
  );
  // Each worker first regenerates the stream up to its share (not timed): the slower worker's
  // fingerprinting time is the wall time of the parallel stage.
  return { ms: Math.max(...parts.map((p) => p.ms)), fps: parts.flatMap((p) => p.fps) };
};

/** 1. Throughput: fingerprint, candidate lookup + insert, parallel fingerprinting, index rebuild. */
const throughput = async (options: Options): Promise<void> => {
  // Postings are generated in batches (not timed) and dropped once fingerprinted, so that the
  // generator's memory does not slow the measured code.
  const fps: Fingerprint[] = [];
  let fingerprintMs = 0;
  let fingerprintCpu = 0;
  let chars = 0;
  let batch: NormalizedPosting[] = [];
  const flush = () => {
    const t = performance.now();
    const c = cpuMs();
    for (const p of batch) fps.push(fingerprint(p));
    fingerprintMs += performance.now() - t;
    fingerprintCpu += cpuMs() - c;
    batch = [];
  };
  for (const p of postingStream(options)) {
    chars += p.description.text.length;
    batch.push(p);
    if (batch.length === 1000) flush();
  }
  flush();
  console.log(`${options.count} postings, mean description ${Math.round(chars / options.count)} chars`);
  const index = new CandidateIndex<number>();
  let candidates = 0;
  const t0 = performance.now();
  const c0 = cpuMs();
  fps.forEach((fp, i) => {
    candidates += index.candidates(fp).length;
    index.add(i, fp);
  });
  const lookupMs = performance.now() - t0;
  const lookupCpu = cpuMs() - c0;
  const rate = (ms: number) => Math.round((options.count / ms) * 1000);
  const each = (ms: number) => ((ms * 1000) / options.count).toFixed(1);
  console.log(
    `fingerprint, one core: ${rate(fingerprintMs)} postings/s wall (${each(fingerprintMs)} µs each); CPU time ${each(fingerprintCpu)} µs each = ${rate(fingerprintCpu)} postings/s per core`,
  );
  console.log(
    `candidate lookup + insert: ${rate(lookupMs)} postings/s wall; CPU ${each(lookupCpu)} µs each; ${(candidates / options.count).toFixed(1)} candidates each`,
  );
  console.log(
    `fingerprint + lookup, one core: ${rate(fingerprintMs + lookupMs)} postings/s wall, ${rate(fingerprintCpu + lookupCpu)} postings/s by CPU time`,
  );
  const parallel = await fingerprintInWorkers(options, 2);
  console.log(
    `fingerprint in 2 workers: ${rate(parallel.ms)} postings/s; with lookup on the main thread (pipelined): ${rate(Math.max(parallel.ms, lookupMs))} postings/s`,
  );
  const stats = index.stats();
  console.log(
    `index: ${JSON.stringify(stats)} (${Math.round(stats.bytes / options.count)} bytes per posting)`,
  );
  const stored = fps.map((fp) => JSON.stringify(fp));
  const rebuilt = new CandidateIndex<number>();
  const r0 = performance.now();
  for (const [i, json] of stored.entries()) rebuilt.add(i, JSON.parse(json) as Fingerprint);
  const rebuildMs = performance.now() - r0;
  const mean = Math.round(stored.reduce((n, j) => n + j.length, 0) / stored.length);
  console.log(
    `index rebuild from stored JSON fingerprints: ${rate(rebuildMs)} postings/s; mean fingerprint ${mean} bytes`,
  );
};

/** 2. Placement latency, the stock growing to `count` postings. */
const placement = (options: Options): void => {
  const engine = new DedupEngine<number>();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let i = 0;
  for (const p of postingStream(options)) {
    const start = performance.now();
    const startCpu = cpuMs();
    engine.upsert(i++, fingerprint(p));
    cpuTimes.push(cpuMs() - startCpu);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const line = (t: number[]) =>
    `p50 ${percentile(t, 0.5)} ms, p95 ${percentile(t, 0.95)} ms, p99 ${percentile(t, 0.99)} ms, max ${percentile(t, 1)} ms`;
  console.log(`placement (fingerprint + candidates + compare + cluster), wall: ${line(times)}`);
  console.log(`placement, CPU time: ${line(cpuTimes)}`);
  console.log(`offers: ${engine.allClusters().length} for ${options.count} postings`);
  const mem = process.memoryUsage();
  console.log(
    `engine in memory: heap used ${Math.round(mem.heapUsed / 1e6)} MB, rss ${Math.round(mem.rss / 1e6)} MB`,
  );
};

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  const options: Options = {
    dataDir: args.find((a) => !a.startsWith("--")) ?? DATA_DIR,
    count: Number(args.find((a) => a.startsWith("--count="))?.split("=")[1] ?? 120_000),
  };
  await throughput(options);
  placement(options);
};

if (isMainThread) {
  await main();
} else {
  const { options, from, to } = workerData as { options: Options; from: number; to: number };
  const share = [...postingStream(options, from, to)];
  const started = performance.now();
  const fps = share.map((p) => fingerprint(p));
  parentPort?.postMessage({ fps, ms: performance.now() - started });
}
