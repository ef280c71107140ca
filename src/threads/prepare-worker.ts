/**
 * A thread of the prepare pool: loads the référentiels once, then prepares the batches it is sent
 * (normalise, screen, fingerprint; pipeline/prepare.ts) with the platform's compliance screen.
 */
import { parentPort, workerData } from "node:worker_threads";
import { errorMessage } from "../errors.js";
import { type Prepared, type PrepareItem, type PreparePartner, preparePosting } from "../pipeline/prepare.js";
import { complianceScreen } from "../pipeline/screen.js";
import { loadGeo } from "../referentials/geo-load.js";
import { loadRome } from "../referentials/rome-load.js";

export interface PrepareWorkerSetup {
  dataDir: string;
}

export interface PrepareRequest {
  id: number;
  partner: PreparePartner;
  now: number;
  items: PrepareItem[];
}

/** The stored forms of a prepared posting, serialised here rather than on the writing thread. */
const encode = (item: PrepareItem, prepared: Prepared): Prepared =>
  prepared.ok
    ? { ...prepared, encoded: { data: JSON.stringify(prepared.posting), raw: JSON.stringify(item.raw) } }
    : prepared;

const port = parentPort;
if (port) {
  const { dataDir } = workerData as PrepareWorkerSetup;
  const referentials = Promise.all([loadGeo(dataDir), loadRome(dataDir)]);
  // A failure to load is answered to every request, not thrown: the pool reports it.
  referentials.catch(() => undefined);
  port.on("message", async (request: PrepareRequest) => {
    try {
      const [geo, rome] = await referentials;
      const ctx = {
        geo,
        rome,
        now: new Date(request.now),
        partner: request.partner,
        screen: complianceScreen,
      };
      const results = request.items.map((item) => encode(item, preparePosting(item, ctx)));
      port.postMessage({ id: request.id, results });
    } catch (error) {
      port.postMessage({ id: request.id, error: errorMessage(error) });
    }
  });
}
