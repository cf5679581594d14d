import { randomBytes } from "node:crypto";
import { testEnv } from "./env.js";
import { dropDatabase } from "../../scripts/db/migrations.js";

/** A scratch database next to the run's one, for tests that need an empty or deliberately broken schema. */
export function scratchDatabaseUrl(label: string): string {
  const url = new URL(testEnv.DATABASE_URL);
  url.pathname = `/ct_scratch_${label}_${randomBytes(4).toString("hex")}`;
  return url.toString();
}

export { dropDatabase };
