/**
 * The prepare stage on worker threads: normalisation, the compliance screen, fingerprints and
 * search terms are pure and cost most of an ingest's CPU, so they run beside the thread that
 * reads feeds and writes the database. Each batch is split among the threads; results come back
 * in order. Threads start on first use, stay idle without holding the process open, and a
 * thread that dies fails its batches and is replaced at the next one.
 */
import type { Worker } from "node:worker_threads";
import { AppError } from "../errors.js";
import type { Prepared, PrepareItem, PreparePartner, PrepareStage } from "../pipeline/prepare.js";
import { startModuleWorker } from "./module-worker.js";
import type { PrepareRequest, PrepareWorkerSetup } from "./prepare-worker.js";

export interface PreparePool extends PrepareStage {
  readonly size: number;
  close(): Promise<void>;
}

interface Pending {
  resolve: (results: Prepared[]) => void;
  reject: (error: Error) => void;
  items: number;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  load: number;
}

/** Smallest share of a batch worth sending to a thread of its own. */
const MIN_CHUNK = 32;

export const createPreparePool = (options: { dataDir: string; size: number }): PreparePool => {
  const setup: PrepareWorkerSetup = { dataDir: options.dataDir };
  const threads: Array<Thread | null> = Array.from({ length: options.size }, () => null);
  let nextId = 1;
  let closed = false;

  const fail = (thread: Thread, error: Error) => {
    for (const p of thread.pending.values()) p.reject(error);
    thread.pending.clear();
    thread.load = 0;
  };

  const start = (slot: number): Thread => {
    const worker = startModuleWorker(import.meta.url, "prepare-worker", setup);
    const thread: Thread = { worker, pending: new Map(), load: 0 };
    worker.unref();
    worker.on("message", (message: { id: number; results?: Prepared[]; error?: string }) => {
      const pending = thread.pending.get(message.id);
      if (!pending) return;
      thread.pending.delete(message.id);
      thread.load -= pending.items;
      if (thread.pending.size === 0) worker.unref();
      if (message.results) pending.resolve(message.results);
      else pending.reject(new AppError("INTERNAL", `Préparation des annonces impossible : ${message.error}`));
    });
    const died = (error: Error) => {
      if (threads[slot] === thread) threads[slot] = null;
      fail(thread, error);
    };
    worker.on("error", died);
    worker.on("exit", (code) => died(new Error(`le fil de préparation s'est arrêté (code ${code})`)));
    return thread;
  };

  const thread = (slot: number): Thread => {
    const existing = threads[slot];
    if (existing) return existing;
    const created = start(slot);
    threads[slot] = created;
    return created;
  };

  const send = (slot: number, partner: PreparePartner, now: Date, items: PrepareItem[]) =>
    new Promise<Prepared[]>((resolve, reject) => {
      const t = thread(slot);
      const id = nextId++;
      t.pending.set(id, { resolve, reject, items: items.length });
      t.load += items.length;
      t.worker.ref();
      const request: PrepareRequest = { id, partner, now: now.getTime(), items };
      t.worker.postMessage(request);
    });

  /** Slots by increasing load (items in flight), so that chunks go to the idlest threads. */
  const idlest = (count: number): number[] =>
    threads
      .map((t, slot) => ({ slot, load: t?.load ?? 0 }))
      .sort((a, b) => a.load - b.load || a.slot - b.slot)
      .slice(0, count)
      .map((t) => t.slot);

  return {
    size: options.size,
    async prepare(items, partner, now) {
      if (closed) throw new AppError("INTERNAL", "Le pool de préparation est fermé.");
      if (items.length === 0) return [];
      const parts = Math.max(1, Math.min(options.size, Math.floor(items.length / MIN_CHUNK)));
      const per = Math.ceil(items.length / parts);
      const slots = idlest(parts);
      const chunks = slots.map((slot, i) => send(slot, partner, now, items.slice(i * per, (i + 1) * per)));
      return (await Promise.all(chunks)).flat();
    },
    async close() {
      closed = true;
      await Promise.all(threads.map((t) => t?.worker.terminate()));
    },
  };
};
