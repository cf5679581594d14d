import path from "node:path";

/**
 * The repository's root, whether this module runs from the sources (shared/src) or from the build
 * (dist/shared/src): files the services read at start (schema/, prisma/migrations, nats/) are not
 * compiled, so they are found from here rather than relative to the running module.
 */
export const PROJECT_ROOT = (() => {
  const above = path.resolve(import.meta.dirname, "../..");
  return path.basename(above) === "dist" ? path.dirname(above) : above;
})();

/** Whether this process runs the compiled JavaScript of `npm run build` (dist/) rather than TypeScript. */
export const RUNS_COMPILED = import.meta.filename.endsWith(".js");
