/** Word lists for invented employer names (no real company is meant; any likeness is chance). */

/** Frequent French surnames (INSEE), for family businesses. */
export const SURNAMES: readonly string[] = (
  "Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy " +
  "Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller " +
  "Lefevre Faure Andre Mercier Blanc Guerin Boyer Garnier Chevalier Francois Legrand Gauthier Garcia " +
  "Perrin Robin Clement Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont " +
  "Marie Lemaire Noel Meyer Dufour Meunier Brun Blanchard Giraud Joly Riviere Lucas Brunet Gaillard " +
  "Barbier Arnaud Martinez Gerard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre " +
  "Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Pierre Benoit Rey Leclerc Payet Rolland " +
  "Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin " +
  "Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry " +
  "Guyot Carre Charles Renault Charpentier Menard Maillard Baron Bertin Bailly Herve Schneider Fernandez " +
  "Le Gall Collet Leger Bouvier Julien Prevost Millet Perrot Daniel Le Roux Cousin Germain Breton Besson " +
  "Langlois Remy Le Goff Pelletier Leveque Perrier Leblanc Barre Lebrun Marchal Weber Mallet Hamon"
)
  .split(" ")
  .map((s) => s.replace("Lefevre", "Lefèvre").replace("Riviere", "Rivière").replace("Gerard", "Gérard"));

export const BRAND_HEADS: readonly string[] = (
  "Val Nor Ser Cor Alt Ter Ar Lum Sol Ver Bel Pro Tri Ax Om Cap Nex Dom Ev Sy Ori Kal Mer Lin Tal Arv Bor " +
  "Cal Del Fer Gal Hel Iv Jur Lor Mar Nav Oc Pal Quin Rav Sel Tor Ul Var Wel Xan Zel"
).split(" ");

export const BRAND_TAILS: readonly string[] =
  "téo via vis ia is ane ys on ix ea al or ance ella iance ora ium éa ys ine".split(" ");

export const LEGAL_FORMS: readonly (readonly [string, number])[] = [
  ["SAS", 40],
  ["SARL", 25],
  ["SASU", 10],
  ["SA", 10],
  ["EURL", 8],
  ["SNC", 2],
];

/** Words national brands add to their name, by ROME domain letter. */
export const BRAND_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  A: ["Agri", "Paysages", "Vert"],
  B: ["Créations", "Ateliers"],
  C: ["Assurances", "Immobilier", "Finance", "Banque"],
  D: ["Distribution", "Market", "Boutiques", "Retail"],
  E: ["Médias", "Studio", "Communication"],
  F: ["Construction", "Bâtiment", "TP", "Habitat"],
  G: ["Hôtels", "Restauration", "Loisirs"],
  H: ["Industries", "Technologies", "Production"],
  I: ["Maintenance", "Services", "Énergies"],
  J: ["Santé", "Médical", "Soins"],
  K: ["Services", "Propreté", "Domicile"],
  L: ["Productions", "Spectacles"],
  M: ["Conseil", "Solutions", "Digital", "Consulting"],
  N: ["Logistique", "Transports", "Express"],
};

/** How a small local business names itself, by ROME domain letter ("{s}" = surname). */
export const LOCAL_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  A: [
    "EARL {s}",
    "GAEC des {s}",
    "Domaine {s}",
    "Pépinières {s}",
    "{s} Paysages",
    "Clinique vétérinaire {s}",
  ],
  B: ["Atelier {s}", "Ébénisterie {s}", "Bijouterie {s}"],
  C: ["Cabinet {s}", "Agence {s} Immobilier", "{s} Assurances"],
  D: ["Boulangerie {s}", "Boucherie {s}", "Maison {s}", "Optique {s}", "Jardinerie {s}", "Épicerie {s}"],
  E: ["Studio {s}", "Imprimerie {s}", "Agence {s} Communication"],
  F: ["Entreprise {s}", "{s} Bâtiment", "Maçonnerie {s}", "{s} Électricité", "Plomberie {s}", "{s} et Fils"],
  G: ["Restaurant {s}", "Hôtel {s}", "Brasserie {s}", "Camping {s}", "Auberge {s}"],
  H: ["Ateliers {s}", "{s} Mécanique", "{s} Industries", "Fonderie {s}"],
  I: ["Garage {s}", "{s} Maintenance", "{s} Climatisation", "Carrosserie {s}"],
  J: ["Pharmacie {s}", "Cabinet médical {s}", "Laboratoire {s}", "Ambulances {s}"],
  K: ["{s} Services", "Propreté {s}", "Salon {s} Coiffure", "Micro-crèche {s}"],
  L: ["Compagnie {s}", "Théâtre {s}", "{s} Productions"],
  M: ["Cabinet {s}", "{s} Conseil", "{s} Expertise comptable", "{s} Informatique"],
  N: ["Transports {s}", "{s} Logistique", "Déménagements {s}", "Taxis {s}"],
};

/** Public employers, by ROME domain letter ("{c}" = commune name). */
export const PUBLIC_PATTERNS: Readonly<Record<string, readonly string[]>> = {
  J: ["Centre hospitalier de {c}", "EHPAD public de {c}", "CHU de {c}"],
  K: ["Mairie de {c}", "CCAS de {c}", "Communauté de communes de {c}"],
  default: ["Commune de {c}", "Mairie de {c}"],
};

/** Brands of temporary-work agencies, built like national brands with these words. */
export const AGENCY_WORDS: readonly string[] = [
  "Intérim",
  "Emploi",
  "Travail Temporaire",
  "Job",
  "Intérim Services",
];
