import { z } from "zod";
import { ROLES } from "#shared/auth/claims.js";
import { CollectionType } from "#shared/db/client.js";
import { createEvent } from "#shared/events/envelope.js";
import { toOutboxRow } from "#shared/events/outbox.js";
import { badUserInput, conflict, notFound } from "#shared/graphql/errors.js";
import { compileFormSchema } from "#shared/validation/json-schema.js";
import { idOrNone, parseInput } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import { writeCatalog } from "../catalog/write.js";

export const DEFAULT_WORKFLOW = "COLLECTION_VALIDATION";

// ── form definitions ────────────────────────────────────────────────────────

export async function findPublishedForm(context: Context, collectionType: CollectionType, version?: number | null) {
  return context.db.formDefinition.findFirst({
    where: { collectionType, status: "PUBLISHED", ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
  });
}

export function listForms(context: Context, collectionType: CollectionType) {
  return context.db.formDefinition.findMany({ where: { collectionType }, orderBy: { version: "desc" } });
}

const title = z.string().trim().min(2).max(191);
const formInput = z.object({
  collectionType: z.enum(CollectionType),
  title,
  jsonSchema: z.record(z.string(), z.unknown()),
});

function serialiseSchema(schema: unknown): string {
  const text = JSON.stringify(schema);
  if (text.length > 200_000) throw badUserInput("The JSON Schema is larger than 200 kB", "jsonSchema");
  return text;
}

/** A new draft, numbered after the latest version of its collection type. */
export async function createFormDraft(context: Context, raw: unknown) {
  const input = parseInput(formInput, raw);
  const jsonSchema = serialiseSchema(input.jsonSchema);
  return writeCatalog(context, "form definition", async (tx) => {
    const latest = await tx.formDefinition.findFirst({
      where: { collectionType: input.collectionType },
      orderBy: { version: "desc" },
    });
    return tx.formDefinition.create({
      data: {
        collectionType: input.collectionType,
        title: input.title,
        jsonSchema,
        version: (latest?.version ?? 0) + 1,
      },
    });
  });
}

async function loadDraft(context: Context, formId: string) {
  const form = await context.db.formDefinition.findUnique({ where: { id: idOrNone(formId) } });
  if (!form) throw notFound("FormDefinition");
  if (form.status === "PUBLISHED") {
    throw conflict(`Version ${form.version} is published and cannot change; create a new draft instead`);
  }
  return form;
}

export async function updateFormDraft(context: Context, formId: string, raw: unknown) {
  const input = parseInput(
    z.object({ title: title.nullish(), jsonSchema: z.record(z.string(), z.unknown()).nullish() }),
    raw,
  );
  const form = await loadDraft(context, formId);
  return writeCatalog(context, "form definition", (tx) =>
    tx.formDefinition.update({
      where: { id: form.id },
      data: {
        ...(input.title ? { title: input.title } : {}),
        ...(input.jsonSchema ? { jsonSchema: serialiseSchema(input.jsonSchema) } : {}),
      },
    }),
  );
}

/** Publishing checks the schema with Ajv first; an invalid schema is refused and stays a draft. */
export async function publishForm(context: Context, formId: string) {
  const form = await loadDraft(context, formId);
  const check = compileFormSchema(JSON.parse(form.jsonSchema));
  if (!check.ok) throw badUserInput(`Invalid JSON Schema: ${check.problems.slice(0, 3).join("; ")}`, "jsonSchema");
  return writeCatalog(context, "form definition", async (tx) => {
    // Conditional update: two publishers racing cannot both publish the same draft.
    const published = await tx.formDefinition.updateMany({
      where: { id: form.id, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: Number(context.viewer!.userId) },
    });
    if (published.count === 0) throw conflict("This draft was published meanwhile");
    const row = await tx.formDefinition.findUniqueOrThrow({ where: { id: form.id } });
    await tx.modelOutboxEvent.create({
      data: toOutboxRow(
        createEvent(
          "model.form.published",
          { formDefinitionId: String(row.id), collectionType: row.collectionType, version: row.version },
          context.events.meta(),
        ),
      ),
    });
    return row;
  });
}

// ── workflow definitions ────────────────────────────────────────────────────

export const workflowLevelsSchema = z
  .array(
    z.object({ level: z.number().int().min(1).max(5), role: z.enum(ROLES), name: z.string().trim().min(2).max(100) }),
  )
  .min(1, "a workflow has at least one level")
  .max(5)
  .refine(
    (levels) => levels.every((level, index) => level.level === index + 1),
    "levels must be numbered 1, 2, … in order",
  )
  .refine((levels) => levels.every((level) => level.role !== "AGENT"), "an agent cannot act at a validation level");

export function parseLevels(text: string) {
  return workflowLevelsSchema.parse(JSON.parse(text));
}

export async function findPublishedWorkflow(context: Context, code: string, version?: number | null) {
  return context.db.workflowDefinition.findFirst({
    where: { code, status: "PUBLISHED", ...(version ? { version } : {}) },
    orderBy: { version: "desc" },
  });
}

export function listWorkflows(context: Context, code: string) {
  return context.db.workflowDefinition.findMany({ where: { code }, orderBy: { version: "desc" } });
}

export async function createWorkflowDraft(context: Context, raw: unknown) {
  const input = parseInput(
    z.object({
      code: z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z][A-Z0-9_]{1,31}$/)
        .default(DEFAULT_WORKFLOW),
      levels: workflowLevelsSchema,
    }),
    raw,
  );
  return writeCatalog(context, "workflow definition", async (tx) => {
    const latest = await tx.workflowDefinition.findFirst({ where: { code: input.code }, orderBy: { version: "desc" } });
    return tx.workflowDefinition.create({
      data: { code: input.code, version: (latest?.version ?? 0) + 1, levels: JSON.stringify(input.levels) },
    });
  });
}

export async function publishWorkflow(context: Context, workflowId: string) {
  const workflow = await context.db.workflowDefinition.findUnique({ where: { id: idOrNone(workflowId) } });
  if (!workflow) throw notFound("WorkflowDefinition");
  if (workflow.status === "PUBLISHED") throw conflict(`Version ${workflow.version} is already published`);
  return writeCatalog(context, "workflow definition", async (tx) => {
    const published = await tx.workflowDefinition.updateMany({
      where: { id: workflow.id, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: Number(context.viewer!.userId) },
    });
    if (published.count === 0) throw conflict("This draft was published meanwhile");
    const row = await tx.workflowDefinition.findUniqueOrThrow({ where: { id: workflow.id } });
    await tx.modelOutboxEvent.create({
      data: toOutboxRow(
        createEvent(
          "model.workflow.published",
          { workflowId: String(row.id), code: row.code, version: row.version, levels: parseLevels(row.levels) },
          context.events.meta(),
        ),
      ),
    });
    return row;
  });
}
