import type { CollectionPoint, PrismaClient } from "#shared/db/client.js";
import { ReferenceCache } from "#shared/graphql/reference-cache.js";
import type { UserClaims } from "#shared/auth/claims.js";
import { rowsByKey, rowsGroupedBy } from "#shared/graphql/loaders.js";
import { visibleUsersWhere } from "./modules/users/user-scope.js";

/**
 * Per-request batch loaders: every field resolver reads through these, never the database directly.
 * User loaders apply the caller's row scope, so a user outside it reads as missing everywhere,
 * `_entities` included.
 */
/** What admin keeps between requests (shared/src/graphql/reference-cache.ts); one per running service. */
export function createReferenceCaches() {
  return { collectionPoints: new ReferenceCache<number, CollectionPoint>() };
}

export type ReferenceCaches = ReturnType<typeof createReferenceCaches>;

export function createLoaders(db: PrismaClient, viewer: UserClaims | null, caches: ReferenceCaches) {
  const userScope = viewer ? visibleUsersWhere(viewer) : { id: -1 };
  return {
    userById: rowsByKey(
      (ids: readonly number[]) => db.user.findMany({ where: { AND: [{ id: { in: [...ids] } }, userScope] } }),
      (user) => user.id,
    ),
    /** A collection's audit entries, oldest first (tradeflow decided that the caller may see it). */
    auditByCollection: rowsGroupedBy(
      (collectionIds: readonly string[]) =>
        db.adminAuditEntry.findMany({
          where: { entityType: "collection", entityId: { in: [...collectionIds] } },
          orderBy: { seq: "asc" },
        }),
      (entry) => entry.entityId,
    ),
    teamById: rowsByKey(
      (ids: readonly number[]) => db.team.findMany({ where: { id: { in: [...ids] } } }),
      (team) => team.id,
    ),
    regionById: rowsByKey(
      (ids: readonly number[]) => db.region.findMany({ where: { id: { in: [...ids] } } }),
      (region) => region.id,
    ),
    supervisorLinksByRegion: rowsGroupedBy(
      (regionIds: readonly number[]) =>
        db.regionSupervisor.findMany({ where: { regionId: { in: [...regionIds] } }, orderBy: { userId: "asc" } }),
      (link) => link.regionId,
    ),
    supervisedRegionLinksByUser: rowsGroupedBy(
      (userIds: readonly number[]) =>
        db.regionSupervisor.findMany({ where: { userId: { in: [...userIds] } }, orderBy: { regionId: "asc" } }),
      (link) => link.userId,
    ),
    membersByTeam: rowsGroupedBy(
      (teamIds: readonly number[]) =>
        db.user.findMany({
          where: { AND: [{ teamId: { in: [...teamIds] } }, userScope] },
          orderBy: [{ fullName: "asc" }, { id: "asc" }],
        }),
      (user) => user.teamId!,
    ),
    countryById: rowsByKey(
      (ids: readonly number[]) => db.country.findMany({ where: { id: { in: [...ids] } } }),
      (country) => country.id,
    ),
    cityById: rowsByKey(
      (ids: readonly number[]) => db.city.findMany({ where: { id: { in: [...ids] } } }),
      (city) => city.id,
    ),
    corridorById: rowsByKey(
      (ids: readonly number[]) => db.corridor.findMany({ where: { id: { in: [...ids] } } }),
      (corridor) => corridor.id,
    ),
    collectionPointById: caches.collectionPoints.loader(
      (ids: readonly number[]) => db.collectionPoint.findMany({ where: { id: { in: [...ids] } } }),
      (point) => point.id,
    ),
    currencyByCode: rowsByKey(
      (codes: readonly string[]) => db.currency.findMany({ where: { code: { in: [...codes] } } }),
      (currency) => currency.code,
    ),
    referenceCodeById: rowsByKey(
      (ids: readonly number[]) => db.lookupValue.findMany({ where: { id: { in: [...ids] } } }),
      (value) => value.id,
    ),
    taxTypeById: rowsByKey(
      (ids: readonly number[]) => db.taxType.findMany({ where: { id: { in: [...ids] } } }),
      (row) => row.id,
    ),
    collectionPointLinksByUser: rowsGroupedBy(
      (userIds: readonly number[]) =>
        db.userCollectionPoint.findMany({
          where: { userId: { in: [...userIds] } },
          orderBy: { collectionPointId: "asc" },
        }),
      (link) => link.userId,
    ),
    actorById: rowsByKey(
      (ids: readonly number[]) => db.commercialActor.findMany({ where: { id: { in: [...ids] } } }),
      (actor) => actor.id,
    ),
    teamsByRegion: rowsGroupedBy(
      (regionIds: readonly number[]) =>
        db.team.findMany({ where: { regionId: { in: [...regionIds] } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
      (team) => team.regionId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
