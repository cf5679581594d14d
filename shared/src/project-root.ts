import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The repository's root, whether this module runs from the sources (shared/src), from the compiled
 * modules (dist/shared/src) or inlined in a service's bundle (dist/subgraphs/<name>/src/main.js): files the
 * services read at start (schema/, prisma/migrations, nats/) are not compiled, so they are found from the
 * nearest folder above that holds the project's package-lock.json (dist/ has a package.json but no lock).
 */
export const PROJECT_ROOT = (() => {
  for (let folder = import.meta.dirname; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, "package-lock.json"))) return folder;
    if (path.dirname(folder) === folder) return path.resolve(import.meta.dirname, "../..");
  }
})();

/** Whether this process runs the compiled JavaScript of `npm run build` (dist/) rather than TypeScript. */
export const RUNS_COMPILED = !import.meta.filename.endsWith(".ts");
