import { describe, expect, it } from "vitest";
import { fnv1a } from "./hash.js";
import { SALES_AD } from "./test-ads.js";
import { scanDescription } from "./text.js";

const words = (text: string): number[] => [...scanDescription(text).words];
const hashes = (...w: string[]): number[] => w.map((x) => fnv1a(x));

describe("scanDescription", () => {
  it("folds case and accents, drops one-letter words", () => {
    expect(words("L'Équipe DÉCIDE à Noël")).toEqual(hashes("equipe", "decide", "noel"));
    // Decomposed accents (e + U+0301) read like precomposed ones.
    expect(words("Equipe de\u0301cide")).toEqual(hashes("equipe", "decide"));
  });

  it("is blind to formatting: bullets, line breaks, HTML entities", () => {
    const plain = "Vos missions sont variées. Accueillir les clients. Tenir la caisse.";
    const bullets = "Vos missions sont variées.\n• Accueillir les clients.\n• Tenir la caisse.";
    const entities = "Vos missions sont vari&eacute;es.&nbsp;Accueillir les clients. Tenir la caisse.";
    expect(words(bullets)).toEqual(words(plain));
    expect(words(entities)).toEqual(words(plain));
  });

  it("drops a board's footer around the offer", () => {
    const ad = `${SALES_AD}\nCréez votre alerte emploi sur HelloWork pour recevoir les offres similaires.\nCette annonce vous est proposée par JobSud, le site de l'emploi en région.\nMissionBTP : des milliers d'offres près de chez vous.\nRetrouvez toutes nos offres d'emploi sur EmbaucheEst.`;
    expect(words(ad)).toEqual(words(SALES_AD));
  });

  it("drops apply, legal and header sentences", () => {
    const ad = `Description du poste\n${SALES_AD}\nPostulez dès maintenant sur notre site !\nConformément au RGPD, vos données personnelles sont protégées.`;
    expect(words(ad)).toEqual(words(SALES_AD));
  });

  it("splits sentences glued by HTML stripping before judging them", () => {
    // Without the split, the whole text would be one sentence containing "postulez".
    const glued =
      "Rejoignez une équipe soudée.Postulez dès maintenant !Vos missionsVous accueillez les clients.";
    expect(words(glued)).toEqual(
      hashes("rejoignez", "une", "equipe", "soudee", "vous", "accueillez", "les", "clients"),
    );
  });

  it("keeps a long glued paragraph even if it mentions applying", () => {
    const long = `${"Vous accueillez et conseillez les clients du magasin ".repeat(6)}et vous pouvez postuler en ligne.`;
    expect(words(long).length).toBeGreaterThan(40);
  });

  it("removes URLs, e-mails and anonymisation placeholders", () => {
    expect(words("Contact : jean@example.fr ou https://example.fr/offre <telephone>")).toEqual(
      hashes("contact", "ou"),
    );
  });

  it("keeps the specific part apart when a model flags sentences", () => {
    const boiler = "Notre groupe emploie trois cents personnes dans toute la France depuis vingt ans.";
    const scanned = scanDescription(
      `${boiler}\n${SALES_AD}`,
      (h) => h === fnv1a("notre groupe emploie trois cents personnes dans toute la france depuis vingt ans"),
    );
    expect(scanned.specific).not.toBeNull();
    expect([...(scanned.specific ?? [])]).toEqual(words(SALES_AD));
    expect(scanned.words.length).toBeGreaterThan(scanned.specific?.length ?? 0);
    expect(scanDescription("Trop court.", () => false).specific).toBeNull();
  });
});
