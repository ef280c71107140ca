import { describe, expect, it } from "vitest";
import { anchorStems } from "./anchors.js";
import { buildDoc } from "./doc.js";
import { compilePhrases, findPhrases, isNegated } from "./phrases.js";

const negatedAt = (text: string, phrase: string): boolean => {
  const doc = buildDoc("", text);
  const start = doc.folded.indexOf(phrase);
  return isNegated(doc, start, start + phrase.length);
};

describe("isNegated", () => {
  it.each([
    ["Aucun frais ne vous sera demandé.", "frais"],
    ["Sans distinction d'âge ni de sexe.", "d'age"],
    ["Frais d'inscription : aucun.", "frais d'inscription"],
    ["Les frais de formation sont entièrement pris en charge.", "frais de formation"],
    ["Nationalité française non exigée.", "nationalite francaise"],
    [
      "Quel que soit votre âge, genre, couleur de peau, origine sociale ou religion, postulez.",
      "couleur de peau",
    ],
  ])("negates %s", (text, phrase) => {
    expect(negatedAt(text, phrase)).toBe(true);
  });

  it.each([
    ["Frais d'inscription de 30 € à régler.", "frais d'inscription"],
    ["Nationalité française exigée.", "nationalite francaise"],
    ["Pas de diplôme requis. Frais de dossier : 50 €.", "frais de dossier"],
  ])("does not negate %s", (text, phrase) => {
    expect(negatedAt(text, phrase)).toBe(false);
  });
});

describe("findPhrases", () => {
  const phrases = compilePhrases([
    { re: "frais d'inscription" },
    { re: "sans enfants?", negatable: false, notBefore: "couple\\s*$" },
    { re: "(\\d{2}) ans maximum", check: (m) => Number(m[1]) > 18 },
  ]);
  const spans = (text: string) => findPhrases(buildDoc("", text), phrases).length;

  it("matches accents, case and typographic apostrophes", () => {
    expect(spans("FRAIS D’INSCRIPTION : 20 €")).toBe(1);
  });

  it("keeps a phrase that carries its own negation", () => {
    expect(spans("Sans enfant de préférence.")).toBe(1);
  });

  it("drops a phrase cancelled by the words before it or by its check", () => {
    expect(spans("Chez un couple sans enfant.")).toBe(0);
    expect(spans("Mineurs : 16 ans maximum.")).toBe(0);
    expect(spans("40 ans maximum.")).toBe(1);
  });
});

describe("anchorStems", () => {
  it("derives the first word of every branch, cut to five letters", () => {
    expect(anchorStems("(?:habitant|residant)e?s? a")).toEqual(["habit", "resid"]);
    expect(anchorStems("jeunes? h/f|seniors? s'abstenir")).toEqual(["jeune", "senio"]);
  });

  it("skips a leading lookbehind and gives up on optional or short starts", () => {
    expect(anchorStems("(?<=pas de )surpoids")).toEqual(["surpo"]);
    expect(anchorStems("(?:de )?souche")).toBeNull();
    expect(anchorStems("de souche")).toBeNull();
    expect(anchorStems("\\d{2} ans")).toBeNull();
  });
});
