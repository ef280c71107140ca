/**
 * Place of residence, bank domiciliation and economic vulnerability (C. trav. L1132-1), folded.
 * The place of work ("poste basé à Paris") and legal positive measures ("emplois francs") are not matched.
 */
import type { PhraseSpec } from "../phrases.js";
import { E, EXCLUDED, REQUIRED } from "./common.js";

const PLACE = "[a-z0-9\\s\\x27\\-]{2,30}?";
const DWELL = `(?:habitant|residant|resident|domicilie|vivant|demeurant|originaire)${E}`;
/** A département by its number ("du 93", "des 2A") or an area named as such ("du département"). */
const AREA =
  "(?:(?:\\d{2}|2a|2b|97\\d)(?![0-9])|(?:departement|region|ville|commune|quartier|canton|environs|alentours|agglomeration)(?: (?:du|de la|de l'|d'|de|des))?(?: [a-z0-9\\x27\\-]{2,25}){0,3}?)";
const ONLY = `(?:uniquement|exclusivement|seulement|${REQUIRED})`;

/** Residence required or excluded. */
export const RESIDENCE: readonly PhraseSpec[] = [
  {
    re: `(?:candidat|habitant|resident|personne)${E} (?:du|de la|des|de|d') ${PLACE} s'abstenir`,
    negatable: false,
  },
  {
    anchors: ["abste"],
    re: `(?:banlieusards?|banlieue|cites?|quartiers?(?: sensibles| difficiles| nord)?|zup|zep|qpv|93|9-3|neuf trois) s'abstenir`,
    negatable: false,
  },
  { re: `${DWELL} (?:(?:a|au|en|dans le|dans la|dans les|sur|du|de) )?${PLACE} ${REQUIRED}` },
  // "Candidats du 73 uniquement", "profils du département exclusivement".
  { re: `(?:candidat|profil|personne|postulant)${E} (?:du|des|de la|de l'|d') ${AREA} ${ONLY}` },
  // "Candidats hors 06 s'abstenir", "hors département : candidatures non retenues".
  {
    anchors: ["hors", "dehor"],
    re: `(?:(?:candidat|profil|personne|postulant)${E} )?(?:hors|en dehors) (?:du |de la |des |de l'|d'|de )?${AREA} ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: `(?:uniquement|exclusivement|seulement|reserve${E} aux) (?:les |des |aux )?(?:habitants|residents|personnes residant|candidats residant|candidats domicilies)`,
  },
  {
    re: `(?:pas|aucun) (?:de |d')?(?:candidats? )?(?:de |des |issus? des? |venant des? )?(?:banlieues?|cites?|quartiers (?:sensibles|difficiles|prioritaires|populaires)|zup|zep|qpv)`,
    negatable: false,
  },
  { re: `${DWELL} (?:hors|en dehors) (?:de |du |des )?(?:banlieue|cites?|quartiers)`, negatable: false },
  {
    re: `(?:candidat|habitant|resident|personne)${E} (?:residant |habitant |domicilie${E} |vivant )?(?:a|au|en|dans le|dans la|dans les|du|de la|des|de|d') ${PLACE} ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: `(?:habitant|residant|domicilie|vivant|demeurant)${E} (?:a|au|en|dans le|dans la|dans les|du|de la|des|de|d') ${PLACE} ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
];

/** Residence near the workplace: review (may be justified by on-call duty). */
export const RESIDENCE_PROXIMITY: readonly PhraseSpec[] = [
  {
    re: `(?:resid|habit|domicili|demeur|vivre|vivant|loge)\\w* a (?:moins de |maximum |max |au plus )?\\d+ ?(?:km|kilometres?|minutes?|mn|min)`,
  },
  { re: `(?:residence|domicile) (?:a moins de|dans un rayon de) \\d+ ?(?:km|kilometres?|minutes?)` },
];

/** Bank domiciliation, banking record, debt: an economic-vulnerability criterion. */
export const BANK_VULNERABILITY: readonly PhraseSpec[] = [
  {
    re: `(?:pas|aucun|non) (?:d'|de )?(?:interdit|interdiction|fichage|fiche|incident)s? (?:bancaires?|banque de france|bdf|ficp)|non fiche${E}|ficp`,
    negatable: false,
  },
  {
    // "Vous n'êtes pas fiché(e) à la Banque de France", "ne pas être inscrit au FICP".
    anchors: ["fiche", "inscr", "reper", "signa"],
    re: `(?:n'etes|n'etre|ne pas etre|ne soyez|n'est|ne devez pas etre|ne pas avoir ete) (?:pas |jamais )?(?:fiche|inscrit|repertorie|signale)${E} (?:a la |au |aupres de la )?(?:banque de france|bdf|ficp|fcc|fichier (?:bancaire|des incidents))`,
    negatable: false,
  },
  {
    re: `(?:non|pas) surendette${E}|(?:pas|aucun) (?:de )?(?:dossier de )?surendettement|situation financiere (?:saine|stable|reguliere)(?: ${REQUIRED})?`,
    negatable: false,
  },
  {
    re: `(?:compte|domiciliation) (?:bancaire )?(?:dans|aupres d'|chez) (?:une|la) banque (?:francaise|en france|\\w+) ${REQUIRED}|(?:domiciliation|compte) bancaire (?:en france|francaise?) ${REQUIRED}`,
  },
  {
    re: `(?:(?:personnes?|candidat${E}) (?:en interdiction bancaire|interdits? bancaires?|fiche${E} (?:a la )?(?:banque de france|bdf|ficp)|surendette${E})|interdits? bancaires?|fiche(?:e|s)? (?:a la )?(?:banque de france|bdf|ficp)|surendette(?:e|s)?) ?[:,]? ?${EXCLUDED}`,
    negatable: false,
  },
  {
    re: `(?:beneficiaires? du rsa|rsa|chomeurs? de longue duree|sans domicile|sdf|precaires?|surendettes?) s'abstenir|(?:pas|aucun) (?:de )?(?:beneficiaires? du rsa|rsa|chomeurs? de longue duree|sdf|sans domicile)`,
    negatable: false,
  },
  { re: `solvabilite (?:exigee|requise|verifiee)|justificatif de solvabilite` },
];

/** Legal positive measures based on residence (emplois francs, QPV, clause d'insertion). */
export const RESIDENCE_POSITIVE =
  "emplois? francs?|clauses? (?:sociales?|d'insertion)|insertion par l'activite|\\biae\\b|pass iae";
