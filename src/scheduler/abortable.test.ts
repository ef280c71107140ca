import { describe, expect, it } from "vitest";
import type { FeedSource } from "../ingest/source.js";
import { abortable } from "./abortable.js";

/** A source that yields one chunk, then never another (a body that stalls once aborted). */
const stalled = (): FeedSource & { returned: () => boolean } => {
  let returned = false;
  const bytes: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => {
      let sent = false;
      return {
        next: () => {
          if (sent) return new Promise(() => undefined);
          sent = true;
          return Promise.resolve({ done: false, value: new TextEncoder().encode("<source>") });
        },
        return: () => {
          returned = true;
          return new Promise(() => undefined);
        },
      };
    },
  };
  return {
    name: "https://partenaire.example/flux.xml",
    charset: null,
    totalBytes: null,
    bytes,
    bytesRead: () => 8,
    status: 200,
    etag: null,
    lastModified: null,
    notModified: false,
    nextPage: null,
    returned: () => returned,
  };
};

const readAll = async (source: FeedSource) => {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source.bytes) chunks.push(chunk);
  return chunks;
};

describe("abortable", () => {
  it("ends a stalled body with FEED_UNREADABLE when the pull is aborted", async () => {
    const controller = new AbortController();
    const source = stalled();
    const reading = readAll(abortable(source, controller.signal));
    controller.abort();
    await expect(reading).rejects.toMatchObject({
      code: "FEED_UNREADABLE",
      message:
        "Impossible de lire le flux https://partenaire.example/flux.xml : lecture interrompue (lecture annulée).",
    });
    expect(source.returned()).toBe(true);
  });

  it("says when it was the timeout, for the scheduler not to retry at once", async () => {
    const controller = new AbortController();
    const reading = readAll(abortable(stalled(), controller.signal));
    controller.abort(new DOMException("délai", "TimeoutError"));
    await expect(reading).rejects.toMatchObject({
      message: expect.stringMatching(/délai dépassé/),
      details: { timeout: true },
    });
  });

  it("reads a body to its end when nothing aborts", async () => {
    const source = stalled();
    const chunks = [new Uint8Array([1]), new Uint8Array([2])];
    const done = abortable(
      {
        ...source,
        bytes: (async function* () {
          yield* chunks;
        })(),
      },
      new AbortController().signal,
    );
    expect(await readAll(done)).toEqual(chunks);
  });
});
