/**
 * Cases found by screening the simulator's market against its ground truth
 * (bench/eval-compliance-sim.ts): lawful wordings the screen held, unlawful ones it missed because
 * of a word elsewhere in the offer. Each case states the rule it is about.
 */
import { describe, expect, it } from "vitest";
import { type ScreenTextInput, screenText } from "../screen.js";

const NOW = new Date("2026-11-20T12:00:00Z");
const rulesOf = (input: Partial<ScreenTextInput>): string[] =>
  screenText({ title: "Vendeur H/F", text: "", ...input }, { now: NOW, employerKnown: true }).findings.map(
    (f) => f.rule,
  );

describe("a company presented as a market player is not an actor in a role (R1142-1)", () => {
  const intro = "Avec 200 à 249 salariés, Xanys est un acteur reconnu du secteur des transports. ";
  it.each([
    ["sex-explicit", "Acteur majeur de son marché, Deline recrute. Poste réservé aux hommes."],
    ["appearance-body", `${intro}Silhouette mince exigée pour les essayages.`],
    ["data-photo", `${intro}Merci de joindre une photo récente à votre CV.`],
  ])("%s still fires: %s", (rule, text) => {
    expect(rulesOf({ text })).toContain(rule);
  });
  it("nor are the stakeholders of a field, nor the trade around a show", () => {
    const text = "Communication entre les différents acteurs éducatifs. Physique agréable exigé.";
    expect(rulesOf({ text })).toContain("appearance-body");
    const decor = "Menuiserie pour décors de spectacle. Nous recherchons exclusivement une femme.";
    expect(rulesOf({ text: decor })).toContain("sex-explicit");
  });
  it("an actor cast for a male role is still exempt", () => {
    expect(rulesOf({ text: "Casting : nous recherchons un acteur. Homme uniquement." })).not.toContain(
      "sex-explicit",
    );
  });
});

describe("apprenticeship age conditions apply to an apprenticeship, not to the word", () => {
  it.each([
    "Vous accompagnez l'apprentissage de la conduite routière. Profil recherché de moins de 35 ans.",
    "Le diplôme est accessible par la VAE et en contrat d'apprentissage. Candidat âgé de 28 ans maximum.",
  ])("age-limit fires: %s", (text) => {
    expect(rulesOf({ text, contractType: "CDI" })).toContain("age-limit");
  });
  it("a real apprenticeship keeps its legal age band", () => {
    const text = "Contrat d'apprentissage : moins de 30 ans (conditions légales).";
    expect(rulesOf({ title: "Alternance - Vendeur H/F", text })).not.toContain("age-limit");
  });
  it("'Engagement Jeunes' (a board) is not youth required", () => {
    const text = "Créez votre alerte emploi sur Engagement Jeunes pour recevoir les offres similaires.";
    expect(rulesOf({ text })).not.toContain("age-young");
    expect(rulesOf({ text: "Nous engageons un jeune pour la saison." })).toContain("age-young");
  });
});

describe("pay floors", () => {
  it("how the trade is learnt does not make the job an apprenticeship", () => {
    const text =
      "Le diplôme est accessible en contrat d'apprentissage. 8,80 € brut de l'heure, 35 h par semaine.";
    expect(rulesOf({ text, contractType: "CDI" })).toContain("pay-below-smic");
  });
  it("a training centre for apprentices is not an apprentice's title", () => {
    const title = "Formateur en centre de formation d'apprentis H/F";
    const text = "Rémunération : 9,50 € brut de l'heure, 35 h par semaine.";
    expect(rulesOf({ title, text, contractType: "CDI" })).toContain("pay-below-smic");
  });
  it("reads the weekly hours after the week word ('Durée hebdomadaire : 20 heures')", () => {
    const pay = "Rémunération : 1 390 € bruts mensuels.";
    expect(rulesOf({ text: `Durée hebdomadaire : 20 heures. ${pay}`, contractType: "CDD" })).toEqual([]);
    expect(rulesOf({ text: `Durée hebdomadaire : 35 heures. ${pay}`, contractType: "CDD" })).toContain(
      "pay-below-smic",
    );
  });
  it("recomputes the hourly pay the normaliser assumed at 35 h when the text gives the hours", () => {
    const fields = { contractType: "CDI" as const, salaryMin: 1520, salaryPeriod: "month" as const };
    expect(rulesOf({ ...fields, hourlyGross: 10.02, text: "Durée hebdomadaire : 28 heures." })).toEqual([]);
  });
  it("monthly part-time pay without hours is not checked; with hours in the text it is", () => {
    const fields = {
      contractType: "CDI" as const,
      workingTime: "part_time" as const,
      salaryPeriod: "month" as const,
    };
    expect(rulesOf({ ...fields, text: "Temps partiel.", salaryMin: 1630 })).toEqual([]);
    expect(rulesOf({ ...fields, text: "Horaires : 28 h par semaine.", salaryMin: 1100 })).toContain(
      "pay-below-smic",
    );
  });
});

describe("residence and bank wordings", () => {
  it.each([
    ["residence-condition", "Candidats du 73 uniquement."],
    ["residence-condition", "Candidats hors 06 s'abstenir."],
    ["bank-vulnerability", "Vous n'êtes pas fiché(e) à la Banque de France."],
  ])("%s fires: %s", (rule, text) => {
    expect(rulesOf({ text })).toContain(rule);
  });
  it.each(["Candidats du secteur bancaire uniquement.", "Poste dans le 73, déplacements hors 73."])(
    "stays quiet: %s",
    (text) => {
      expect(rulesOf({ text })).not.toContain("residence-condition");
    },
  );
});

describe("lawful near-misses of the simulated market", () => {
  it.each([
    ["origin-mother-tongue", "Assister les enseignants dans l'enseignement de sa langue maternelle."],
    ["appearance-presentation", "Vous veillez à la bonne présentation des tables."],
    ["appearance-presentation", "Vous maintenez une excellente présentation de la boutique."],
    ["fee-premium-number", "Rémunération : 13.36-15.03 EUR/heure."],
    ["sex-gendered-wording", "Il coordonne le personnel d'étage (femmes de chambre, valets de chambre)."],
  ])("%s stays quiet: %s", (rule, text) => {
    expect(rulesOf({ text })).not.toContain(rule);
  });
  it("a clean record is lawful for a radar-car driver", () => {
    const title = "Conducteur / Conductrice de voiture radar";
    expect(rulesOf({ title, text: "Accessible avec un casier judiciaire vierge." })).not.toContain(
      "data-criminal-record",
    );
  });
});

describe("gendered titles", () => {
  it.each([
    "Responsable Efficacité Commerciale (SFE)",
    "Steward / Hôtesse de train",
    "Traminot / Employée de tramway",
    "Dispatcher / Dispatcheuse de réseau",
    "Entraîneur / Entraîneure de sports professionnels",
    "Maître-nageur sauveteur / Maître-nageuse sauveteuse",
    "Valet / Femme de chambre",
    "Second maître / Seconde maîtresse d'hôtel",
  ])("both forms or no job noun: %s", (title) => {
    expect(rulesOf({ title, text: "Poste en CDI." }).filter((r) => r.startsWith("sex-"))).toEqual([]);
  });
  it("the offer's town appended to the title is not a job noun (Mâcon, maçon)", () => {
    const title = "Fabricant / Fabricante de bateaux - Mâcon";
    expect(rulesOf({ title, text: "CDI.", location: "Mâcon, Saône-et-Loire" })).toEqual([]);
    expect(rulesOf({ title: "Maçon - Lyon", text: "CDI.", location: "Lyon" })).toContain(
      "sex-title-one-gender",
    );
  });
  it.each([
    ["sex-title-feminine", "Formatrice de formateurs"],
    ["sex-title-feminine", "Vendeuse / Caissière"],
    ["sex-title-one-gender", "Chercheur / Concepteur informatique"],
    ["sex-title-feminine", "Responsable commerciale"],
  ])("%s still fires: %s", (rule, title) => {
    expect(rulesOf({ title, text: "Poste en CDI." })).toContain(rule);
  });
});
