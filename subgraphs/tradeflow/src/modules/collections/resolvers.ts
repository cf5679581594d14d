import type { ControlDuration, Resolvers, ValidationPriority, WeightSource } from "../../generated/resolvers-types.js";
import type { CollectionRow } from "../../mappers.js";
import type { Context } from "../../context.js";
import { abilities } from "../../domain/abilities.js";
import { workflowView } from "../../domain/workflow-view.js";
import { publishedWorkflow } from "../validation/workflow.js";
import {
  collectorCollections,
  createCollection,
  deleteCollection,
  findCollection,
  listCollections,
  loadVisibleCollection,
  submitCollection,
  updateCollection,
} from "./collections.service.js";
import { connectionCollectionSelect, itemSelect } from "./columns.js";

// Columns hold the enums' values, written only from validated input.
const duration = (value: string | null) => value as ControlDuration | null;
const ref = (id: number | null) => (id === null ? null : { id });

function can(key: keyof ReturnType<typeof abilities>) {
  return (collection: CollectionRow, _args: unknown, context: Context) => abilities(context.viewer, collection)[key];
}

export const collectionResolvers: Resolvers = {
  Query: {
    collection: (_p, { id }, context) => findCollection(context, id),
    collections: (_p, args, context, info) => listCollections(context, args, [], connectionCollectionSelect(info)),
  },
  Mutation: {
    createCollection: (_p, { input, submit }, context) => createCollection(context, input, submit ?? false),
    updateCollection: (_p, { id, version, input }, context) => updateCollection(context, id, version, input),
    deleteCollection: (_p, { id, version }, context) => deleteCollection(context, id, version),
    submitCollection: (_p, { id, version }, context) => submitCollection(context, id, version),
  },
  Collection: {
    __resolveReference: (reference, context) => loadVisibleCollection(context, String(reference.id)),
    collector: (c) => ({ id: String(c.collectorId) }),
    collectionPoint: (c) => ref(c.collectionPointId),
    originCountry: (c) => ref(c.originCountryId),
    originCity: (c) => ref(c.originCityId),
    destinationCountry: (c) => ref(c.destinationCountryId),
    destinationCity: (c) => ref(c.destinationCityId),
    corridor: (c) => ref(c.corridorId),
    transportMode: (c) => ref(c.transportModeId),
    actor: (c) => ref(c.actorId),
    controlDurationType: (c) => duration(c.controlDurationType),
    extraFields: (c) => (c.extraFields ? JSON.parse(c.extraFields) : null),
    items: (c, _a, context, info) => context.loaders.itemsByCollectionId(itemSelect(info)).load(c.id),
    controls: (c, _a, context) => context.loaders.controlsByCollectionId.load(c.id),
    history: (c, _a, context) => context.loaders.historyByCollectionId.load(c.id),
    canEdit: can("canEdit"),
    canDelete: can("canDelete"),
    canSubmit: can("canSubmit"),
    canApprove: can("canApprove"),
    canReject: can("canReject"),
    canReturn: can("canReturn"),
    canReopen: can("canReopen"),
    workflow: async (c, _a, context) =>
      // A draft shows the levels of the published workflow it will go through.
      workflowView(
        c,
        await context.loaders.historyByCollectionId.load(c.id),
        c.workflowLevels ? [] : ((await publishedWorkflow(context))?.levels ?? []),
      ),
  },
  CollectionItem: {
    product: (item) => ({ id: item.productId }),
    unit: (item) => item.unitCode,
    // Model resolves each to null when the code is not of that kind.
    generalUnit: (item) => ({ code: item.unitCode }),
    localUnit: (item) => ({ productId: item.productId, code: item.unitCode }),
    animal: (item) => ref(item.animalId),
    animalCategories: (item) => (item.animalCategories ? JSON.parse(item.animalCategories) : []),
    weightSource: (item) => item.weightSource as WeightSource | null,
    originCountry: (item) => ref(item.originCountryId),
    loadingCity: (item) => ref(item.loadingCityId),
    unloadingCity: (item) => ref(item.unloadingCityId),
    productOriginCountry: (item) => ref(item.productOriginCountryId),
    productDestinationCountry: (item) => ref(item.productDestinationCountryId),
  },
  CollectionControl: {
    checkpoint: (control) => ref(control.checkpointId),
    controlService: (control) => ref(control.controlServiceId),
    durationBucket: (control) => duration(control.durationBucket),
    stopTimePerPost: (control) => duration(control.stopTimePerPost),
    borderCrossingTime: (control) => duration(control.borderCrossingTime),
    taxTypeRefs: async (control, _a, context) =>
      (await context.loaders.taxTypesByControlId.load(control.id)).map((row) => ({ id: row.taxTypeId })),
    taxTypes: (control) => control.otherTaxType,
  },
  CollectionValidation: {
    actor: (entry) => ({ id: String(entry.actorId) }),
    fieldComments: (entry) => (entry.fieldComments ? JSON.parse(entry.fieldComments) : []),
    qualityIssues: (entry) => (entry.qualityIssues ? JSON.parse(entry.qualityIssues) : []),
    metadata: (entry) =>
      entry.verificationMethod === null && entry.verifiedAt === null && entry.verificationPlace === null
        ? null
        : { method: entry.verificationMethod, verifiedAt: entry.verifiedAt, place: entry.verificationPlace },
    priorityLevel: (entry) => entry.priorityLevel as ValidationPriority | null,
  },
  User: {
    __resolveReference: (reference) => ({ id: String(reference.id) }),
    collections: (user, args, context) => collectorCollections(context, user.id, args),
  },
};
