/**
 * Builds the sanitised HTML and the plain text of a description from parser events. Blocks are
 * written only once they hold text (empty paragraphs, lists and items vanish), inline tags are
 * closed at the end of each block, and two line breaks in a row end a paragraph.
 */
import { escapeHtml, escapeText } from "./html-escape.js";
import { BULLET } from "./html-tags.js";

export type Mode = "html" | "newline" | "plain";
type InlineTag = "strong" | "em" | "a" | "-a";
type BlockKind = "p" | "h3" | "h4";
interface Container {
  tag: "ul" | "ol" | "li";
  emitted: boolean;
  implicit: boolean;
  /** For items: how many blocks were written into it. */
  blocks: number;
}

const SAFE_HREF = /^https?:\/\/[^\s"'<>`]+$/i;
const EMPTY_INLINE = /<(strong|em)><\/\1>|<a [^>]*><\/a>/;
const EMPTY_INLINE_ALL = new RegExp(EMPTY_INLINE.source, "g");
const WHITESPACE = /\s+/g;
const SPECIAL = /[&<>]/;
/** White space other than single plain spaces, or a character to escape. */
const DIRTY = /[\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff&<>]| {2}/;

export class DescriptionWriter {
  private html = "";
  private lines: string[] = [];
  private stack: Container[] = [];
  private inline: InlineTag[] = [];
  private buf = "";
  private bufText = "";
  private hasText = false;
  private pendingSpace = false;
  private breaks = 0;
  private kind: BlockKind = "p";
  private atLineStart = true;
  skipDepth = 0;
  mode: Mode = "html";

  reset(mode: Mode): void {
    this.html = "";
    this.lines = [];
    this.stack = [];
    this.resetBlock();
    this.kind = "p";
    this.atLineStart = true;
    this.skipDepth = 0;
    this.mode = mode;
  }

  result(): { html: string; text: string } {
    this.flush();
    while (this.stack.length > 0) this.pop();
    return { html: this.html, text: this.lines.join("\n") };
  }

  text(data: string): void {
    if (this.skipDepth > 0) return;
    if (this.mode === "html" || !data.includes("\n")) {
      this.words(data);
      return;
    }
    const segments = data.split("\n");
    for (let i = 0; i < segments.length; i++) {
      if (i > 0) this.newline();
      this.words(segments[i] ?? "");
    }
  }

  private newline(): void {
    if (this.mode === "newline") {
      this.lineBreak();
      return;
    }
    this.flush();
    const top = this.top();
    if (top?.tag === "li" && top.implicit) this.pop();
    this.atLineStart = true;
  }

  private words(data: string): void {
    // One regex test decides the common case: a single-spaced chunk with nothing to escape.
    const dirty = DIRTY.test(data);
    const collapsed = dirty ? data.replace(WHITESPACE, " ") : data;
    let body = collapsed.trim();
    if (body === "") {
      if (collapsed !== "") this.pendingSpace = this.hasText;
      return;
    }
    if (this.mode === "plain" && this.atLineStart) {
      this.atLineStart = false;
      body = this.startLine(body);
      if (body === "") return;
    }
    if (collapsed.charCodeAt(0) === 32) this.pendingSpace = this.hasText;
    this.separate();
    this.buf += dirty && SPECIAL.test(body) ? escapeText(body) : body;
    this.bufText += body;
    this.hasText = true;
    this.pendingSpace = collapsed.charCodeAt(collapsed.length - 1) === 32;
  }

  /** A plain-text line begins: a bullet opens a list item, other text ends the list. Returns the words. */
  private startLine(line: string): string {
    const bullet = BULLET.exec(line);
    const top = this.top();
    const inList = top?.implicit === true && top.tag === "ul";
    if (bullet === null) {
      if (inList) this.pop();
      return line;
    }
    if (!inList) this.stack.push(container("ul", true));
    this.stack.push(container("li", true));
    return line.slice(bullet[0].length);
  }

  /** Write the pending line break or space before new content. */
  private separate(): void {
    if (!this.hasText) return;
    if (this.breaks > 0) {
      this.buf += "<br>";
      this.bufText += "\n";
    } else if (this.pendingSpace) {
      this.buf += " ";
      this.bufText += " ";
    }
    this.breaks = 0;
    this.pendingSpace = false;
  }

  lineBreak(): void {
    if (this.skipDepth > 0 || !this.hasText) return;
    this.breaks += 1;
    if (this.breaks >= 2) this.flush();
  }

  space(): void {
    this.pendingSpace = this.hasText;
  }

  openInline(tag: "strong" | "em"): void {
    this.separate();
    this.buf += `<${tag}>`;
    this.inline.push(tag);
  }

  openLink(href: string | undefined): void {
    const url = href?.trim() ?? "";
    if (!SAFE_HREF.test(url)) return void this.inline.push("-a");
    this.separate();
    this.buf += `<a href="${escapeHtml(url)}" rel="nofollow noopener">`;
    this.inline.push("a");
  }

  closeInline(tag: "strong" | "em" | "a"): void {
    const at = this.inline.findLastIndex((t) => t === tag || (tag === "a" && t === "-a"));
    if (at < 0) return;
    for (const open of this.inline.splice(at).reverse()) if (open !== "-a") this.buf += `</${open}>`;
  }

  /** A block tag opens or closes: end the paragraph, and leave a list opened only by a stray item. */
  block(): void {
    this.flush();
    const top = this.top();
    if (top?.implicit && top.tag === "ul" && this.mode !== "plain") this.pop();
  }

  heading(kind: BlockKind): void {
    this.block();
    this.kind = kind;
  }

  openList(tag: "ul" | "ol"): void {
    this.flush();
    const top = this.top();
    if (top !== undefined && top.tag !== "li") this.stack.push(container("li", true));
    this.stack.push(container(tag, false));
  }

  closeList(): void {
    this.flush();
    const at = this.stack.findLastIndex((c) => c.tag !== "li" && !c.implicit);
    if (at < 0) return;
    while (this.stack.length > at) this.pop();
  }

  openItem(): void {
    this.flush();
    if (this.top()?.tag === "li") this.pop();
    if (this.top() === undefined) this.stack.push(container("ul", true));
    this.stack.push(container("li", false));
  }

  closeItem(): void {
    this.flush();
    if (this.top()?.tag === "li") this.pop();
  }

  /** End the current block: write it where it belongs, or drop it when it holds no text. */
  flush(): void {
    if (this.hasText) {
      for (const open of this.inline.reverse()) if (open !== "-a") this.buf += `</${open}>`;
      let html = this.buf;
      if (html.includes("></")) while (EMPTY_INLINE.test(html)) html = html.replace(EMPTY_INLINE_ALL, "");
      let top = this.top();
      if (top !== undefined && top.tag !== "li") {
        top = container("li", true);
        this.stack.push(top);
      }
      if (top === undefined) {
        this.html += `<${this.kind}>${html}</${this.kind}>`;
        this.lines.push(this.bufText);
      } else {
        for (const c of this.stack) if (!c.emitted) this.emit(c);
        const depth = this.stack.filter((c) => c.tag !== "li").length;
        this.html += top.blocks > 0 ? `<br>${html}` : html;
        this.lines.push(`${"  ".repeat(depth - 1)}${top.blocks > 0 ? "  " : "- "}${this.bufText}`);
        top.blocks += 1;
      }
    }
    this.resetBlock();
  }

  private resetBlock(): void {
    this.buf = "";
    this.bufText = "";
    this.hasText = false;
    this.pendingSpace = false;
    this.breaks = 0;
    this.inline = [];
  }

  private emit(c: Container): void {
    this.html += `<${c.tag}>`;
    c.emitted = true;
  }

  private pop(): void {
    const c = this.stack.pop();
    if (c?.emitted) this.html += `</${c.tag}>`;
  }

  private top(): Container | undefined {
    return this.stack[this.stack.length - 1];
  }
}

const container = (tag: Container["tag"], implicit: boolean): Container => ({
  tag,
  emitted: false,
  implicit,
  blocks: 0,
});
