import type { RawPosting } from "../ingest/raw-posting.js";
import type { Rome } from "../offer/offer.js";
import type { Appellation, RomeIndex } from "../referentials/rome.js";

const ROME_CODE = /\b([A-Na-n])\s?(\d{4})\b/;
/** Gender marks and contract words partners add to titles: "(H/F)", "F/H", "- CDI", "H/F/X". */
const TITLE_NOISE =
  /\(?\s*\b(?:(?:h\s*\/\s*f|f\s*\/\s*h)(?:\s*\/\s*x)?|homme\s*\/\s*femme|femme\s*\/\s*homme)\b(?:\s*\))?|\s[-–]\s*(?:cdi|cdd|interim|intérim|alternance|stage)\b.*$/gi;

const none = (): Rome => ({ code: null, label: null, appellationCode: null, appellationLabel: null });

const fromAppellation = (appellation: Appellation, rome: RomeIndex): Rome => ({
  code: appellation.rome,
  label: rome.metier(appellation.rome)?.label ?? null,
  appellationCode: appellation.code,
  appellationLabel: appellation.label,
});

/** A job title without gender marks and trailing contract words, for appellation matching. */
export const bareTitle = (title: string): string =>
  title.replace(TITLE_NOISE, " ").replace(/\s+/g, " ").trim();

/**
 * The ROME classification of a posting: from the partner's appellation code, ROME code or
 * appellation label when it gives one, else from a title that is exactly a ROME appellation.
 * Codes may be ROME v3 ones: an appellation code resolves to its ROME 4.0 métier, and a v3 code
 * given with one of its fiche's appellations gives that appellation's 4.0 métier.
 */
export const resolveRome = (raw: RawPosting["rome"], title: string, rome: RomeIndex): Rome => {
  const byCode = raw?.appellationCode ? rome.appellation(raw.appellationCode.trim()) : undefined;
  if (byCode) return fromAppellation(byCode, rome);
  const code = raw?.code?.match(ROME_CODE);
  const metier = code ? rome.metier(`${code[1]!.toUpperCase()}${code[2]}`) : undefined;
  const byLabel = raw?.appellationLabel ? rome.findAppellation(raw.appellationLabel) : undefined;
  if (metier) {
    if (byLabel && (byLabel.rome === metier.code || byLabel.romeV3 === metier.code)) {
      return fromAppellation(byLabel, rome);
    }
    return { code: metier.code, label: metier.label, appellationCode: null, appellationLabel: null };
  }
  if (byLabel) return fromAppellation(byLabel, rome);
  const byTitle = rome.findAppellation(bareTitle(title));
  return byTitle ? fromAppellation(byTitle, rome) : none();
};
