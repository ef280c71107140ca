import { screenPosting } from "../compliance/screen.js";
import { RULES_VERSION } from "../compliance/version.js";
import { contentHash } from "../ingest/content-hash.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import type { NormalizedPosting } from "../offer/offer.js";
import type { ComplianceView } from "../offer/offer-view.js";
import { isMalformed, normalizePosting, type PipelineContext } from "./normalize.js";

/**
 * The compliance stage: a posting screened in the context of its partner (a temp agency or not),
 * with the version of the rule set that judged it. A draft (pre-publication check) is dated by the
 * platform when published: a missing date is not held against it.
 */
export const complianceScreen = (
  posting: NormalizedPosting,
  partner: { kind: string },
  now: Date,
  options: { draft?: boolean } = {},
): ComplianceView => {
  const result = screenPosting(posting, {
    now,
    employerKnown: posting.employer.name !== null || posting.employer.siret !== null,
    partnerIsTemporaryWorkAgency: partner.kind === "agency",
    draft: options.draft === true,
  });
  return {
    verdict: result.verdict,
    findings: result.findings,
    language: result.language,
    rules_version: RULES_VERSION,
  };
};

/**
 * Check an offer before publication: normalised as a feed posting would be, then screened as a
 * draft when it carries no date. `partnerKind` is the kind of partner that will send it ("agency": L5332-3 applies).
 */
export const checkPosting = (
  raw: RawPosting,
  ctx: Pick<PipelineContext, "geo" | "rome" | "now">,
  partnerKind = "employer",
): { compliance: ComplianceView; posting: NormalizedPosting | null; problem: string | null } => {
  const posting = normalizePosting(raw, contentHash(raw), {
    ...ctx,
    partner: { slug: "verification", employersShowName: true },
  });
  if (isMalformed(posting)) {
    return {
      compliance: { verdict: "reject", findings: [], language: "und", rules_version: RULES_VERSION },
      posting: null,
      problem: posting.reason,
    };
  }
  // Only a draft without any date is dated by the platform; a date given but unreadable is a finding.
  const draft = (raw.publishedAt ?? "").trim() === "";
  return {
    compliance: complianceScreen(posting, { kind: partnerKind }, ctx.now, { draft }),
    posting,
    problem: null,
  };
};
