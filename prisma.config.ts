import { defineConfig } from "prisma/config";
import { loadToolingEnv } from "./scripts/env.js";

// Used by `prisma generate` (postinstall) and, where Prisma's schema engine exists, `prisma migrate deploy`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: loadToolingEnv().DATABASE_URL },
});
