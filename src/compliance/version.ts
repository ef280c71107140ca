/**
 * The version of the rule set, stored with every verdict and every moderation decision so that an
 * authority can tell which rules judged an offer (R5332-2, L5333-1). A release label, bumped by
 * hand when a detector's code changes, plus a hash of what the rules are made of: their metadata,
 * every compiled lexicon regex and the pay floors. Any lexicon edit changes the hash by itself.
 */
import { createHash } from "node:crypto";
import { PAY_FLOORS } from "./pay-floors.js";
import { compiledSources } from "./phrases.js";
import { RULES } from "./rules.js";

/** Bump when a detector's code (not its lexicon) changes what it finds. */
export const RULESET_RELEASE = "2026.4";

const digest = createHash("sha256")
  .update(JSON.stringify(RULES)) // functions are left out: ids, articles, severities, French texts
  .update("\n")
  .update(compiledSources().join("\n"))
  .update("\n")
  .update(JSON.stringify(PAY_FLOORS))
  .digest("hex")
  .slice(0, 12);

/** "<release>+<hash>", e.g. "2026.4+4f1c2a9b0d3e". */
export const RULES_VERSION = `${RULESET_RELEASE}+${digest}`;
