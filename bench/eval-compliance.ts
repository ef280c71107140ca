/**
 * Compliance screen evaluation: precision and recall per rule family on the development set
 * (in-sample: written with the rules) and, separately, on each held-out set with its first scoring
 * (before the fixes it revealed); then the real France Travail offers of the data directory, their
 * descriptions cleaned as the normaliser does: how many the screen holds, by rule, with examples,
 * and the mean screening time per posting; then a backtracking check on adversarial text.
 *
 *   npx tsx bench/eval-compliance.ts [--verbose]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { type EvaluationReport, evaluateCorpus } from "../src/compliance/evaluate.js";
import { screenPosting, screenText } from "../src/compliance/screen.js";
import type { ComplianceResult } from "../src/compliance/types.js";
import {
  CONTRACT_CODES,
  type ContractCode,
  type ContractNature,
  emptyLocation,
  emptySalary,
  type NormalizedPosting,
  type SalaryPeriod,
} from "../src/offer/offer.js";
import { cleanDescription } from "../src/pipeline/html.js";
import { FIRST_SCORING, HOLDOUT_SETS, loadCorpus } from "../test/fixtures/compliance/corpus.js";
import { DATA_DIR } from "../test/helpers/paths.js";

const verbose = process.argv.includes("--verbose");
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

const printCorpus = (name: string, report: EvaluationReport, table = true): void => {
  console.log(`\n== ${name}: ${report.items} items (${report.unlawful} unlawful, ${report.lawful} lawful)\n`);
  if (table) {
    console.log("family           unlawful  recall   lawful  held  false alarms  precision");
    for (const f of report.families) {
      if (f.unlawful + f.lawful + f.falseAlarms === 0) continue;
      const cells = [
        f.family.padEnd(16),
        String(f.unlawful).padStart(8),
        pct(f.recall).padStart(8),
        String(f.lawful).padStart(8),
        String(f.held).padStart(5),
        String(f.falseAlarms).padStart(13),
        pct(f.precision).padStart(10),
      ];
      console.log(cells.join(" "));
    }
    console.log("");
  }
  console.log(`recall on unlawful items (held): ${pct(report.recall)}   goal ≥ 95 %`);
  console.log(`lawful near-misses held:         ${pct(report.heldShare)}   goal ≤ 2 %`);
  console.log(`exact verdict:                   ${pct(report.exactShare)}`);
  const list = (title: string, outcomes: EvaluationReport["missed"]) => {
    if (outcomes.length === 0) return;
    console.log(`\n${title}:`);
    for (const o of outcomes)
      console.log(`  ${o.id} expect ${o.expect}, got ${o.verdict} [${o.rules.join(", ")}]`);
  };
  list("missed unlawful items", report.missed);
  list("lawful items held", report.held);
  if (verbose) list("held by an unexpected rule", report.wrongRule);
};

const ratio = (part: number, whole: number): string =>
  `${pct(whole === 0 ? 1 : part / whole)} (${part}/${whole})`;

/** Each held-out set on its own: its first scoring (before the fixes it revealed), then now (in-sample). */
const printHoldouts = (): void => {
  console.log("\n== Held-out sets: first scoring (before the fixes each revealed) and now\n");
  console.log(
    "set         items  recall first        recall now          lawful held first  lawful held now",
  );
  for (const set of HOLDOUT_SETS) {
    const now = evaluateCorpus(loadCorpus(set));
    const first = FIRST_SCORING[set];
    const detected = now.unlawful - now.missed.length;
    const cells = [
      set.padEnd(10),
      String(now.items).padStart(6),
      ratio(first.detected, first.unlawful).padStart(18),
      ratio(detected, now.unlawful).padStart(18),
      ratio(first.held, first.lawful).padStart(18),
      ratio(now.held.length, now.lawful).padStart(16),
    ];
    console.log(cells.join("  "));
  }
  for (const set of HOLDOUT_SETS)
    printCorpus(
      `Held-out set ${set} (now; in-sample since its first scoring)`,
      evaluateCorpus(loadCorpus(set)),
      verbose,
    );
};

interface FtOffer {
  id: string;
  intitule: string;
  description?: string;
  dateCreation?: string;
  dateActualisation?: string;
  typeContrat?: string;
  typeContratLibelle?: string;
  natureContrat?: string;
  dureeTravailLibelle?: string;
  dureeTravailLibelleConverti?: string;
  experienceExige?: "D" | "S" | "E";
  entreprise?: { nom?: string };
  lieuTravail?: { libelle?: string };
  salaire?: { libelle?: string };
}

const NATURES: Record<string, ContractNature> = {
  "Contrat apprentissage": "E2",
  "Cont. professionnalisation": "FS",
  "Emploi non salarié": "NS",
};
const PERIODS: Record<string, SalaryPeriod> = { Horaire: "hour", Mensuel: "month", Annuel: "year" };

/** A NormalizedPosting-like view of a France Travail API offer (salary left for the screen to convert). */
const toPosting = (o: FtOffer): NormalizedPosting => {
  const hours = /(\d+)H(\d{2})?/.exec(o.dureeTravailLibelle ?? "");
  const salary = /^(Horaire|Mensuel|Annuel) de ([\d.,]+)/.exec(o.salaire?.libelle ?? "");
  const type = CONTRACT_CODES.find((code) => code === o.typeContrat) ?? null;
  const converted = o.dureeTravailLibelleConverti;
  return {
    partner: "france-travail",
    reference: o.id,
    url: null,
    title: cleanDescription(o.intitule).text,
    // Cleaned as the normaliser does (HTML, entities): the API gives "votre &#226;ge".
    description: cleanDescription(o.description ?? ""),
    employer: {
      name: o.entreprise?.nom ?? null,
      siret: null,
      showName: o.entreprise?.nom !== undefined,
      description: null,
    },
    location: { ...emptyLocation(), label: o.lieuTravail?.libelle ?? null },
    contract: {
      type: type as ContractCode | null,
      label: o.typeContratLibelle ?? null,
      nature: NATURES[o.natureContrat ?? ""] ?? "E1",
      durationMonths: null,
      workingTime:
        converted === "Temps plein" ? "full_time" : converted === "Temps partiel" ? "part_time" : null,
      weeklyHours: hours === null ? null : Number(hours[1]) + Number(hours[2] ?? 0) / 60,
    },
    salary: {
      ...emptySalary(o.salaire?.libelle ?? null),
      min: salary === null ? null : Number(salary[2]?.replace(",", ".")),
      period: salary === null ? null : (PERIODS[salary[1] ?? ""] ?? null),
    },
    rome: { code: null, label: null, appellationCode: null, appellationLabel: null },
    experience: { level: o.experienceExige ?? null, months: null, label: null },
    qualification: { code: null, label: null },
    publishedAt: o.dateCreation ?? null,
    updatedAt: o.dateActualisation ?? null,
    expiresAt: null,
    contentHash: "",
  };
};

const realOffers = (): void => {
  const file = resolve(DATA_DIR, "offres/ft_offres_anonymised_all.json.gz");
  const offers = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as FtOffer[];
  const postings = offers.map((o) => ({
    posting: toPosting(o),
    now: new Date(o.dateActualisation ?? Date.now()),
  }));
  const screenAll = (): ComplianceResult[] =>
    postings.map(({ posting, now }) => screenPosting(posting, { now, employerKnown: true }));
  screenAll(); // warm-up
  const runs = 3;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let results: ComplianceResult[] = [];
  for (let i = 0; i < runs; i++) results = screenAll();
  const wall = (performance.now() - start) / (runs * postings.length);
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000 / (runs * postings.length);
  const verdicts = { accept: 0, review: 0, reject: 0 };
  const byRule = new Map<string, number>();
  results.forEach((r) => {
    verdicts[r.verdict]++;
    for (const rule of new Set(r.findings.map((f) => f.rule))) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  });
  console.log(`\n== Real France Travail offers: ${postings.length}`);
  console.log(`verdicts: accept ${verdicts.accept}, review ${verdicts.review}, reject ${verdicts.reject}`);
  console.log(`held: ${pct((verdicts.review + verdicts.reject) / postings.length)}`);
  for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1]))
    console.log(`  ${rule.padEnd(32)} ${count}`);
  console.log(
    `\nmean screening time per posting: ${wall.toFixed(3)} ms wall, ${cpuMs.toFixed(3)} ms CPU (${runs} runs)`,
  );
  const examples = results.flatMap((r, i) =>
    r.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `  ${offers[i]?.id} ${f.rule}: « ${f.excerpt} »`),
  );
  console.log(`\nheld offers, first ${verbose ? examples.length : 25} findings:`);
  for (const line of examples.slice(0, verbose ? examples.length : 25)) console.log(line);
};

/**
 * Backtracking check: a text built to make nested quantifiers backtrack, screened at 1× and 10×
 * its length. A linear screen takes about 10× the time; a catastrophic pattern far more.
 */
const adversarial = (): void => {
  const unit = "Materiel de bureau et outillage neuf pour les equipes du site ";
  const time = (copies: number): number => {
    const text = unit.repeat(copies);
    const start = performance.now();
    for (let i = 0; i < 5; i++)
      screenText({ title: "Vendeur H/F", text }, { now: new Date(), employerKnown: true });
    return (performance.now() - start) / 5;
  };
  time(30); // warm-up
  const one = time(30);
  const ten = time(300);
  console.log(
    `\n== Adversarial text: ${(unit.length * 30) / 1000} kB in ${one.toFixed(2)} ms, ${(unit.length * 300) / 1000} kB in ${ten.toFixed(2)} ms (×${(ten / one).toFixed(1)} for ×10 the text)`,
  );
};

const development = loadCorpus();
printCorpus("Development set (in-sample: written with the rules)", evaluateCorpus(development));
printHoldouts();
if (verbose) {
  const holdouts = HOLDOUT_SETS.flatMap((set) => loadCorpus(set));
  printCorpus("Labelled corpus, all sets", evaluateCorpus([...development, ...holdouts]));
}
realOffers();
adversarial();
