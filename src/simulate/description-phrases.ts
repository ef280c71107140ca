/**
 * Sentences the description composer picks from. Placeholders: {brand}, {city}, {activity} (NAF
 * label, lower case), {size} (workforce), {year}, {manager}, {title}, {n}, {client}.
 */

export const INTROS_LOCAL: readonly string[] = [
  "{brand} est une entreprise de {size} implantée à {city} depuis {year}.",
  "Entreprise familiale créée en {year}, {brand} accompagne ses clients depuis {city}.",
  "Installée à {city}, {brand} ({activity}) compte {size} et poursuit son développement.",
  "Nous sommes {brand}, une structure à taille humaine spécialisée dans l'activité « {activity} ».",
  "Depuis {year}, {brand} s'est fait un nom dans le secteur « {activity} » autour de {city}.",
];

export const INTROS_NATIONAL: readonly string[] = [
  "Avec {size} en France, {brand} est un acteur reconnu du secteur « {activity} ».",
  "Rejoignez {brand} : {size}, des implantations partout en France et une culture d'entreprise tournée vers le terrain.",
  "Acteur majeur de son marché ({activity}), {brand} recrute pour son site de {city}.",
  "{brand}, c'est {size} engagés au service de nos clients, dont une équipe à {city}.",
  "Groupe en forte croissance, {brand} renforce ses équipes à {city}.",
];

export const INTROS_PUBLIC: readonly string[] = [
  "{brand} recrute pour renforcer ses services.",
  "Au service des habitants, {brand} recherche un agent motivé pour rejoindre ses équipes.",
  "{brand} ouvre un poste au sein de ses services ({size}).",
];

export const INTROS_AGENCY: readonly string[] = [
  "{brand}, entreprise de travail temporaire, recherche pour son client, {client}, un(e) {title}.",
  "Votre agence {brand} (agence d'intérim) recrute pour le compte de {client}.",
  "Nous sommes {brand}, agence d'emploi et entreprise de travail temporaire. Notre client, {client}, recherche un(e) {title}.",
];

export const INTROS_ANONYMOUS: readonly string[] = [
  "Entreprise de la région de {city}, nous recrutons un(e) {title}.",
  "Notre client, une société du secteur « {activity} », recrute.",
  "PME dynamique située près de {city}, nous renforçons notre équipe.",
];

export const MISSION_HEADINGS: readonly string[] = [
  "Vos missions",
  "Missions principales",
  "Le poste",
  "Description du poste",
  "Vos responsabilités",
  "Ce que vous ferez",
];

export const MISSION_LEADS: readonly string[] = [
  "Rattaché(e) au {manager}, vous serez chargé(e) de :",
  "Au quotidien, vous aurez pour missions de :",
  "Vos principales missions seront les suivantes :",
  "Vous interviendrez notamment pour :",
  "Sous la responsabilité du {manager}, vous devrez :",
  "En tant que {title}, vous serez amené(e) à :",
];

export const MANAGERS: readonly string[] = [
  "responsable d'équipe",
  "chef de service",
  "directeur d'agence",
  "responsable de site",
  "gérant",
  "responsable d'exploitation",
  "chef d'atelier",
];

export const PROFILE_HEADINGS: readonly string[] = [
  "Profil recherché",
  "Votre profil",
  "Ce que nous recherchons",
  "Compétences attendues",
];

export const EXPERIENCE_LINES: readonly string[] = [
  "Vous justifiez d'une expérience d'au moins {n} an(s) sur un poste similaire.",
  "Une expérience de {n} an(s) minimum dans le métier est demandée.",
  "Vous avez {n} an(s) d'expérience ou plus en tant que {title}.",
];

export const BEGINNER_LINES: readonly string[] = [
  "Débutant(e) accepté(e) : une formation interne est assurée.",
  "Le poste est ouvert aux débutants motivés.",
  "Première expérience appréciée mais non indispensable.",
];

export const KNOWLEDGE_LEADS: readonly string[] = [
  "Connaissances appréciées :",
  "La maîtrise des points suivants serait un plus :",
  "Vous connaissez idéalement :",
];

export const QUALITY_LEADS: readonly string[] = [
  "Qualités attendues :",
  "Savoir-être :",
  "Nous apprécierons votre capacité à",
];

export const DRIVING_LINES: readonly string[] = [
  "Permis B exigé.",
  "Permis B indispensable (déplacements).",
  "Véhicule personnel souhaité.",
];

export const CONDITION_HEADINGS: readonly string[] = [
  "Conditions",
  "Informations complémentaires",
  "Conditions de travail",
  "Le contrat",
];

export const START_LINES: readonly string[] = [
  "Prise de poste : dès que possible.",
  "Poste à pourvoir immédiatement.",
  "Démarrage souhaité sous un mois.",
  "Poste à pourvoir rapidement.",
];

export const HOURS_LINES: readonly string[] = [
  "Temps de travail : {n} h hebdomadaires.",
  "Horaires : {n} h par semaine, travail en journée.",
  "Durée hebdomadaire : {n} heures.",
];

export const HYBRID_LINES: readonly string[] = [
  "Télétravail possible deux jours par semaine.",
  "Organisation hybride : jusqu'à 2 jours de télétravail par semaine.",
  "Télétravail partiel possible après la période d'intégration.",
];

export const REMOTE_LINES: readonly string[] = [
  "Poste en télétravail complet, quelques déplacements au siège par trimestre.",
  "100 % télétravail, depuis la France entière.",
];

export const BENEFITS_HEADINGS: readonly string[] = [
  "Avantages",
  "Ce que nous offrons",
  "Pourquoi nous rejoindre ?",
];

export const BENEFITS: readonly string[] = [
  "Mutuelle d'entreprise prise en charge à 60 %",
  "Tickets restaurant",
  "Prime de fin d'année",
  "13e mois",
  "RTT",
  "Comité social et économique (CSE)",
  "Participation et intéressement",
  "Prise en charge à 50 % du titre de transport",
  "Prime de panier",
  "Véhicule de service",
  "Plan de formation continue",
  "Chèques vacances",
  "Forfait mobilités durables",
  "Horaires flexibles",
  "Tenue de travail fournie",
  "Indemnités kilométriques",
  "Restaurant d'entreprise",
  "Primes sur objectifs",
];

export const CLOSINGS: readonly string[] = [
  "Envie de nous rejoindre ? Postulez dès maintenant !",
  "Merci d'adresser votre candidature (CV et lettre de motivation) via le bouton Postuler.",
  "Nos équipes étudieront votre candidature avec attention.",
  "Ce poste est ouvert aux personnes en situation de handicap.",
  "Le processus de recrutement comprend un entretien téléphonique puis un entretien sur site.",
  "Vous vous reconnaissez dans ce profil ? Envoyez-nous votre candidature.",
];

/** A job written in English (the language violation, C. trav. L5331-4). */
export const ENGLISH = {
  intro: [
    "{brand} is hiring a {title} for its team in {city}.",
    "Join {brand}, a fast-growing company based in {city}.",
  ],
  missions: [
    "Take part in the daily operations of the team",
    "Work closely with our customers and partners",
    "Report to the site manager and share weekly updates",
    "Follow quality and safety procedures",
    "Help improve our processes and tools",
    "Train and support new colleagues",
  ],
  profile: [
    "You are organised, reliable and a team player.",
    "Previous experience in a similar role is a plus.",
    "You enjoy working in a fast-paced environment.",
  ],
  offer: ["Competitive salary", "Health insurance", "Meal vouchers", "Friendly team"],
  closing: "Apply now and join us!",
} as const;
