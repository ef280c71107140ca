import { screenPosting } from "../compliance/screen.js";
import { contentHash } from "../ingest/content-hash.js";
import type { RawPosting } from "../ingest/raw-posting.js";
import type { NormalizedPosting } from "../offer/offer.js";
import type { ComplianceView } from "../offer/offer-view.js";
import { isMalformed, normalizePosting, type PipelineContext } from "./normalize.js";

/** The compliance stage: a posting screened in the context of its partner (a temp agency or not). */
export const complianceScreen = (
  posting: NormalizedPosting,
  partner: { kind: string },
  now: Date,
): ComplianceView => {
  const result = screenPosting(posting, {
    now,
    employerKnown: posting.employer.name !== null || posting.employer.siret !== null,
    partnerIsTemporaryWorkAgency: partner.kind === "agency",
  });
  return { verdict: result.verdict, findings: result.findings, language: result.language };
};

/** Check an offer before publication: normalised as a feed posting would be, then screened. */
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
      compliance: { verdict: "reject", findings: [], language: "und" },
      posting: null,
      problem: posting.reason,
    };
  }
  return { compliance: complianceScreen(posting, { kind: partnerKind }, ctx.now), posting, problem: null };
};
