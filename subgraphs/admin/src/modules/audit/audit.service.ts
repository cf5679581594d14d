import { z } from "zod";
import type { Prisma } from "#shared/db/client.js";
import { parseInput } from "#shared/graphql/input.js";
import { decodeCursor, paginate, type Connection } from "#shared/graphql/pagination.js";
import { badUserInput } from "#shared/graphql/errors.js";
import type { AdminAuditEntry } from "#shared/db/client.js";
import type { Context } from "../../context.js";

const auditFilter = z
  .object({
    actor: z.string().trim().min(1).max(32).nullish(),
    entityType: z.string().trim().min(1).max(48).nullish(),
    entityId: z.string().trim().min(1).max(64).nullish(),
    from: z.coerce.date().nullish(),
    to: z.coerce.date().nullish(),
    type: z
      .string()
      .trim()
      .regex(/^[a-z_.-]+\*?$/, "an event type, or a prefix ending in *")
      .max(128)
      .nullish(),
  })
  .nullish();

function conditions(filter: z.infer<typeof auditFilter>): Prisma.AdminAuditEntryWhereInput[] {
  if (!filter) return [];
  if (filter.from && filter.to && filter.from > filter.to) throw badUserInput("from is after to", "from");
  const type = filter.type?.endsWith("*") ? { startsWith: filter.type.slice(0, -1) } : filter.type;
  return [
    filter.actor ? { actorId: filter.actor } : {},
    filter.entityType ? { entityType: filter.entityType } : {},
    filter.entityId ? { entityId: filter.entityId } : {},
    filter.from || filter.to
      ? { occurredAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } }
      : {},
    type ? { type } : {},
  ];
}

function afterSeq(after: string): Prisma.AdminAuditEntryWhereInput {
  const seq = decodeCursor(after);
  if (!/^\d+$/.test(seq)) throw badUserInput("Invalid cursor", "after");
  return { seq: { lt: BigInt(seq) } };
}

/** The audit trail, newest first (the shield lets only administrators here). */
export function listAuditLog(
  context: Context,
  args: { filter?: unknown; first?: number | null; after?: string | null },
): Promise<Connection<AdminAuditEntry>> {
  const filter = parseInput(auditFilter, args.filter);
  return paginate(
    { first: args.first, after: args.after },
    {
      where: conditions(filter),
      afterCursor: afterSeq,
      findMany: (where, window) =>
        context.db.adminAuditEntry.findMany({ where: { AND: where }, orderBy: { seq: "desc" }, ...window }),
      count: (where) => context.db.adminAuditEntry.count({ where: { AND: where } }),
      cursorOf: (row) => String(row.seq),
    },
  );
}
