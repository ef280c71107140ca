/**
 * Information asked of candidates without a direct and necessary link with the job (C. trav.
 * L1221-6): criminal record, photo, handwritten letter, pay history. Folded.
 */
import type { PhraseSpec } from "../phrases.js";
import { E, REQUIRED } from "./common.js";

export const CRIMINAL_RECORD: readonly PhraseSpec[] = [
  {
    re: `casiers? judiciaires? (?:vierges?|blancs?|propres?|n ?°? ?3|b ?3|bulletin (?:n ?°? ?)?3|${REQUIRED}|a (?:joindre|fournir))`,
  },
  {
    anchors: ["extra", "bulle", "b3", "b"],
    re: "extraits? (?:de |du )?(?:casier|b ?3|bulletin (?:n ?°? ?)?3)|bulletins? (?:n ?°? ?)?3|b3 (?:a joindre|exige|obligatoire|vierge)",
  },
  {
    re: `(?:pas|aucun${E}|sans) (?:de )?(?:antecedents? judiciaires?|condamnations?|casier)`,
    negatable: false,
  },
];

/** Jobs where a criminal-record check has a legal basis (security, childcare, cash, regulated professions…). */
export const RECORD_REGULATED =
  "cnaps|carte professionnelle|agents? de (?:securite|surete)|securite privee|surete|ssiap|convoy\\w*|transports? de fonds|petite enfance|creches?|enfants?|mineurs|animat\\w*|educat\\w*|assistante? maternelle|aide a domicile|ehpad|personnes agees|personnes vulnerables|banques?|assurances?|orias|ias|agrements?|habilitations?|aeroports?|badges?|notaires?|huissiers?|avocats?|fonction publique|education nationale|police|gendarmerie|taxis?|vtc|chauffeurs?|transports? scolaires?|casinos?|jeux|enseign\\w*|professeurs?|sport\\w*|handicap\\w*|sante|soins?|infirmi\\w*|medic\\w*|ambulanc\\w*|pharmac\\w*|armes?|explosifs?|nucleaire|defense|douanes?|immobilier|syndic|comptab\\w*|fonds|tresor\\w*|caisse|caissier\\w*|monnaie|bijou\\w*|voitures? radars?|radars? (?:mobiles?|embarques?)";

export const PHOTO: readonly PhraseSpec[] = [
  {
    anchors: ["photo"],
    re: `(?:cv|curriculum vitae|candidature)s? (?:avec|et|\\+) photos?(?: recente| d'identite)?(?: ${REQUIRED})?`,
  },
  {
    re: `photos? (?:recente |d'identite |en pied |de face )?${REQUIRED}|(?:joindre|envoyer|envoyez|joignez|ajouter|ajoutez|accompagner|accompagnez|transmettre|transmettez)(?: a (?:votre|la|cette) (?:candidature|cv|dossier|envoi)| avec (?:votre|le) (?:cv|candidature))? (?:une |votre |vos |d'une )?photos?`,
    notAfter:
      "^\\s*(?:de vos|des|de (?:vos|votre|nos) )?(?:realisations|travaux|creations|projets|chantiers|portfolio|book)",
    notBefore: "(?:badge|carte|permis|dossier d'embauche|lors de l'embauche)[^.]{0,20}$",
  },
];

export const HANDWRITTEN: readonly PhraseSpec[] = [{ re: "lettres? (?:de motivation )?manuscrites?" }];

export const PAY_HISTORY: readonly PhraseSpec[] = [
  {
    re: "derniers? (?:bulletins? de (?:salaire|paie)|fiches? de paie|salaires?)",
  },
  {
    re: "(?:historique|montant) (?:de vos |des |de votre )?(?:salaires?|remunerations?) (?:actuel|precedent|passe)\\w*",
  },
];
