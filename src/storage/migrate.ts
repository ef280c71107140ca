import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import { AppError, errorMessage } from "../errors.js";
import type { Database } from "./database.js";
import { initialSchema } from "./migrations/001-initial-schema.js";
import { partnerRegistry } from "./migrations/002-partner-registry.js";
import { deduplication } from "./migrations/003-deduplication.js";
import { moderation } from "./migrations/004-moderation.js";
import { searchTerms } from "./migrations/005-search-terms.js";
import { dropSearchIndexes } from "./migrations/006-drop-search-indexes.js";
import { dedupStateIndex } from "./migrations/007-dedup-state-index.js";
import { partnerConfirmation } from "./migrations/008-partner-confirmation.js";
import { complianceAudit } from "./migrations/009-compliance-audit.js";
import { postingClusters } from "./migrations/010-posting-clusters.js";
import { meta } from "./migrations/011-meta.js";
import { postingPartnerIndex } from "./migrations/012-posting-partner-index.js";
import type { StoreDialect } from "./sqlite-dialect.js";

/** The migrations, in order. Each one runs on SQLite and PostgreSQL. */
const migrations = (dialect: StoreDialect): Record<string, Migration> => ({
  "001-initial-schema": initialSchema(dialect),
  "002-partner-registry": partnerRegistry(),
  "003-deduplication": deduplication(dialect),
  "004-moderation": moderation(dialect),
  "005-search-terms": searchTerms(dialect),
  "006-drop-search-indexes": dropSearchIndexes(),
  "007-dedup-state-index": dedupStateIndex(),
  "008-partner-confirmation": partnerConfirmation(),
  "009-compliance-audit": complianceAudit(),
  "010-posting-clusters": postingClusters(dialect),
  "011-meta": meta(),
  "012-posting-partner-index": postingPartnerIndex(),
});

/** Bring the schema to the latest version; throws an AppError naming the failed migration. */
export const migrateToLatest = async (db: Kysely<Database>, dialect: StoreDialect): Promise<void> => {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new AppError("INTERNAL", `Échec de la migration ${failed} : ${errorMessage(error)}`, {
      cause: error,
    });
  }
};
