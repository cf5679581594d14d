import { z } from "zod";
import { notYet } from "./route.js";

export const exportRoutes = [
  notYet(
    {
      method: "post",
      path: "/admin/export-csv",
      tag: "export",
      summary: "Collections of a period as an XLSX workbook (X-Total-Records)",
      body: z.object({
        startDate: z.iso.date().optional(),
        endDate: z.iso.date().optional(),
        format: z.enum(["excel"]).default("excel"),
      }),
    },
    "l'export Excel des collectes (rapports XLSX)",
  ),
];
