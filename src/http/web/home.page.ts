import type { FastifyPluginAsync } from "fastify";
import type { ServerDeps } from "../server.js";
import { html, page } from "./html.js";

const numberFr = new Intl.NumberFormat("fr-FR");

/** The home page: what the platform holds and where the APIs are documented. */
export const homePage =
  (deps: ServerDeps): FastifyPluginAsync =>
  async (app) => {
    app.get("/", { schema: { hide: true } }, async (_request, reply) => {
      const db = deps.store.db;
      const offers = await db
        .selectFrom("offers")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "published")
        .executeTakeFirstOrThrow();
      const partners = await db
        .selectFrom("partners")
        .leftJoin("postings", (j) =>
          j.onRef("postings.partner_id", "=", "partners.id").on("postings.status", "!=", "closed"),
        )
        .select([
          "partners.slug",
          "partners.label",
          (eb) => eb.fn.count<number>("postings.id").as("postings"),
        ])
        .groupBy(["partners.id", "partners.slug", "partners.label"])
        .orderBy("partners.slug")
        .execute();
      const rows = partners.map(
        (p) =>
          html`<tr><td>${p.label}</td><td><code>${p.slug}</code></td><td>${numberFr.format(Number(p.postings))}</td></tr>`,
      );
      const body = html`<h1>Toutes les offres d'emploi, sans doublon</h1>
<p>La plateforme rassemble les offres de ses partenaires (sites d'emploi, éditeurs de logiciels de recrutement,
employeurs), les normalise, les vérifie et les rend consultables.</p>
<p><strong>${numberFr.format(Number(offers.n))}</strong> offres publiées, venant de
<strong>${numberFr.format(partners.length)}</strong> partenaires.</p>
<form action="/api/v1/offers" method="get" role="search">
<label for="q">Rechercher une offre (réponse JSON de l'API)</label>
<input id="q" name="q" type="search" placeholder="ex. boulanger, développeuse">
<button type="submit">Rechercher</button>
</form>
<h2>Pour les développeurs</h2>
<ul>
<li><a href="/api/docs">Documentation de l'API (OpenAPI)</a></li>
<li><a href="/api/v1/offers?facets=true">Exemple : les dernières offres et leurs facettes</a></li>
</ul>
<h2>Partenaires</h2>
<table><caption>Annonces en cours par partenaire</caption>
<thead><tr><th scope="col">Partenaire</th><th scope="col">Identifiant</th><th scope="col">Annonces</th></tr></thead>
<tbody>${rows}</tbody></table>`;
      return reply.type("text/html; charset=utf-8").send(page("Accueil", body));
    });
  };
