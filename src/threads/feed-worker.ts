/**
 * A thread of the feed pool: parses one source at a time (decode, parse, map, hash; see
 * ingest/mapping-feed.ts parseSource) from the byte chunks the main thread sends, and sends the
 * postings back in batches. Unchanged postings (same hash as `known`) come back as references
 * only. Both directions are paced by credits, so that neither side runs far ahead.
 */
import { parentPort } from "node:worker_threads";
import { errorMessage, isAppError } from "../errors.js";
import { type PartnerFeedItem, parseSource } from "../ingest/mapping-feed.js";
import type { PartnerMapping } from "../ingest/mapping-types.js";

export type ToFeedWorker =
  | {
      type: "start";
      mapping: PartnerMapping;
      charset: string | null;
      name: string;
      known: Map<string, string> | null;
    }
  | { type: "chunk"; bytes: Uint8Array }
  | { type: "end" }
  /** The main thread could not read the source further: stop with this error. */
  | { type: "abort"; message: string }
  /** The main thread consumed a batch of items. */
  | { type: "ack" };

export type FromFeedWorker =
  /** Chunks consumed: send as many more. */
  | { type: "more"; count: number }
  | { type: "items"; items: PartnerFeedItem[] }
  | { type: "done" }
  | { type: "failed"; code: string | null; message: string; details: Record<string, unknown> | null };

/** Items per message, and messages sent ahead of the main thread's acknowledgements. */
const BATCH = 200;
const BATCHES_AHEAD = 4;

const port = parentPort;

/** The chunks of the current source, as the main thread sends them. */
class ChunkQueue implements AsyncIterable<Uint8Array> {
  private readonly chunks: Uint8Array[] = [];
  private ended = false;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  push(message: ToFeedWorker): void {
    if (message.type === "chunk") this.chunks.push(message.bytes);
    else if (message.type === "end") this.ended = true;
    else if (message.type === "abort") this.failure = new Error(message.message);
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (;;) {
      const chunk = this.chunks.shift();
      if (chunk) {
        port?.postMessage({ type: "more", count: 1 } satisfies FromFeedWorker);
        yield chunk;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.ended) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
  }
}

if (port) {
  let queue: ChunkQueue | null = null;
  let credits = BATCHES_AHEAD;
  let creditWaiter: (() => void) | null = null;
  const send = async (items: PartnerFeedItem[]) => {
    while (credits === 0) await new Promise<void>((resolve) => (creditWaiter = resolve));
    credits--;
    port.postMessage({ type: "items", items } satisfies FromFeedWorker);
  };
  const run = async (start: Extract<ToFeedWorker, { type: "start" }>, chunks: ChunkQueue) => {
    let items: PartnerFeedItem[] = [];
    try {
      const options = {
        charset: start.charset,
        name: start.name,
        ...(start.known ? { known: start.known } : {}),
      };
      for await (const item of parseSource(start.mapping, chunks, options)) {
        items.push(item);
        if (items.length >= BATCH) {
          await send(items);
          items = [];
        }
      }
      if (items.length > 0) await send(items);
      port.postMessage({ type: "done" } satisfies FromFeedWorker);
    } catch (error) {
      if (items.length > 0) await send(items);
      port.postMessage({
        type: "failed",
        code: isAppError(error) ? error.code : null,
        message: errorMessage(error),
        details: isAppError(error) ? (error.details ?? null) : null,
      } satisfies FromFeedWorker);
    }
  };
  port.on("message", (message: ToFeedWorker) => {
    if (message.type === "start") {
      queue = new ChunkQueue();
      credits = BATCHES_AHEAD;
      void run(message, queue);
    } else if (message.type === "ack") {
      credits++;
      creditWaiter?.();
      creditWaiter = null;
    } else {
      queue?.push(message);
    }
  });
}
