import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A job of an Indeed-style test feed; every field has a sensible default. */
export interface TestJob {
  reference: string;
  title?: string;
  description?: string;
  company?: string;
  city?: string;
  postalcode?: string;
  jobtype?: string;
  salary?: string;
  date?: string;
}

const cdata = (text: string) => `<![CDATA[${text}]]>`;

/** An Indeed-style XML feed holding `jobs`. */
export const indeedFeed = (jobs: readonly TestJob[]): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<source><publisher>Test</publisher>\n${jobs
    .map(
      (j) => `<job>
<referencenumber>${j.reference}</referencenumber>
<title>${cdata(j.title ?? `Vendeur ${j.reference} H/F`)}</title>
<url>https://example.org/offres/${j.reference}</url>
<company>${cdata(j.company ?? "Boulangerie Martin")}</company>
<city>${cdata(j.city ?? "Lyon")}</city>
<postalcode>${j.postalcode ?? "69003"}</postalcode>
<country>FR</country>
<date>${j.date ?? "2026-11-20"}</date>
<jobtype>${j.jobtype ?? "permanent, fulltime"}</jobtype>
<salary>${cdata(j.salary ?? "2 000 € brut par mois")}</salary>
<description>${cdata(j.description ?? `<p>Poste ${j.reference} : accueil des clients, vente et conseil en magasin.</p>`)}</description>
</job>`,
    )
    .join("\n")}\n</source>\n`;

/** Write `content` to a new temporary file and return its path. */
export const tempFile = (name: string, content: string | Buffer): string => {
  const dir = mkdtempSync(join(tmpdir(), "emploi-test-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** References "R1" … "Rn". */
export const jobs = (n: number, overrides: (i: number) => Partial<TestJob> = () => ({})): TestJob[] =>
  Array.from({ length: n }, (_, i) => ({ reference: `R${i + 1}`, ...overrides(i + 1) }));

/** A bakery sales job whose description is long enough for the deduplication's text evidence. */
export const bakeryJob = (reference: string, overrides: Partial<TestJob> = {}): TestJob => ({
  reference,
  title: "Vendeur / Vendeuse en boulangerie",
  description: [
    "<p>Au sein de notre boulangerie artisanale du centre-ville, vous accueillez la clientèle, conseillez sur nos pains au levain,",
    "viennoiseries et pâtisseries maison, et assurez l'encaissement. Vous participez à la mise en place de la vitrine dès l'ouverture,",
    "au réassortiment des rayons tout au long de la journée et à l'entretien du magasin dans le respect des règles d'hygiène.</p>",
    "<p>Vous travaillez du mardi au samedi, avec deux jours de repos consécutifs. Une première expérience en vente alimentaire est",
    "appréciée ; le goût du contact, la rigueur et le sourire sont indispensables. Formation assurée à nos produits et à la caisse.</p>",
  ].join(" "),
  company: "Boulangerie du Parc",
  city: "Lyon",
  postalcode: "69003",
  salary: "1 900 € brut par mois",
  date: "2026-11-20",
  ...overrides,
});
