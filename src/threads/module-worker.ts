/**
 * Starts a worker thread on one of the project's modules. From the compiled package the module is
 * the JavaScript file beside the caller; under tsx or vitest (development, tests, benchmarks) it is
 * the TypeScript file, loaded through tsx's loader.
 */
import { Worker } from "node:worker_threads";

/**
 * A worker's young generation is capped: V8 flags such as `--max-semi-space-size` (given to a
 * process to speed up its allocation-heavy main thread) would otherwise apply to every worker too.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };

/** `name` is the module's file name without extension, resolved against `base` (the caller's import.meta.url). */
export const startModuleWorker = (base: string, name: string, workerData: unknown): Worker => {
  const typescript = base.endsWith(".ts");
  const url = new URL(`./${name}${typescript ? ".ts" : ".js"}`, base);
  if (!typescript) return new Worker(url, { workerData, resourceLimits: WORKER_LIMITS });
  let tsx = "tsx/esm/api";
  try {
    tsx = import.meta.resolve(tsx);
  } catch {
    // Resolved from the working directory instead.
  }
  const code = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(code, { eval: true, workerData, resourceLimits: WORKER_LIMITS });
};
