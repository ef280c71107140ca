/** CleverConnect / Meteojob XML: Indeed-like <source> of <job id reference lang>, nested locations. */
import type { PartnerMapping } from "../mapping-types.js";

const location = "workplace.locations.location";

export const cleverConnect: PartnerMapping = {
  slug: "clever-connect",
  label: "CleverConnect (Meteojob)",
  format: "xml",
  records: "job",
  dateFormat: "iso",
  values: {
    remote: {
      full: "Télétravail complet",
      occasional: "Télétravail occasionnel",
      none: "Pas de télétravail",
    },
  },
  fields: {
    reference: "@id",
    title: "title",
    url: "link",
    description: {
      join: ["description", { label: "Profil recherché", value: "profile.description" }],
      html: true,
    },
    "employer.name": "company.name",
    "employer.anonymous": "company.@anonymous",
    "employer.description": "company.description",
    "location.label": `${location}.@label`,
    "location.city": `${location}.city`,
    "location.postalCode": `${location}.postalCode`,
    "location.departement": `${location}.department.@code`,
    "location.region": `${location}.state`,
    "location.country": `${location}.country.@code`,
    "location.lat": `${location}.@lat`,
    "location.lon": `${location}.@lng`,
    "location.remote": { first: ["workplace.remote", { path: "workplace.remote.@code", values: "remote" }] },
    // Several types when the job is open as CDI and as apprenticeship.
    "contract.type": { path: "contract.types.type", all: true },
    "contract.duration": "contract.length.@value",
    "contract.durationUnit": "contract.length.@unit",
    "contract.workingTime": "workSchedule.types.type",
    "salary.text": "benefits.salary",
    "salary.min": "benefits.salary.@lowEnd",
    "salary.max": "benefits.salary.@highEnd",
    "salary.currency": "benefits.salary.@currency",
    "salary.period": "benefits.salary.@period",
    // The levels accepted, from the lowest: the first one says whether beginners may apply.
    experience: "profile.experienceLevels.experienceLevel",
    publishedAt: "publicationDate",
    updatedAt: "lastModificationDate",
  },
};
