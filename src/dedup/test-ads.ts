/**
 * Hand-written job ads for the deduplication tests (test support, not used by the domain code).
 */
import type { NormalizedPosting } from "../offer/offer.js";
import { buildPosting } from "./fixtures.js";

export const SALES_AD = `Notre magasin de sport situé en centre-ville recherche un vendeur ou une vendeuse pour renforcer son équipe du rayon randonnée et montagne.
Vos missions :
- accueillir et conseiller les clients sur le choix des chaussures, sacs à dos et vêtements techniques ;
- assurer la mise en rayon, le réassort et le balisage des prix ;
- participer aux inventaires et à la réception des livraisons ;
- tenir la caisse en fin de semaine et pendant les soldes.
Profil recherché : vous pratiquez la randonnée ou l'alpinisme et vous aimez transmettre votre passion. Une première expérience en commerce est appréciée, les débutants motivés sont acceptés.
Conditions : contrat à durée indéterminée de 35 heures par semaine, travail un samedi sur deux, prime annuelle sur objectifs, réduction de 20 % sur les achats et mutuelle prise en charge à 60 %.
Le poste est à pourvoir dès que possible au sein d'une équipe de huit personnes encadrée par le responsable de rayon.`;

export const SYSADMIN_AD = `Au sein de la direction des systèmes d'information, vous rejoignez une équipe de cinq administrateurs chargée de l'infrastructure de nos trois sites industriels.
Vous administrez les serveurs Linux et Windows, les environnements de virtualisation VMware et les sauvegardes Veeam.
Vous assurez le support de niveau deux et trois auprès des utilisateurs, la gestion des incidents et des demandes de changement.
Vous participez aux projets de migration vers le cloud hybride et à la mise en place de la supervision avec Zabbix.
Vous rédigez la documentation technique et les procédures d'exploitation, et vous assurez une astreinte une semaine sur six.
Profil : diplômé d'un bac plus trois en informatique, vous justifiez de trois ans d'expérience sur un poste similaire. Vous maîtrisez les réseaux TCP/IP, les VLAN et les pare-feux Fortinet.
Rémunération selon profil entre 38 et 45 k€ bruts annuels, treizième mois, télétravail deux jours par semaine.`;

export const AGENCY_TEMPLATE = `Notre agence d'emploi recherche pour l'un de ses clients, acteur reconnu de la logistique, des préparateurs de commandes pour des missions d'intérim renouvelables.
Vous préparez les commandes à l'aide d'un terminal de lecture optique, vous contrôlez la conformité des produits et vous filmez les palettes avant expédition.
Le port de charges est régulier et le travail se fait en horaires d'équipe, en alternance matin et après-midi.
Vous êtes titulaire du CACES 1 en cours de validité, vous êtes rigoureux et ponctuel.
Avantages : indemnités de fin de mission, congés payés, accès au comité d'entreprise de l'agence et acompte de paie à la semaine.`;

export const PRESENTATION = `Fondée en 1985, notre entreprise familiale compte aujourd'hui plus de 300 collaborateurs répartis sur douze sites en France et place la satisfaction de ses clients au cœur de chacune de ses actions quotidiennes.`;

/** A vacancy at a sports shop in Lyon 3e, as its own site publishes it. */
export const salesPosting = (overrides: Parameters<typeof buildPosting>[0] = {}): NormalizedPosting =>
  buildPosting({
    partner: "employeur",
    reference: "v-1",
    title: "Vendeur / Vendeuse rayon randonnée (H/F)",
    description: { html: "", text: SALES_AD },
    employer: { name: "Montagne & Sports SAS", siret: "12345678900012" },
    location: {
      commune: "69383",
      postalCode: "69003",
      city: "Lyon",
      departement: "69",
      lat: 45.7597,
      lon: 4.8422,
      precision: "commune",
    },
    contract: { type: "CDI", workingTime: "full_time" },
    salary: { text: "1 900 € brut mensuel", min: 1900, max: null, period: "month", annualGross: 22800 },
    rome: { code: "D1211" },
    publishedAt: "2025-03-01T08:00:00Z",
    ...overrides,
  });
