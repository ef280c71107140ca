/**
 * Physical appearance, grooming and lifestyle phrases (C. trav. L1132-1, L1121-1; Défenseur des
 * droits 2019-205), folded. Uniforms, protective equipment and hygiene rules are not matched.
 */
import type { PhraseSpec } from "../phrases.js";
import { E, EXCLUDED, REQUIRED } from "./common.js";

/** Body features: always a rejection. */
export const APPEARANCE_BODY: readonly PhraseSpec[] = [
  {
    re: "(?:taille|hauteur) (?:minimum|min|minimale|mini|maximum|max|:|de)? ?(?:de )?(?:1 ?m ?\\d{2}|1[,.]\\d{2} ?m|\\d{3} ?cm)",
  },
  {
    re: "(?:mesurer|mesurant|faire) (?:au moins |plus de |moins de )?(?:1 ?m ?\\d{2}|1[,.]\\d{2} ?m|\\d{3} ?cm)",
  },
  {
    re: `minces?|svelte${E}|silhouette (?:fine|elancee|mince|sportive)|(?<=(?:pas de|sans) )(?:surpoids|embonpoint|kilos en trop)|obese${E}|(?<=en )surpoids`,
    notBefore:
      "(?:couche|pellicule|film|tranche|lame|feuille|epaisseur|bande|crepe|pate)s? (?:tres |plus )?$",
    negatable: false,
  },
  { re: "poids (?:maximum|max|inferieur a|de moins de|proportionne|: ?\\d{2})" },
  {
    re: "yeux (?:bleus|verts|clairs|marron|noirs)|cheveux (?:blonds|bruns|roux|lisses|longs|courts)|(?:blonde|brune|rousse)s? (?:de preference|exigee?|uniquement)",
    notAfter: "^\\s*(?:ou (?:attaches|couverts|noues)|attaches|(?:et|ou) (?:charlotte|calot|filet))",
  },
  {
    re: `(?:belle|jolie|beau|jolis?|belles?) (?:femmes?|filles?|jeunes?|hommes?|gueule|plastique|physique|silhouette|visage)`,
  },
  {
    re: `(?:etre|vous etes) (?:tres |plutot )?(?:jolie?|beau|belle|sexy|canon)${E}|sexy|joli minois|bien fait${E} de (?:sa )?personne|photogeniques?`,
  },
  {
    re: `(?:physique|look|apparence) (?:agreable|avenant\\w*|avantageu\\w*|attrayant\\w*|attirant\\w*|de mannequin|irreprochable|soigne\\w* et agreable|plaisant\\w*|seduisant\\w*|harmonieu\\w*|${REQUIRED})`,
  },
];

/** "Bonne présentation": vague, lets the recruiter choose on looks. Review. */
export const APPEARANCE_PRESENTATION: readonly PhraseSpec[] = [
  {
    re: "(?:bonne|belle|excellente|parfaite|tres bonne) presentation|presentation (?:impeccable|irreprochable|agreable|avenante)",
    // The presentation of things: "la bonne présentation des tables", "de la boutique", "des produits".
    notAfter:
      "^\\s*(?:des|de la|de l'|du|de vos|de nos|de ses|de leurs|de chaque|d'un|d'une|de ces|de cette|de ce)\\b",
  },
];

/** Grooming rules on tattoos, piercings, beards, heels, make-up: review (L1121-1 proportionality). */
export const APPEARANCE_GROOMING: readonly PhraseSpec[] = [
  {
    re: "(?<=(?:sans|pas de|aucun|ni) )(?:tatouages?|piercings?|barbe|moustache)(?: ni (?:tatouages?|piercings?))?(?: visibles?)?",
    negatable: false,
    notAfter: "^\\s*(?:\\(?(?:hygiene|securite))",
  },
  {
    re: `(?:tatouages?|piercings?) (?:interdits?|proscrits?|non autorises?|non acceptes?|refuses?|visibles? (?:interdits?|proscrits?))`,
  },
  {
    re: `barbes? (?:interdites?|proscrites?|non autorisees?|non acceptees?)|rase${E} de pres (?:exige|obligatoire)|rasage (?:exige|obligatoire|quotidien)`,
  },
  {
    re: `(?:talons?|escarpins?|jupes?|maquillage|vernis) (?:hauts? )?(?:exige${E}|obligatoires?|imposee?s?|de rigueur)`,
  },
];

/** Lifestyle outside work required of the candidate (non-smoker…): review. */
export const APPEARANCE_LIFESTYLE: readonly PhraseSpec[] = [
  {
    re: `non ?fumeu(?:r|se)${E}|(?:pas de|aucun) fumeu(?:r|se)s?|fumeu(?:r|se)s? s'abstenir`,
    negatable: false,
    notBefore:
      "(?:etablissement|site|locaux|bureaux?|environnement|entreprise|vehicules?|espaces?|lieux?|chambres?|restaurant|batiments?|hotel|structure|magasin|usine|cuisine|zone|campus|logement|residence|salle|voiture|ambulance|atelier)s?\\s*(?:\\w+ )?$",
  },
  {
    re: "(?:moeurs|moralite) (?:irreprochables?|exemplaires?|exigees?|sans tache|conformes?|saines?)|vie (?:privee|personnelle) (?:irreprochable|exemplaire|rangee|sans histoires?|conforme|stable exigee)",
  },
  {
    re: `(?:bonnes|saines|honnetes) moeurs|(?:mode|style|hygiene) de vie (?:sain|irreprochable|exemplaire|rangee?|conforme|compatible|traditionnel)(?: ${REQUIRED})?|conduite privee (?:irreprochable|exemplaire)`,
    notBefore:
      "(?:ordre public|contraires?|atteintes?|outrages?|respect de l'ordre public)(?: et| aux| a| des)*\\s*$",
  },
  {
    re: `(?:moeurs|vie) (?:legeres?|dissolues?|douteuses?|libres?|libertines?|nocturnes?|agitees?)(?: ?[:,]? ?${EXCLUDED})?`,
    negatable: false,
  },
];
