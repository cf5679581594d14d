import type { ConnectionConfig } from "mariadb";

/** The mariadb driver's connection settings for a DATABASE_URL: Prisma's adapter and the row streams use them. */
export function connectionOptions(databaseUrl: string): ConnectionConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username) || "root",
    password: decodeURIComponent(url.password) || undefined,
    database: url.pathname.replace(/^\//, ""),
    // The stack runs in UTC; DATETIME columns hold UTC.
    timezone: "Z",
    // MySQL 8 (docker-compose) authenticates with caching_sha2_password, which needs the server's key without TLS.
    allowPublicKeyRetrieval: true,
  };
}
