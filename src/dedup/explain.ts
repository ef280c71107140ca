/**
 * The explanation of a comparison: a short French reason for operators and stable feature
 * identifiers for storage and statistics.
 */
import type { PairScores } from "./similarity.js";
import { type Conflict, retitled, type Thresholds, textEvidence } from "./thresholds.js";

const EMPLOYER_TEXT: Record<PairScores["employer"], string> = {
  siret: "même SIRET",
  siren: "même SIREN",
  name: "même employeur",
  variant: "employeur proche",
  unknown: "employeur inconnu",
  agency: "agence vs employeur",
  different: "employeurs différents",
};
const PLACE_TEXT: Record<PairScores["place"], string> = {
  same_commune: "même commune",
  same_city: "même ville",
  same_postal: "même code postal",
  same_area: "même zone",
  unknown: "lieu inconnu",
  near: "communes voisines",
  different: "lieux différents",
};
const CONFLICT_TEXT: Record<Conflict, string> = {
  place: "lieux différents",
  contract: "contrats différents",
  salary: "salaires différents",
  employer: "employeurs différents",
  title: "intitulés différents",
  agency: "agence",
  dates: "publications éloignées",
  near: "communes voisines",
  template: "modèle d'annonce réutilisé",
  establishment: "établissements différents",
};

/** Stable identifiers of the deciding features ("employer_siret", "text_high", "place_conflict"…). */
export const featuresOf = (s: PairScores, conflicts: readonly Conflict[], t: Thresholds): string[] => {
  const text = textEvidence(s, t);
  const f = [`employer_${s.employer}`, `place_${s.place}`];
  f.push(
    s.title >= t.titleStrong ? "title_strong" : s.title >= t.titleDuplicate ? "title_close" : "title_weak",
  );
  if (s.title < t.titleDuplicate && retitled(s, t) === "duplicate") f.push("title_rewritten");
  if (s.text.identical) f.push("text_identical");
  else
    f.push(
      text.value >= t.textStrict ? "text_high" : text.value >= t.textRelaxed ? "text_medium" : "text_low",
    );
  if (!text.reliable) f.push("text_short");
  if (s.contract === "same") f.push("contract_same");
  if (s.salary === "same") f.push("salary_same");
  for (const c of conflicts) f.push(`${c}_conflict`);
  return f;
};

/** "titre 0.91, texte 0.87, même SIRET, même commune". */
export const reasonOf = (s: PairScores, conflicts: readonly Conflict[], t: Thresholds): string => {
  const text = textEvidence(s, t);
  const parts = [
    `titre ${s.title.toFixed(2)}`,
    `texte ${text.value.toFixed(2)}${text.reliable ? "" : " (court)"}`,
  ];
  parts.push(EMPLOYER_TEXT[s.employer], PLACE_TEXT[s.place]);
  if (s.title < t.titleDuplicate && retitled(s, t) === "duplicate")
    parts.push("intitulé reformulé par un partenaire");
  for (const c of conflicts)
    if (c !== "place" && c !== "near" && c !== "agency") parts.push(CONFLICT_TEXT[c]);
  if (s.dayGap !== null && s.dayGap > t.dateStrictDays) parts.push(`${s.dayGap} jours d'écart`);
  return parts.join(", ");
};
