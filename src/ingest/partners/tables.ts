/** Value tables and patterns shared by several partner mappings (plain data). */

/** English working-time labels -> French. */
export const WORKING_TIME_EN: Record<string, string> = {
  "Full time": "Temps plein",
  "Full-time": "Temps plein",
  fulltime: "Temps plein",
  "Part time": "Temps partiel",
  "Part-time": "Temps partiel",
  parttime: "Temps partiel",
};

/** A département code in parentheses: "Rhône (69)", "Corse-du-Sud (2A)". */
export const DEPARTEMENT_IN_PARENS = "\\((\\d{2,3}|2[AB])\\)";

/** "lat,lon" with decimal points or commas: "48.85,2.35", "48,85,2,35". */
export const GEOLOC = "^\\s*(-?\\d+(?:[.,]\\d+)?)\\s*[,;]\\s*(-?\\d+(?:[.,]\\d+)?)\\s*$";
