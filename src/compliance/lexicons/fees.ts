/**
 * Money asked of job seekers (C. trav. L5321-3, L5331-1; DGCCRF "offre d'emploi piégée"), folded.
 * Costs borne by the employer ("frais de déplacement remboursés", "formation financée par France
 * Travail", "numéro vert 0800") are not matched or are cancelled by the shared negation helper.
 */
import type { PhraseSpec } from "../phrases.js";
import { E } from "./common.js";

const AMOUNT = "\\d[\\d\\s.,]*\\s?(?:€|euros?|eur)";
const EMPLOYER_PAYS_AFTER =
  "^[^.;]{0,40}?(?:rembourse|pris en charge|prise en charge|offert|paye par|finance par|a la charge de l'(?:employeur|entreprise)|a notre charge)";

// Advertisers may be charged (L5331-1): a subscription for recruiters, or to reach candidates' CVs, is lawful.
const ADVERTISER_BEFORE =
  "(?:recruteurs?|employeurs?|entreprises?|annonceurs?|clients? professionnels?|professionnels|transports?|navigo|velo|sport|salle|mutuelle|telephon\\w*|forfait)[^.;!?\\n]{0,40}$";
const ADVERTISER_AFTER =
  "^[^.;!?\\n]{0,40}(?:recruteurs?|employeurs?|annonceurs?|entreprises|base (?:de )?cv|cvtheque|profils? (?:de |des )?candidats|gratuit)";

/** Paying to see or answer offers: subscriptions, premium accounts (C. trav. L5331-1). */
const SUBSCRIPTIONS: readonly PhraseSpec[] = [
  {
    re: `abonnements?(?: (?:mensuel|annuel|hebdomadaire|premium|payant|vip))?(?:[^.;!?\\n]{0,50}?)(?:pour|afin de|qui vous permet(?:tra)? d'|donnant acces a|permettant d') ?(?:postuler|candidater|acceder|consulter|recevoir|voir|debloquer|lire|repondre|contacter)`,
    notBefore: ADVERTISER_BEFORE,
    notAfter:
      "^\\s*(?:a |aux |a la |au )?(?:notre |la )?(?:base|cvtheque|cv|profils?|candidats|salle|vehicule)",
  },
  {
    re: "(?:acces|reserve|reservee|reserves|consultation)\\w* (?:a |aux |de )?(?:nos |les |toutes les |l'ensemble des )?(?:offres|annonces|emplois|missions)[^.;!?\\n]{0,40}?(?:membres|abonnes|abonnement|premium|payant|vip|souscription)",
    notAfter: ADVERTISER_AFTER,
  },
  {
    re: `(?:membres?|comptes?|formules?|abonnements?|acces|pass|statut|offre) (?:premium|vip|gold|privilege|pro|plus|illimite)[^.;!?\\n]{0,30}?${AMOUNT} ?(?:/ ?|par |chaque )(?:mois|an|annee|semaine)`,
    notBefore: ADVERTISER_BEFORE,
    notAfter: ADVERTISER_AFTER,
  },
  {
    re: `(?:acces|abonnement|inscription|candidature)s? (?:payante?s?|premium) (?:pour|aux|a|de)`,
    notBefore: ADVERTISER_BEFORE,
    notAfter: ADVERTISER_AFTER,
  },
];

/** Registration or application fees, deposits, subscriptions, paid documentation. */
export const FEE_PAYMENT: readonly PhraseSpec[] = [
  {
    re: "frais (?:d'inscription|de dossier|d'adhesion|de candidature|de recrutement|de selection|d'entree|de gestion|d'ouverture de dossier|administratifs|de traitement|d'acces)",
    notAfter: EMPLOYER_PAYS_AFTER,
  },
  {
    re: "(?:participation|contribution) (?:aux|a vos|financiere aux?) (?:frais|couts?)|participation financiere (?:du candidat|demandee|de \\d)",
    notAfter:
      "^\\s*(?:de |d'|des |du )?(?:transports?|deplacements?|repas|restauration|mutuelle|garde|telephon\\w*|teletravail|logement|carburant|kilometriques?|navigo|abonnement|dejeuner|sport|loisirs|vacances|demenagement|installation|scolarite des enfants|creche)",
  },
  {
    re: `(?<=${AMOUNT} (?:vous )?)(?:est|sont|sera|seront) (?:demandee?s?|exigee?s?|factur\\w*|a regler|a verser|a payer|preleve\\w*)`,
    notBefore: "(?:salaire|remuneration|prime|budget|chiffre d'affaires|ca|indemnite|bonus)[^.;]{0,30}$",
  },
  { re: "droits? d'(?:entree|inscription|adhesion)|cotisation (?:d'entree|d'inscription)" },
  {
    re: "(?:frais|couts?|montant|somme|prix)[^.;\\n]{0,40}? a la charge (?:du candidat|des candidats|de la candidate)",
  },
  {
    anchors: ["chequ"],
    re: `(?:se presenter|venir|munissez-vous|muni${E}) (?:avec |d'un )?(?:un )?cheque|cheque (?:de (?:caution|garantie|\\d)|a l'ordre)`,
  },
  ...SUBSCRIPTIONS,
  {
    re: "(?:payer|regler|verser|acquitter)\\w* (?:pour|avant de) (?:postuler|candidater|acceder|etre (?:recrute|embauche|selectionne))",
  },
  { re: `(?:envoy|adress|regl)\\w* (?:nous |un montant de |la somme de )?${AMOUNT}` },
  {
    re: `(?<=${AMOUNT} (?:pour|afin de) )(?:recevoir|obtenir|acceder a|valider|reserver)`,
  },
  {
    re: "(?:contre|moyennant) (?:des |le paiement de |paiement de |remboursement des )?(?:frais d'envoi|frais de port|frais postaux|participation)|enveloppes? timbrees?",
  },
  {
    re: "frais (?:vous )?(?:seront|sera|sont|est) (?:demandes?|factures?|a (?:votre|la) charge(?: du candidat)?|a regler)",
  },
  {
    re: `(?:caution|depot de garantie)s? (?:de ${AMOUNT} )?(?:pour|sur|du|de la|des) (?:le |la |les |votre |vos )?(?:materiel|kit|tenue|uniforme|badge|vehicule|outillage|equipement|telephone|tablette|formation|stock|echantillons)|(?:caution|depot de garantie)s? (?:exigee?s?|a verser|obligatoires?)`,
  },
  {
    re: "(?:guide|methode|documentation|catalogue|liste d'employeurs|fichier d'entreprises) (?:payante?|a (?:acheter|commander)|(?:au prix|pour la somme) de)",
  },
];

/** Starter kits, stock and equipment the candidate must buy. */
export const FEE_KIT: readonly PhraseSpec[] = [
  {
    re: `(?:kit|pack|coffret|malette|valise) (?:de demarrage|de depart|d'inscription|de lancement|de bienvenue|demarrage)(?: (?:a|au prix de|de|payant|obligatoire))?`,
    notAfter: EMPLOYER_PAYS_AFTER,
  },
  {
    re: `(?:achat|acquisition|commande)s? (?:obligatoire|prealable|initial|minimum)e?s? (?:d'un |de votre |du |de |d'une |des )?(?:stock|kit|pack|materiel|echantillons?|produits|tenue|uniforme)`,
  },
  { re: "(?:achat|acquisition) (?:d'un (?:stock|kit|pack)|de votre (?:stock|kit|pack|materiel|tenue))" },
  {
    re: "(?:acheter|acquerir|commander|financer) (?:un|une|votre|vos|le|la|les|du|des) (?:stock|kit|pack|materiel|echantillons|produits|tenue|uniforme)",
    notBefore:
      "(?:vous devez|vous devrez|devra|devrez|devez|il vous faudra|il faudra|faudra|a vous d'|obligation d'|obligatoirement|prealablement)\\s*$",
  },
  {
    re: "(?:acheter|acquerir|financer) (?:votre|vos|son|ses) (?:propres? )?(?:stock|kit|pack|materiel|echantillons|produits|tenue|uniforme)",
  },
  { re: `investissement (?:initial|de depart|de ${AMOUNT}|minimum)` },
  {
    re: "(?:materiel|tenue|uniforme|outillage|equipement|stock)s?(?: [a-z']+){0,3} (?:est |sont |reste |restent )?a (?:vos|votre|la) (?:frais|charge)(?: du candidat)?",
  },
];

/** Training the candidate pays before being hired. */
export const FEE_TRAINING: readonly PhraseSpec[] = [
  {
    re: `formations? (?:initiale |obligatoire |prealable |certifiante )?(?:payante|a (?:vos|votre) (?:frais|charge)|a financer|a la charge du candidat|facturee|non remuneree et payante)`,
  },
  {
    re: `formations? (?:obligatoire |prealable |initiale )?(?:de|a|d'un montant de|au prix de|facturee|pour) ${AMOUNT}`,
    notBefore: "(?:budget|enveloppe|credit|prime|cpf|plan|compte|investissement)s?\\s*(?:de |annuel )?$",
    notAfter: "^\\s*(?:par an|par salarie|/ ?an|offert|pris en charge|financ|annuel)",
  },
  { re: `(?<=${AMOUNT} (?:de|pour (?:la|votre)) )formation` },
  {
    re: `(?:cout|prix|tarif|frais) (?:de (?:la|votre) formation|pedagogiques?)(?: (?:est |sont )?(?:a votre charge|de \\d|:))?`,
  },
  {
    re: "formations?(?:(?!non |pas |gratuit|offert|pris en charge|financ|rembours)[^.;\\n]){0,40}? (?:vous )?(?:sera|seront|est|sont)? ?(?:facturee?s?|payante?s?|a vos frais|a votre charge|a regler)",
  },
  {
    re: `formations? (?:sera |est )?rembourse${E} (?:apres|au bout|a l'issue|une fois|si|des|sous condition|lors)`,
  },
  {
    re: `(?:financez|financer|payez|payer|reglez|regler) (?:vous-meme |vous meme )?(?:votre|la|une) formation`,
  },
];

/** Premium-rate phone numbers and SMS: the call is a payment. 0800-0805 are free and not matched. */
export const FEE_PREMIUM_NUMBER: readonly PhraseSpec[] = [
  {
    re: "(?:\\+33 ?|0 ?)8[\\s.\\-]?[129](?:[\\s.\\-]?\\d){7}",
    negatable: false,
  },
  {
    anchors: ["3617", "3615", "36", "appel", "numer", "sms", "envoy", "tapez"],
    // Not inside a figure: "13.36-15.03 EUR/heure".
    re: "(?<![0-9.,])(?:3617|3615|36 ?1[57])(?![.,]?[0-9])|appels? surtaxe\\w*|numeros? surtaxe\\w*|sms surtaxe\\w*|(?:envoyez|tapez) \\w+ au [3-8]\\d{4}",
    negatable: false,
  },
];
