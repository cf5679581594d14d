import { z } from "zod";
import type { LookupKind } from "#shared/db/client.js";
import { notFound } from "#shared/graphql/errors.js";
import { idOrNone, parseInput, partialUpdate } from "#shared/graphql/input.js";
import type { Context } from "../../context.js";
import { write } from "#shared/db/write.js";
import { bumpReferenceRevision } from "./revision.js";

export function listReferenceCodes(context: Context, kind: LookupKind, activeOnly: boolean) {
  return context.db.lookupValue.findMany({
    where: { kind, ...(activeOnly ? { active: true } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

const name = z.string().trim().min(2).max(191);
const codeInput = z.object({
  kind: z.enum(["TRANSPORT_MODE", "CONTROL_SERVICE", "ORGANISATION"]),
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, "must be 2–32 letters, digits, - or _"),
  name,
  nameEn: name,
});
const codeUpdate = z.object({ name: name.nullish(), nameEn: name.nullish(), active: z.boolean().nullish() });

export async function createReferenceCode(context: Context, raw: unknown) {
  const input = parseInput(codeInput, raw);
  return write(context, async (tx) => {
    const value = await tx.lookupValue.create({ data: input });
    await bumpReferenceRevision(tx, context, input.kind);
    return value;
  });
}

export async function updateReferenceCode(context: Context, codeId: string, raw: unknown) {
  const input = parseInput(codeUpdate, raw);
  return write(context, async (tx) => {
    const existing = await tx.lookupValue.findUnique({ where: { id: idOrNone(codeId) } });
    if (!existing) throw notFound("ReferenceCode");
    const value = await tx.lookupValue.update({ where: { id: existing.id }, data: partialUpdate(input) });
    await bumpReferenceRevision(tx, context, existing.kind);
    return value;
  });
}
