/**
 * What the simulator assumes per ROME "grand domaine" (first letter of the ROME code): the NAF
 * rév. 2 activities of the employers hiring in it, a typical full-time gross monthly pay offered to
 * a non-manager, the share of jobs open to remote work, and the share of temporary work. Pay
 * levels are rounded orders of magnitude from published offers (DARES / Apec ranges), not a survey.
 */

export interface Naf {
  code: string;
  label: string;
}

export interface Sector {
  letter: string;
  label: string;
  naf: readonly Naf[];
  /** Typical gross monthly pay offered for a full-time non-manager job, in euros. */
  basePay: number;
  /** Share of jobs offering hybrid remote work, and fully remote work. */
  hybrid: number;
  fullRemote: number;
  /** Share of jobs posted by temporary-work agencies for a client company. */
  temporaryWork: number;
  /** Share of public employers (hospitals, local authorities). */
  publicEmployer: number;
}

const n = (code: string, label: string): Naf => ({ code, label });

export const TEMP_AGENCY_NAF: Naf = n("78.20Z", "Activités des agences de travail temporaire");

export const SECTORS: readonly Sector[] = [
  {
    letter: "A",
    label: "Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux",
    naf: [
      n("01.11Z", "Culture de céréales, de légumineuses et de graines oléagineuses"),
      n("01.21Z", "Culture de la vigne"),
      n("01.41Z", "Élevage de vaches laitières"),
      n("01.61Z", "Activités de soutien aux cultures"),
      n("02.20Z", "Exploitation forestière"),
      n("81.30Z", "Services d'aménagement paysager"),
      n("75.00Z", "Activités vétérinaires"),
    ],
    basePay: 1950,
    hybrid: 0.01,
    fullRemote: 0,
    temporaryWork: 0.12,
    publicEmployer: 0.05,
  },
  {
    letter: "B",
    label: "Arts et façonnage d'ouvrages d'art",
    naf: [
      n("90.03A", "Création artistique relevant des arts plastiques"),
      n("32.12Z", "Fabrication d'articles de joaillerie et bijouterie"),
      n("23.41Z", "Fabrication d'articles céramiques à usage domestique ou ornemental"),
    ],
    basePay: 2000,
    hybrid: 0.02,
    fullRemote: 0,
    temporaryWork: 0.05,
    publicEmployer: 0.02,
  },
  {
    letter: "C",
    label: "Banque, assurance, immobilier",
    naf: [
      n("64.19Z", "Autres intermédiations monétaires"),
      n("65.12Z", "Autres assurances"),
      n("66.22Z", "Activités des agents et courtiers d'assurances"),
      n("68.31Z", "Agences immobilières"),
    ],
    basePay: 2450,
    hybrid: 0.3,
    fullRemote: 0.02,
    temporaryWork: 0.08,
    publicEmployer: 0,
  },
  {
    letter: "D",
    label: "Commerce, vente et grande distribution",
    naf: [
      n("47.11D", "Supermarchés"),
      n("47.11F", "Hypermarchés"),
      n("47.71Z", "Commerce de détail d'habillement en magasin spécialisé"),
      n("47.24Z", "Commerce de détail de pain, pâtisserie et confiserie en magasin spécialisé"),
      n("46.69B", "Commerce de gros de fournitures et équipements industriels divers"),
      n("47.52A", "Commerce de détail de quincaillerie, peintures et verres en petites surfaces"),
      n("45.11Z", "Commerce de voitures et de véhicules automobiles légers"),
    ],
    basePay: 1950,
    hybrid: 0.04,
    fullRemote: 0.01,
    temporaryWork: 0.15,
    publicEmployer: 0,
  },
  {
    letter: "E",
    label: "Communication, média et multimédia",
    naf: [
      n("73.11Z", "Activités des agences de publicité"),
      n("58.13Z", "Édition de journaux"),
      n("59.11B", "Production de films institutionnels et publicitaires"),
      n("18.12Z", "Autre imprimerie (labeur)"),
    ],
    basePay: 2400,
    hybrid: 0.35,
    fullRemote: 0.06,
    temporaryWork: 0.05,
    publicEmployer: 0.03,
  },
  {
    letter: "F",
    label: "Construction, bâtiment et travaux publics",
    naf: [
      n("41.20A", "Construction de maisons individuelles"),
      n("43.21A", "Travaux d'installation électrique dans tous locaux"),
      n("43.22A", "Travaux d'installation d'eau et de gaz en tous locaux"),
      n("43.34Z", "Travaux de peinture et vitrerie"),
      n("42.11Z", "Construction de routes et autoroutes"),
      n("71.12B", "Ingénierie, études techniques"),
    ],
    basePay: 2250,
    hybrid: 0.03,
    fullRemote: 0,
    temporaryWork: 0.35,
    publicEmployer: 0.02,
  },
  {
    letter: "G",
    label: "Hôtellerie-restauration, tourisme, loisirs et animation",
    naf: [
      n("56.10A", "Restauration traditionnelle"),
      n("56.10C", "Restauration de type rapide"),
      n("55.10Z", "Hôtels et hébergement similaire"),
      n("93.29Z", "Autres activités récréatives et de loisirs"),
      n("79.12Z", "Activités des voyagistes"),
    ],
    basePay: 1900,
    hybrid: 0.01,
    fullRemote: 0,
    temporaryWork: 0.1,
    publicEmployer: 0.04,
  },
  {
    letter: "H",
    label: "Industrie",
    naf: [
      n("10.71A", "Fabrication industrielle de pain et de pâtisserie fraîche"),
      n("25.62B", "Mécanique industrielle"),
      n("29.32Z", "Fabrication d'autres équipements automobiles"),
      n("22.22Z", "Fabrication d'emballages en matières plastiques"),
      n("30.30Z", "Construction aéronautique et spatiale"),
      n("21.20Z", "Fabrication de préparations pharmaceutiques"),
    ],
    basePay: 2150,
    hybrid: 0.05,
    fullRemote: 0,
    temporaryWork: 0.4,
    publicEmployer: 0,
  },
  {
    letter: "I",
    label: "Installation et maintenance",
    naf: [
      n("33.12Z", "Réparation de machines et équipements mécaniques"),
      n("45.20A", "Entretien et réparation de véhicules automobiles légers"),
      n("43.22B", "Travaux d'installation d'équipements thermiques et de climatisation"),
      n("81.10Z", "Activités combinées de soutien lié aux bâtiments"),
    ],
    basePay: 2300,
    hybrid: 0.03,
    fullRemote: 0,
    temporaryWork: 0.25,
    publicEmployer: 0.03,
  },
  {
    letter: "J",
    label: "Santé",
    naf: [
      n("86.10Z", "Activités hospitalières"),
      n("86.21Z", "Activité des médecins généralistes"),
      n("87.10A", "Hébergement médicalisé pour personnes âgées"),
      n("47.73Z", "Commerce de détail de produits pharmaceutiques en magasin spécialisé"),
      n("86.90A", "Ambulances"),
    ],
    basePay: 2250,
    hybrid: 0.02,
    fullRemote: 0.01,
    temporaryWork: 0.08,
    publicEmployer: 0.35,
  },
  {
    letter: "K",
    label: "Services à la personne et à la collectivité",
    naf: [
      n("88.10A", "Aide à domicile"),
      n("81.21Z", "Nettoyage courant des bâtiments"),
      n("84.11Z", "Administration publique générale"),
      n("88.91A", "Accueil de jeunes enfants"),
      n("80.10Z", "Activités de sécurité privée"),
      n("96.02A", "Coiffure"),
    ],
    basePay: 1900,
    hybrid: 0.02,
    fullRemote: 0,
    temporaryWork: 0.1,
    publicEmployer: 0.25,
  },
  {
    letter: "L",
    label: "Spectacle",
    naf: [
      n("90.01Z", "Arts du spectacle vivant"),
      n("90.02Z", "Activités de soutien au spectacle vivant"),
      n("59.14Z", "Projection de films cinématographiques"),
    ],
    basePay: 2100,
    hybrid: 0.05,
    fullRemote: 0,
    temporaryWork: 0.03,
    publicEmployer: 0.1,
  },
  {
    letter: "M",
    label: "Support à l'entreprise",
    naf: [
      n("62.02A", "Conseil en systèmes et logiciels informatiques"),
      n("62.01Z", "Programmation informatique"),
      n("69.20Z", "Activités comptables"),
      n("70.22Z", "Conseil pour les affaires et autres conseils de gestion"),
      n("82.20Z", "Activités de centres d'appels"),
    ],
    basePay: 2500,
    hybrid: 0.35,
    fullRemote: 0.05,
    temporaryWork: 0.12,
    publicEmployer: 0.08,
  },
  {
    letter: "N",
    label: "Transport et logistique",
    naf: [
      n("49.41A", "Transports routiers de fret interurbains"),
      n("52.10B", "Entreposage et stockage non frigorifique"),
      n("53.20Z", "Autres activités de poste et de courrier"),
      n("49.31Z", "Transports urbains et suburbains de voyageurs"),
      n("52.29A", "Messagerie, fret express"),
    ],
    basePay: 2050,
    hybrid: 0.02,
    fullRemote: 0,
    temporaryWork: 0.4,
    publicEmployer: 0.02,
  },
];

const BY_LETTER = new Map(SECTORS.map((s) => [s.letter, s]));
const FALLBACK = SECTORS[SECTORS.length - 3] as Sector;

/** The sector of a ROME code ("J1501" → Santé); support functions when the letter is unknown. */
export const sectorOf = (romeCode: string): Sector => BY_LETTER.get(romeCode.charAt(0)) ?? FALLBACK;

/** INSEE workforce brackets (tranche d'effectif salarié), smallest first. */
export const WORKFORCE_BRACKETS: readonly Naf[] = [
  n("01", "1 ou 2 salariés"),
  n("02", "3 à 5 salariés"),
  n("03", "6 à 9 salariés"),
  n("11", "10 à 19 salariés"),
  n("12", "20 à 49 salariés"),
  n("21", "50 à 99 salariés"),
  n("22", "100 à 199 salariés"),
  n("31", "200 à 249 salariés"),
  n("32", "250 à 499 salariés"),
  n("41", "500 à 999 salariés"),
  n("42", "1 000 à 1 999 salariés"),
  n("51", "2 000 à 4 999 salariés"),
  n("52", "5 000 à 9 999 salariés"),
  n("53", "10 000 salariés et plus"),
];
