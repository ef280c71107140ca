import { describe, expect, it } from "vitest";
import { detectRemote } from "./remote-work.js";

describe("detectRemote from text", () => {
  it.each([
    ["Poste en full remote", "full"],
    ["100 % télétravail", "full"],
    ["Télétravail à 100%", "full"],
    ["Poste en télétravail complet", "full"],
    ["Travail entièrement à distance", "full"],
    ["Développeur React (Remote)", "full"],
    ["Hybride : 2 jours de télétravail par semaine", "hybrid"],
    ["2 jours de télétravail", "hybrid"],
    ["Nous proposons du télétravail jusqu'à 3 jours par semaine", "hybrid"],
    ["Organisation en mode hybride", "hybrid"],
    ["Possibilité de télétravail", "hybrid"],
    ["Chef de projet - Télétravail partiel", "hybrid"],
    ["Télétravail selon les modalités du poste et en accord avec le manager.", "hybrid"],
    ["Travail en présentiel et 1 jour de remote", "hybrid"],
    ["Pas de télétravail", "none"],
    ["Télétravail : non", "none"],
    ["Aucun télétravail possible", "none"],
    ["Le télétravail n'est pas possible sur ce poste", "none"],
    ["Ce poste ne permet pas le télétravail", "none"],
    ["Poste 100% présentiel", "none"],
    ["Lieu du poste : En présentiel", "none"],
    ["Télétravail : 2.5 jours/semaine. Lieu du poste : En présentiel", "hybrid"],
    ["Lieu du poste : Télétravail", "full"],
    ["Lieu du poste : Télétravail hybride", "hybrid"],
    ["Ce poste est prévu à 100% en télétravail.", "full"],
    ["Travail entièrement à distance", "full"],
    ["Travail à domicile occasionnel. Lieu du poste : En présentiel", "hybrid"],
    [
      "Télétravail autorisé : 2 jours par semaine - Pas de télétravail pendant la phase d'onboarding",
      "hybrid",
    ],
  ])("%s → %s", (text, mode) => {
    expect(detectRemote(undefined, text)).toBe(mode);
  });

  it("reads negations of full remote", () => {
    expect(detectRemote(undefined, "Pas de full remote, mais télétravail partiel")).toBe("hybrid");
    expect(detectRemote(undefined, "Ce n'est pas un poste en full remote")).toBe("hybrid");
  });

  it("ignores words that are not about remote work", () => {
    expect(detectRemote(undefined, "Le 1er distributeur français de véhicules hybrides.")).toBeNull();
    expect(detectRemote(undefined, "Vous avez un profil hybride, technique et commercial.")).toBeNull();
    expect(detectRemote(undefined, "Supervision remote monitoring des équipements")).toBeNull();
    expect(
      detectRemote(undefined, "Effectuer des installations pour les clients entièrement à distance"),
    ).toBeNull();
    expect(
      detectRemote(undefined, "PME du secteur de la vente à distance. Serveur bureau à distance."),
    ).toBeNull();
    expect(detectRemote(undefined, "Aide à domicile auprès de personnes âgées")).toBeNull();
    expect(detectRemote(undefined, "Conseiller de vente en téléphonie")).toBeNull();
    expect(detectRemote(undefined, "")).toBeNull();
    expect(detectRemote(undefined)).toBeNull();
  });
});

describe("detectRemote from the partner's field", () => {
  it.each([
    ["télétravail partiel", "hybrid"],
    ["full remote", "full"],
    ["Remote", "full"],
    ["hybrid", "hybrid"],
    ["oui", "hybrid"],
    ["2 jours/semaine", "hybrid"],
    ["non", "none"],
    ["Présentiel", "none"],
  ])("%s → %s", (field, mode) => {
    expect(detectRemote(field)).toBe(mode);
  });

  it("trusts the field over the text, and falls back to the text", () => {
    expect(detectRemote("non", "Poste en full remote")).toBe("none");
    expect(detectRemote("", "Poste en full remote")).toBe("full");
    expect(detectRemote("à voir", "2 jours de télétravail")).toBe("hybrid");
  });
});
