/**
 * Sources parsed on worker threads (feed-worker.ts): the main thread only reads the bytes and
 * hands them over, and receives the mapped postings, hashed, the unchanged ones as references
 * only. Parsing and mapping are most of what a daily update costs; on their own threads, several
 * partners' feeds are parsed at once and the main thread is left to write.
 */
import type { Worker } from "node:worker_threads";
import { AppError, ERROR_CODES, type ErrorCode } from "../errors.js";
import type { PartnerFeedItem, SourceParser } from "../ingest/mapping-feed.js";
import type { FromFeedWorker, ToFeedWorker } from "./feed-worker.js";
import { startModuleWorker } from "./module-worker.js";

export interface FeedPool {
  readonly parse: SourceParser;
  close(): Promise<void>;
}

/** Chunks sent ahead of the worker's consumption. */
const CHUNKS_AHEAD = 4;

type Event = FromFeedWorker | { type: "exit"; message: string };

/** One waiter woken by the next notification. */
class Signal {
  private waiter: (() => void) | null = null;
  wait(): Promise<void> {
    return new Promise((resolve) => {
      this.waiter = resolve;
    });
  }
  notify(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }
}

const errorOf = (event: Extract<FromFeedWorker, { type: "failed" }>): Error =>
  event.code !== null && event.code in ERROR_CODES
    ? new AppError(event.code as ErrorCode, event.message, event.details ? { details: event.details } : {})
    : new AppError("FEED_UNREADABLE", event.message);

export const createFeedPool = (options: { size: number }): FeedPool => {
  const idle: Worker[] = [];
  const waiting: Array<(worker: Worker) => void> = [];
  let started = 0;
  let closed = false;
  const all = new Set<Worker>();

  const acquire = async (): Promise<Worker> => {
    const ready = idle.pop();
    if (ready) return ready;
    if (started < options.size) {
      started++;
      const worker = startModuleWorker(import.meta.url, "feed-worker", null);
      all.add(worker);
      return worker;
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = (worker: Worker, healthy: boolean) => {
    if (!healthy) {
      all.delete(worker);
      started--;
      void worker.terminate();
      const next = waiting.shift();
      if (next) void acquire().then(next);
      return;
    }
    const next = waiting.shift();
    if (next) next(worker);
    else {
      worker.unref();
      idle.push(worker);
    }
  };

  async function* parse(
    mapping: Parameters<SourceParser>[0],
    bytes: AsyncIterable<Uint8Array>,
    source: Parameters<SourceParser>[2],
  ): AsyncGenerator<PartnerFeedItem> {
    if (closed) throw new AppError("INTERNAL", "Le pool de lecture des flux est fermé.");
    const worker = await acquire();
    worker.ref();
    const events: Event[] = [];
    const arrived = new Signal();
    const push = (event: Event) => {
      events.push(event);
      arrived.notify();
    };
    const onMessage = (event: FromFeedWorker) => push(event);
    const onError = (error: Error) => push({ type: "exit", message: error.message });
    const onExit = (code: number) =>
      push({ type: "exit", message: `le fil de lecture s'est arrêté (code ${code})` });
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    let credits = CHUNKS_AHEAD;
    const credited = new Signal();
    let pumpError: unknown = null;
    let stopped = false;
    const post = (message: ToFeedWorker) => worker.postMessage(message);
    post({
      type: "start",
      mapping,
      charset: source.charset,
      name: source.name,
      known: source.known ? new Map(source.known) : null,
    });
    const chunks = bytes[Symbol.asyncIterator]();
    const pump = (async () => {
      try {
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
          const chunk = next.value;
          while (credits === 0 && !stopped) await credited.wait();
          if (stopped) return;
          credits--;
          post({ type: "chunk", bytes: chunk });
        }
        post({ type: "end" });
      } catch (error) {
        pumpError = error;
        post({ type: "abort", message: error instanceof Error ? error.message : String(error) });
      }
    })();
    let healthy = false;
    try {
      for (;;) {
        const event = events.shift();
        if (!event) {
          await arrived.wait();
          continue;
        }
        if (event.type === "more") {
          credits += event.count;
          credited.notify();
        } else if (event.type === "items") {
          post({ type: "ack" });
          yield* event.items;
        } else if (event.type === "done") {
          healthy = true;
          return;
        } else if (event.type === "failed") {
          healthy = true;
          throw pumpError ?? errorOf(event);
        } else {
          throw new AppError("INTERNAL", `Lecture du flux impossible : ${event.message}`);
        }
      }
    } finally {
      // Stopped early (the consumer returned): the worker may wait for credits; replace it.
      stopped = true;
      credited.notify();
      if (healthy) await pump;
      else {
        void pump;
        void chunks.return?.().catch(() => undefined);
      }
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      release(worker, healthy);
    }
  }

  return {
    parse,
    async close() {
      closed = true;
      await Promise.all([...all].map((w) => w.terminate()));
    },
  };
};
