import type { Kysely, Migration } from "kysely";

/**
 * The audit trail of moderation decisions (R5332-2, L5333-1): the rule set that gave the verdict an
 * operator answered, and a snapshot of the content screened (title, text, employer, date), so a
 * decision can be explained after the posting has changed or closed.
 */
export const complianceAudit = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("moderation_decisions").addColumn("rules_version", "text").execute();
    await db.schema.alterTable("moderation_decisions").addColumn("snapshot", "text").execute();
  },
});
