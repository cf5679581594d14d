import { readFileSync } from "node:fs";
import path from "node:path";
import mariadb from "mariadb";
import { PROJECT_ROOT } from "#shared/project-root.js";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { connectionConfig } from "./migrations.js";

export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma", "schema.prisma");

export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isRequired: boolean;
  isList: boolean;
  nativeType?: [string, string[]] | null;
  default?: { name: string; args: unknown[] } | string | number | boolean;
  isUpdatedAt?: boolean;
  relationOnDelete?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
}
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}
export interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string; dbName?: string | null }[] }[];
    indexes: DmmfIndex[];
  };
}

interface ColumnInfo {
  TABLE_NAME: string;
  COLUMN_NAME: string;
  DATA_TYPE: string;
  COLUMN_TYPE: string;
  IS_NULLABLE: "YES" | "NO";
  CHARACTER_MAXIMUM_LENGTH: number | bigint | null;
  NUMERIC_PRECISION: number | bigint | null;
  NUMERIC_SCALE: number | bigint | null;
  DATETIME_PRECISION: number | bigint | null;
}

/** The column type schema.prisma implies, as MariaDB reports it in information_schema. */
export function expectedColumnType(field: DmmfField, enums: Dmmf["datamodel"]["enums"]): string {
  const [nativeName, nativeArgs = []] = field.nativeType ?? [undefined, []];
  if (field.kind === "enum") {
    const values = enums.find((e) => e.name === field.type)?.values ?? [];
    return `enum(${values.map((v) => `'${v.dbName ?? v.name}'`).join(",")})`;
  }
  switch (field.type) {
    case "String":
      if (nativeName === "Char") return `char(${nativeArgs[0]})`;
      if (nativeName === "Text") return "text";
      if (nativeName === "MediumText") return "mediumtext";
      if (nativeName === "LongText") return "longtext";
      return `varchar(${nativeName === "VarChar" ? nativeArgs[0] : 191})`;
    case "Int":
      return "int";
    case "BigInt":
      return "bigint";
    case "Boolean":
      return "tinyint(1)";
    case "Float":
      return "double";
    case "Decimal":
      return nativeName === "Decimal" ? `decimal(${nativeArgs[0]},${nativeArgs[1]})` : "decimal(65,30)";
    case "DateTime":
      if (nativeName === "Date") return "date";
      return `datetime(${nativeName === "DateTime" ? nativeArgs[0] : 3})`;
    // MariaDB implements JSON as LONGTEXT with a JSON_VALID check.
    case "Json":
      return "longtext";
    default:
      return `unknown:${field.type}`;
  }
}

/** MariaDB prints integer display widths (int(11)); compare without them. */
function normalizeColumnType(columnType: string): string {
  return columnType
    .replace(/^(int|bigint|smallint|mediumint)\(\d+\)/, "$1")
    .replace(/\s+unsigned$/, "")
    .replace(/\s/g, "");
}

/**
 * Compares schema.prisma with a migrated database: every model is a table, every scalar field a column
 * of the right type and nullability, every @id/@unique/@@unique/@@index an index on the same columns,
 * every relation a foreign key. Returns one line per difference; empty means they agree.
 */
export function readDmmf(schemaPath = SCHEMA_PATH): Dmmf {
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: readFileSync(schemaPath, "utf8") }))) as Dmmf;
}

export async function findDrift(databaseUrl: string, schemaPath = SCHEMA_PATH): Promise<string[]> {
  const dmmf = readDmmf(schemaPath);
  const { config, database } = connectionConfig(databaseUrl);
  const connection = await mariadb.createConnection({ ...config, database });
  const problems: string[] = [];
  try {
    const columns: ColumnInfo[] = await connection.query(
      "SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION",
      [database],
    );
    const statistics: {
      TABLE_NAME: string;
      INDEX_NAME: string;
      COLUMN_NAME: string;
      NON_UNIQUE: number | bigint;
      SEQ_IN_INDEX: number | bigint;
    }[] = await connection.query(
      "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, NON_UNIQUE, SEQ_IN_INDEX FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
      [database],
    );
    const foreignKeys: {
      TABLE_NAME: string;
      CONSTRAINT_NAME: string;
      COLUMN_NAME: string;
      REFERENCED_TABLE_NAME: string;
      REFERENCED_COLUMN_NAME: string;
    }[] = await connection.query(
      "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION",
      [database],
    );
    const tables: { TABLE_NAME: string; ENGINE: string; TABLE_COLLATION: string }[] = await connection.query(
      "SELECT TABLE_NAME, ENGINE, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?",
      [database],
    );

    const tableOf = new Map(dmmf.datamodel.models.map((model) => [model.name, model.dbName ?? model.name]));
    const columnOf = (model: DmmfModel, fieldName: string) => {
      const field = model.fields.find((f) => f.name === fieldName);
      return field?.dbName ?? fieldName;
    };
    const indexesOf = (table: string) => {
      const byName = new Map<string, { columns: string[]; unique: boolean }>();
      for (const row of statistics.filter((s) => s.TABLE_NAME === table)) {
        const entry = byName.get(row.INDEX_NAME) ?? { columns: [], unique: Number(row.NON_UNIQUE) === 0 };
        entry.columns.push(row.COLUMN_NAME);
        byName.set(row.INDEX_NAME, entry);
      }
      return byName;
    };

    for (const model of dmmf.datamodel.models) {
      const table = tableOf.get(model.name)!;
      const tableInfo = tables.find((t) => t.TABLE_NAME === table);
      if (!tableInfo) {
        problems.push(`model ${model.name}: table \`${table}\` is missing`);
        continue;
      }
      if (tableInfo.ENGINE !== "InnoDB")
        problems.push(`table \`${table}\`: engine ${tableInfo.ENGINE}, expected InnoDB`);
      if (!tableInfo.TABLE_COLLATION.startsWith("utf8mb4")) {
        problems.push(`table \`${table}\`: collation ${tableInfo.TABLE_COLLATION}, expected utf8mb4`);
      }
      const tableColumns = columns.filter((c) => c.TABLE_NAME === table);
      const declared = new Set<string>();
      for (const field of model.fields) {
        if (field.kind === "object") continue;
        const columnName = field.dbName ?? field.name;
        declared.add(columnName);
        const column = tableColumns.find((c) => c.COLUMN_NAME === columnName);
        if (!column) {
          problems.push(`${model.name}.${field.name}: column \`${table}\`.\`${columnName}\` is missing`);
          continue;
        }
        const expected = expectedColumnType(field, dmmf.datamodel.enums);
        const actual = normalizeColumnType(column.COLUMN_TYPE);
        if (actual !== expected.replace(/\s/g, "")) {
          problems.push(`${model.name}.${field.name}: column type ${column.COLUMN_TYPE}, expected ${expected}`);
        }
        const nullable = column.IS_NULLABLE === "YES";
        if (nullable === field.isRequired) {
          problems.push(
            `${model.name}.${field.name}: column is ${nullable ? "NULL" : "NOT NULL"}, expected ${field.isRequired ? "NOT NULL" : "NULL"}`,
          );
        }
      }
      for (const column of tableColumns) {
        if (!declared.has(column.COLUMN_NAME))
          problems.push(`table \`${table}\`: column \`${column.COLUMN_NAME}\` is not in schema.prisma`);
      }

      const indexes = indexesOf(table);
      for (const index of dmmf.datamodel.indexes.filter((i) => i.model === model.name)) {
        const wanted = index.fields.map((f) => columnOf(model, f.name));
        const match = [...indexes.entries()].find(([name, found]) => {
          if (found.columns.join(",") !== wanted.join(",")) return false;
          if (index.type === "id") return name === "PRIMARY";
          if (index.type === "unique") return found.unique;
          return true;
        });
        if (!match) problems.push(`${model.name}: ${index.type} index on (${wanted.join(", ")}) is missing`);
      }

      for (const field of model.fields) {
        if (field.kind !== "object" || !field.relationFromFields?.length) continue;
        const fromColumns = field.relationFromFields.map((name) => columnOf(model, name));
        const target = dmmf.datamodel.models.find((m) => m.name === field.type)!;
        const toColumns = (field.relationToFields ?? []).map((name) => columnOf(target, name));
        const constraints = new Map<string, typeof foreignKeys>();
        for (const fk of foreignKeys.filter((k) => k.TABLE_NAME === table)) {
          constraints.set(fk.CONSTRAINT_NAME, [...(constraints.get(fk.CONSTRAINT_NAME) ?? []), fk]);
        }
        const found = [...constraints.values()].some(
          (parts) =>
            parts.map((p) => p.COLUMN_NAME).join(",") === fromColumns.join(",") &&
            parts.every((p) => p.REFERENCED_TABLE_NAME === tableOf.get(target.name)) &&
            parts.map((p) => p.REFERENCED_COLUMN_NAME).join(",") === toColumns.join(","),
        );
        if (!found)
          problems.push(
            `${model.name}.${field.name}: foreign key (${fromColumns.join(", ")}) → ${tableOf.get(target.name)} is missing`,
          );
      }
    }
    const modelTables = new Set(tableOf.values());
    for (const table of tables) {
      if (table.TABLE_NAME !== "_prisma_migrations" && !modelTables.has(table.TABLE_NAME)) {
        problems.push(`table \`${table.TABLE_NAME}\` is not in schema.prisma`);
      }
    }
  } finally {
    await connection.end();
  }
  return problems;
}
