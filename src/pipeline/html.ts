/**
 * Description cleaning: partner HTML or plain text -> sanitised HTML (small allow-list, no
 * attributes but safe links) and plain text. One streaming htmlparser2 pass, no DOM.
 */
import { Parser } from "htmlparser2";
import type { Description } from "../offer/offer.js";
import { DescriptionWriter, type Mode } from "./description-writer.js";
import { escapeHtml } from "./html-escape.js";
import {
  ANY_TAG,
  BLOCK_TAGS,
  CELL_TAGS,
  ESCAPED_TAG,
  HEADING_TAGS,
  INLINE_TAGS,
  SKIPPED_TAGS,
  STRUCTURE_TAG,
} from "./html-tags.js";

export { escapeHtml };

const writer = new DescriptionWriter();
// Zero-width characters and soft hyphens (an alternation: a class with a joiner misleads linters).
const INVISIBLE = /\u200b|\u200c|\u200d|\u00ad|\ufeff/g;
const CARRIAGE_RETURN = /\r\n?/g;

// An entity left in decoded text: the feed encoded it twice ("&amp;#226;" arrives as "&#226;").
const RESIDUAL_ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

// Entities split text into several events: join them so the writer sees one chunk per text run.
let pendingText = "";
const flushText = (): void => {
  if (pendingText === "") return;
  // Decoded once more: a text still holding entities would read "Quel que soit votre &#226;ge".
  writer.text(RESIDUAL_ENTITY.test(pendingText) ? decodeEntities(pendingText) : pendingText);
  pendingText = "";
};

type OpenHandler = (attribs: Record<string, string>) => void;
type CloseHandler = () => void;

// Tag name -> what the writer does, built once: one map lookup per tag event.
const OPEN = new Map<string, OpenHandler>();
const CLOSE = new Map<string, CloseHandler>();
for (const [tag, inline] of INLINE_TAGS) {
  OPEN.set(tag, () => writer.openInline(inline));
  CLOSE.set(tag, () => writer.closeInline(inline));
}
for (const tag of BLOCK_TAGS) {
  OPEN.set(tag, () => writer.block());
  CLOSE.set(tag, () => writer.block());
}
for (const tag of CELL_TAGS) {
  OPEN.set(tag, () => writer.space());
  CLOSE.set(tag, () => writer.space());
}
for (const [tag, level] of HEADING_TAGS) {
  OPEN.set(tag, () => writer.heading(level));
  CLOSE.set(tag, () => writer.heading("p"));
}
for (const tag of ["ul", "ol"] as const) {
  OPEN.set(tag, () => writer.openList(tag));
  CLOSE.set(tag, () => writer.closeList());
}
OPEN.set("li", () => writer.openItem());
CLOSE.set("li", () => writer.closeItem());
OPEN.set("a", (attribs) => writer.openLink(attribs.href));
CLOSE.set("a", () => writer.closeInline("a"));
OPEN.set("br", () => writer.lineBreak());

const onOpen = (name: string, attribs: Record<string, string>): void => {
  flushText();
  if (SKIPPED_TAGS.has(name)) writer.skipDepth += 1;
  else if (writer.skipDepth === 0) OPEN.get(name)?.(attribs);
};

const onClose = (name: string): void => {
  flushText();
  if (SKIPPED_TAGS.has(name)) writer.skipDepth = Math.max(0, writer.skipDepth - 1);
  else if (writer.skipDepth === 0) CLOSE.get(name)?.();
};

// One parser for the process: calls are synchronous and never nested.
const parser = new Parser(
  {
    onopentag: onOpen,
    onclosetag: onClose,
    ontext: (data) => {
      pendingText += data;
    },
  },
  { decodeEntities: true, recognizeCDATA: true },
);

let decoded = "";
const decoder = new Parser(
  {
    ontext: (data) => {
      decoded += data;
    },
  },
  { decodeEntities: true },
);

/** Decode the entities of a text that holds no markup. */
const decodeEntities = (text: string): string => {
  decoded = "";
  decoder.reset();
  decoder.end(text.replace(/</g, "&lt;"));
  return decoded;
};

/** Sanitised HTML and plain text of a description given as HTML or as plain text. */
export const cleanDescription = (input: string): Description => {
  let source = typeof input === "string" ? input : "";
  let hasTags = ANY_TAG.test(source);
  if (!hasTags && ESCAPED_TAG.test(source)) {
    source = decodeEntities(source);
    hasTags = ANY_TAG.test(source);
  }
  const mode: Mode = !hasTags ? "plain" : STRUCTURE_TAG.test(source) ? "html" : "newline";
  if (mode === "plain") source = source.replace(/</g, "&lt;");
  writer.reset(mode);
  parser.reset();
  pendingText = "";
  parser.end(source.replace(INVISIBLE, "").replace(CARRIAGE_RETURN, "\n"));
  flushText();
  return writer.result();
};

/** Plain text of an HTML fragment (paragraphs on their own line, list items as "- …"). */
export const htmlToText = (html: string): string => cleanDescription(html).text;
