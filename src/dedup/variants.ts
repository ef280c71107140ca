/**
 * Test and benchmark support: what a cross-posting partner does to a vacancy (title rewritten,
 * description trimmed, reformatted, padded with boilerplate or lightly reworded, place as city or
 * postal code, salary reworded, employer name variant, dates shifted, repost under a new
 * reference) and the hard negatives that must never merge (another city, a reused template).
 */
import type { Location, NormalizedPosting } from "../offer/offer.js";

export type Random = () => number;

const pick = <T>(rnd: Random, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

const TITLE_EDITS: ReadonlyArray<(t: string, p: NormalizedPosting) => string> = [
  (t) => t.toUpperCase(),
  (t) => t.replace(/\s*\((?:H\/F|F\/H)\)\s*|\s+(?:H\/F|F\/H)\b/gi, " ").trim(),
  (t) => `${t.replace(/\s*\((?:H\/F|F\/H)\)/gi, "")} - F/H`,
  (t, p) => (p.contract.type === null ? `${t} !` : `${t} - ${p.contract.type}`),
  (t) => `URGENT : ${t}`,
];

const PRESENTATIONS = [
  "Entreprise familiale fondée il y a plus de trente ans, nous accompagnons nos clients partout en France grâce à nos équipes passionnées et engagées au quotidien pour la qualité de service.",
  "Notre groupe rassemble plusieurs milliers de collaborateurs en Europe et place l'innovation, la sécurité et le respect de l'environnement au cœur de sa stratégie de croissance durable.",
];
const FOOTERS = [
  "Postulez dès maintenant en un clic ! Conformément au RGPD, vos données personnelles sont traitées par notre service recrutement.",
  "Tous nos postes sont ouverts aux personnes en situation de handicap. N'hésitez pas à postuler, nous étudions toutes les candidatures.",
];
const SYNONYMS: Readonly<Record<string, string>> = {
  missions: "tâches",
  poste: "emploi",
  entreprise: "société",
  équipe: "team",
  rejoindre: "intégrer",
  expérience: "pratique",
  compétences: "aptitudes",
  clients: "customers",
  assurer: "garantir",
  participer: "contribuer",
  vous: "tu",
};

const trim = (text: string, rnd: Random): string => {
  const cut = Math.floor(text.length * (0.5 + 0.4 * rnd()));
  const space = text.lastIndexOf(" ", cut);
  return text.slice(0, space > 0 ? space : cut);
};

const reformat = (text: string, rnd: Random): string =>
  rnd() < 0.5 ? text.replace(/\s*\n\s*/g, " ") : text.replace(/\n+/g, "\n\n• ").replace(/[ \t]+/g, " ");

const reword = (text: string, rnd: Random): string =>
  text
    .split(" ")
    .map((w) => (SYNONYMS[w] !== undefined && rnd() < 0.7 ? SYNONYMS[w] : rnd() < 0.03 ? "" : w))
    .join(" ");

const placeForm = (loc: Location, rnd: Random): Location =>
  rnd() < 0.5 || loc.postalCode === null
    ? { ...loc, postalCode: null, label: loc.city }
    : { ...loc, commune: null, city: null, label: loc.postalCode, precision: "postal_code" };

const EMPLOYER_FORMS: ReadonlyArray<(n: string) => string> = [
  (n) => `${n} SAS`,
  (n) => n.toUpperCase(),
  (n) => `Groupe ${n}`,
  (n) => `${n} France`,
];

const shiftDate = (iso: string | null, days: number): string | null =>
  iso === null ? null : new Date(Date.parse(iso) + days * 86_400_000).toISOString();

export type Edit =
  | "title"
  | "trim"
  | "reformat"
  | "reword"
  | "presentation"
  | "footer"
  | "place"
  | "employer"
  | "repost";

const EDIT_ODDS: ReadonlyArray<readonly [Edit, number]> = [
  ["title", 0.6],
  ["trim", 0.4],
  ["reformat", 0.5],
  ["reword", 0.3],
  ["presentation", 0.4],
  ["footer", 0.4],
  ["place", 0.4],
  ["employer", 0.4],
  ["repost", 0.15],
];

/** A random set of edits, each with its own odds. */
export const randomEdits = (rnd: Random): Set<Edit> =>
  new Set(EDIT_ODDS.filter(([, odds]) => rnd() < odds).map(([e]) => e));

/** A cross-posted copy of a vacancy by another partner (or a repost by the same one). */
export const crossPost = (
  p: NormalizedPosting,
  rnd: Random,
  partner: string,
  reference: string,
  edits: ReadonlySet<Edit> = randomEdits(rnd),
): NormalizedPosting => {
  let text = p.description.text;
  if (edits.has("trim")) text = trim(text, rnd);
  if (edits.has("reformat")) text = reformat(text, rnd);
  if (edits.has("reword")) text = reword(text, rnd);
  if (edits.has("presentation")) text = `${pick(rnd, PRESENTATIONS)}\n${text}`;
  if (edits.has("footer")) text = `${text}\n${pick(rnd, FOOTERS)}`;
  const repost = edits.has("repost");
  const shift = repost ? 20 + Math.floor(rnd() * 40) : Math.floor(rnd() * 21) - 10;
  const salaryText =
    p.salary.annualGross === null ? p.salary.text : `${Math.round(p.salary.annualGross / 1000)} k€ brut/an`;
  const name = p.employer.name;
  return {
    ...p,
    partner: repost ? p.partner : partner,
    reference,
    title: edits.has("title") ? pick(rnd, TITLE_EDITS)(p.title, p) : p.title,
    description: { html: "", text },
    employer: {
      ...p.employer,
      name: name !== null && edits.has("employer") ? pick(rnd, EMPLOYER_FORMS)(name) : name,
    },
    location: edits.has("place") ? placeForm(p.location, rnd) : p.location,
    salary: { ...p.salary, text: salaryText },
    publishedAt: shiftDate(p.publishedAt, shift),
    updatedAt: shiftDate(p.updatedAt, shift),
  };
};

/** The same job text, employer and title in another place: a different vacancy (multi-location job). */
export const elsewhere = (
  p: NormalizedPosting,
  location: Location,
  reference: string,
): NormalizedPosting => ({
  ...p,
  reference,
  location,
});

/** The same text reused for another vacancy: salary, contract or date far apart. */
export const reusedTemplate = (p: NormalizedPosting, reference: string): NormalizedPosting => {
  const { min, max } = p.salary;
  if (p.salary.annualGross !== null) {
    // Above the original range: a higher-paid vacancy on the same template.
    const factor = 1.2 * (min !== null && max !== null && max > min ? max / min : 1);
    const scale = (v: number | null): number | null => (v === null ? null : Math.round(v * factor));
    return {
      ...p,
      reference,
      salary: {
        ...p.salary,
        min: scale(p.salary.min),
        max: scale(p.salary.max),
        annualGross: scale(p.salary.annualGross),
      },
    };
  }
  if (p.contract.type === "CDI" || p.contract.type === "CDD") {
    const cdd = p.contract.type === "CDI";
    return {
      ...p,
      reference,
      contract: { ...p.contract, type: cdd ? "CDD" : "CDI", durationMonths: cdd ? 6 : null },
    };
  }
  return {
    ...p,
    reference,
    publishedAt: shiftDate(p.publishedAt, 200),
    updatedAt: shiftDate(p.updatedAt, 200),
  };
};
