/** Writers for every RawPosting text field, by dotted path. */
import type { RawPostingField } from "./mapping-types.js";
import type { RawPosting } from "./raw-posting.js";

type Setter = (posting: RawPosting, value: string) => void;
type Part<K extends keyof RawPosting> = NonNullable<RawPosting[K]>;

const employer =
  (key: keyof Part<"employer">): Setter =>
  (posting, value) => {
    const part = posting.employer ?? {};
    part[key] = value;
    posting.employer = part;
  };
const location =
  (key: keyof Part<"location">): Setter =>
  (posting, value) => {
    const part = posting.location ?? {};
    part[key] = value;
    posting.location = part;
  };
const contract =
  (key: keyof Part<"contract">): Setter =>
  (posting, value) => {
    const part = posting.contract ?? {};
    part[key] = value;
    posting.contract = part;
  };
const salary =
  (key: keyof Part<"salary">): Setter =>
  (posting, value) => {
    const part = posting.salary ?? {};
    part[key] = value;
    posting.salary = part;
  };
const rome =
  (key: keyof Part<"rome">): Setter =>
  (posting, value) => {
    const part = posting.rome ?? {};
    part[key] = value;
    posting.rome = part;
  };
const top =
  (
    key:
      | "url"
      | "title"
      | "description"
      | "experience"
      | "qualification"
      | "publishedAt"
      | "updatedAt"
      | "expiresAt",
  ): Setter =>
  (posting, value) => {
    posting[key] = value;
  };

export const FIELD_SETTERS: Record<RawPostingField, Setter> = {
  reference: (posting, value) => {
    posting.reference = value;
  },
  url: top("url"),
  title: top("title"),
  description: top("description"),
  "employer.name": employer("name"),
  "employer.siret": employer("siret"),
  "employer.anonymous": employer("anonymous"),
  "employer.description": employer("description"),
  "location.label": location("label"),
  "location.address": location("address"),
  "location.city": location("city"),
  "location.postalCode": location("postalCode"),
  "location.commune": location("commune"),
  "location.departement": location("departement"),
  "location.region": location("region"),
  "location.country": location("country"),
  "location.lat": location("lat"),
  "location.lon": location("lon"),
  "location.remote": location("remote"),
  "contract.type": contract("type"),
  "contract.duration": contract("duration"),
  "contract.durationUnit": contract("durationUnit"),
  "contract.workingTime": contract("workingTime"),
  "contract.weeklyHours": contract("weeklyHours"),
  "salary.text": salary("text"),
  "salary.min": salary("min"),
  "salary.max": salary("max"),
  "salary.period": salary("period"),
  "salary.currency": salary("currency"),
  "rome.code": rome("code"),
  "rome.appellationCode": rome("appellationCode"),
  "rome.appellationLabel": rome("appellationLabel"),
  experience: top("experience"),
  qualification: top("qualification"),
  publishedAt: top("publishedAt"),
  updatedAt: top("updatedAt"),
  expiresAt: top("expiresAt"),
};

export const RAW_POSTING_FIELDS = Object.keys(FIELD_SETTERS) as RawPostingField[];

export const isRawPostingField = (name: string): name is RawPostingField =>
  Object.hasOwn(FIELD_SETTERS, name);
