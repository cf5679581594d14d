import { z } from "zod";
import { CollectionType, type PrismaClient } from "#shared/db/client.js";
import { convertQuantities } from "../modules/units/units.service.js";
import { DEFAULT_WORKFLOW, parseLevels } from "../modules/definitions/definitions.service.js";
import { modelLabelsRequest, type ModelLabelsReply } from "#shared/reports/labels.js";

/**
 * Request/reply endpoints tradeflow uses while it records collections: conversions to base units
 * (`model.convert`), the published form of a collection type (`model.forms`) and the published
 * workflow (`model.workflow`), and product labels for report files (`model.labels`).
 */
const convertRequest = z.object({
  items: z.array(z.object({ productId: z.number().int(), unit: z.string(), quantity: z.string() })).max(10_000),
});

export function convertHandler(db: PrismaClient) {
  return async (request: unknown) => {
    const { items } = convertRequest.parse(request);
    const results = await convertQuantities(db, items);
    return {
      results: results.map((result) =>
        result.ok
          ? { ok: true, dimension: result.baseUnitDimension, perUnit: result.perUnit.toString(), baseQuantity: result.baseQuantity.toString() }
          : { ok: false, field: result.field, message: result.message },
      ),
    };
  };
}

const formsRequest = z.object({ collectionType: z.enum(CollectionType), version: z.number().int().optional() });

export function formsHandler(db: PrismaClient) {
  return async (request: unknown) => {
    const { collectionType, version } = formsRequest.parse(request);
    const form = await db.formDefinition.findFirst({
      where: { collectionType, status: "PUBLISHED", ...(version ? { version } : {}) },
      orderBy: { version: "desc" },
    });
    return { form: form ? { version: form.version, jsonSchema: JSON.parse(form.jsonSchema) } : null };
  };
}

export function workflowHandler(db: PrismaClient) {
  return async (request: unknown) => {
    const code = z.object({ code: z.string().default(DEFAULT_WORKFLOW) }).parse(request ?? {}).code;
    const workflow = await db.workflowDefinition.findFirst({ where: { code, status: "PUBLISHED" }, orderBy: { version: "desc" } });
    return { workflow: workflow ? { version: workflow.version, levels: parseLevels(workflow.levels) } : null };
  };
}

export function labelsHandler(db: PrismaClient) {
  return async (request: unknown): Promise<ModelLabelsReply> => {
    const { products } = modelLabelsRequest.parse(request);
    const rows = await db.product.findMany({
      where: { id: { in: [...new Set(products)] } },
      select: { id: true, name: true, nameEn: true, hsCode: true },
    });
    return {
      products: rows.map((row) => ({ id: row.id, fr: row.name, en: row.nameEn ?? row.name, hsCode: row.hsCode })),
    };
  };
}
