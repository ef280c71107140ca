/**
 * Push latency benchmark, against the goal "a pushed posting is searchable and in the stream
 * within 1 s (p95)". The real HTTP server (buildServer, listening on a free port, SQLite in a
 * temporary folder, référentiels loaded, compliance screen on) runs in the main thread; a client
 * in a worker thread (its own event loop, so that a busy server does not hold its clock) follows
 * /api/v1/stream over SSE and pushes postings through POST /api/v1/partners/{slug}/postings, one
 * at a time and in batches of 10, alternately, with a random pause (0–200 ms) between requests.
 * Per posting: push → receipt, push → its `created` event, push → first GET /api/v1/offers?q=<its
 * word> that finds it. Three situations:
 *   idle            nothing else running;
 *   scheduled pull  a first load of a large feed (20,000 postings by default) pulled in the server's
 *                   process, as `emploi run` does: a push queues behind the batch of 500 in progress;
 *   CLI pull        a feed of the same size pulled by `emploi pull` in another process on the same
 *                   database file (as `emploi serve` + `emploi scheduler`): SQLite's write lock.
 * Under load, pushes are measured from the pull's first committed batch until it ends. Percentiles
 * by nearest rank (with 60 samples, p99 is the worst but one).
 * Usage: npx tsx bench/push-latency.bench.ts [feed-size] [requests]   (default 20,000 and 60)
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { gzipSync } from "node:zlib";

const BATCH = 10;

interface Sample {
  receipt: number;
  stream: number;
  search: number;
}
type Measured = Array<{ size: number; requests: number; samples: Sample[] }>;
type ToClient = { type: "measure"; count: number } | { type: "stop" } | { type: "close" };

/** The client, in a worker thread: SSE follower, pushes, search polls; all times on its own clock. */
const client = async (base: string, token: string) => {
  const port = parentPort!;
  const arrivals = new Map<string, number>();
  const stream = new AbortController();
  void (async () => {
    const response = await fetch(`${base}/api/v1/stream?after=0`, {
      headers: { accept: "text/event-stream" },
      signal: stream.signal,
    });
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        const at = performance.now();
        buffer += decoder.decode(chunk, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          // Only the id is needed: skip parsing the offers of the pull.
          const id = /^data: \{"cursor":"\d+","id":"([^"]+)"/m.exec(block)?.[1];
          if (id && !arrivals.has(id)) arrivals.set(id, at);
        }
      }
    } catch {
      // Aborted at the end.
    }
  })();

  const SYLLABLES = ["ba", "ko", "tu", "ri", "me", "sa", "lo", "vi", "da", "ne", "pu", "ga"];
  const word = (n: number) => {
    let text = "";
    for (let i = n + 12; i > 0; i = Math.floor(i / 12)) text += SYLLABLES[i % 12];
    return text;
  };
  /** A compliant posting that no other one duplicates; its batch is findable by the word `tag`. */
  const posting = (n: number, tag: string) => ({
    reference: `PUSH-${n}`,
    title: `Technicien de maintenance ${word(n)} H/F`,
    description: `<p>Rejoignez les ateliers ${word(n)} (${tag}) : maintenance préventive et curative, équipe de ${(n % 20) + 5} personnes.</p>`,
    employer: { name: `Établissements ${word(n)}` },
    location: { city: "Lyon", postal_code: "69003" },
    contract: { type: "CDI" },
    salary: { text: "2 100 € brut par mois" },
    published_at: new Date().toISOString().slice(0, 10),
  });
  const waitForEvent = async (offerId: string, deadline: number) => {
    while (!arrivals.has(offerId) && performance.now() < deadline) await delay(1);
    return arrivals.get(offerId) ?? Number.NaN;
  };
  const waitVisible = async (tag: string, expected: number, deadline: number) => {
    while (performance.now() < deadline) {
      const response = await fetch(`${base}/api/v1/offers?q=${tag}&per_page=1`);
      if (((await response.json()) as { total: number }).total >= expected) return performance.now();
      await delay(2);
    }
    return Number.NaN;
  };
  let pushed = 0;
  const pushOnce = async (size: number): Promise<Sample[]> => {
    const first = pushed;
    pushed += size;
    const tag = `zk${first}t9`;
    const body = Array.from({ length: size }, (_, i) => JSON.stringify(posting(first + i, tag))).join("\n");
    const start = performance.now();
    const response = await fetch(`${base}/api/v1/partners/pusher/postings`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
      body,
    });
    const { receipts } = (await response.json()) as {
      receipts: Array<{ status: string; offer_id: string | null }>;
    };
    const receipt = performance.now() - start;
    const deadline = start + 120_000;
    const visible = waitVisible(tag, size, deadline);
    const events = await Promise.all(
      receipts.map((r) => (r.status === "accepted" && r.offer_id ? waitForEvent(r.offer_id, deadline) : NaN)),
    );
    const search = (await visible) - start;
    return events.map((at) => ({ receipt, stream: at - start, search }));
  };

  let stopped = false;
  port.on("message", async (message: ToClient) => {
    if (message.type === "stop") stopped = true;
    if (message.type === "close") {
      stream.abort();
      port.close();
    }
    if (message.type !== "measure") return;
    stopped = false;
    const measured: Measured = [1, BATCH].map((size) => ({ size, requests: 0, samples: [] }));
    for (let i = 0; i < message.count * measured.length && !stopped; i++) {
      const entry = measured[i % measured.length]!;
      entry.samples.push(...(await pushOnce(entry.size)));
      entry.requests++;
      await delay(Math.random() * 200);
    }
    port.postMessage(measured);
  });
};

/** The server, the feeds and the pulls, in the main thread. */
const main = async () => {
  const { createCliContext } = await import("../src/cli/app.js");
  const { loadConfig } = await import("../src/config.js");
  const { buildServer } = await import("../src/http/server.js");
  const { pullPartner } = await import("../src/scheduler/pull-partner.js");
  const { registerPartner } = await import("../src/storage/partner-admin.js");
  const { upsertPartner } = await import("../src/storage/partner-store.js");
  const { syntheticFeed } = await import("./synthetic.js");

  const feedSize = Number(process.argv[2] ?? 20_000);
  const requests = Number(process.argv[3] ?? 60);
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
  const dir = mkdtempSync(join(tmpdir(), "emploi-push-bench-"));
  const database = join(dir, "bench.sqlite");
  const config = loadConfig({ ...process.env, DATABASE_URL: `sqlite:${database}`, LOG_LEVEL: "silent" });
  const ctx = createCliContext(config, new PassThrough(), new PassThrough());
  const referentials = await ctx.referentials();
  const store = await ctx.store();

  // Two large feeds (other seeds: the second pull is a first load too), gzipped, with an ETag.
  const feeds = new Map<string, { body: Buffer; etag: string }>();
  for (const [path, seed] of [
    ["/a.xml", 1],
    ["/b.xml", 2],
  ] as const) {
    const xml = [...syntheticFeed(referentials.geo, referentials.rome, { count: feedSize, seed })].join("");
    const etag = `"${createHash("sha1").update(xml).digest("hex").slice(0, 16)}"`;
    feeds.set(path, { body: gzipSync(xml), etag });
  }
  const feedServer = createServer((request, response) => {
    const feed = feeds.get(request.url ?? "");
    if (!feed) return response.writeHead(404).end();
    response.writeHead(200, {
      etag: feed.etag,
      "content-encoding": "gzip",
      "content-type": "application/xml",
    });
    response.end(feed.body);
  });
  await new Promise<void>((done) => feedServer.listen(0, "127.0.0.1", done));
  const feedBase = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
  const now = new Date().toISOString();
  const register = (slug: string, path: string) =>
    upsertPartner(
      store.db,
      { slug, label: slug, format: "indeed-xml", feedUrl: `${feedBase}${path}`, cadenceMinutes: 60 },
      now,
    );
  const feedA = await register("feed-a", "/a.xml");
  const feedB = await register("feed-b", "/b.xml");
  const { token } = await registerPartner(
    store,
    { slug: "pusher", label: "Pusher", kind: "employer" },
    new Date(),
  );

  const app = await buildServer({
    store,
    referentials,
    screen: ctx.screen,
    now: () => new Date(),
    adminToken: null,
    logLevel: "silent",
  });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  // A worker does not inherit tsx's loader: it registers it before importing this file.
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};
register();
await import(${JSON.stringify(import.meta.url)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: { base, token },
  });
  const measure = (count: number) =>
    new Promise<Measured>((done) => {
      worker.once("message", done);
      worker.postMessage({ type: "measure", count } satisfies ToClient);
    });

  const percentile = (values: number[], p: number) => {
    const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    return sorted.length === 0
      ? Number.NaN
      : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  };
  const rows: string[][] = [];
  const report = (situation: string, measured: Measured) => {
    for (const { size, requests: sent, samples } of measured) {
      const cell = (key: keyof Sample) =>
        [50, 95, 99]
          .map((p) =>
            Math.round(
              percentile(
                samples.map((s) => s[key]),
                p,
              ),
            ),
          )
          .join(" / ");
      const missed = samples.filter((s) => Number.isNaN(s.stream) || Number.isNaN(s.search)).length;
      const push = size === 1 ? "1 posting" : `batch of ${size}`;
      rows.push([
        situation,
        push,
        `${sent}/${samples.length}`,
        cell("receipt"),
        cell("stream"),
        cell("search"),
        String(missed),
      ]);
    }
  };

  /** Push while `pull` runs, from its first committed batch until it ends. */
  const underLoad = async (situation: string, partnerId: number, pull: () => Promise<string>) => {
    let done = false;
    const started = performance.now();
    const running = pull().finally(() => {
      done = true;
      worker.postMessage({ type: "stop" } satisfies ToClient);
    });
    const written = () =>
      store.db.selectFrom("postings").select("id").where("partner_id", "=", partnerId).limit(1).execute();
    while (!done && (await written()).length === 0) await delay(50);
    const measured = done ? [] : await measure(requests);
    const outcome = await running;
    report(situation, measured);
    return `${situation}: ${outcome} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  };

  await measure(3); // warm-up
  report("idle", await measure(requests));
  const pulls = [
    await underLoad(`scheduled pull, same process (${feedSize})`, feedA.id, async () => {
      // As `emploi run` pulls: postings prepared on worker threads (EMPLOI_WORKERS).
      const prepare = await ctx.prepare();
      const deps = { store, referentials, screen: ctx.screen, prepare, timeoutMs: 3_600_000 };
      const result = await pullPartner(deps, feedA);
      return `${result.status}, ${result.report?.new ?? 0} new`;
    }),
    await underLoad(`CLI pull, other process (${feedSize})`, feedB.id, () => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", join(root, "src/main.ts"), "pull", "feed-b"],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: `sqlite:${database}`, LOG_LEVEL: "silent" },
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
      });
      return new Promise<string>((done) =>
        child.on("exit", (code) => {
          const line = out.trim() ? (JSON.parse(out.trim()) as { status: string; new?: number }) : null;
          done(`exit ${code}, ${line?.status ?? "?"}, ${line?.new ?? 0} new`);
        }),
      );
    }),
  ];

  worker.postMessage({ type: "close" } satisfies ToClient);
  await worker.terminate();
  await app.close();
  await ctx.close();
  feedServer.close();
  rmSync(dir, { recursive: true, force: true });

  const header = [
    "situation",
    "push",
    "requests/postings",
    "receipt ms p50/p95/p99",
    "stream ms",
    "search ms",
    "missed",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
  for (const p of pulls) console.log(p);
};

if (isMainThread) await main();
else await client((workerData as { base: string }).base, (workerData as { token: string }).token);
