import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { SimManifest } from "../simulate/manifest.js";
import { buildFeedServer, type FeedServer } from "../simulate/serve-app.js";
import { runSimulate } from "../simulate/simulate.command.js";
import type { Store } from "../storage/connect.js";
import { type PartnerKind, upsertPartner } from "../storage/partner-store.js";
import type { CliContext } from "./app.js";

/** Real minutes a simulated day lasts in the demo: partners publish, jobs come and go. */
export const DEMO_DAY_MINUTES = 3;
const KINDS: readonly PartnerKind[] = ["employer", "ats", "board", "aggregator"];

/** The slug under which a simulated partner is registered (apart from the sample-feed partners). */
export const demoSlug = (slug: string): string => `sim-${slug}`.slice(0, 63);

/** The mapping a simulated partner's feed is read with, when the simulator wrote one. */
const mappingOf = async (root: string, manifest: SimManifest, slug: string, format: string) => {
  const path = join(root, "partners", slug, "day-000", "mapping.json");
  if (!existsSync(path)) return null;
  const mapping = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  // The partner API is paginated: follow each page's `next` link.
  if (format === "json-api") mapping.next ??= "next";
  return JSON.stringify({
    ...mapping,
    slug: demoSlug(slug),
    label: `${manifest.partners.find((p) => p.slug === slug)?.label} (simulé)`,
  });
};

/** Register every simulated partner with its feed URL on the local feed server. */
const registerPartners = async (store: Store, root: string, manifest: SimManifest, base: string) => {
  const now = new Date().toISOString();
  for (const p of manifest.partners) {
    const mapping = await mappingOf(root, manifest, p.slug, p.format);
    await upsertPartner(
      store.db,
      {
        slug: demoSlug(p.slug),
        label: `${p.label} (simulé)`,
        kind: KINDS.includes(p.kind as PartnerKind) ? (p.kind as PartnerKind) : "board",
        format: mapping ? null : p.format,
        mapping,
        feedUrl: `${base}/partners/${p.slug}/feed`,
        cadenceMinutes: Math.max(1, p.cadenceDays * DEMO_DAY_MINUTES),
        rank: Math.min(1, p.rank / 100),
        employersShowName: p.employersShowName,
      },
      now,
    );
  }
};

export interface DemoMarket {
  server: FeedServer;
  base: string;
  stop(): Promise<void>;
}

/**
 * The demo's simulated market: generated once (small preset) under `var/demo-market`, served over
 * local HTTP like real partner feeds, its partners registered for the scheduler to pull, and one
 * simulated day passing every DEMO_DAY_MINUTES minutes.
 */
export const startDemoMarket = async (ctx: CliContext, store: Store): Promise<DemoMarket> => {
  const root = resolve("var/demo-market");
  if (!existsSync(join(root, "manifest.json"))) {
    const code = await runSimulate(["--preset", "small", "--seed", "demo", "--out", root], ctx);
    if (code !== 0) throw new Error("génération du marché de démonstration impossible");
  }
  const manifest = JSON.parse(await readFile(join(root, "manifest.json"), "utf8")) as SimManifest;
  const server = await buildFeedServer({ root, day: 0 });
  const base = await server.listen(0, "127.0.0.1");
  await registerPartners(store, root, manifest, base);
  const timer = setInterval(() => {
    if (server.state.day < manifest.days) server.state.day++;
  }, DEMO_DAY_MINUTES * 60_000);
  timer.unref();
  return {
    server,
    base,
    async stop() {
      clearInterval(timer);
      await server.close();
    },
  };
};
