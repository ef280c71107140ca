/**
 * Country names → ISO 3166-1 alpha-2 codes, from the runtime's ICU region names (French and
 * English) plus the spellings partners use that ICU does not give ("UK", "Angleterre", "USA").
 * The overseas départements (Guadeloupe, Martinique, Guyane, La Réunion, Mayotte) are France.
 */
import { foldKey } from "../text/fold.js";

export const FRANCE_CODE = "FR";

/** ICU region codes that are not countries or territories (EU, UN, "unknown region"…). */
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"]);
const OVERSEAS_DEPARTEMENTS = new Set(["GP", "MQ", "GF", "RE", "YT"]);

const ALIASES: Record<string, string> = {
  uk: "GB",
  angleterre: "GB",
  "grande bretagne": "GB",
  ecosse: "GB",
  "pays de galles": "GB",
  "irlande du nord": "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "great britain": "GB",
  usa: "US",
  "etats unis d amerique": "US",
  "united states of america": "US",
  hollande: "NL",
  "republique tcheque": "CZ",
  "principaute de monaco": "MC",
  "grand duche de luxembourg": "LU",
  "france metropolitaine": FRANCE_CODE,
  metropole: FRANCE_CODE,
  "republique francaise": FRANCE_CODE,
  fra: FRANCE_CODE,
  gbr: "GB",
  deu: "DE",
  bel: "BE",
  che: "CH",
  lux: "LU",
  esp: "ES",
  ita: "IT",
  prt: "PT",
  nld: "NL",
  can: "CA",
  mco: "MC",
};

interface CountryTable {
  /** Folded name → ISO code. */
  names: Map<string, string>;
  /** Two-letter codes of countries and territories. */
  codes: Set<string>;
}

let table: CountryTable | undefined;

const countryTable = (): CountryTable => {
  if (table) return table;
  const names = new Map(Object.entries(ALIASES));
  const codes = new Set<string>();
  const displays = ["fr", "en"].map(
    (locale) => new Intl.DisplayNames([locale], { type: "region", fallback: "none" }),
  );
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const iso = OVERSEAS_DEPARTEMENTS.has(code) ? FRANCE_CODE : code;
      for (const display of displays) {
        const name = display.of(code);
        if (name === undefined) continue;
        codes.add(code);
        if (!names.has(foldKey(name))) names.set(foldKey(name), iso);
      }
    }
  }
  table = { names, codes };
  return table;
};

/**
 * The ISO code of a country name ("Royaume-Uni", "Germany", "USA"); with `codes`, also of a bare
 * two-letter code ("GB"), which only a country field may hold ("DE" or "LA" in a label are words).
 * Undefined when the text names no country.
 */
export const countryCode = (text: string, options: { codes?: boolean } = {}): string | undefined => {
  const key = foldKey(text.replace(/\([^)]*\)/g, " "));
  if (key === "") return undefined;
  const { names, codes } = countryTable();
  const upper = key.toUpperCase();
  if (options.codes && codes.has(upper)) return OVERSEAS_DEPARTEMENTS.has(upper) ? FRANCE_CODE : upper;
  return names.get(key);
};
