import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATA_DIR, LBA_FIXTURES_DIR } from "../../test/helpers/paths.js";
import { cleanDescription, escapeHtml, htmlToText } from "./html.js";

describe("cleanDescription", () => {
  it.each([
    // allow-list and mapping
    ["<p>Bonjour</p>", "<p>Bonjour</p>", "Bonjour"],
    [
      "<p><b>Gras</b> et <i>italique</i></p>",
      "<p><strong>Gras</strong> et <em>italique</em></p>",
      "Gras et italique",
    ],
    [
      "<h1>Titre</h1><h2>Sous</h2><h5>Petit</h5>",
      "<h3>Titre</h3><h3>Sous</h3><h4>Petit</h4>",
      "Titre\nSous\nPetit",
    ],
    ["<ul><li>Un</li><li>Deux</li></ul>", "<ul><li>Un</li><li>Deux</li></ul>", "- Un\n- Deux"],
    ["<ol><li>Un</li><li>Deux</li></ol>", "<ol><li>Un</li><li>Deux</li></ol>", "- Un\n- Deux"],
    [
      "<ul><li>Un<ul><li>Sous-point</li></ul></li><li>Deux</li></ul>",
      "<ul><li>Un<ul><li>Sous-point</li></ul></li><li>Deux</li></ul>",
      "- Un\n  - Sous-point\n- Deux",
    ],
    ["<p>ligne 1<br>ligne 2</p>", "<p>ligne 1<br>ligne 2</p>", "ligne 1\nligne 2"],
    // attributes, scripts and unknown tags
    ['<p class="x" style="color:red" onclick="alert(1)">Texte</p>', "<p>Texte</p>", "Texte"],
    ["<p>Avant<script>alert('x')</script> après</p>", "<p>Avant après</p>", "Avant après"],
    ["<style>p{color:red}</style><p>Texte</p>", "<p>Texte</p>", "Texte"],
    ['<iframe src="https://evil.example"></iframe><p>Texte</p>', "<p>Texte</p>", "Texte"],
    ['<p><img src="x.png" onerror="alert(1)">Texte</p>', "<p>Texte</p>", "Texte"],
    ["<p><span><font>Texte</font></span> <u>souligné</u></p>", "<p>Texte souligné</p>", "Texte souligné"],
    ["<div><div><p>Imbriqué</p></div></div>", "<p>Imbriqué</p>", "Imbriqué"],
    [
      "<table><tr><th>Poste</th><td>Vendeur</td></tr><tr><td>Lieu</td><td>Lyon</td></tr></table>",
      "<p>Poste Vendeur</p><p>Lieu Lyon</p>",
      "Poste Vendeur\nLieu Lyon",
    ],
    ["<noscript>Activez JS</noscript><p>Texte</p>", "<p>Texte</p>", "Texte"],
    // links
    [
      '<p><a href="https://exemple.fr/a?b=1&amp;c=2" target="_blank">lien</a></p>',
      '<p><a href="https://exemple.fr/a?b=1&amp;c=2" rel="nofollow noopener">lien</a></p>',
      "lien",
    ],
    ['<p><a href="javascript:alert(1)">piège</a></p>', "<p>piège</p>", "piège"],
    [
      '<p><a href="data:text/html,x">piège</a> <a>sans lien</a></p>',
      "<p>piège sans lien</p>",
      "piège sans lien",
    ],
    ['<p><a href="mailto:a@b.fr">écrire</a></p>', "<p>écrire</p>", "écrire"],
    // entities and whitespace
    ["<p>Caf&eacute; &amp; th&eacute; &lt;3 &#8364;</p>", "<p>Café &amp; thé &lt;3 €</p>", "Café & thé <3 €"],
    // entities encoded twice by the feed are decoded too (a France Travail offer read "&#226;ge")
    ["<p>Quel que soit votre &amp;#226;ge</p>", "<p>Quel que soit votre âge</p>", "Quel que soit votre âge"],
    ["Jusqu&amp;#39;&amp;agrave; 3 jours", "<p>Jusqu'à 3 jours</p>", "Jusqu'à 3 jours"],
    ["<p>&amp;lt;b&amp;gt; reste du texte</p>", "<p>&lt;b&gt; reste du texte</p>", "<b> reste du texte"],
    [
      "<p>R&amp;D, AT&amp;T et Procter &amp; Gamble</p>",
      "<p>R&amp;D, AT&amp;T et Procter &amp; Gamble</p>",
      "R&D, AT&T et Procter & Gamble",
    ],
    ["<p>  beaucoup \n\t d'espaces  </p>", "<p>beaucoup d'espaces</p>", "beaucoup d'espaces"],
    ["<p>a&nbsp;&nbsp;b</p>", "<p>a b</p>", "a b"],
    ["<p>in\u200bvisible</p>", "<p>invisible</p>", "invisible"],
    // empty blocks and repeated breaks
    ["<p></p><p>&nbsp;</p><p><br> </p><p>Texte</p><p><b> </b></p>", "<p>Texte</p>", "Texte"],
    ["<p>Un<br><br>Deux</p>", "<p>Un</p><p>Deux</p>", "Un\nDeux"],
    ["<p>Un<br><br><br><br>Deux<br></p>", "<p>Un</p><p>Deux</p>", "Un\nDeux"],
    ["<br><br><p>Texte</p><br><br>", "<p>Texte</p>", "Texte"],
    ["<ul><li></li><li> </li></ul><p>Fin</p>", "<p>Fin</p>", "Fin"],
    [
      "<strong>Missions : </strong> <br><br>Au sein du service.",
      "<p><strong>Missions :</strong></p><p>Au sein du service.</p>",
      "Missions :\nAu sein du service.",
    ],
    // broken markup
    ["<p><b>Non fermé", "<p><strong>Non fermé</strong></p>", "Non fermé"],
    ["</p></div>Texte</b>", "<p>Texte</p>", "Texte"],
    ["<li>Seul</li><p>Après</p>", "<ul><li>Seul</li></ul><p>Après</p>", "- Seul\nAprès"],
    ["<p>Texte<!-- commentaire --> suite</p>", "<p>Texte suite</p>", "Texte suite"],
    ["<p>x < y et y > z</p>", "<p>x &lt; y et y &gt; z</p>", "x < y et y > z"],
  ])("%j", (input, html, text) => {
    expect(cleanDescription(input)).toEqual({ html, text });
  });

  it.each([
    ["Une ligne", "<p>Une ligne</p>", "Une ligne"],
    [
      "Ligne 1\nLigne 2\r\n\r\nLigne 3",
      "<p>Ligne 1</p><p>Ligne 2</p><p>Ligne 3</p>",
      "Ligne 1\nLigne 2\nLigne 3",
    ],
    [
      "Profil :\n-   Expert du conseil\n- Esprit d'équipe\n• Anglais\nMerci",
      "<p>Profil :</p><ul><li>Expert du conseil</li><li>Esprit d'équipe</li><li>Anglais</li></ul><p>Merci</p>",
      "Profil :\n- Expert du conseil\n- Esprit d'équipe\n- Anglais\nMerci",
    ],
    ["Salaire < 2000 & primes", "<p>Salaire &lt; 2000 &amp; primes</p>", "Salaire < 2000 & primes"],
    ["R&D &amp; co", "<p>R&amp;D &amp; co</p>", "R&D & co"],
    ["-5 % sur -10", "<p>-5 % sur -10</p>", "-5 % sur -10"],
  ])("plain text %j", (input, html, text) => {
    expect(cleanDescription(input)).toEqual({ html, text });
  });

  it("reads newlines as line breaks in HTML that has no block tags", () => {
    expect(cleanDescription("<b>Titre</b>\nligne deux\n\nparagraphe")).toEqual({
      html: "<p><strong>Titre</strong><br>ligne deux</p><p>paragraphe</p>",
      text: "Titre\nligne deux\nparagraphe",
    });
  });

  it("decodes HTML that the partner escaped twice", () => {
    expect(
      cleanDescription(
        "&lt;p&gt;Bonjour &amp;amp; bienvenue&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Un&lt;/li&gt;&lt;/ul&gt;",
      ),
    ).toEqual({
      html: "<p>Bonjour &amp; bienvenue</p><ul><li>Un</li></ul>",
      text: "Bonjour & bienvenue\n- Un",
    });
  });

  it.each([[""], ["   "], ["<p></p>"], ["<script>x</script>"], ["<br><br>"], ["\n\n"]])(
    "gives empty output for %j",
    (input) => {
      expect(cleanDescription(input)).toEqual({ html: "", text: "" });
    },
  );

  it("survives non-string input", () => {
    expect(cleanDescription(undefined as unknown as string)).toEqual({ html: "", text: "" });
  });

  it("is not confused by the previous call (shared parser state)", () => {
    cleanDescription("<ul><li><b>ouvert<script>jamais fermé");
    expect(cleanDescription("<p>Propre</p>")).toEqual({ html: "<p>Propre</p>", text: "Propre" });
  });
});

describe("htmlToText and escapeHtml", () => {
  it("gives the plain text of a fragment", () => {
    expect(htmlToText("<p>A &amp; B</p><ul><li>C</li></ul>")).toBe("A & B\n- C");
    expect(htmlToText("Entreprise <b>X</b>")).toBe("Entreprise X");
  });

  it("escapes the five HTML specials", () => {
    expect(escapeHtml(`<a href="x">l'été & co</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; co&lt;/a&gt;",
    );
  });
});

const ALLOWED = new Set(["p", "br", "ul", "ol", "li", "strong", "em", "h3", "h4", "a"]);
const TAG = /<\/?([a-z0-9]+)([^>]*)>/g;

/** Every tag is allowed and only links carry attributes (href + rel). */
const offendingTags = (html: string): string[] =>
  Array.from(html.matchAll(TAG))
    .filter(([tag, name = "", attributes = ""]) => {
      if (!ALLOWED.has(name)) return true;
      if (name === "a" && !tag.startsWith("</"))
        return !/^ href="https?:\/\/[^"]+" rel="nofollow noopener"$/.test(attributes);
      return attributes !== "";
    })
    .map(([tag]) => tag);

const partnerDescriptions = (): string[] => {
  const read = (path: string) => readFileSync(join(LBA_FIXTURES_DIR, path), "utf8");
  const cdata = (xml: string, tag: string) =>
    Array.from(
      xml.matchAll(new RegExp(`<${tag}>\\s*<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>`, "g")),
      (m) => m[1] ?? "",
    );
  const decathlon = JSON.parse(read("decathlon/decathlon.test.input.json")) as {
    ads: { description: string; profile: string }[];
  };
  return [
    ...cdata(read("apec/import-apec.test.input.xml"), "Texte_offre"),
    ...cdata(read("jobteaser/import-jobteaser.test.input.xml"), "description"),
    ...cdata(read("kelio/import-kelio.test.input.xml"), "html_description"),
    ...cdata(read("hellowork/import-hello-work.test.input.xml"), "description"),
    ...decathlon.ads.flatMap((ad) => [ad.description, ad.profile]),
  ];
};

describe("real descriptions", () => {
  const ft = JSON.parse(
    gunzipSync(readFileSync(join(DATA_DIR, "offres/ft_offres_anonymised_all.json.gz"))).toString("utf8"),
  ) as { description: string }[];
  const samples = [...partnerDescriptions(), ...ft.map((offer) => offer.description)];

  it("keep only allowed tags, keep their text, and are stable when cleaned twice", () => {
    expect(samples.length).toBeGreaterThan(2600);
    const problems: string[] = [];
    for (const input of samples) {
      const once = cleanDescription(input);
      const bad = offendingTags(once.html);
      if (bad.length > 0) problems.push(`tags ${bad.join(" ")}`);
      if (once.text.length < 20) problems.push(`text lost: ${input.slice(0, 60)}`);
      if (/<[a-z/]/i.test(once.text.replace(/<\s/g, "")))
        problems.push(`markup in text: ${once.text.slice(0, 60)}`);
      const twice = cleanDescription(once.html);
      if (twice.html !== once.html || twice.text !== once.text)
        problems.push(`unstable: ${input.slice(0, 60)}`);
    }
    expect(problems).toEqual([]);
  });

  it("turns the APEC sample into paragraphs and lists", () => {
    const apec = partnerDescriptions()[0] ?? "";
    const { html, text } = cleanDescription(apec);
    expect(
      html.startsWith("<p><strong>Contexte :</strong></p><p>Au sein de l’équipe IKOS Raccordement"),
    ).toBe(true);
    expect(html).toContain("<ul><li>Coordination de projet de raccordement électrique");
    expect(text).toContain("\n- Suivi des affaires : gérer l’avancement des projets");
    expect(html).not.toContain("<br>");
  });
});
