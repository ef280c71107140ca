/**
 * A child process for the kill test: ingests an Indeed-style feed into a SQLite file and prints
 * `accepted <n>` after every committed batch, until it is killed.
 * Usage: node --import tsx ingest-child.ts <sqlite-file> <feed-file> <data-dir>
 */
import { readPartnerFeed } from "../../ingest/mapping-feed.js";
import { loadGeo } from "../../referentials/geo-load.js";
import { loadRome } from "../../referentials/rome-load.js";
import { openStore } from "../../storage/connect.js";
import { mappingOfPartner } from "../../storage/partner-mapping.js";
import { upsertPartner } from "../../storage/partner-store.js";
import { ingestSnapshot } from "../../storage/snapshot.js";
import { acceptAll } from "./setup.js";

const [database, feed, dataDir] = process.argv.slice(2);
if (!database || !feed || !dataDir)
  throw new Error("usage: ingest-child <sqlite-file> <feed-file> <data-dir>");

const [geo, rome] = await Promise.all([loadGeo(dataDir), loadRome(dataDir)]);
const store = await openStore(`sqlite:${database}`);
const partner = await upsertPartner(
  store.db,
  { slug: "bulk", label: "Bulk", format: "indeed-xml" },
  new Date().toISOString(),
);
process.stdout.write("ready\n");
const report = await ingestSnapshot(
  store,
  partner,
  readPartnerFeed(mappingOfPartner(partner), [feed]),
  [feed],
  {
    referentials: { geo, rome },
    screen: acceptAll,
    trigger: "schedule",
    // Called once a batch is committed: what is reported here is durable.
    onProgress: (counts) =>
      process.stdout.write(`accepted ${counts.new + counts.updated + counts.unchanged}\n`),
  },
);
process.stdout.write(`done ${report.status}\n`);
await store.close();
