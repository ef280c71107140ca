import { runCli } from "./cli/run-cli.js";
import { loadConfig } from "./config.js";
import { errorMessage } from "./errors.js";

/** Composition root: configuration from the environment, then the requested command. */
const main = async (): Promise<number> => {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`emploi : ${errorMessage(error)}\n`);
    return 1;
  }
  return runCli(process.argv.slice(2), config, process.stdout, process.stderr);
};

process.exitCode = await main();
