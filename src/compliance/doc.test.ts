import { describe, expect, it } from "vitest";
import { fold } from "../text/fold.js";
import { buildDoc, excerptOf, foldWithMap } from "./doc.js";

describe("foldWithMap", () => {
  it("folds like fold() and needs no map when lengths line up", () => {
    const { folded, map } = foldWithMap("Âgé de 25 À 35 ANS");
    expect(folded).toBe(fold("Âgé de 25 À 35 ANS"));
    expect(map).toBeNull();
  });

  it("maps folded characters back across ligatures and combining marks", () => {
    const text = "Cœur de métier : e\u0301quipe";
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe("coeur de metier : equipe");
    expect(map).not.toBeNull();
    const at = folded.indexOf("metier");
    expect(text[map?.[at] ?? -1]).toBe("m");
    expect(text[map?.[folded.indexOf("equipe")] ?? -1]).toBe("e");
  });
});

describe("buildDoc", () => {
  it("joins title and text and indexes words", () => {
    const doc = buildDoc("Vendeur H/F", "Mise en œuvre des ventes");
    expect(doc.folded.slice(0, doc.titleEnd)).toBe("vendeur h/f");
    expect(doc.wordSet.has("oeuvre")).toBe(true);
    expect(doc.words.slice(0, 3)).toEqual(["vendeur", "h", "f"]);
  });

  it("quotes the original words, accents included, for folded offsets", () => {
    const doc = buildDoc("", "Le cœur du poste : âgé de 25 à 35 ans.");
    const start = doc.folded.indexOf("age de");
    const end = doc.folded.indexOf("ans") + 3;
    expect(excerptOf(doc, start, end)).toBe("âgé de 25 à 35 ans");
  });

  it("widens an excerpt to whole words", () => {
    const doc = buildDoc("", "Recherchons vendeuse motivée");
    const start = doc.folded.indexOf("endeu");
    expect(excerptOf(doc, start, start + 3)).toBe("vendeuse");
  });
});
