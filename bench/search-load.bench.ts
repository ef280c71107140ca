/**
 * Search under load, over HTTP: the server runs in its own process (`emploi serve` on an existing
 * database, e.g. the one bench/national.bench.ts leaves), this process is the load generator.
 *
 *   1. start-up: time until the server answers (the search engine is built from the database);
 *   2. saturation: a closed loop of `--connections` keep-alive connections for `--seconds`, on a
 *      realistic mix of searches → the most requests per second, with latency percentiles;
 *   3. target rate: an open loop at `--rate` requests/s (latency counted from each request's
 *      scheduled time, so a stalled server is not hidden) → percentiles per kind of query;
 *   4. offer detail by id at the same rate.
 *
 * Usage: npx tsx bench/search-load.bench.ts [--db FILE] [--seconds N] [--rate N] [--connections N] [--json FILE]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { percentile, table } from "./report.js";
import { prng } from "./synthetic.js";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "bench/out/national.sqlite" },
    seconds: { type: "string", default: "20" },
    rate: { type: "string", default: "300" },
    connections: { type: "string", default: "16" },
    json: { type: "string" },
  },
});
const dbFile = resolve(values.db);
const seconds = Number(values.seconds);
const rate = Number(values.rate);
const connections = Number(values.connections);

type Kind = "keyword" | "keyword + place + radius" | "filters only" | "keyword + facets" | "deep page";
interface Request {
  kind: Kind | "detail";
  path: string;
}

/** A realistic mix of searches, drawn from the stock itself: the words of real titles, real places. */
const buildQueries = (file: string): { searches: Request[]; details: Request[] } => {
  const db = new Database(file, { readonly: true });
  const sample = db
    .prepare(
      `SELECT id, title, commune, departement, contract_type FROM offers
       WHERE status = 'published' AND num % 97 = 0 LIMIT 5000`,
    )
    .all() as Array<{
    id: string;
    title: string;
    commune: string | null;
    departement: string | null;
    contract_type: string | null;
  }>;
  db.close();
  if (sample.length === 0) throw new Error(`aucune offre publiée dans ${file}`);
  const random = prng(7);
  const placed = sample.filter((o) => o.commune !== null);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const wordsOf = (title: string) =>
    title
      .toLowerCase()
      .split(/[^a-zà-ÿ'-]+/)
      .filter((w) => w.length > 3 && !["h/f", "f/h"].includes(w));
  const keyword = () => {
    const words = wordsOf(pick(sample).title);
    const n = words.length > 1 && random() < 0.3 ? 2 : 1;
    return encodeURIComponent(words.slice(0, n).join(" ") || "vendeur");
  };
  const mix: Array<[Kind, number, () => string]> = [
    ["keyword", 0.4, () => `q=${keyword()}`],
    [
      "keyword + place + radius",
      0.25,
      () => `q=${keyword()}&commune=${pick(placed).commune}&radius=${pick([10, 20, 30, 50])}`,
    ],
    [
      "filters only",
      0.1,
      () => `departement=${pick(sample).departement ?? "75"}&contract=${pick(["CDI", "CDD", "MIS"])}`,
    ],
    ["keyword + facets", 0.15, () => `q=${keyword()}&facets=true`],
    ["deep page", 0.1, () => `q=${keyword()}&page=${10 + Math.floor(random() * 40)}&per_page=20`],
  ];
  const searches: Request[] = [];
  for (let i = 0; i < 4000; i++) {
    const r = random();
    let cumulative = 0;
    const [kind, , make] =
      mix.find(([, share]) => {
        cumulative += share;
        return r < cumulative;
      }) ?? mix[0]!;
    searches.push({ kind, path: `/api/v1/offers?${make()}` });
  }
  const details = sample.map((o) => ({ kind: "detail" as const, path: `/api/v1/offers/${o.id}` }));
  return { searches, details };
};

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(connections, 64) });

/** One GET; resolves with the status (0 on a network error). */
const get = (port: number, path: string) =>
  new Promise<number>((done) => {
    const req = http.get({ host: "127.0.0.1", port, path, agent }, (res) => {
      res.resume();
      res.on("end", () => done(res.statusCode ?? 0));
    });
    req.on("error", () => done(0));
  });

const startServer = async (port: number): Promise<{ child: ChildProcess; startupSeconds: number }> => {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "serve"], {
    env: { ...process.env, DATABASE_URL: `sqlite:${dbFile}`, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`le serveur s'est arrêté (code ${child.exitCode})`);
    if ((await get(port, "/api/v1/offers?per_page=1")) === 200) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, startupSeconds: (performance.now() - started) / 1000 };
};

interface Sample {
  kind: string;
  ms: number;
  ok: boolean;
}

/** Closed loop: `count` connections, each sending its next request as soon as the last answered. */
const closedLoop = async (port: number, requests: Request[], count: number, durationMs: number) => {
  const samples: Sample[] = [];
  const end = performance.now() + durationMs;
  let next = 0;
  await Promise.all(
    Array.from({ length: count }, async () => {
      while (performance.now() < end) {
        const request = requests[next++ % requests.length]!;
        const started = performance.now();
        const status = await get(port, request.path);
        samples.push({ kind: request.kind, ms: performance.now() - started, ok: status === 200 });
      }
    }),
  );
  return { samples, seconds: durationMs / 1000 };
};

/** Open loop at a fixed rate; each latency counts from the request's scheduled time. */
const openLoop = async (port: number, requests: Request[], perSecond: number, durationMs: number) => {
  const samples: Sample[] = [];
  const pending: Promise<void>[] = [];
  const started = performance.now();
  const total = Math.floor((perSecond * durationMs) / 1000);
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * perSecond) / 1000) + 1);
    for (; sent < due; sent++) {
      const request = requests[sent % requests.length]!;
      const scheduled = started + (sent * 1000) / perSecond;
      pending.push(
        get(port, request.path).then((status) => {
          samples.push({ kind: request.kind, ms: performance.now() - scheduled, ok: status === 200 });
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  return { samples, seconds: (performance.now() - started) / 1000 };
};

const summary = (label: string, samples: Sample[], seconds: number) => {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const errors = samples.filter((s) => !s.ok).length;
  return {
    label,
    requests: samples.length,
    perSecond: samples.length / seconds,
    errors,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    max: times[times.length - 1] ?? 0,
  };
};

const { searches, details } = buildQueries(dbFile);
const port = await freePort();
const { child, startupSeconds } = await startServer(port);
const durationMs = seconds * 1000;
try {
  // Warm-up: JIT and page cache.
  await closedLoop(port, searches.slice(0, 500), 4, 3000);
  const saturated = await closedLoop(port, searches, connections, durationMs);
  const atRate = await openLoop(port, searches, rate, durationMs);
  const detail = await openLoop(port, details, rate, Math.min(durationMs, 10_000));
  const rows = [
    summary(`saturation, ${connections} connections`, saturated.samples, saturated.seconds),
    summary(`${rate} req/s, all searches`, atRate.samples, atRate.seconds),
    ...(
      ["keyword", "keyword + place + radius", "filters only", "keyword + facets", "deep page"] as const
    ).map((kind) =>
      summary(
        `  ${kind}`,
        atRate.samples.filter((s) => s.kind === kind),
        atRate.seconds,
      ),
    ),
    summary(`${rate} req/s, offer detail by id`, detail.samples, detail.seconds),
  ];
  console.log(`server start-up (search index built from the database): ${startupSeconds.toFixed(1)} s`);
  table(
    ["load", "requests", "req/s", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms"],
    rows.map((r) => [
      r.label,
      String(r.requests),
      r.perSecond.toFixed(0),
      String(r.errors),
      r.p50.toFixed(1),
      r.p95.toFixed(1),
      r.p99.toFixed(1),
      r.max.toFixed(0),
    ]),
  );
  if (values.json) writeFileSync(values.json, JSON.stringify({ startupSeconds, rows }, null, 2));
} finally {
  child.kill("SIGTERM");
  agent.destroy();
}
