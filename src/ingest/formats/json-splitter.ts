/**
 * Streaming JSON splitter: walks the document's structure character by character, follows a key
 * path from the root ("ads", "data.items"; "" for the root itself) and cuts out the text of every
 * record (each element of the array found there, or the object found there), which `JSON.parse`
 * then reads. Only one record's text is held at a time; values off the path are skipped unread.
 */
import { AppError } from "../../errors.js";
import { malformed } from "./feed-item.js";

export interface SplitRecord {
  /** The record's JSON text. */
  text: string;
  /** Line where the record starts (1-based). */
  line: number;
  /** Set when the record was bigger than allowed: its text was dropped. */
  tooLarge?: boolean;
}

/** Open containers: objects on the path to the records, then the records' array. */
type Frame =
  | { kind: "object"; key: string | null; expect: "key" | "colon" | "value" | "comma" }
  | { kind: "array"; expect: "value" | "comma" };

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);

export class JsonSplitter {
  private readonly path: string[];
  private stack: Frame[] = [];
  private rootDone = false;
  private found = false;
  // Capture (or skip) of one value.
  private capturing: "record" | "skip" | "key" | null = null;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  private parts: string[] = [];
  private size = 0;
  private startLine = 0;
  private line = 1;
  private column = 0;
  private out: SplitRecord[] = [];

  constructor(
    path: string,
    private readonly maxChars: number,
  ) {
    this.path = path.split(".").filter(Boolean);
  }

  /** Records completed so far, and forgets them. */
  drain(): SplitRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  write(text: string): void {
    let start = this.capturing !== null ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a) {
        this.line++;
        this.column = 0;
      } else this.column++;
      if (this.capturing !== null) {
        if (!this.step(code)) continue;
        // The value ended at i (inclusive), or just before i for a bare scalar.
        const end = this.scalar ? i : i + 1;
        this.finishCapture(text.slice(start, end));
        start = -1;
        if (!this.scalar) continue;
        this.scalar = false;
      }
      if (WHITESPACE.has(code)) continue;
      const capture = this.structural(code);
      if (capture !== null) {
        this.beginCapture(capture, code);
        start = i;
        if (capture === "key") continue;
      }
    }
    if (this.capturing !== null && start >= 0) this.keep(text.slice(start));
  }

  /** Checks that the document is complete. */
  end(): void {
    if (this.capturing !== null && this.scalar && this.stack.length === 0) {
      this.finishCapture("");
      this.scalar = false;
    }
    if (this.capturing !== null || this.stack.length > 0 || !this.rootDone) {
      throw malformed("JSON", "document incomplet", this.line, this.column);
    }
    if (!this.found) {
      const path = this.path.join(".");
      throw new AppError(
        "FEED_MALFORMED",
        `Flux JSON : le chemin « ${path} » des enregistrements est absent du document.`,
        {
          details: { path },
        },
      );
    }
  }

  private fail(why: string): never {
    throw malformed("JSON", why, this.line, this.column);
  }

  /** One character of a captured value; true when the value is complete. */
  private step(code: number): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (code === 0x5c) this.escaped = true;
      else if (code === 0x22) {
        this.inString = false;
        return this.depth === 0;
      }
      return false;
    }
    if (this.scalar) return code === 0x2c || code === 0x5d || code === 0x7d || WHITESPACE.has(code);
    if (code === 0x22) this.inString = true;
    else if (code === 0x7b || code === 0x5b) this.depth++;
    else if (code === 0x7d || code === 0x5d) {
      this.depth--;
      return this.depth === 0;
    }
    return false;
  }

  private beginCapture(kind: "record" | "skip" | "key", code: number): void {
    this.capturing = kind;
    this.parts = [];
    this.size = 0;
    this.startLine = this.line;
    this.depth = code === 0x7b || code === 0x5b ? 1 : 0;
    this.inString = code === 0x22;
    this.scalar = code !== 0x7b && code !== 0x5b && code !== 0x22;
  }

  private keep(part: string): void {
    if (this.capturing === "skip") return;
    this.size += part.length;
    if (this.size > this.maxChars && this.capturing === "record") {
      this.out.push({ text: "", line: this.startLine, tooLarge: true });
      this.capturing = "skip";
      this.parts = [];
      return;
    }
    this.parts.push(part);
  }

  private finishCapture(last: string): void {
    this.keep(last);
    const kind = this.capturing;
    this.capturing = null;
    const text = this.parts.length === 1 ? (this.parts[0] ?? "") : this.parts.join("");
    this.parts = [];
    if (kind === "record") this.out.push({ text, line: this.startLine });
    if (kind === "key") {
      const frame = this.stack[this.stack.length - 1];
      if (frame?.kind === "object") {
        frame.key = JSON.parse(text) as string;
        frame.expect = "colon";
      }
      return;
    }
    this.valueDone();
  }

  private valueDone(): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) this.rootDone = true;
    else frame.expect = "comma";
  }

  /** Handles one structural character outside captures; returns a capture to start, if any. */
  private structural(code: number): "record" | "skip" | "key" | null {
    const frame = this.stack[this.stack.length - 1];
    if (frame === undefined) {
      if (this.rootDone) this.fail("contenu après la fin du document");
      return this.openValue(code, this.path.length === 0, this.path.length > 0);
    }
    if (frame.kind === "object") {
      if (frame.expect === "key") {
        if (code === 0x22) return "key";
        if (code === 0x7d && frame.key === null) return this.closeContainer();
        return this.fail("nom de propriété attendu");
      }
      if (frame.expect === "colon") {
        if (code !== 0x3a) this.fail("« : » attendu");
        frame.expect = "value";
        return null;
      }
      if (frame.expect === "value") {
        // Every open object is on the path: its depth tells which path key it must match.
        const depth = this.stack.length;
        const onPath = frame.key === this.path[depth - 1];
        return this.openValue(code, onPath && depth === this.path.length, onPath && depth < this.path.length);
      }
      if (code === 0x2c) frame.expect = "key";
      else if (code === 0x7d) return this.closeContainer();
      else this.fail("« , » ou « } » attendu");
      return null;
    }
    if (frame.expect === "value") {
      if (code === 0x5d) return this.closeContainer();
      return this.recordStart(code);
    }
    if (code === 0x2c) frame.expect = "value";
    else if (code === 0x5d) return this.closeContainer();
    else this.fail("« , » ou « ] » attendu");
    return null;
  }

  private recordStart(code: number): "record" {
    this.found = true;
    if (code === 0x2c || code === 0x5d || code === 0x7d || code === 0x3a) this.fail("valeur attendue");
    return "record";
  }

  /** A value starts: the records (or their array), an object on the path, or a value to skip. */
  private openValue(code: number, isTarget: boolean, onPath: boolean): "record" | "skip" | null {
    if (isTarget && code === 0x5b) {
      this.found = true;
      this.stack.push({ kind: "array", expect: "value" });
      return null;
    }
    if (isTarget) return this.recordStart(code);
    if (onPath && code === 0x7b) {
      this.stack.push({ kind: "object", key: null, expect: "key" });
      return null;
    }
    if (code === 0x2c || code === 0x5d || code === 0x7d || code === 0x3a) this.fail("valeur attendue");
    return "skip";
  }

  private closeContainer(): null {
    this.stack.pop();
    this.valueDone();
    return null;
  }
}
