import type { Kysely, Selectable } from "kysely";
import type { OfferView } from "../offer/offer-view.js";
import type { IndexedOffer } from "../search/index-types.js";
import { type SearchQuery, type SearchResult, summarize } from "../search/query.js";
import { SearchEngine } from "../search/search-engine.js";
import { latestSeq } from "./change-log.js";
import type { Store } from "./connect.js";
import type { Database, OffersTable } from "./database.js";

const PAGE = 5000;
const POLL_MS = 1000;

const COLUMNS = [
  "num",
  "title_terms",
  "body_terms",
  "published_at",
  "lat",
  "lon",
  "contract_type",
  "departement",
  "region",
  "rome_code",
  "commune",
  "salary_annual",
  "remote",
] as const;

type IndexRow = Pick<Selectable<OffersTable>, (typeof COLUMNS)[number]>;

const words = (text: string): string[] => (text === "" ? [] : text.split(" "));

/** The engine's document for a stored offer. */
export const indexedOffer = (row: IndexRow): IndexedOffer => ({
  num: row.num,
  titleTerms: words(row.title_terms),
  bodyTerms: words(row.body_terms),
  publishedAt: row.published_at ? Date.parse(row.published_at) : Number.NaN,
  lat: row.lat,
  lon: row.lon,
  contractType: row.contract_type,
  departement: row.departement,
  region: row.region,
  romeCode: row.rome_code,
  commune: row.commune,
  salaryAnnual: row.salary_annual,
  remote: row.remote,
});

async function* publishedRows(db: Kysely<Database>): AsyncGenerator<IndexRow> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom("offers")
      .select(COLUMNS)
      .where("status", "=", "published")
      .where("num", ">", after)
      .orderBy("num")
      .limit(PAGE)
      .execute();
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.num;
  }
}

/**
 * Search over the published offers with the in-memory engine: built from the database at start,
 * then kept fresh from the change log (woken by this process's writes, polling for the others').
 * Like a read replica, each process holds its own copy.
 */
export class SearchService {
  private engine = new SearchEngine({ autoCompact: true });
  private cursor = 0;
  private syncing: Promise<void> | null = null;
  private dirty = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly wake = () => {
    this.dirty = true;
    void this.sync().catch(() => undefined);
  };

  constructor(private readonly store: Store) {}

  /** Build the index from the database and start following the change log. */
  async start(): Promise<void> {
    // Reads on the reading connection: a write transaction of this process never delays a search.
    this.cursor = await latestSeq(this.store.reader);
    const docs: IndexedOffer[] = [];
    for await (const row of publishedRows(this.store.reader)) docs.push(indexedOffer(row));
    this.engine.addAll(docs);
    this.store.events.on("changes", this.wake);
    this.timer = setInterval(this.wake, POLL_MS);
    this.timer.unref();
    await this.sync();
  }

  stop(): void {
    this.store.events.off("changes", this.wake);
    if (this.timer) clearInterval(this.timer);
  }

  get size(): number {
    return this.engine.size;
  }

  /** Apply the changes after the cursor (one sync at a time; a request during it waits for it). */
  sync(): Promise<void> {
    if (this.syncing) return this.syncing;
    this.dirty = false;
    this.syncing = this.applyChanges().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async applyChanges(): Promise<void> {
    for (;;) {
      const changes = await this.store.reader
        .selectFrom("changes")
        .select(["seq", "offer_id"])
        .where("seq", ">", this.cursor)
        .orderBy("seq")
        .limit(PAGE)
        .execute();
      if (changes.length === 0) return;
      const ids = [...new Set(changes.map((c) => c.offer_id))];
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await this.store.reader
          .selectFrom("offers")
          .select([...COLUMNS, "status"])
          .where("id", "in", ids.slice(i, i + 500))
          .execute();
        for (const row of rows) {
          if (row.status === "published") this.engine.add(indexedOffer(row));
          else this.engine.remove(row.num);
        }
      }
      this.cursor = changes[changes.length - 1]!.seq;
      if (changes.length < PAGE) return;
    }
  }

  /** One page of results, the total and facets, as the engine ranks them. */
  async search(query: SearchQuery): Promise<SearchResult> {
    if (this.dirty || this.syncing) await this.sync();
    const found = this.engine.search(query);
    const nums = found.hits.map((h) => h.num);
    const rows =
      nums.length === 0
        ? []
        : await this.store.reader
            .selectFrom("offers")
            .select(["num", "data"])
            .where("num", "in", nums)
            .execute();
    const data = new Map(rows.map((r) => [r.num, r.data]));
    const results = found.hits.flatMap((hit) => {
      const view = data.get(hit.num);
      return view ? [summarize(JSON.parse(view) as OfferView, hit.distanceKm)] : [];
    });
    return { total: found.total, results, ...(found.facets ? { facets: found.facets } : {}) };
  }
}
