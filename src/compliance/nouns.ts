/**
 * Lookups over the job-noun lexicon: gendered forms and person nouns ("jeune vendeur", "jeune H/F").
 */
import { JOB_NOUN_PAIRS } from "./lexicons/job-nouns.js";

const pairs = JOB_NOUN_PAIRS.trim()
  .split(/\s+/)
  .map((pair) => pair.split(":") as [string, string]);

/** Masculine form -> feminine form. */
export const MASCULINE: ReadonlyMap<string, string> = new Map(pairs);
/** Feminine form -> masculine form. */
export const FEMININE: ReadonlyMap<string, string> = new Map(pairs.map(([m, f]) => [f, m]));

// Nouns for a person with one written form, or words that name the candidate.
const EPICENE_PERSONS = new Set(
  `personne personnes candidat candidats profil profils recrue recrues homme hommes femme femmes fille filles
   garcon garcons demoiselle comptable secretaire cariste manutentionnaire stagiaire aide auxiliaire gestionnaire
   architecte juriste peintre concierge receptionniste standardiste hf fh collaborateur collaboratrice
   commis pompiste plongeur libraire fleuriste analyste responsable`.split(/\s+/),
);

/** The singular of a folded word ("vendeurs" -> "vendeurs"/"vendeur" whichever is known). */
export const singular = (word: string): string => {
  if (MASCULINE.has(word) || FEMININE.has(word)) return word;
  if (word.endsWith("s") || word.endsWith("x")) {
    const stem = word.slice(0, -1);
    if (MASCULINE.has(stem) || FEMININE.has(stem)) return stem;
  }
  return word;
};

/** Whether a folded word names a person who could be the candidate ("vendeuse", "personne", "candidat"). */
export const isPersonNoun = (word: string): boolean => {
  const w = singular(word);
  return MASCULINE.has(w) || FEMININE.has(w) || EPICENE_PERSONS.has(w) || EPICENE_PERSONS.has(word);
};
