/**
 * Composes a job's description from the ROME texts of its métier (definition, access), a random
 * subset of its linked compétences and savoirs, the employer's presentation, conditions and
 * benefits. Every choice comes from the job's own seed, so two jobs of one métier read differently
 * while every partner's copy of one job tells the same story. The result is structured (sections),
 * rendered by render.ts in each partner's way.
 */
import type { JobContract, JobExperience } from "./contracts.js";
import * as P from "./description-phrases.js";
import type { Occupation } from "./market-data.js";
import type { Rng } from "./rng.js";

export interface Section {
  role: "intro" | "missions" | "profile" | "conditions" | "benefits" | "closing" | "update";
  heading: string | null;
  paragraphs: string[];
  bullets: string[];
}

export interface DescriptionInput {
  /** The job's text stream. */
  rng: Rng;
  /** The stream of the employer's template (intro, conditions wording, benefits, closing). */
  template: Rng;
  brand: string;
  kind: "company" | "agency" | "public";
  national: boolean;
  /** The employer hides behind a neutral presentation. */
  anonymous: boolean;
  activity: string;
  workforce: string;
  client: string | null;
  title: string;
  city: string;
  departement: string;
  occupation: Occupation;
  softSkills: readonly string[];
  contractLabel: string;
  contract: JobContract;
  experience: JobExperience;
  payText: string | null;
  remote: "none" | "hybrid" | "full";
  /** A non-compliant sentence to slip into the profile, or null. */
  violation: string | null;
}

const ARTICLES = new Set(
  "le la les l il elle en un une dans au aux a ce cette ces des pour selon sous sur son sa ses".split(" "),
);

/** "Réalise des travaux." → "Le ou la titulaire du poste réalise des travaux."; other sentences unchanged. */
export const asJobSentence = (sentence: string): string => {
  const first = (sentence.split(/[\s'’/]/)[0] ?? "").toLowerCase();
  if (ARTICLES.has(first) || /(?:er|ir)$/.test(first) || !/^\p{Lu}/u.test(sentence)) return sentence;
  return `Le ou la titulaire du poste ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
};

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** ROME labels write "Etre" without its accent, and some sentences lack their full stop. */
const tidy = (text: string): string => {
  const accented = text.replace(/\bEtre\b/g, "Être").replace(/\betre\b/g, "être");
  return /[.!?…:]$/.test(accented) ? accented : `${accented}.`;
};

const PLACEHOLDER = /\{(\w+)\}/g;
const EXPERIENCE_ASKED = /exp[ée]rience/i;

/** Fill the placeholders of a sentence; draws (year, manager) only for the placeholders present. */
const fill = (text: string, input: DescriptionInput, rng: Rng): string =>
  text.indexOf("{") < 0
    ? text
    : text.replace(PLACEHOLDER, (whole, key: string) => {
        switch (key) {
          case "brand":
            return input.brand;
          case "city":
            return input.city;
          case "activity":
            return lowerFirst(input.activity);
          case "size":
            return lowerFirst(input.workforce);
          case "year":
            return String(1950 + rng.int(70));
          case "manager":
            return rng.pick(P.MANAGERS);
          case "title":
            return input.title;
          case "client":
            return input.client ?? "une entreprise de la région";
          case "n":
            return String(Math.max(1, input.experience.years));
          default:
            return whole;
        }
      });

const introSection = (input: DescriptionInput): Section => {
  const t = input.template;
  const list = input.anonymous
    ? P.INTROS_ANONYMOUS
    : input.kind === "agency"
      ? P.INTROS_AGENCY
      : input.kind === "public"
        ? P.INTROS_PUBLIC
        : input.national
          ? P.INTROS_NATIONAL
          : P.INTROS_LOCAL;
  return { role: "intro", heading: null, paragraphs: [fill(t.pick(list), input, t)], bullets: [] };
};

const missionSection = (input: DescriptionInput): Section => {
  const { rng, occupation } = input;
  const pool = occupation.competences.slice(0, 10);
  const bullets = rng.sample(pool, rng.between(3, 6)).map((c) => c.label);
  const paragraphs = [fill(rng.pick(P.MISSION_LEADS), input, rng)];
  const definition = occupation.definition;
  if (definition.length > 0 && (bullets.length < 3 || rng.chance(0.6))) {
    paragraphs.unshift(tidy(asJobSentence(rng.pick(definition))));
  }
  return { role: "missions", heading: rng.pick(P.MISSION_HEADINGS), paragraphs, bullets };
};

const profileSection = (input: DescriptionInput): Section => {
  const { rng, occupation, experience } = input;
  const paragraphs: string[] = [];
  paragraphs.push(fill(rng.pick(experience.years > 0 ? P.EXPERIENCE_LINES : P.BEGINNER_LINES), input, rng));
  const access = occupation.access[0];
  // ROME's access sentence may ask years of experience ("Une expérience de 3 ans minimum … est
  // le plus souvent requise"): not in an offer that accepts beginners, which would contradict itself.
  if (access && rng.chance(0.5) && (experience.years > 0 || !EXPERIENCE_ASKED.test(access)))
    paragraphs.push(access);
  if (occupation.savoirs.length > 0 && rng.chance(0.6)) {
    const known = rng
      .sample(occupation.savoirs.slice(0, 8), rng.between(2, 3))
      .map((s) => lowerFirst(s.label));
    paragraphs.push(`${rng.pick(P.KNOWLEDGE_LEADS)} ${known.join(", ")}.`);
  }
  const qualities = rng
    .sample(input.softSkills, rng.between(2, 3))
    .map((q) => lowerFirst(q).replace(/^etre\b/, "être"));
  if (qualities.length > 0) paragraphs.push(`${rng.pick(P.QUALITY_LEADS)} ${qualities.join(", ")}.`);
  const letter = occupation.metier.code.charAt(0);
  if ((letter === "N" || letter === "I" || letter === "K") && rng.chance(0.4))
    paragraphs.push(rng.pick(P.DRIVING_LINES));
  if (input.violation) paragraphs.splice(rng.between(1, paragraphs.length), 0, input.violation);
  return { role: "profile", heading: rng.pick(P.PROFILE_HEADINGS), paragraphs, bullets: [] };
};

const conditionSection = (input: DescriptionInput): Section => {
  const { template: t, contract } = input;
  const bullets = [`Contrat : ${input.contractLabel}`];
  if (contract.weeklyHours !== null)
    bullets.push(t.pick(P.HOURS_LINES).replace("{n}", String(contract.weeklyHours)));
  else bullets.push(contract.workingTime === "part_time" ? "Temps partiel" : "Temps plein");
  bullets.push(`Lieu de travail : ${input.city} (${input.departement})`);
  if (input.remote === "hybrid") bullets.push(t.pick(P.HYBRID_LINES));
  if (input.remote === "full") bullets.push(t.pick(P.REMOTE_LINES));
  if (input.payText) bullets.push(`Rémunération : ${input.payText}`);
  bullets.push(input.rng.pick(P.START_LINES));
  return { role: "conditions", heading: t.pick(P.CONDITION_HEADINGS), paragraphs: [], bullets };
};

/** The sections of a job's description. */
export const composeDescription = (input: DescriptionInput): Section[] => {
  const sections = [
    introSection(input),
    missionSection(input),
    profileSection(input),
    conditionSection(input),
  ];
  const t = input.template;
  if (t.chance(0.7)) {
    sections.push({
      role: "benefits",
      heading: t.pick(P.BENEFITS_HEADINGS),
      paragraphs: [],
      bullets: t.sample(P.BENEFITS, t.between(2, 5)),
    });
  }
  if (t.chance(0.8))
    sections.push({ role: "closing", heading: null, paragraphs: [t.pick(P.CLOSINGS)], bullets: [] });
  return sections;
};

/** The description of a job written in English (an L5331-4 violation). */
export const composeEnglishDescription = (input: DescriptionInput): Section[] => {
  const { rng } = input;
  const e = P.ENGLISH;
  return [
    { role: "intro", heading: null, paragraphs: [fill(rng.pick(e.intro), input, rng)], bullets: [] },
    { role: "missions", heading: "Your role", paragraphs: [], bullets: rng.sample(e.missions, 4) },
    { role: "profile", heading: "About you", paragraphs: rng.sample(e.profile, 2), bullets: [] },
    {
      role: "conditions",
      heading: "What we offer",
      paragraphs: input.payText ? [`Salary: ${input.payText}`] : [],
      bullets: rng.sample(e.offer, 3),
    },
    { role: "closing", heading: null, paragraphs: [e.closing], bullets: [] },
  ];
};
