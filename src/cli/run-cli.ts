import type { Config } from "../config.js";
import { errorMessage, isAppError } from "../errors.js";
import { createCliContext } from "./app.js";
import { COMMANDS, usage } from "./commands.js";

/** Run one CLI invocation; returns the process exit code. Errors are printed in French, never thrown. */
export const runCli = async (
  argv: string[],
  config: Config,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
): Promise<number> => {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    stderr.write(`emploi : commande inconnue « ${name} ».\n\n${usage()}`);
    return 2;
  }
  const ctx = createCliContext(config, stdout, stderr);
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    stderr.write(`emploi ${name} : ${errorMessage(error)}\n`);
    if (!isAppError(error) && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
    return 1;
  } finally {
    await ctx.close();
  }
};
