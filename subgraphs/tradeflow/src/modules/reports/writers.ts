import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import type { ReportFormat } from "#shared/reports/files.js";
import type { Language } from "./labels.js";

/**
 * Streaming writers of report files: rows go to disk as they come, so a job's memory does not grow
 * with its size. CSV through csv-stringify, XLSX through exceljs's streaming WorkbookWriter.
 */
export type CellType = "text" | "integer" | "decimal" | "date";

export interface Column {
  fr: string;
  en: string;
  type: CellType;
  /** XLSX column width, in characters. */
  width?: number;
}

/** Decimals travel as exact strings; XLSX turns them into numbers, CSV writes them as they are. */
export type Cell = string | number | Date | null;

export interface ReportWriter {
  write(row: Cell[]): Promise<void>;
  /** Closes the file; `about` (what, which filter, when) goes to the workbook's second sheet. */
  finish(about: [string, string | number][]): Promise<void>;
}

export function openWriter(format: ReportFormat, file: string, columns: Column[], language: Language): ReportWriter {
  return format === "CSV" ? csvWriter(file, columns, language) : xlsxWriter(file, columns, language);
}

function csvWriter(file: string, columns: Column[], language: Language): ReportWriter {
  const out = createWriteStream(file);
  // The byte-order mark makes Excel read UTF-8 (accented labels) instead of the local code page.
  const csv = stringify({ bom: true, header: true, columns: columns.map((column) => column[language]) });
  csv.pipe(out);
  const text = (cell: Cell, type: CellType) =>
    cell instanceof Date ? (type === "date" ? cell.toISOString().slice(0, 10) : cell.toISOString()) : cell;
  return {
    async write(row) {
      if (!csv.write(row.map((cell, index) => text(cell, columns[index]!.type)))) await once(csv, "drain");
    },
    async finish() {
      csv.end();
      await finished(out);
    },
  };
}

const NUMBER_FORMATS: Record<CellType, string | undefined> = {
  text: undefined,
  integer: "0",
  decimal: "#,##0.00####",
  date: "yyyy-mm-dd",
};

function xlsxWriter(file: string, columns: Column[], language: Language): ReportWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const data = workbook.addWorksheet(language === "fr" ? "Données" : "Data", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  data.columns = columns.map((column) => ({
    header: column[language],
    width: column.width ?? Math.max(12, column[language].length + 2),
    style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
  }));
  data.getRow(1).font = { bold: true };
  const typed = (cell: Cell, type: CellType) =>
    cell === null ? null : (type === "integer" || type === "decimal") && typeof cell === "string" ? Number(cell) : cell;
  return {
    async write(row) {
      data.addRow(row.map((cell, index) => typed(cell, columns[index]!.type))).commit();
    },
    async finish(about) {
      data.commit();
      const sheet = workbook.addWorksheet(language === "fr" ? "Filtre" : "Filter");
      sheet.columns = [{ width: 32 }, { width: 60 }];
      for (const line of about) sheet.addRow(line).commit();
      sheet.commit();
      await workbook.commit();
    },
  };
}
