/**
 * The `emploi` command in a child process for tests (through tsx, from the sources): its standard
 * error is collected line by line, and tests wait for a line or for the exit.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { DATA_DIR, PROJECT_ROOT } from "../../../test/helpers/paths.js";

export interface EmploiProcess {
  readonly child: ChildProcess;
  /** Standard error so far, one entry per line. */
  readonly lines: string[];
  /** The first line of standard error matching `pattern` (waits for it; fails on exit or timeout). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Exit code and signal, once it exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Start `emploi <args>` on the SQLite file `database`; HTTP on a free port when it serves. */
export const spawnEmploi = (
  args: readonly string[],
  database: string,
  env: Record<string, string> = {},
): EmploiProcess => {
  const child = spawn(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/main.ts"), ...args], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${database}`,
      EMPLOI_DATA_DIR: DATA_DIR,
      PORT: "0",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  createInterface({ input: child.stderr! }).on("line", (line) => {
    lines.push(line);
    for (const wake of waiters) wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => {
      resolve({ code, signal });
      for (const wake of waiters) wake();
    }),
  );
  const waitFor = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(
        () => done(new Error(`no line matching ${pattern} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      const done = (error: Error | null, match?: RegExpExecArray) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (error) reject(error);
        else resolve(match!);
      };
      const check = () => {
        for (const line of lines) {
          const match = pattern.exec(line);
          if (match) return done(null, match);
        }
        if (child.exitCode !== null || child.signalCode !== null) {
          done(new Error(`emploi ${args.join(" ")} exited before ${pattern}:\n${lines.join("\n")}`));
        }
      };
      waiters.add(check);
      check();
    });
  return { child, lines, waitFor, exited };
};

/** The HTTP address an `emploi serve|run` process printed. */
export const serverAddress = async (process: EmploiProcess): Promise<string> =>
  (await process.waitFor(/site et API sur (http:\/\/\S+)/))[1]!;
