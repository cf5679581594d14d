import { z } from "zod";

/**
 * The supergraph's objects in the field names and value conventions of the original CT API, as the apps
 * read them (docs: /work/shared/design/CT-CLIENTS.md): snake_case, lower-case enum values, numeric ids
 * where the original had numbers. Fields the supergraph does not have are left out, never invented.
 */

/**
 * A JSON object from one of the facade's operations. They are checked against the supergraph by
 * compose:check, but no client-side codegen types them yet, so their answers are read as plain JSON.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;
type Row = Json;

/** Numeric ids as numbers (the apps compare them with ===); UUIDs (collections) stay strings. */
export function ctId(id: string | number | null | undefined): string | number | null {
  if (id === null || id === undefined) return null;
  return typeof id === "string" && /^\d{1,15}$/.test(id) ? Number(id) : id;
}

export const lower = (value: string | null | undefined): string | null => (value ? value.toLowerCase() : null);

export const activeStatus = (active: boolean | null | undefined) => (active === false ? "inactive" : "active");

/** CT kept first and last names apart; the supergraph keeps one full name (first word = first name). */
export function splitName(fullName: string | null | undefined) {
  const [first = "", ...rest] = (fullName ?? "").trim().split(/\s+/);
  return { first_name: first, last_name: rest.join(" ") };
}

export const joinName = (first?: string | null, last?: string | null) =>
  [first, last]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(" ");

/** CT's actor_role for the roles the admin dashboard lists. */
export const ACTOR_ROLES = { collector: "AGENT", team_manager: "TEAM_LEAD", supervisor: "SUPERVISOR" } as const;
const ACTOR_ROLE_OF: Record<string, string> = {
  AGENT: "collector",
  TEAM_LEAD: "team_manager",
  SUPERVISOR: "supervisor",
};

export function ctUser(user: Row | null | undefined) {
  if (!user) return null;
  return {
    id: ctId(user.id),
    public_id: null,
    username: user.fullName,
    ...splitName(user.fullName),
    full_name: user.fullName,
    email: user.email ?? null,
    phone: user.phone ?? null,
    role_id: user.roleId,
    role: { id: user.roleId, name: lower(user.role) },
    status: activeStatus(user.active),
    // The supergraph keeps no presence: unknown rather than made up.
    is_online: null,
    last_connected_at: user.lastLoginAt ?? null,
    team: user.team ? { id: ctId(user.team.id), name: user.team.name } : null,
    created_at: user.createdAt ?? null,
    updated_at: user.updatedAt ?? null,
  };
}

/** A staff member as /admin/actors lists them (CT's actor, with its user account inside). */
export function ctActor(user: Row) {
  const account = ctUser(user)!;
  const lead = user.team?.lead;
  return {
    id: account.id,
    user_id: account.id,
    first_name: account.first_name,
    last_name: account.last_name,
    email: account.email,
    phone: account.phone,
    actor_role: ACTOR_ROLE_OF[user.role] ?? lower(user.role),
    status: account.status,
    team_manager_id: lead ? ctId(lead.id) : null,
    teamManager: lead ? { id: ctId(lead.id), ...splitName(lead.fullName) } : null,
    team: account.team,
    user: {
      username: account.username,
      email: account.email,
      phone: account.phone,
      role_id: account.role_id,
      status: account.status,
      is_online: account.is_online,
      last_connected_at: account.last_connected_at,
    },
    created_at: account.created_at,
    updated_at: account.updated_at,
  };
}

/** CT's animal type: the supergraph's animal species. */
export const ctAnimalType = (species: Row) => ({
  id: ctId(species.id),
  code: species.code,
  name: species.name,
  name_en: species.nameEn,
  status: activeStatus(species.active),
});

export function ctCountry(country: Row | null | undefined) {
  if (!country) return null;
  return {
    id: ctId(country.id),
    name: country.name,
    name_en: country.nameEn ?? null,
    iso: country.code,
    iso3: country.iso3 ?? null,
    ecowas: country.ecowas ?? null,
    currency: country.currency ?? null,
    currency_code: country.currency?.code ?? null,
    status: activeStatus(country.active),
  };
}

/** CT's validation record, from one entry of the supergraph's history. */
export function ctValidation(validation: Row | null | undefined, collectionId?: string) {
  if (!validation) return null;
  const approved = validation.action === "APPROVE";
  return {
    id: ctId(validation.id),
    collection_id: collectionId ?? null,
    validation_level: validation.level === null || validation.level === undefined ? null : String(validation.level),
    validator_id: ctId(validation.actor?.id),
    validator: validation.actor
      ? {
          id: ctId(validation.actor.id),
          ...splitName(validation.actor.fullName),
          email: validation.actor.email ?? null,
          phone: validation.actor.phone ?? null,
        }
      : null,
    validation_action: lower(validation.action),
    // CT's result of a decision; the supergraph's return (CT's reject) counts as rejected.
    validation_result: approved ? "approved" : ["REJECT", "RETURN"].includes(validation.action) ? "rejected" : null,
    to_status: lower(validation.toStatus),
    data_quality_score: validation.score ?? null,
    validation_notes: validation.notes ?? null,
    rejection_reason: validation.rejectionReason ?? validation.correctionInstructions ?? null,
    correction_instructions: validation.correctionInstructions ?? null,
    quality_issues: validation.qualityIssues ?? [],
    field_comments: validation.fieldComments ?? [],
    validation_duration_minutes:
      validation.durationSeconds === null || validation.durationSeconds === undefined
        ? null
        : Math.round(validation.durationSeconds / 60),
    revision_number: validation.revision,
    validated_at: validation.createdAt,
    created_at: validation.createdAt,
  };
}

const decisions = (history: Row[]) => history.filter((entry) => entry.level !== null && entry.level !== undefined);

/** The decision at a level in the collection's current revision (what CT's workflow shows). */
function decisionAt(collection: Row, level: number) {
  const state = collection.workflow?.levels?.find((entry: Row) => entry.level === level);
  return state?.validation ?? null;
}

export function ctWorkflow(collection: Row) {
  const level1 = decisionAt(collection, 1);
  const level2 = decisionAt(collection, 2);
  const currentLevel: number | null = collection.workflow?.currentLevel ?? null;
  const currentStep =
    currentLevel === 1
      ? "team_manager_validation"
      : currentLevel === 2
        ? "supervisor_validation"
        : lower(collection.status);
  const nextActions = [...(collection.canApprove ? ["validate"] : []), ...(collection.canReturn ? ["reject"] : [])];
  return {
    collection_id: collection.id,
    status: lower(collection.status),
    current_step: currentStep,
    current_level: currentLevel,
    team_manager_validation: ctValidation(level1, collection.id),
    supervisor_validation: ctValidation(level2, collection.id),
    can_proceed: nextActions.length > 0,
    next_actions: nextActions,
    validation_history: decisions(collection.history ?? []).map((entry) => ctValidation(entry, collection.id)),
  };
}

const money = (value: string | null | undefined) => value ?? null;

export function ctCollection(collection: Row) {
  const level1 = decisionAt(collection, 1);
  const level2 = decisionAt(collection, 2);
  return {
    id: collection.id,
    collection_date: collection.collectedAt,
    collector_id: ctId(collection.collector?.id),
    collector: collection.collector
      ? {
          id: ctId(collection.collector.id),
          ...splitName(collection.collector.fullName),
          email: collection.collector.email ?? null,
          phone: collection.collector.phone ?? null,
        }
      : null,
    collection_type: lower(collection.type),
    collection_context: lower(collection.context),
    trade_flow_direction: lower(collection.direction),
    status: lower(collection.status),
    operator_gender: collection.operatorGender ?? null,
    operator_type: collection.operatorType ?? null,
    respondent_nature: collection.respondentNature ?? null,
    merchandise_owner_gender: collection.ownerGender ?? null,
    merchandise_owner_age_category: collection.ownerAgeCategory ?? null,
    merchandise_owner_has_disability: collection.ownerHasDisability ?? null,
    collection_point_id: ctId(collection.collectionPoint?.id),
    collectionPoint: collection.collectionPoint
      ? {
          id: ctId(collection.collectionPoint.id),
          code: collection.collectionPoint.code,
          name: collection.collectionPoint.name,
          type: lower(collection.collectionPoint.type),
          country_id: ctId(collection.collectionPoint.country?.id),
          corridor_id: ctId(collection.collectionPoint.corridor?.id),
          is_formal: collection.collectionPoint.isFormal,
          is_border_crossing: collection.collectionPoint.isBorderCrossing,
          is_market: collection.collectionPoint.isMarket,
          is_fluvial: collection.collectionPoint.isFluvial,
          is_checkpoint: collection.collectionPoint.isCheckpoint,
        }
      : null,
    origin_country_id: ctId(collection.originCountry?.id),
    originCountry: ctCountry(collection.originCountry),
    destination_country_id: ctId(collection.destinationCountry?.id),
    destinationCountry: ctCountry(collection.destinationCountry),
    origin_city_id: ctId(collection.originCity?.id),
    originCity: collection.originCity ? { id: ctId(collection.originCity.id), name: collection.originCity.name } : null,
    final_destination_city_id: ctId(collection.destinationCity?.id),
    finalDestinationCity: collection.destinationCity
      ? { id: ctId(collection.destinationCity.id), name: collection.destinationCity.name }
      : null,
    intermediate_destination: collection.intermediateDestination ?? null,
    corridor_id: ctId(collection.corridor?.id),
    corridor: collection.corridor
      ? {
          id: ctId(collection.corridor.id),
          name: collection.corridor.name,
          code: collection.corridor.code,
          country_start_id: ctId(collection.corridor.startCountry?.id),
          country_end_id: ctId(collection.corridor.endCountry?.id),
          city_start_id: ctId(collection.corridor.startCity?.id),
          city_end_id: ctId(collection.corridor.endCity?.id),
          distance: collection.corridor.distanceKm === null ? null : Number(collection.corridor.distanceKm),
          nbre_checkpoints: collection.corridor.checkpointCount ?? null,
        }
      : null,
    transport_mode_id: ctId(collection.transportMode?.id),
    transportMode: collection.transportMode
      ? {
          id: ctId(collection.transportMode.id),
          name: collection.transportMode.name,
          code: collection.transportMode.code,
        }
      : null,
    vehicle_registration_number: collection.vehicleRegistration ?? null,
    transport_cost: money(collection.transportCost),
    loading_cost: money(collection.loadingCost),
    unloading_cost: money(collection.unloadingCost),
    currency: collection.currencyCode ? { code: collection.currencyCode } : null,
    currency_code: collection.currencyCode,
    payment_method: collection.paymentMethod ?? null,
    season: collection.season ? { name: collection.season } : null,
    market_condition: collection.marketConditions ?? null,
    market_price_variation: collection.priceVariation ?? null,
    gps_latitude: collection.latitude ?? null,
    gps_longitude: collection.longitude ?? null,
    knows_community_regulations: collection.knowsCommunityRules ?? null,
    knows_national_regulations: collection.knowsNationalRules ?? null,
    driver_license_uptodate: collection.driverHasLicence ?? null,
    // One flag in the supergraph for CT's four vehicle documents.
    driver_vehicle_documents_uptodate: collection.driverHasVehicleDocuments ?? null,
    has_control_posts: (collection.controls?.length ?? 0) > 0,
    control_posts_count: collection.controls?.length ?? 0,
    total_weight_kg: collection.totalWeightKg ?? null,
    total_value: collection.totalValue ?? null,
    notes: collection.notes ?? null,
    revision_number: collection.revision,
    is_resubmission: collection.isResubmission,
    submitted_at: collection.submittedAt ?? null,
    validated_at: collection.validatedAt ?? null,
    created_at: collection.createdAt,
    updated_at: collection.updatedAt,
    validated_by_team_manager: level1?.action === "APPROVE",
    validated_by_supervisor: level2?.action === "APPROVE",
    collectionItems: (collection.items ?? []).map((item: Row) => ({
      id: item.id,
      collection_id: collection.id,
      product_id: ctId(item.product?.id),
      product: item.product
        ? {
            id: ctId(item.product.id),
            name: item.product.name,
            code: item.product.code,
            HS_code: item.product.hsCode ?? null,
            product_type_id: ctId(item.product.type?.id),
          }
        : null,
      quantity: item.quantity,
      unity: item.generalUnit
        ? { id: ctId(item.generalUnit.id), name: item.generalUnit.name, symbol: item.generalUnit.code }
        : item.localUnit
          ? { id: ctId(item.localUnit.id), name: item.localUnit.name, symbol: item.localUnit.code }
          : { id: null, name: item.unit, symbol: item.unit },
      unit: item.unit,
      unit_price: item.unitPrice ?? null,
      total_value: item.totalValue ?? null,
      product_quality: item.quality ?? null,
      product_variety: item.variety ?? null,
      product_processing_level: item.processingLevel ?? null,
      product_packaging: item.packaging ?? null,
      animal_count: item.animalCount ?? null,
      animal_categories: item.animalCategory ? [{ category: item.animalCategory }] : null,
      animal_age_category: item.animalAge ?? null,
      animal_gender: item.animalSex ?? null,
      animal_breed: item.breed ?? null,
      average_weight_kg: item.averageWeightKg ?? null,
      local_unit_weight_kg: item.unitWeightKg ?? null,
      total_weight_kg: item.totalWeightKg ?? null,
      losses_quantity: item.losses ?? null,
      special_permits_details: item.specialPermits ?? null,
      required_special_permits: item.specialPermits ? true : null,
      is_customs_registered: item.customsRegistered ?? null,
      loading_city_id: ctId(item.loadingCity?.id),
      loadingCity: item.loadingCity ? { id: ctId(item.loadingCity.id), name: item.loadingCity.name } : null,
      unloading_city_id: ctId(item.unloadingCity?.id),
      unloadingCity: item.unloadingCity ? { id: ctId(item.unloadingCity.id), name: item.unloadingCity.name } : null,
      product_origin_country_id: ctId(item.productOriginCountry?.id),
      productOriginCountry: ctCountry(item.productOriginCountry),
    })),
    collectionControls: (collection.controls ?? []).map((control: Row) => ({
      id: control.id,
      collection_id: collection.id,
      checkpoint_id: ctId(control.checkpoint?.id),
      checkpoint: control.checkpoint ? { id: ctId(control.checkpoint.id), name: control.checkpoint.name } : null,
      service_id: ctId(control.controlService?.id),
      service: control.controlService
        ? { id: ctId(control.controlService.id), name: control.controlService.name, code: control.controlService.code }
        : null,
      location: control.location ?? null,
      // The supergraph's buckets (UNDER_5_MIN … OVER_24_H) are not CT's (5_min … plus_24_heures).
      duration_type: lower(control.duration),
      fees_paid: control.feesPaid ?? null,
      has_receipt: control.hasReceipt ?? null,
      tax_types: control.taxTypes ?? null,
      illegal_fees_paid:
        control.illegalFees === null || control.illegalFees === undefined ? null : Number(control.illegalFees) > 0,
      illegal_fees_amount: control.illegalFees ?? null,
    })),
    collectionValidations: decisions(collection.history ?? []).map((entry: Row) => ctValidation(entry, collection.id)),
  };
}

/**
 * CT typed collection points with a table (collection_point_type_id); the supergraph with an enum. The
 * ids are those /common-data/collection-point-types serves, in the enum's order.
 */
export const COLLECTION_POINT_TYPES = ["BORDER_POST", "MARKET", "CHECKPOINT", "RIVER_PORT"] as const;

export function collectionPointType(id: number | null | undefined): string | undefined {
  return id === null || id === undefined ? undefined : (COLLECTION_POINT_TYPES[id - 1] ?? `UNKNOWN_TYPE_${id}`);
}

export const CT_GENDERS = { M: "MALE", F: "FEMALE" } as const;

/** CT's forms send ids as numbers or numeric strings. */
export const ctNumber = z.union([z.number().int().positive(), z.string().regex(/^\d{1,12}$/)]);

/** A delete: removed, or deactivated because other records refer to it (the message says which, in French). */
export function ctDeleteResult(result: Json) {
  return {
    id: ctId(result.id),
    deleted: result.deleted,
    deactivated: result.deactivated,
    references: result.references,
    message: result.message,
  };
}
