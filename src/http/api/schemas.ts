import { type TSchema, Type } from "@sinclair/typebox";
import { CONTRACT_CODES } from "../../offer/offer.js";

/** JSON schemas of the native API (they feed both response serialisation and OpenAPI). */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const NullableString = Nullable(Type.String());
const NullableNumber = Nullable(Type.Number());

export const LocationSchema = Type.Object({
  commune: Type.Union([Type.String(), Type.Null()], { description: "Code INSEE de la commune" }),
  postal_code: NullableString,
  city: NullableString,
  departement: NullableString,
  region: Type.Union([Type.String(), Type.Null()], { description: "Code INSEE de la région" }),
  lat: NullableNumber,
  lon: NullableNumber,
  country: Type.Union([Type.String(), Type.Null()], {
    description: "Pays, code ISO 3166-1 alpha-2 (FR pour la France, DOM compris) ; null si inconnu",
  }),
  remote: Type.Union([Type.String(), Type.Null()], { description: "none, hybrid ou full" }),
});

export const ContractSchema = Type.Object({
  type: Type.Union([Type.String(), Type.Null()], { description: "Code France Travail : CDI, CDD, MIS…" }),
  label: NullableString,
  nature: Type.Union([Type.String(), Type.Null()], { description: "E1, E2 (apprentissage), FS, NS" }),
  duration_months: NullableNumber,
  working_time: Type.Union([Type.String(), Type.Null()], { description: "full_time ou part_time" }),
  weekly_hours: NullableNumber,
});

export const SalarySchema = Type.Object({
  text: NullableString,
  min: NullableNumber,
  max: NullableNumber,
  period: Type.Union([Type.String(), Type.Null()], { description: "hour, day, week, month, year" }),
  currency: NullableString,
  basis: Type.Union([Type.String(), Type.Null()], { description: "gross ou net : base de min et max" }),
  hourly_gross: Type.Union([Type.Number(), Type.Null()], { description: "Brut horaire normalisé (€)" }),
  annual_gross: Type.Union([Type.Number(), Type.Null()], { description: "Brut annuel normalisé (€)" }),
});

export const SourceSchema = Type.Object({
  partner: Type.String(),
  reference: Type.String(),
  url: NullableString,
  canonical: Type.Optional(Type.Boolean({ description: "Source dont l'offre reprend le contenu" })),
  match: Type.Optional(
    Type.Object(
      {
        with: Type.Object({ partner: Type.String(), reference: Type.String() }),
        score: Type.Number(),
        reason: Type.String({
          description: "Pourquoi cette source est la même offre (scores, critères décisifs)",
        }),
        features: Type.Array(Type.String()),
      },
      { description: "Preuve du rapprochement avec une autre source" },
    ),
  ),
});

const offerFields = {
  id: Type.String(),
  title: Type.String(),
  employer: Type.Object({
    name: Type.Union([Type.String(), Type.Null()], { description: "Seulement si l'employeur l'accepte" }),
  }),
  location: LocationSchema,
  contract: ContractSchema,
  salary: SalarySchema,
  rome: Type.Object({
    code: NullableString,
    label: NullableString,
    appellation_code: NullableString,
    appellation_label: NullableString,
  }),
  experience: Type.Object({ level: NullableString, months: NullableNumber, label: NullableString }),
  qualification: Type.Object({ code: NullableString, label: NullableString }),
  url: NullableString,
  published_at: NullableString,
  updated_at: NullableString,
  expires_at: NullableString,
  sources: Type.Array(SourceSchema),
};

export const OfferSchema = Type.Object({
  ...offerFields,
  description: Type.String({ description: "Texte brut" }),
  description_html: Type.String({ description: "HTML nettoyé" }),
});

export const OfferSummarySchema = Type.Object({
  ...offerFields,
  excerpt: Type.String(),
  distance_km: Type.Optional(Type.Number()),
});

const FacetSchema = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }));

export const SearchResponseSchema = Type.Object({
  total: Type.Integer(),
  page: Type.Integer(),
  per_page: Type.Integer(),
  results: Type.Array(OfferSummarySchema),
  facets: Type.Optional(Type.Object({ contract: FacetSchema, departement: FacetSchema, rome: FacetSchema })),
});

export const ErrorSchema = Type.Object({
  error: Type.String({ description: "Code d'erreur (voir docs/errors.md)" }),
  message: Type.String({ description: "Message en français" }),
  details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

const CommaList = (description: string) => Type.String({ description, maxLength: 500 });

export const SearchQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({ maxLength: 200, description: "Mots-clés (accents, pluriels, élisions gérés)" }),
    ),
    commune: Type.Optional(Type.String({ description: "Code INSEE de la commune (ex. 69123)" })),
    postal_code: Type.Optional(Type.String({ description: "Code postal (ex. 69003)" })),
    radius: Type.Optional(
      Type.Number({ minimum: 0, maximum: 200, description: "Rayon en km autour de la commune (défaut 10)" }),
    ),
    departement: Type.Optional(CommaList("Codes département séparés par des virgules (ex. 69,2A,971)")),
    region: Type.Optional(CommaList("Codes région INSEE séparés par des virgules (ex. 84)")),
    contract: Type.Optional(CommaList(`Types de contrat : ${CONTRACT_CODES.join(", ")}`)),
    rome: Type.Optional(CommaList("Codes ROME séparés par des virgules (ex. K2204)")),
    remote: Type.Optional(CommaList("Télétravail : none, hybrid, full")),
    salary_min: Type.Optional(Type.Number({ minimum: 0, description: "Salaire brut minimum" })),
    salary_period: Type.Optional(
      Type.Union([Type.Literal("hour"), Type.Literal("month"), Type.Literal("year")], {
        description: "Période de salary_min (défaut : month)",
      }),
    ),
    published_since: Type.Optional(
      Type.String({ description: "Date (AAAA-MM-JJ) ou nombre de jours (ex. 7)" }),
    ),
    sort: Type.Optional(
      Type.Union([Type.Literal("relevance"), Type.Literal("date"), Type.Literal("distance")], {
        description: "Tri (défaut : relevance avec q, sinon date)",
      }),
    ),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, description: "Page (à partir de 1)" })),
    per_page: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, description: "Résultats par page (défaut 20)" }),
    ),
    facets: Type.Optional(
      Type.Boolean({ description: "Ajouter les décomptes par contrat, département, ROME" }),
    ),
  },
  { additionalProperties: false },
);
