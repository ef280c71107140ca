import { type Static, type TSchema, Type } from "@sinclair/typebox";
import { TypeCompiler } from "@sinclair/typebox/compiler";
import { type ValueError, ValueErrorType } from "@sinclair/typebox/errors";
import type { RawPosting } from "./raw-posting.js";

/**
 * The partner push schema: one job posting as a partner sends it (NDJSON line or array item).
 * Values are the partner's own wording; the platform normalises them like a feed.
 */
const Text = (description: string, maxLength = 2000) => Type.String({ description, maxLength });
const TextOrNumber = (description: string) =>
  Type.Union([Type.String({ maxLength: 100 }), Type.Number()], { description });
const Optional = <T extends TSchema>(schema: T) => Type.Optional(schema);

export const PushPostingSchema = Type.Object(
  {
    reference: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "Référence unique chez le partenaire",
    }),
    title: Optional(Text("Intitulé du poste", 300)),
    description: Optional(Text("Description (HTML ou texte)", 100_000)),
    url: Optional(Text("Adresse de l'offre chez le partenaire", 2000)),
    employer: Optional(
      Type.Object(
        {
          name: Optional(Text("Nom de l'employeur", 300)),
          siret: Optional(Text("SIRET (14 chiffres)", 30)),
          anonymous: Optional(Type.Boolean({ description: "L'employeur ne veut pas afficher son nom" })),
          description: Optional(Text("Présentation de l'employeur", 20_000)),
        },
        { additionalProperties: false },
      ),
    ),
    location: Optional(
      Type.Object(
        {
          label: Optional(Text("Lieu tel qu'écrit", 300)),
          address: Optional(Text("Adresse", 300)),
          city: Optional(Text("Commune", 200)),
          postal_code: Optional(Text("Code postal", 10)),
          commune: Optional(Text("Code INSEE de la commune", 10)),
          departement: Optional(Text("Département (code ou nom)", 100)),
          region: Optional(Text("Région (code ou nom)", 100)),
          country: Optional(Text("Pays", 100)),
          lat: Optional(TextOrNumber("Latitude")),
          lon: Optional(TextOrNumber("Longitude")),
          remote: Optional(Text("Télétravail : texte libre (« hybride », « 100 % télétravail »…)", 200)),
        },
        { additionalProperties: false },
      ),
    ),
    contract: Optional(
      Type.Object(
        {
          type: Optional(Text("Type de contrat (CDI, CDD, intérim, apprentissage…)", 200)),
          duration: Optional(TextOrNumber("Durée")),
          duration_unit: Optional(Text("Unité de la durée (mois, semaines…)", 50)),
          working_time: Optional(Text("Temps plein ou partiel", 100)),
          weekly_hours: Optional(TextOrNumber("Heures par semaine")),
        },
        { additionalProperties: false },
      ),
    ),
    salary: Optional(
      Type.Object(
        {
          text: Optional(Text("Salaire tel qu'écrit", 500)),
          min: Optional(TextOrNumber("Minimum")),
          max: Optional(TextOrNumber("Maximum")),
          period: Optional(Text("Période (heure, mois, an…)", 50)),
          currency: Optional(Text("Devise", 10)),
        },
        { additionalProperties: false },
      ),
    ),
    rome: Optional(
      Type.Object(
        {
          code: Optional(Text("Code ROME", 10)),
          appellation_code: Optional(Text("Code d'appellation ROME (OGR)", 10)),
          appellation_label: Optional(Text("Appellation ROME", 300)),
        },
        { additionalProperties: false },
      ),
    ),
    experience: Optional(Text("Expérience demandée", 300)),
    qualification: Optional(Text("Qualification", 300)),
    published_at: Optional(Text("Date de publication (ISO 8601 de préférence)", 50)),
    updated_at: Optional(Text("Date de mise à jour", 50)),
    expires_at: Optional(Text("Date d'expiration", 50)),
  },
  { additionalProperties: false, description: "Une offre envoyée par un partenaire" },
);

export type PushPosting = Static<typeof PushPostingSchema>;

const checker = TypeCompiler.Compile(PushPostingSchema);

const frenchMessage = (error: ValueError): string => {
  const schema = error.schema as { maxLength?: number; minLength?: number };
  switch (error.type) {
    case ValueErrorType.Object:
      return "objet JSON attendu";
    case ValueErrorType.ObjectRequiredProperty:
      return "obligatoire";
    case ValueErrorType.ObjectAdditionalProperties:
      return "champ inconnu";
    case ValueErrorType.String:
      return "texte attendu";
    case ValueErrorType.StringMaxLength:
      return `${schema.maxLength} caractères au plus`;
    case ValueErrorType.StringMinLength:
      return "ne doit pas être vide";
    case ValueErrorType.Boolean:
      return "true ou false attendu";
    case ValueErrorType.Union:
      return "texte ou nombre attendu";
    default:
      return "valeur invalide";
  }
};

/** Why an item does not match the push schema, in French, or null when it does. */
export const pushPostingProblem = (item: unknown): string | null => {
  const error = checker.Errors(item).First();
  if (!error) return null;
  const path = error.path.replace(/^\//, "").replace(/\//g, ".");
  const extra =
    error.type === ValueErrorType.ObjectAdditionalProperties
      ? Object.keys((error.value as Record<string, unknown>) ?? {}).find(
          (k) => !Object.hasOwn((error.schema as unknown as { properties: object }).properties, k),
        )
      : undefined;
  const field = [path, extra].filter(Boolean).join(".") || "offre";
  return `champ « ${field} » : ${frenchMessage(error)}`;
};

const text = (value: string | number | undefined): string | undefined =>
  value === undefined ? undefined : String(value);

/** Drop the undefined fields of an object; undefined when nothing is left. */
const compact = <T extends Record<string, string | undefined>>(fields: T): T | undefined => {
  const kept = Object.entries(fields).filter(([, v]) => v !== undefined && v !== "");
  return kept.length > 0 ? (Object.fromEntries(kept) as T) : undefined;
};

/** The RawPosting a pushed item stands for (the same input a feed mapping produces). */
export const rawPostingOf = (p: PushPosting): RawPosting => {
  const raw: RawPosting = {
    reference: p.reference,
    url: p.url,
    title: p.title,
    description: p.description,
    employer: compact({
      name: p.employer?.name,
      siret: p.employer?.siret,
      anonymous: p.employer?.anonymous === undefined ? undefined : String(p.employer.anonymous),
      description: p.employer?.description,
    }),
    location: compact({
      label: p.location?.label,
      address: p.location?.address,
      city: p.location?.city,
      postalCode: p.location?.postal_code,
      commune: p.location?.commune,
      departement: p.location?.departement,
      region: p.location?.region,
      country: p.location?.country,
      lat: text(p.location?.lat),
      lon: text(p.location?.lon),
      remote: p.location?.remote,
    }),
    contract: compact({
      type: p.contract?.type,
      duration: text(p.contract?.duration),
      durationUnit: p.contract?.duration_unit,
      workingTime: p.contract?.working_time,
      weeklyHours: text(p.contract?.weekly_hours),
    }),
    salary: compact({
      text: p.salary?.text,
      min: text(p.salary?.min),
      max: text(p.salary?.max),
      period: p.salary?.period,
      currency: p.salary?.currency,
    }),
    rome: compact({
      code: p.rome?.code,
      appellationCode: p.rome?.appellation_code,
      appellationLabel: p.rome?.appellation_label,
    }),
    experience: p.experience,
    qualification: p.qualification,
    publishedAt: p.published_at,
    updatedAt: p.updated_at,
    expiresAt: p.expires_at,
  };
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as RawPosting;
};
