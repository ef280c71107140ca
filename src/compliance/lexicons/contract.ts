/**
 * Contract wording (C. trav. L5331-3 1°; C. éduc. L124-5), folded.
 */
import type { PhraseSpec } from "../phrases.js";
import { E, REQUIRED } from "./common.js";

/** Fixed-term signals in the text. */
const FIXED_TERM =
  "cdd|contrats? a duree determinee|missions? (?:d'interim|interim\\w*|temporaires?)|contrats? (?:de mission|temporaires?|saisonniers?|d'interim)|(?:poste|contrat|mission|cdd) (?:de|d'une duree de) \\d+ (?:jours?|semaines?|mois)|remplacements? (?:d'un |d'une |de |du )?(?:conge|absence|arret|salarie)";
/** Permanent-contract signals in the text ("CDI intérimaire" is a temporary-work contract). */
const PERMANENT = "cdi(?! ?(?:-? ?i\\b|interimaire|de chantier|d'operation))|contrats? a duree indeterminee";

export const FIXED_TERM_SIGNAL: readonly PhraseSpec[] = [{ re: FIXED_TERM, negatable: false }];
export const PERMANENT_SIGNAL: readonly PhraseSpec[] = [{ re: PERMANENT, negatable: false }];

/** One sentence calling the same job permanent and short: "CDI d'une semaine", "CDI - mission d'intérim". */
export const CONTRACT_SELF_CONTRADICTION: readonly PhraseSpec[] = [
  {
    re: `cdi(?! ?(?:-? ?i\\b|interimaire))(?:(?!essai|teletravail|conge|rtt|formation|integration|anciennete|experience|preavis)[^.;\\n]){0,30}?(?:d'une|de \\d+|de quelques|d'un) (?:jours?|semaines?|mois)`,
    notAfter:
      "^\\s*(?:d'essai|de (?:teletravail|conges|rtt|repos|formation|remote|presence|integration|travail)|renouvelable une fois|par (?:semaine|mois))",
  },
  { re: "cdi ?(?:-|:) ?(?:mission d'interim|mission temporaire)" },
];

/** A fixed-term contract sold with the promise of a permanent one (France Travail forbids it in offers). */
export const CDD_TO_CDI: readonly PhraseSpec[] = [
  {
    re: "(?:cdd|interim|mission)s?[^.;\\n]{0,40}?(?:evolutif|evolutive|evoluant|pouvant (?:evoluer|deboucher|aboutir|etre transforme)|debouchant|transformable|suivie? d'un|en vue d'une?|possibilite|perspective|prolongation|passage|renouvelable puis|embauche|a la cle|pourr\\w* (?:evoluer|deboucher|aboutir|se transformer|etre transforme))[^.;\\n]{0,30}?cdi",
  },
  {
    re: "cdi (?:possible|envisageable|envisage|a la cle|a terme|potentiel)(?: (?:a l'issue|apres|au terme|a la fin|ensuite|par la suite))?",
  },
  {
    re: "(?:possibilite|perspective|opportunite|promesse)s? (?:de |d')?(?:embauche (?:en |sur un )?|evolution (?:en |vers (?:un )?)|passage (?:en |sur un )?|titularisation en )?cdi",
  },
  {
    re: "(?<=(?:en vue d'une?|pre-?) ?)embauche (?:en |sur un )?cdi|evolution (?:en|vers) (?:un )?cdi (?:possible|envisageable|a l'issue)",
  },
];

/** N years of experience required. */
const STRICT = "(?:exigee?s?|obligatoires?|requise?s?|imperatives?|indispensables?|necessaires?)";
const YEARS = "(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|dix) ans";
export const EXPERIENCE_REQUIRED = [
  `${YEARS} (?:d'experience |minimum |au minimum |au moins |d'experience minimum )+${STRICT}`,
  `experience (?:professionnelle )?${STRICT} (?:de|d'au moins|minimum de) ${YEARS}`,
  `experience (?:professionnelle )?(?:de|d'au moins|minimum de) ${YEARS} (?:minimum|au moins|${STRICT})`,
  `${YEARS} d'experience (?:minimum|au minimum)`,
  `(?:au moins|minimum) ${YEARS} d'experience`,
].join("|");
/** Beginners welcome. */
export const BEGINNER_WELCOME: readonly PhraseSpec[] = [
  {
    re: `debutant${E} (?:accepte${E}|bienvenue?${E}|possible|admis)|ouvert${E} aux debutants`,
    negatable: false,
  },
  {
    re: "(?:sans|aucune) experience (?:requise|exigee|necessaire)|pas d'experience (?:requise|exigee|necessaire)",
    negatable: false,
  },
];

/** An internship longer than six months (C. éduc. L124-5). */
export const INTERNSHIP_TOO_LONG: readonly PhraseSpec[] = [
  {
    re: "stages? (?:de |d'une duree de |longue duree (?:de )?)?(\\d{1,2}) ?mois",
    check: (m) => Number(m[1]) > 6,
  },
  { re: "(?<=(\\d{1,2}) ?mois de )stage", check: (m) => Number(m[1]) > 6 },
  { re: "stages? (?:d'|de )(?:un|1) an|stages? (?:annuel|de 12 mois)" },
];

/** Self-employed status required of the candidate. */
export const SELF_EMPLOYED_REQUIRED: readonly PhraseSpec[] = [
  { re: `(?:auto|micro) ?entrepreneur${E} ${REQUIRED}|statut (?:d')?(?:auto|micro) ?entrepreneur` },
  { re: "sous (?:le )?statut (?:d')?(?:independant|auto ?entrepreneur|micro ?entrepreneur|freelance|vdi)" },
  { re: `(?:siret|numero siret) ${REQUIRED}` },
  {
    re: "(?:vous devez|vous devrez|devrez|(?<=il )faut|necessite d') ?(?:etre |avoir le statut (?:d')?|creer votre )?(?:auto|micro) ?entrepr\\w*",
  },
  { re: "facturation de vos prestations|vous (?:facturez|facturerez) vos (?:heures|prestations|missions)" },
];

/** Subordination cues that make a "self-employed" job look like disguised employment (C. trav. L8221-6). */
export const SUBORDINATION =
  "horaires (?:fixes|imposes)|planning (?:fixe|impose|defini par)|sous la responsabilite|rattache\\w* (?:au|a la|a un|a une)|responsable hierarchique|manager|\\d{2} ?h (?:par|/) semaine|temps plein|lieu de travail (?:impose|fixe)|tenue imposee|pointage";
