/**
 * Starts the snapshot worker (snapshot-worker.ts) and talks to it. Under tsx or vitest the worker is
 * the TypeScript file, loaded with tsx; from the compiled package it is the JavaScript file.
 */

import { once } from "node:events";
import { createReadStream, createWriteStream, rmSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SHARDS, type ShardSnapshot, truthPart } from "./shards.js";
import type { ShardMessage, WorkerSetup } from "./snapshot-worker.js";

export interface SnapshotWorker {
  /** Write a shard on the worker thread; resolves with what it wrote. */
  run(message: ShardMessage): Promise<ShardSnapshot[]>;
  stop(): Promise<void>;
}

/** The TypeScript worker, through tsx's loader (development and tests). */
const typescriptWorker = (url: URL, setup: WorkerSetup): Worker => {
  let tsx = "tsx/esm/api";
  try {
    tsx = import.meta.resolve(tsx);
  } catch {
    // Resolved from the working directory instead.
  }
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData: setup });
};

export const startSnapshotWorker = (setup: WorkerSetup, progress: (text: string) => void): SnapshotWorker => {
  const typescript = import.meta.url.endsWith(".ts");
  const url = new URL(typescript ? "./snapshot-worker.ts" : "./snapshot-worker.js", import.meta.url);
  const worker = typescript ? typescriptWorker(url, setup) : new Worker(url, { workerData: setup });
  let failure: Error | null = null;
  worker.on("error", (error) => {
    failure = error;
  });
  return {
    run: (message) =>
      new Promise<ShardSnapshot[]>((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        worker.on("message", (event: { type: string; text?: string; written?: ShardSnapshot[] }) => {
          if (event.type === "progress" && event.text) progress(event.text);
          if (event.type === "done") resolve(event.written ?? []);
        });
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`le fil d'écriture s'est arrêté (code ${code})`)));
        worker.postMessage(message);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
};

/** Joins the shards' parts of the postings truth in shard order; returns the number of lines. */
export const joinTruthParts = async (out: string): Promise<number> => {
  const target = createWriteStream(join(out, "truth", "postings.ndjson"));
  let lines = 0;
  for (let shard = 0; shard < SHARDS; shard++) {
    const path = truthPart(out, shard);
    for await (const chunk of createReadStream(path)) {
      const buffer = chunk as Buffer;
      for (let i = buffer.indexOf(10); i >= 0; i = buffer.indexOf(10, i + 1)) lines++;
      if (!target.write(buffer)) await once(target, "drain");
    }
    rmSync(path);
  }
  target.end();
  await once(target, "finish");
  return lines;
};
