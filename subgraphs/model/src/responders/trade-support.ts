import type { PrismaClient } from "#shared/db/client.js";
import type { RequestHandler } from "#shared/events/responder.js";
import { convertQuantities } from "../modules/units/units.service.js";
import { DEFAULT_WORKFLOW, parseLevels } from "../modules/definitions/definitions.service.js";
import { modelLabelsRequest, type ModelLabelsReply } from "#shared/reports/labels.js";

/**
 * Request/reply endpoints tradeflow uses while it records collections: conversions to base units
 * (`model.convert`), the published form of a collection type (`model.forms`) and the published
 * workflow (`model.workflow`), and product labels for report files (`model.labels`).
 */
export function convertHandler(db: PrismaClient): RequestHandler<"model.convert"> {
  return async ({ items }) => {
    const results = await convertQuantities(db, items);
    return {
      results: results.map((result) =>
        result.ok
          ? {
              ok: true as const,
              dimension: result.baseUnitDimension,
              perUnit: result.perUnit.toString(),
              baseQuantity: result.baseQuantity.toString(),
            }
          : { ok: false as const, field: result.field, message: result.message },
      ),
    };
  };
}

export function formsHandler(db: PrismaClient): RequestHandler<"model.forms"> {
  return async ({ collectionType, version }) => {
    const form = await db.formDefinition.findFirst({
      where: { collectionType, status: "PUBLISHED", ...(version ? { version } : {}) },
      orderBy: { version: "desc" },
    });
    return { form: form ? { version: form.version, jsonSchema: JSON.parse(form.jsonSchema) } : null };
  };
}

export function workflowHandler(db: PrismaClient): RequestHandler<"model.workflow"> {
  return async ({ code = DEFAULT_WORKFLOW }) => {
    const workflow = await db.workflowDefinition.findFirst({
      where: { code, status: "PUBLISHED" },
      orderBy: { version: "desc" },
    });
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
