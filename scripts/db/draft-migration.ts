import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import mariadb from "mariadb";
import { createLogger } from "#shared/logger.js";
import { loadToolingEnvOrExit } from "../env.js";
import { connectionConfig, MIGRATIONS_DIR } from "./migrations.js";
import { expectedColumnType, readDmmf, type Dmmf, type DmmfField, type DmmfModel } from "./drift.js";

/**
 * `npm run db:migration:draft -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the tables, columns, indexes and foreign keys that schema.prisma has and the database lacks,
 * in Prisma's own DDL style. It stands in for `prisma migrate dev`, whose engine cannot run here.
 * It only adds: review the file, and write changes and removals by hand.
 */
const logger = createLogger("db:migration:draft", "info");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  logger.fatal("usage: npm run db:migration:draft -- <name_in_snake_case>");
  process.exit(1);
}
const env = loadToolingEnvOrExit();
const dmmf = readDmmf();

function ddlType(field: DmmfField): string {
  const type = expectedColumnType(field, dmmf.datamodel.enums);
  if (type === "longtext" && field.type === "Json") return "JSON";
  if (type === "int") return "INTEGER";
  if (type === "tinyint(1)") return "BOOLEAN";
  if (type.startsWith("decimal(")) return type.replace("decimal(", "DECIMAL(").replace(",", ", ");
  if (type.startsWith("enum(")) return type.replace("enum(", "ENUM(").replaceAll("','", "', '");
  return type.replace(/^[a-z]+/, (word) => word.toUpperCase());
}

function ddlDefault(field: DmmfField): string {
  const value = field.default;
  if (value === undefined) return "";
  if (typeof value === "object" && value !== null && "name" in value) {
    if (value.name === "autoincrement") return " AUTO_INCREMENT";
    if (value.name === "now") return " DEFAULT CURRENT_TIMESTAMP(3)";
    return "";
  }
  if (typeof value === "boolean") return ` DEFAULT ${value}`;
  if (typeof value === "number") return ` DEFAULT ${value}`;
  return ` DEFAULT '${String(value).replaceAll("'", "''")}'`;
}

const column = (model: DmmfModel, fieldName: string) =>
  model.fields.find((f) => f.name === fieldName)?.dbName ?? fieldName;
const tableOf = (model: DmmfModel) => model.dbName ?? model.name;

function columnDdl(field: DmmfField): string {
  return `\`${field.dbName ?? field.name}\` ${ddlType(field)} ${field.isRequired ? "NOT NULL" : "NULL"}${ddlDefault(field)}`;
}

function indexLines(model: DmmfModel, dmmfIndexes: Dmmf["datamodel"]["indexes"]) {
  const table = tableOf(model);
  return dmmfIndexes
    .filter((index) => index.model === model.name && index.type !== "id")
    .map((index) => {
      const columns = index.fields.map((f) => column(model, f.name));
      const suffix = index.type === "unique" ? "key" : "idx";
      return { unique: index.type === "unique", name: `${table}_${columns.join("_")}_${suffix}`, columns };
    });
}

const { config, database } = connectionConfig(env.DATABASE_URL);
const connection = await mariadb.createConnection({ ...config, database });
const tables = new Set(
  (
    (await connection.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?", [database])) as {
      TABLE_NAME: string;
    }[]
  ).map((row) => row.TABLE_NAME),
);
const columns = (await connection.query(
  "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?",
  [database],
)) as {
  TABLE_NAME: string;
  COLUMN_NAME: string;
}[];
await connection.end();

const statements: string[] = [];
const foreignKeys: string[] = [];
for (const model of dmmf.datamodel.models) {
  const table = tableOf(model);
  const scalars = model.fields.filter((field) => field.kind !== "object");
  if (!tables.has(table)) {
    const primary = dmmf.datamodel.indexes.find((index) => index.model === model.name && index.type === "id");
    const lines = scalars.map((field) => `    ${columnDdl(field)},`);
    const indexes = indexLines(model, dmmf.datamodel.indexes).map(
      (index) =>
        `    ${index.unique ? "UNIQUE INDEX" : "INDEX"} \`${index.name}\`(${index.columns.map((c) => `\`${c}\``).join(", ")}),`,
    );
    const primaryColumns = primary?.fields.map((f) => `\`${column(model, f.name)}\``).join(", ");
    statements.push(
      `-- CreateTable\nCREATE TABLE \`${table}\` (\n${lines.join("\n")}\n\n${[...indexes, `    PRIMARY KEY (${primaryColumns})`].join("\n")}\n) ENGINE=InnoDB DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`,
    );
  } else {
    const missing = scalars.filter(
      (field) => !columns.some((c) => c.TABLE_NAME === table && c.COLUMN_NAME === (field.dbName ?? field.name)),
    );
    if (missing.length) {
      statements.push(
        `-- AlterTable\nALTER TABLE \`${table}\` ${missing.map((field) => `ADD COLUMN ${columnDdl(field)}`).join(",\n    ")};`,
      );
    }
  }
  if (!tables.has(table)) {
    for (const field of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
      const target = dmmf.datamodel.models.find((m) => m.name === field.type)!;
      const from = field.relationFromFields!.map((f) => column(model, f));
      const to = (field.relationToFields ?? []).map((f) => column(target, f));
      const onDelete = (field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull"))
        .replace(/([a-z])([A-Z])/g, "$1 $2")
        .toUpperCase();
      foreignKeys.push(
        `-- AddForeignKey\nALTER TABLE \`${table}\` ADD CONSTRAINT \`${table}_${from.join("_")}_fkey\` FOREIGN KEY (${from.map((c) => `\`${c}\``).join(", ")}) REFERENCES \`${tableOf(target)}\`(${to.map((c) => `\`${c}\``).join(", ")}) ON DELETE ${onDelete} ON UPDATE CASCADE;`,
      );
    }
  }
}

if (statements.length === 0 && foreignKeys.length === 0) {
  logger.info("nothing to add: the database already has everything schema.prisma declares");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), `${[...statements, ...foreignKeys].join("\n\n")}\n`);
logger.info(
  { file: path.relative(process.cwd(), path.join(dir, "migration.sql")) },
  "migration drafted: review it, then npm run db:migrate",
);
