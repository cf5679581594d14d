import { numericId } from "#shared/graphql/input.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { listAuditLog } from "./audit.service.js";

const parsed = (text: string | null) => (text === null ? null : (JSON.parse(text) as unknown));

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_p, args, context) => listAuditLog(context, args),
  },
  AuditEntry: {
    id: (entry) => String(entry.seq),
    // Within the caller's user scope, like every user read: out of scope reads as null.
    actor: (entry, _args, context) => {
      const id = numericId(entry.actorId);
      return id === null ? null : context.loaders.userById.load(id);
    },
    before: (entry) => parsed(entry.before),
    after: (entry) => parsed(entry.after),
    details: (entry) => parsed(entry.details),
  },
  CollectionAudit: {
    // Reached only through tradeflow's collectionAudit, which resolved the collection in the caller's scope.
    __resolveReference: (reference) => ({ collectionId: String(reference.collectionId) }),
    entries: (audit, _args, context) => context.loaders.auditByCollection.load(audit.collectionId),
  },
};
