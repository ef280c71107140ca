/** Building blocks of the XML reader: element frames, the object convention, error wording. */
import { AppError } from "../../errors.js";
import type { FeedRecord, FeedValue } from "../raw-posting.js";

export interface Frame {
  name: string;
  node: FeedRecord | null;
  text: string;
}

/** Refusal of a whole feed; `attack` says what the construction is used for. */
export const hostile = (why: string, attack = "expansion d'entités, lecture de fichiers"): AppError =>
  new AppError(
    "FEED_HOSTILE",
    `Flux XML refusé : il contient ${why}. Un flux d'offres n'en a pas besoin et ces constructions servent aux attaques (${attack}).`,
    { details: { reason: why } },
  );

/** Deepest element nesting accepted, counted from the root (job feeds use fewer than 10 levels). */
export const MAX_XML_DEPTH = 100;

/** What an element costs against the record-size cap besides its text: markup and bookkeeping. */
export const ELEMENT_COST = 16;
export const ATTRIBUTE_COST = 4;

const SAXES_REASONS: [RegExp, string][] = [
  [/unclosed tag/, "balise non fermée (document tronqué ?)"],
  [/unexpected end/, "fin de document inattendue"],
  [/root element/, "aucun élément racine"],
  [/unmatched closing tag|unexpected close tag/, "balise fermante sans balise ouvrante correspondante"],
  [/outside of root/, "texte ou balise hors de l'élément racine"],
  [/disallowed character|invalid character/, "caractère interdit"],
  [/attribute/, "attribut mal formé"],
];

export const reasonOf = (message: string): string => {
  const bare = message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
  return SAXES_REASONS.find(([pattern]) => pattern.test(bare))?.[1] ?? `syntaxe XML invalide (${bare})`;
};

/** Sets a key even when it is "__proto__" (feeds are untrusted). */
export const setOwn = (target: FeedRecord, key: string, value: FeedValue): void => {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
};

export const addChild = (parent: Frame, name: string, value: FeedValue): void => {
  parent.node ??= {};
  const existing = Object.hasOwn(parent.node, name) ? parent.node[name] : undefined;
  if (existing === undefined) setOwn(parent.node, name, value);
  else if (Array.isArray(existing)) existing.push(value);
  else setOwn(parent.node, name, [existing, value]);
};

export const frameValue = (frame: Frame): FeedValue => {
  const text = frame.text.trim();
  if (frame.node === null) return text;
  if (text) frame.node["#text"] = text;
  return frame.node;
};
