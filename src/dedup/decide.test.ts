import { describe, expect, it } from "vitest";
import type { NormalizedPosting } from "../offer/offer.js";
import { type Comparison, compare, decide } from "./decide.js";
import { fingerprint } from "./fingerprint.js";
import { seededRandom } from "./fixtures.js";
import { AGENCY_TEMPLATE, PRESENTATION, SALES_AD, SYSADMIN_AD, salesPosting } from "./test-ads.js";
import { crossPost } from "./variants.js";

const base = salesPosting();
const check = (other: NormalizedPosting, from: NormalizedPosting = base): Comparison =>
  compare(fingerprint(from), fingerprint(other));
const withText = (text: string, p: NormalizedPosting = base): NormalizedPosting => ({
  ...p,
  description: { html: "", text },
});
const shiftDays = (iso: string | null, days: number): string =>
  new Date(Date.parse(iso ?? "") + days * 86_400_000).toISOString();

describe("compare: cross-posted variants are duplicates", () => {
  const paragraphs = SALES_AD.split("\n");
  it.each<[string, NormalizedPosting]>([
    ["identical copy on another board", { ...base, partner: "board", reference: "b-9" }],
    [
      "lightly reworded",
      withText(
        SALES_AD.replace("accueillir et conseiller", "recevoir et guider")
          .replace("renforcer son équipe", "compléter son équipe")
          .replace("Une première expérience", "Un premier emploi"),
      ),
    ],
    ["truncated to 60 %", withText(SALES_AD.slice(0, Math.floor(SALES_AD.length * 0.6)))],
    ["reformatted on one line, upper case", withText(SALES_AD.replace(/\n- /g, " • ").toUpperCase())],
    ["paragraphs reordered", withText([...paragraphs].reverse().join("\n"))],
    ["boilerplate added", withText(`${PRESENTATION}\n${SALES_AD}\nPostulez en un clic sur notre site !`)],
    ["title rewritten", { ...base, title: "VENDEUR RANDONNÉE H/F - CDI" }],
    [
      "place as a postal code",
      { ...base, location: { ...base.location, commune: null, city: null, lat: null, lon: null } },
    ],
    ["place as a city name", { ...base, location: { ...base.location, commune: null, postalCode: null } }],
    [
      "salary reworded",
      { ...base, salary: { ...base.salary, text: "22 800 € par an", min: 22800, period: "year" } },
    ],
    [
      "employer name variant without SIRET",
      { ...base, employer: { ...base.employer, name: "MONTAGNE ET SPORTS", siret: null } },
    ],
    ["dates shifted", { ...base, publishedAt: shiftDays(base.publishedAt, 12) }],
    [
      "repost under a new reference",
      { ...base, reference: "v-2", publishedAt: shiftDays(base.publishedAt, 45) },
    ],
    [
      "everything at once",
      {
        ...withText(`${PRESENTATION}\n${SALES_AD.slice(0, Math.floor(SALES_AD.length * 0.85))}`),
        title: "Vendeur randonnée (F/H)",
        employer: { ...base.employer, name: "Groupe Montagne et Sports", siret: null },
        location: { ...base.location, commune: null, city: null },
        publishedAt: shiftDays(base.publishedAt, -9),
      },
    ],
  ])("%s", (_, variant) => {
    const c = check(variant);
    expect(c.decision, c.reason).toBe("duplicate");
    expect(c.conflicts).toEqual([]);
  });

  it("merges random cross-posts and never calls them distinct", () => {
    const rnd = seededRandom(3);
    const decisions = Array.from(
      { length: 40 },
      (_, i) => check(crossPost(base, rnd, "board", `x${i}`)).decision,
    );
    expect(decisions).not.toContain("distinct");
    expect(decisions.filter((d) => d === "duplicate").length).toBeGreaterThanOrEqual(36);
  });
});

describe("compare: hard negatives are never duplicates", () => {
  const grenoble = {
    commune: "38185",
    postalCode: "38000",
    city: "Grenoble",
    departement: "38",
    lat: 45.1885,
    lon: 5.7245,
  };

  it("same employer and title in another city: distinct", () => {
    const c = check({ ...base, location: { ...base.location, ...grenoble } });
    expect(c.decision).toBe("distinct");
    expect(c.conflicts).toContain("place");
  });

  it("multi-location job in the next commune: possible at most", () => {
    const villeurbanne = {
      commune: "69266",
      postalCode: "69100",
      city: "Villeurbanne",
      lat: 45.7719,
      lon: 4.8902,
    };
    const c = check({ ...base, location: { ...base.location, ...villeurbanne } });
    expect(c.decision).toBe("possible");
    expect(c.conflicts).toEqual(["near"]);
  });

  it("a template reused with another salary, contract or far date: not merged", () => {
    const salary = check({ ...base, salary: { ...base.salary, min: 2500, annualGross: 30000 } });
    const contract = check({ ...base, contract: { ...base.contract, type: "CDD", durationMonths: 6 } });
    const later = check({ ...base, reference: "v-3", publishedAt: shiftDays(base.publishedAt, 200) });
    expect([salary.decision, salary.conflicts]).toEqual(["distinct", ["salary"]]);
    expect([contract.decision, contract.conflicts]).toEqual(["distinct", ["contract"]]);
    expect([later.decision, later.conflicts]).toEqual(["possible", ["dates"]]);
  });

  it("same employer, title and place with another text: distinct", () => {
    expect(check(withText(SYSADMIN_AD)).decision).toBe("distinct");
  });

  it("two specialisations sharing one text: not duplicates", () => {
    const windows = { ...base, title: "Administrateur systèmes Windows" };
    const unix = { ...base, title: "Administrateur systèmes Unix" };
    expect(check(unix, windows).decision).not.toBe("duplicate");
  });

  it("an agency reposting the client's ad: possible", () => {
    const c = check({
      ...base,
      employer: { name: "Adecco Lyon", siret: null, showName: true, description: null },
    });
    expect(c.decision).toBe("possible");
    expect(c.conflicts).toContain("agency");
  });

  it("short unrelated texts with the same title are not merged on the title alone", () => {
    const a = withText("Poste de vendeur en magasin.");
    const b = withText("Vendeur en boutique de sport, temps plein.");
    expect(check(b, a).decision).not.toBe("duplicate");
  });
});

describe("compare: a title rewritten by a board", () => {
  const board = { partner: "board", reference: "b-1" };
  const retitled = { ...base, ...board, title: "Conseiller de vente en articles de sport (F/H)" };

  it("same employer and commune, same métier, same text on two partners: duplicate", () => {
    const c = check(retitled);
    expect(c.decision, c.reason).toBe("duplicate");
    expect(c.conflicts).toEqual([]);
    expect(c.features).toContain("title_rewritten");
    expect(c.reason).toContain("intitulé reformulé");
  });

  it("within one partner, two titles on one text are two vacancies", () => {
    expect(check({ ...retitled, partner: base.partner }).decision).not.toBe("duplicate");
  });

  it("not when the métiers differ, the employer is unknown or the text is only similar", () => {
    expect(check({ ...retitled, rome: { ...base.rome, code: "G1803" } }).decision).toBe("distinct");
    const anonymous = { ...retitled, employer: { ...base.employer, name: null, siret: null } };
    const trimmed = withText(SALES_AD.slice(0, Math.floor(SALES_AD.length * 0.85)), anonymous);
    expect(check(trimmed).decision).not.toBe("duplicate");
    const half = SALES_AD.split("\n").slice(0, 4).join("\n");
    const other = `${half}\n${SYSADMIN_AD.split("\n").slice(0, 3).join("\n")}`;
    expect(check(withText(other, retitled)).decision).not.toBe("duplicate");
  });

  it("for a staffing agency, only with a near-identical text (its template fills a teaser)", () => {
    const agency = { ...base, employer: { ...base.employer, name: "Alpes Intérim" } };
    const copy = { ...retitled, employer: agency.employer };
    expect(check(copy, agency).decision).toBe("duplicate");
    const cut = Math.round(SALES_AD.length * 0.93);
    const mostly = withText(
      `${SALES_AD.slice(0, cut)} Mission de six mois renouvelable, prise de poste rapide.`,
      copy,
    );
    const c = check(mostly, agency);
    expect(c.scores.text.overlap).toBeGreaterThan(0.9);
    expect(c.scores.text.overlap).toBeLessThan(0.97);
    expect(c.decision).toBe("possible");
  });
});

describe("compare: two establishments of one company", () => {
  const siteA = { ...base, employer: { ...base.employer, siret: "12345678900012" } };
  const coarse = {
    ...base,
    partner: "board",
    employer: { ...base.employer, siret: "12345678900038" },
    location: { ...base.location, commune: null, city: null, postalCode: null, lat: null, lon: null },
  };

  it("another SIRET while one place is only a département: possible at most", () => {
    const c = check(coarse, siteA);
    expect(c.decision).toBe("possible");
    expect(c.conflicts).toContain("establishment");
  });

  it("another SIRET in the same commune does not conflict", () => {
    const c = check({ ...coarse, location: base.location }, siteA);
    expect(c.decision).toBe("duplicate");
  });
});

describe("compare: templates and missing places", () => {
  const agency = { name: "Calis Job", siret: "39493949022224", showName: true, description: null };
  const job = (client: string, mission: string) =>
    withText(
      `${AGENCY_TEMPLATE.replace("l'un de ses clients", client)}\n${mission}`,
      salesPosting({ title: "Préparateur de commandes (H/F)", employer: agency }),
    );
  const a = job(
    "la société Froid Express",
    "La mission se déroule à Corbas chez un grossiste en produits frais, en chambre froide à quatre degrés, pour deux mois renouvelables, avec des équipements de protection fournis et une prime de froid.",
  );
  const b = job(
    "le groupe Autopièces",
    "La mission se déroule à Saint-Priest chez un distributeur de pièces automobiles, sur un entrepôt robotisé avec des navettes automatiques, pour six semaines et un possible renouvellement.",
  );

  it("one staffing agency's template for two clients, same title and town: not merged", () => {
    const c = check(b, a);
    expect(c.scores.agency).toBe(true);
    expect(c.decision).not.toBe("duplicate");
  });

  it("the agency's own vacancy cross-posted stays a duplicate", () => {
    const copy = { ...a, partner: "board", reference: "b-7" };
    expect(check(withText(`${a.description.text}\nPostulez en un clic !`, copy), a).decision).toBe(
      "duplicate",
    );
  });

  it("the specific part of an agency's text is no evidence: its vacancies share the métier's words", () => {
    const scores = check({ ...base, reference: "b-3" }).scores;
    const learned = {
      ...scores,
      text: {
        ...scores.text,
        identical: false,
        overlap: 0.7,
        jaccard: 0.55,
        specific: 0.95,
        specificBoth: true,
      },
    };
    expect(decide(learned).decision).toBe("duplicate");
    expect(decide({ ...learned, agency: true }).decision).not.toBe("duplicate");
  });

  it("no place on one side asks for a near-identical text", () => {
    const placeless = {
      ...base,
      partner: "board",
      location: {
        ...base.location,
        commune: null,
        city: null,
        postalCode: null,
        departement: null,
        lat: null,
        lon: null,
      },
    };
    const half = SALES_AD.split("\n").slice(0, 6).join("\n");
    expect(check(withText(`${half}\n${SYSADMIN_AD.split("\n")[0]}`, placeless)).decision).not.toBe(
      "duplicate",
    );
    expect(check(placeless).decision).toBe("duplicate");
  });

  it("one hourly rate is one pay, whatever weekly hours each partner states", () => {
    const hourly = { text: "15,76 € brut de l'heure", min: 15.76, max: null, period: "hour" as const };
    const a35 = { ...base, salary: { ...base.salary, ...hourly, annualGross: 28684 } };
    const b37 = { ...base, partner: "board", salary: { ...base.salary, ...hourly, annualGross: 30322 } };
    const c = check(b37, a35);
    expect(c.scores.salary).toBe("same");
    expect(check({ ...b37, salary: { ...b37.salary, min: 17.5 } }, a35).scores.salary).toBe("different");
  });
});

describe("compare: evidence", () => {
  it("explains in French and lists the deciding features", () => {
    const c = check({ ...base, reference: "b-2" });
    expect(c.reason).toBe("titre 1.00, texte 1.00, même SIRET, même commune");
    expect(c.features).toEqual(
      expect.arrayContaining([
        "employer_siret",
        "place_same_commune",
        "title_strong",
        "text_identical",
        "contract_same",
      ]),
    );
    expect(c.score).toBeCloseTo(1);
  });

  it("serialises as plain JSON with its reason", () => {
    const stored = JSON.parse(
      JSON.stringify(
        check({ ...base, location: { ...base.location, commune: "38185", lat: null, lon: null } }),
      ),
    );
    expect(stored).toMatchObject({
      decision: "distinct",
      conflicts: ["place"],
      reason: expect.stringContaining("lieux différents"),
    });
    expect(stored.scores.place).toBe("different");
  });
});
