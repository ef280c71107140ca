/**
 * Names partners use that the official files do not carry: the regions before the 2016 merger,
 * usual abbreviations, and a few business districts that are not communes.
 */

/** Region name or abbreviation → INSEE region code (2016 regions). */
export const REGION_ALIASES: Readonly<Record<string, string>> = {
  // Regions merged on 1 January 2016.
  Alsace: "44",
  Lorraine: "44",
  "Champagne-Ardenne": "44",
  "Champagne-Ardennes": "44",
  "Alsace-Champagne-Ardenne-Lorraine": "44",
  ACAL: "44",
  Aquitaine: "75",
  Limousin: "75",
  "Poitou-Charentes": "75",
  "Aquitaine-Limousin-Poitou-Charentes": "75",
  Auvergne: "84",
  "Rhône-Alpes": "84",
  Bourgogne: "27",
  "Franche-Comté": "27",
  "Languedoc-Roussillon": "76",
  "Midi-Pyrénées": "76",
  "Languedoc-Roussillon-Midi-Pyrénées": "76",
  "Occitanie Pyrénées-Méditerranée": "76",
  "Nord-Pas-de-Calais": "32",
  Picardie: "32",
  "Nord-Pas-de-Calais-Picardie": "32",
  "Basse-Normandie": "28",
  "Haute-Normandie": "28",
  Centre: "24",
  // Abbreviations and brand names.
  IDF: "11",
  "Région parisienne": "11",
  PACA: "93",
  "Région Sud": "93",
  "Provence-Alpes-Côte-d'Azur": "93",
  AURA: "84",
  ARA: "84",
  BFC: "27",
  HDF: "32",
  CVL: "24",
  NAQ: "75",
  Réunion: "04",
  "Guyane française": "03",
};

/** Département names not written as in the COG. */
export const DEPARTEMENT_ALIASES: Readonly<Record<string, string>> = {
  Réunion: "974",
  Belfort: "90",
  "Corse du Sud": "2A",
  "Haute Corse": "2B",
};

/**
 * Places that are not communes, with the commune that holds their heart. Indexed after every
 * official and postal name, so they never hide a commune of the same name.
 */
export const PLACE_ALIASES: ReadonlyArray<readonly [name: string, commune: string]> = [
  ["La Défense", "92062"],
  ["Paris La Défense", "92062"],
  ["Sophia Antipolis", "06152"],
  ["Sophia-Antipolis Valbonne", "06152"],
  ["Roissy", "95527"],
  ["Roissy CDG", "95527"],
  ["Roissy Charles de Gaulle", "95527"],
  ["Aéroport Charles de Gaulle", "95527"],
  ["Aéroport Paris-Charles de Gaulle", "95527"],
  ["Aéroport d'Orly", "94054"],
];
