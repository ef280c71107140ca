import { screenPosting } from "../compliance/screen.js";
import type { ComplianceView } from "../offer/offer-view.js";
import type { ScreenStage } from "../storage/posting-writer.js";

/** The compliance stage of the pipeline: the posting screened in the context of its partner. */
export const complianceScreen: ScreenStage = (posting, partner, now): ComplianceView => {
  const result = screenPosting(posting, {
    now,
    employerKnown: posting.employer.name !== null || posting.employer.siret !== null,
    partnerIsTemporaryWorkAgency: partner.kind === "agency",
  });
  return { verdict: result.verdict, findings: result.findings, language: result.language };
};
