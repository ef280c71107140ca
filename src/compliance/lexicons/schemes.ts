/**
 * Disguised schemes (C. trav. L5331-3, L5331-5; C. consom. pyramid sales; DGCCRF alerts): network
 * selling, training sold as a job, earnings promises, fraud patterns, filled offers. Folded.
 */
import type { PhraseSpec } from "../phrases.js";
import { E } from "./common.js";

/** Network marketing and "be your own boss" opportunities. */
export const SCHEME_NETWORK: readonly PhraseSpec[] = [
  {
    re: "revenus? (?:illimites?|sans limites?|passifs?|residuels?)|gains? illimites?|(?:independance|liberte) financiere",
  },
  {
    re: "devenez (?:votre propre (?:patron|chef|boss)|independant et libre)|soyez votre propre (?:patron|chef|boss)",
  },
  {
    re: "(?:parrain\\w*|recrut\\w*) (?:de |d'|vos |des )?(?:filleul|conseilleres? independant|vendeu(?:r|se)s? independant|distributeu(?:r|se)s? independant)\\w*|developpez (?:votre|une) (?:equipe|reseau) de (?:vendeu|conseill|distribut|filleul)\\w*",
  },
  {
    re: "(?:reseau|equipe) de (?:vendeurs|vendeuses|conseilleres?|conseillers|distributeurs|distributrices|ambassadrices?) independant\\w*|(?:devenez|rejoignez) (?:notre |un )?(?:reseau de )?(?:distributeu|conseill|ambassad)\\w* independant\\w*|marketing (?:de|en) reseau|multi ?level marketing|mlm|vente (?:directe )?(?:en|par) reseau",
  },
  { re: `statut (?:de )?vdi|vdi (?:independant|statut)|vendeu(?:r|se)s? a domicile independant${E}` },
  {
    re: `(?:opportunite|activite) (?:d'affaires?|complementaire) (?:depuis|a) (?:chez vous|domicile)|business (?:en ligne|depuis chez vous|opportunity)`,
  },
];

/** Training, coaching or a paid programme presented as a job offer. */
export const SCHEME_TRAINING: readonly PhraseSpec[] = [
  {
    re: "(?:eligible|finan\\w* (?:par|avec)|via|grace a|mobilisez|utilisez) (?:votre |le |au )?(?:cpf|compte personnel de formation)",
  },
  {
    re: "frais de scolarite|(?:inscri\\w*|reserv\\w*) (?:a|votre place (?:a|dans)|pour) (?:notre|la prochaine|cette) (?:formation|session|promotion|masterclass|bootcamp)",
  },
  {
    re: "(?:(?<=cette )(?:offre|annonce)|(?<=ce )poste) (?:est|concerne|correspond a) (?:une|un) (?:formation|programme de formation|bootcamp|coaching)",
  },
  {
    re: "(?:devenez|reconvertissez-vous en|formez-vous au metier de) [a-z\\s]{3,40} en \\d+ (?:semaines|mois|jours) (?:grace a|avec) (?:notre|nos) (?:formation|programme|methode)",
  },
  {
    re: "(?:places? limitees?|session de rentree) (?:pour|a) (?:la|notre) formation|(?:coaching|accompagnement) (?:payant|a \\d)",
  },
];

/** Implausible earnings promises. */
export const SCHEME_EARNINGS: readonly PhraseSpec[] = [
  {
    re: "gagn\\w* (?:jusqu'a |plus de |facilement |rapidement )?\\d[\\d\\s.,]*\\s?(?:€|euros?|k€) (?:par|/|en) ?(?:jour|semaine|heure|h|mois)[^.;!?\\n]{0,30}?(?:depuis (?:chez vous|votre (?:domicile|canape|salon|lit|maison|telephone|smartphone|ordinateur))|sans (?:aucune |aucun )?(?:experience|diplome|effort|competence|investissement))",
  },
  {
    re: "(?:argent|revenus?|gains?) (?:facile|rapide)s?|sans (?:aucun )?effort,? (?:gagnez|devenez)|travaillez (?:seulement |uniquement )?\\d+ ?h(?:eures?)? par (?:semaine|jour) (?:et|pour) gagnez",
  },
  {
    re: "jusqu'a \\d[\\d\\s.,]*\\s?(?:€|euros?) (?:par|/) ?(?:mois|semaine|jour) (?:sans experience|sans diplome|depuis (?:chez vous|votre domicile))",
  },
];

/** Fraud patterns flagged by France Travail: bank details, money transfers, parcel forwarding. */
export const SCHEME_FRAUD: readonly PhraseSpec[] = [
  {
    re: "(?:envoy|joindre|joign|transmett|communiqu|fourni)\\w* (?:nous )?(?:par (?:mail|sms|whatsapp) )?(?:votre|vos|un|une copie de votre|votre numero de|les coordonnees de votre) (?:rib|iban|passeport|cni|carte d'identite|titre de sejour|coordonnees bancaires|numero de carte bancaire|carte bancaire|code (?:de carte|secret|confidentiel)|numero de securite sociale|copie (?:de|d') ?(?:votre )?(?:cni|carte d'identite|passeport))",
    notAfter:
      "^[^.]{0,40}(?:lors de|a) (?:l'embauche|la signature|votre arrivee|la prise de poste)|^[^.]{0,30}(?:apres|des) (?:l'embauche|signature|validation de votre candidature)",
  },
  {
    re: "mandats? cash|coupons? (?:pcs|transcash|neosurf)|recharges? (?:pcs|transcash|neosurf|paysafecard)|transcash|western union|moneygram|paysafecard|neosurf|cartes? prepayees?",
  },
  {
    re: "encaiss\\w* (?:des |les )?cheques? (?:sur votre compte|pour nous|et (?:les )?(?:reverser|transferer|renvoyer))|(?:recev\\w*|reception|receptionn\\w*|reexpedi\\w*|reexpedition|renvoy\\w*|reconditionn\\w*|stock\\w*) (?:des |les |de |vos )?(?:colis|paquets|marchandises) (?:a|chez|depuis|dans) (?:votre domicile|vous|domicile|la maison|votre logement)",
  },
  {
    re: "(?:virement|transfert)s? (?:d'argent )?(?:sur|via) votre compte (?:personnel|bancaire) (?:puis|avant de|et)|(?:servir|agir) (?:d'|comme )?intermediaire financier",
  },
];

/** The job is no longer available but the offer still runs. */
export const SCHEME_FILLED: readonly PhraseSpec[] = [
  {
    re: `(?:poste|offre|recrutement)s? (?:deja |a ete |est |a deja ete )?(?:pourvu${E}|cloture${E})`,
    notAfter: "^\\s*(?:des que possible|rapidement|au plus vite|dans les meilleurs delais|en (?:cdi|cdd))",
  },
  { re: "(?<=(?:n'est|ne sont) )plus (?:disponible|d'actualite|a pourvoir)" },
  { re: "(?:plus|pas) de recrutement en cours|offre (?:expiree|perimee)" },
];
