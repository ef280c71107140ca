/**
 * Renders description sections the way partners publish them: HTML with bold headings and lists,
 * HTML with <h3> headings, HTML paragraphs with dashes, or plain text; and the partner's cuts
 * (truncation after N characters, sections dropped) and boilerplate.
 */
import { escapeText as escapeAll } from "../pipeline/html-escape.js";
import type { Section } from "./description.js";

const SPECIAL = /[&<>]/;
/** Most sentences need no escaping: test before replacing. */
const escapeText = (text: string): string => (SPECIAL.test(text) ? escapeAll(text) : text);

export type RenderStyle = "html-lists" | "html-headings" | "html-dashes" | "text";

export const RENDER_STYLES: readonly RenderStyle[] = ["html-lists", "html-headings", "html-dashes", "text"];

const htmlSection = (section: Section, style: RenderStyle): string => {
  let out = "";
  if (section.heading) {
    out +=
      style === "html-headings"
        ? `<h3>${escapeText(section.heading)}</h3>`
        : `<p><strong>${escapeText(section.heading)}</strong></p>`;
  }
  for (const p of section.paragraphs) out += `<p>${escapeText(p)}</p>`;
  if (section.bullets.length > 0) {
    out +=
      style === "html-dashes"
        ? `<p>${section.bullets.map((b) => `- ${escapeText(b)}`).join("<br>")}</p>`
        : `<ul>${section.bullets.map((b) => `<li>${escapeText(b)}</li>`).join("")}</ul>`;
  }
  return out;
};

const textSection = (section: Section): string => {
  const lines: string[] = [];
  if (section.heading) lines.push(`${section.heading.toUpperCase()} :`);
  lines.push(...section.paragraphs);
  for (const b of section.bullets) lines.push(`- ${b}`);
  return lines.join("\n");
};

/** Plain text of the sections (what truncation counts). */
export const sectionsText = (sections: readonly Section[]): string => sections.map(textSection).join("\n\n");

/** The description as a partner publishes it: rendered, optionally truncated, with its boilerplate. */
export const renderDescription = (
  sections: readonly Section[],
  style: RenderStyle,
  truncateAt: number | null,
  boilerplate: string | null,
): string => {
  let body: string;
  if (truncateAt !== null) {
    const text = sectionsText(sections);
    const cut = text.length > truncateAt ? `${text.slice(0, truncateAt).replace(/\s+\S*$/, "")}…` : text;
    body = cut
      .split("\n\n")
      .map((block) => `<p>${escapeText(block).replaceAll("\n", "<br>")}</p>`)
      .join("");
  } else if (style === "text") {
    body = escapeText(sectionsText(sections));
  } else {
    body = sections.map((s) => htmlSection(s, style)).join("");
  }
  if (!boilerplate) return body;
  return style === "text" && truncateAt === null
    ? `${body}\n\n${escapeText(boilerplate)}`
    : `${body}<p>${escapeText(boilerplate)}</p>`;
};
