#!/usr/bin/env node
// The `emploi` command: runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../dist/main.js", import.meta.url));
if (!existsSync(entry)) {
  process.stderr.write(
    "emploi : le projet n'est pas compilé. Lancez « npm install » (ou « npm run build »).\n",
  );
  process.exit(1);
}
await import(entry);
