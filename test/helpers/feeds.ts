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
