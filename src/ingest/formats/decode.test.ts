import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { isAppError } from "../../errors.js";
import { normalizeCharset, sniffDeclaredCharset } from "./charset.js";
import { decodeText } from "./decode.js";

/** The bytes in chunks of `size`, to cut multi-byte characters across chunks. */
async function* chunked(bytes: Uint8Array, size = 3): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const decode = async (bytes: Uint8Array, options = {}, size = 3): Promise<string> => {
  let text = "";
  for await (const chunk of decodeText(chunked(bytes, size), options)) text += chunk;
  return text;
};

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`AppError attendue, reçu ${String(error)}`);
  return error;
};

const FRENCH = "Développeur·euse à Besançon – 2 000 € « brut »";

describe("decodeText", () => {
  it("reads UTF-8 cut anywhere between chunks", async () => {
    const bytes = Buffer.from(`<a>${FRENCH}</a>`);
    for (const size of [1, 2, 3, 5, 7]) expect(await decode(bytes, {}, size)).toBe(`<a>${FRENCH}</a>`);
  });

  it("drops a UTF-8 byte order mark and honours UTF-16 ones", async () => {
    expect(await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("id;é")]))).toBe("id;é");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<a>é</a>", "utf16le")]);
    expect(await decode(utf16)).toBe("<a>é</a>");
  });

  it("falls back to windows-1252 when the bytes are not UTF-8 and nothing was declared", async () => {
    const bytes = iconv.encode(`{"t": "${FRENCH}"}`, "windows-1252");
    expect(await decode(bytes)).toBe(`{"t": "${FRENCH}"}`);
  });

  it("reads windows-1252 bytes wrongly declared as UTF-8 correctly", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><a>${FRENCH}</a>`;
    expect(await decode(iconv.encode(xml, "windows-1252"), { sniff: "xml" })).toBe(xml);
  });

  it("reads UTF-8 bytes wrongly declared as ISO-8859-1 correctly, never as mojibake", async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><a>${FRENCH}</a>`;
    const text = await decode(Buffer.from(xml), { sniff: "xml" });
    expect(text).toBe(xml);
    expect(text).not.toContain("Ã");
  });

  it("decodes a declared charset that the bytes agree with (HTTP charset wins over the document)", async () => {
    const bytes = iconv.encode("<a>Évry – 3 €</a>", "iso-8859-15");
    expect(await decode(bytes, { charset: "ISO-8859-15" })).toBe("<a>Évry – 3 €</a>".replace("–", "?"));
    expect(await decode(iconv.encode("<a>Ça</a>", "latin1"), { charset: "latin1", sniff: "xml" })).toBe(
      "<a>Ça</a>",
    );
  });

  it("refuses a feed whose encoding changes midway", async () => {
    const mixed = Buffer.concat([
      Buffer.from(`<a>${FRENCH}</a>`),
      iconv.encode("<b>été</b>", "windows-1252"),
    ]);
    const error = await failure(decode(mixed, {}, 64));
    expect(error.code).toBe("FEED_ENCODING");
    expect(error.message).toContain("Encodage incohérent");
  });

  it("refuses UTF-8 text arriving after windows-1252 text", async () => {
    const latin = iconv.encode(`<a>${"é".repeat(2000)}</a>`, "windows-1252");
    const error = await failure(decode(Buffer.concat([latin, Buffer.from(`<b>${FRENCH}</b>`)]), {}, 1500));
    expect(error.code).toBe("FEED_ENCODING");
  });

  it("refuses an unknown charset with a clear message", async () => {
    const error = await failure(decode(Buffer.from("<a/>"), { charset: "klingon-8" }));
    expect(error.code).toBe("FEED_ENCODING");
    expect(error.message).toContain("klingon-8");
  });

  it("refuses a UTF-8 feed that ends inside a character", async () => {
    const bytes = Buffer.from("<a>é</a>é").subarray(0, -1);
    const error = await failure(decode(bytes, {}, 100));
    expect(error.code).toBe("FEED_ENCODING");
  });
});

describe("charset helpers", () => {
  it("normalises labels, Latin-1 meaning windows-1252", () => {
    expect(normalizeCharset("UTF8")).toBe("utf-8");
    expect(normalizeCharset("ISO-8859-1")).toBe("windows-1252");
    expect(normalizeCharset("Windows-1252")).toBe("windows-1252");
  });

  it("finds the XML declaration and the HTML meta charset", () => {
    expect(sniffDeclaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-15"?><a/>'), "xml")).toBe(
      "ISO-8859-15",
    );
    expect(sniffDeclaredCharset(Buffer.from("<?xml version='1.0'?><a/>"), "xml")).toBeNull();
    expect(sniffDeclaredCharset(Buffer.from('<html><head><meta charset="windows-1252">'), "html")).toBe(
      "windows-1252",
    );
  });
});
