import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../test/helpers/paths.js";
import { RULES } from "../rules.js";
import { type ScreenTextInput, screenText } from "../screen.js";
import type { ScreenContext } from "../types.js";

type Case = string | (Partial<ScreenTextInput> & { ctx?: Partial<ScreenContext> });
interface RuleCases {
  fires: Case[];
  quiet: Case[];
}

const NOW = new Date("2026-03-01T12:00:00Z");
const rulesOf = (c: Case): string[] => {
  const { ctx, ...input } = typeof c === "string" ? { text: c } : c;
  const result = screenText({ title: "", text: "", ...input }, { now: NOW, employerKnown: true, ...ctx });
  return result.findings.map((f) => f.rule);
};

/** One positive and one lawful near-miss (at least) for every rule. */
const CASES: Record<string, RuleCases> = {
  "pub-date-missing": {
    fires: [{ text: "Vendeur", publishedAt: null }],
    quiet: [{ text: "Vendeur", publishedAt: "2026-02-01" }, "Vendeur"],
  },
  "pub-date-future": {
    fires: [{ text: "x", publishedAt: "2027-01-01" }],
    quiet: [{ text: "x", publishedAt: "2026-03-01T18:00:00Z" }],
  },
  "pub-employer-unknown": {
    fires: [{ text: "x", ctx: { employerKnown: false } }],
    quiet: ["Entreprise confidentielle"],
  },
  "pub-ett-status": {
    fires: [{ text: "Mission de 3 mois chez notre client.", contractType: "MIS" }],
    quiet: [
      { text: "Adecco, entreprise de travail temporaire, recrute.", contractType: "MIS" },
      "Mission de 3 mois.",
    ],
  },
  "lang-not-french": {
    fires: [
      "We are looking for a developer who will join our team in Lyon and work with the product managers on the design of new features.",
    ],
    quiet: [
      "Vous êtes Product Owner : backlog, user stories, sprint reviews et daily meetings avec l'équipe DevOps de la squad.",
    ],
  },
  "lang-partly-french": {
    fires: [
      "Nous recherchons un développeur pour notre équipe. We are looking for a developer who will join our team and work with the product managers on the design of new features and the quality of our platform.",
    ],
    quiet: [
      "Nous recherchons un développeur pour notre équipe à Nantes, vous serez chargé de la conception des applications. We are looking for a developer to join our team.",
    ],
  },
  "lang-foreign-abroad": {
    fires: [
      {
        text: "We are looking for a developer who will join our team and work with the product managers on new features.",
        location: "Londres, Royaume-Uni",
      },
    ],
    quiet: [
      {
        text: "We are looking for a developer who will join our team and work with the product managers on new features.",
        ctx: { mediaLanguages: ["en"] },
      },
    ],
  },
  "age-limit": {
    fires: ["Âgé de 25 à 35 ans.", "Moins de 30 ans.", "40 ans max."],
    quiet: ["Apprentissage 16-29 ans.", "3 à 5 ans d'expérience.", "Enfants de 3 à 6 ans."],
  },
  "age-young": {
    fires: ["Jeune H/F motivé.", "Seniors s'abstenir."],
    quiet: ["Jeune entreprise innovante.", "Éducateur de jeunes enfants."],
  },
  "age-minimum": { fires: ["Âge minimum 25 ans."], quiet: ["18 ans minimum.", "Permis C : 21 ans minimum."] },
  "age-coded": {
    fires: ["Jeune diplômé exigé.", "Génération Z bienvenue."],
    quiet: ["Jeunes diplômés acceptés."],
  },
  "age-wording-note": { fires: ["Équipe jeune et dynamique."], quiet: ["Équipe dynamique."] },
  "sex-explicit": {
    fires: ["Homme uniquement.", "Recherche femme pour l'accueil."],
    quiet: ["Rayon prêt-à-porter femme.", "Nous recrutons des hommes et des femmes."],
  },
  "sex-title-one-gender": {
    fires: [{ title: "Technicien", text: "" }],
    quiet: [
      { title: "Technicien H/F", text: "" },
      { title: "Comptable", text: "" },
      { title: "Vendeur(se)", text: "" },
    ],
  },
  "sex-title-feminine": {
    fires: [{ title: "Hôtesse d'accueil H/F", text: "" }],
    quiet: [
      { title: "Hôte / Hôtesse d'accueil", text: "" },
      { title: "Comédienne", text: "Rôle féminin." },
    ],
  },
  "sex-feminine-candidate": {
    fires: ["Nous recherchons une vendeuse sérieuse."],
    quiet: ["Nous recherchons un(e) vendeur(se) H/F.", "Vous travaillerez avec une infirmière."],
  },
  "sex-feminine-wording": {
    fires: [{ title: "Vendeur H/F", text: "Nous recherchons une vendeuse sérieuse." }],
    quiet: [
      { title: "Vendeur H/F", text: "Nous recherchons un vendeur ou une vendeuse." },
      { title: "Vendeur H/F", text: "Nous recherchons une personne sérieuse." },
    ],
  },
  "sex-gendered-wording": {
    fires: ["Homme toutes mains."],
    quiet: ["Vous êtes un homme ou une femme de terrain."],
  },
  "family-situation": {
    fires: ["Sans enfant de préférence.", "Célibataire."],
    quiet: ["Chez un couple sans enfant.", "Studio célibataire fourni."],
  },
  "family-couple": { fires: ["Couple de gardiens."], quiet: ["Clientèle de couples et de familles."] },
  "family-pregnancy": {
    fires: ["Non enceinte.", "Pas de projet de maternité."],
    quiet: ["Remplacement d'un congé maternité."],
  },
  "sex-orientation-identity": {
    fires: ["Hétérosexuel de préférence."],
    quiet: ["Sans distinction d'orientation sexuelle."],
  },
  "origin-ethnic": {
    fires: ["Type européen exigé.", "Maghrébins s'abstenir."],
    quiet: ["Cuisine asiatique.", "Produits d'origine française."],
  },
  "origin-nationality": {
    fires: ["Nationalité française exigée."],
    quiet: [
      "Autorisation de travail requise.",
      "Fonctionnaire : nationalité française exigée (conditions statutaires).",
    ],
  },
  "origin-nationality-defence": {
    fires: ["Habilitation défense : nationalité française exigée."],
    quiet: ["Habilitation secret défense requise."],
  },
  "origin-mother-tongue": { fires: ["Français langue maternelle."], quiet: ["Anglais courant (C1)."] },
  "origin-language-requirement": {
    fires: ["Peintre : arabe courant exigé."],
    quiet: ["Arabe courant exigé pour notre clientèle."],
  },
  "health-condition": {
    fires: ["Bonne santé exigée.", "Sans handicap."],
    quiet: ["Port de charges jusqu'à 25 kg.", "Entreprise en bonne santé financière."],
  },
  "health-fitness": { fires: ["Bonne condition physique."], quiet: ["Travail debout."] },
  "health-disability-reserved": {
    fires: ["Poste réservé aux travailleurs handicapés."],
    quiet: ["Poste ouvert aux personnes en situation de handicap."],
  },
  "health-disability-scheme": {
    fires: ["Entreprise adaptée : poste réservé aux travailleurs handicapés."],
    quiet: ["Entreprise adaptée, poste ouvert à tous."],
  },
  "appearance-body": {
    fires: ["Taille minimum 1m70.", "Physique agréable."],
    quiet: ["Taille de haies.", "Une très belle opportunité."],
  },
  "appearance-presentation": { fires: ["Bonne présentation exigée."], quiet: ["Tenue correcte exigée."] },
  "appearance-grooming": { fires: ["Sans tatouage visible."], quiet: ["Port du cache-barbe obligatoire."] },
  "appearance-lifestyle": { fires: ["Non-fumeur."], quiet: ["Établissement non-fumeur."] },
  "beliefs-condition": {
    fires: ["Catholique pratiquant de préférence.", "Non syndiqué."],
    quiet: ["École catholique sous contrat.", "Dialogue avec les syndicats."],
  },
  "beliefs-ethos-employer": {
    fires: ["Paroisse : catholique pratiquant exigé."],
    quiet: ["Paroisse recrute un comptable."],
  },
  "beliefs-religious-signs": { fires: ["Port du voile interdit."], quiet: ["Voile d'ombrage à installer."] },
  "residence-condition": {
    fires: ["Candidats du 93 s'abstenir."],
    quiet: ["Poste basé à Paris.", "Emplois francs : résidents QPV, candidats du 93 bienvenus."],
  },
  "residence-proximity": { fires: ["Résidant à moins de 10 km."], quiet: ["Site à 10 km de Lyon."] },
  "bank-vulnerability": {
    fires: ["Pas d'interdit bancaire."],
    quiet: ["Salaire versé par virement bancaire."],
  },
  "data-criminal-record": {
    fires: ["Vendeur : casier judiciaire vierge exigé."],
    quiet: ["Agent de sécurité CNAPS : casier judiciaire vierge."],
  },
  "data-photo": { fires: ["CV avec photo obligatoire."], quiet: ["CV sans photo."] },
  "data-handwritten-letter": { fires: ["Lettre manuscrite."], quiet: ["Lettre de motivation."] },
  "data-pay-history": {
    fires: ["Joindre vos derniers bulletins de salaire."],
    quiet: ["Salaire selon profil."],
  },
  "fee-payment": {
    fires: ["Frais d'inscription : 30 €.", "Droit d'entrée de 100 €."],
    quiet: ["Aucun frais ne vous sera demandé.", "Frais de déplacement remboursés."],
  },
  "fee-starter-kit": { fires: ["Kit de démarrage à 49 €."], quiet: ["Matériel fourni."] },
  "fee-paid-training": {
    fires: ["Formation payante obligatoire."],
    quiet: ["Formation rémunérée et financée par l'entreprise."],
  },
  "fee-premium-number": {
    fires: ["Appelez le 08 99 12 34 56."],
    quiet: ["Numéro vert 0800 12 34 56.", "Appelez le 01 23 45 67 89."],
  },
  "scheme-network-as-job": {
    fires: ["CDI : revenus illimités, devenez votre propre patron."],
    quiet: ["Revenus illimités, devenez votre propre patron."],
  },
  "scheme-network": { fires: ["Statut VDI, revenus illimités."], quiet: ["Infrastructure VDI Citrix."] },
  "scheme-training": {
    fires: ["Formation éligible CPF : devenez développeur."],
    quiet: ["Formation interne assurée."],
  },
  "scheme-earnings": {
    fires: ["Gagnez 500 € par jour depuis chez vous !"],
    quiet: ["Salaire : 2 000 € par mois."],
  },
  "scheme-fraud": {
    fires: ["Envoyez votre RIB pour valider votre candidature."],
    quiet: ["RIB à fournir lors de l'embauche."],
  },
  "scheme-filled-offer": { fires: ["Poste déjà pourvu."], quiet: ["Poste à pourvoir rapidement."] },
  "pay-below-smic": {
    fires: [
      "Salaire : 9 € brut de l'heure.",
      { text: "x", contractType: "CDI", weeklyHours: 35, hourlyGross: 10 },
      // A word met in the text is not the contract: the SMIC still applies.
      {
        text: "CDI 35 h par semaine, 1 000 € brut par mois, avec nos partenaires indépendants.",
        contractType: "CDI",
        weeklyHours: 35,
      },
      { text: "Vous formerez nos stagiaires. 9 € brut de l'heure.", contractType: "CDI" },
      // The reduced floor of the contract's scheme: apprentice, 22, 2nd year = 61 % of the SMIC.
      { title: "Apprenti boulanger H/F", text: "2e année, 22 ans : 700 € brut par mois, 35 h par semaine." },
      "Job d'été pour mineurs de 16-17 ans : 8 € brut de l'heure.",
    ],
    quiet: [
      "Salaire : 12,50 € brut de l'heure.",
      "Apprentissage : 900 € par mois.",
      {
        title: "Apprenti boulanger H/F",
        text: "2e année, 22 ans : 1 150 € brut par mois, 35 h par semaine.",
      },
      { title: "Alternance - Vendeur H/F", text: "500 € brut par mois, 35 h par semaine." },
      "Job d'été pour mineurs de 16-17 ans : 10 € brut de l'heure.",
      { title: "Franchisé H/F", text: "Revenu de 900 € par mois la première année." },
    ],
  },
  "pay-below-smic-unclear": {
    fires: [
      "Salaire : 1 300 € brut par mois.",
      // An apprentice at the lowest legal rate (27 %) still earns more than this.
      "Apprentissage, 150 €/mois.",
      "Contrat de professionnalisation : 800 € brut par mois.",
    ],
    quiet: [
      "Temps partiel : 1 000 € brut par mois.",
      "Salaire : 2 000 € brut par mois.",
      "Contrat de professionnalisation : 1 100 € brut par mois.",
    ],
  },
  "pay-unpaid-trial": { fires: ["Journée d'essai non rémunérée."], quiet: ["Période d'essai de 2 mois."] },
  "pay-commission-only": {
    fires: [{ text: "Rémunération 100 % à la commission.", contractType: "CDI" }],
    quiet: ["Agent commercial indépendant, 100 % à la commission."],
  },
  "pay-intern-unpaid": { fires: ["Stage de 6 mois non rémunéré."], quiet: ["Stage de 2 mois non rémunéré."] },
  "contract-type-conflict": {
    fires: [{ text: "Mission d'intérim d'une semaine.", contractType: "CDI" }, "CDI de 3 mois."],
    quiet: [{ text: "CDI, 35 h.", contractType: "CDI" }, "CDI avec période d'essai de 3 mois."],
  },
  "contract-cdd-cdi-promise": { fires: ["CDD évolutif en CDI."], quiet: ["CDD de 6 mois renouvelable."] },
  "contract-hours-conflict": {
    fires: [{ text: "Temps partiel de 10 h par semaine.", weeklyHours: 35 }],
    quiet: [{ text: "35 h par semaine.", weeklyHours: 35 }],
  },
  "contract-experience-conflict": {
    fires: ["5 ans d'expérience exigée. Débutants acceptés."],
    quiet: ["Débutants acceptés."],
  },
  "contract-internship-too-long": { fires: ["Stage de 12 mois."], quiet: ["Stage de 6 mois."] },
  "contract-self-employed-salaried": {
    fires: [{ text: "Statut auto-entrepreneur obligatoire.", contractType: "CDI" }],
    quiet: [{ text: "Statut auto-entrepreneur obligatoire.", contractType: "LIB" }],
  },
  "contract-disguised-employment": {
    fires: ["Statut auto-entrepreneur obligatoire, horaires fixes imposés."],
    quiet: ["Statut auto-entrepreneur, vous organisez librement votre activité."],
  },
};

describe("rules", () => {
  it("has cases for every rule, and every rule has a French explanation and suggestion", () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(Object.keys(CASES).sort());
    for (const rule of RULES) {
      expect(rule.explain.length).toBeGreaterThan(20);
      expect(rule.suggest.length).toBeGreaterThan(10);
      expect(rule.article).toMatch(/L\d|R\d|C\. |Directive|Cass/);
    }
  });

  it("are all listed in docs/compliance.md", () => {
    const doc = readFileSync(resolve(PROJECT_ROOT, "docs/compliance.md"), "utf8");
    for (const rule of RULES)
      expect(doc, rule.id).toContain(
        `| \`${rule.id}\` | ${rule.family} | ${rule.article} | ${rule.severity} |`,
      );
  });

  for (const [id, cases] of Object.entries(CASES)) {
    describe(id, () => {
      it.each(cases.fires.map((c) => [typeof c === "string" ? c : JSON.stringify(c), c]))(
        "fires on %s",
        (_, c) => {
          expect(rulesOf(c)).toContain(id);
        },
      );
      it.each(cases.quiet.map((c) => [typeof c === "string" ? c : JSON.stringify(c), c]))(
        "stays quiet on %s",
        (_, c) => {
          expect(rulesOf(c)).not.toContain(id);
        },
      );
    });
  }
});
