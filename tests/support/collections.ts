import type { PrismaClient } from "#shared/db/client.js";

/** A realistic collection input (maize and onions through Kantchari) built from the seeded reference set. */
export async function collectionInput(db: PrismaClient, overrides: Record<string, unknown> = {}) {
  const [point, maize, onion, burkina, niger, truck, customs] = await Promise.all([
    db.collectionPoint.findUniqueOrThrow({ where: { code: "BF-KANTCHARI" } }),
    db.product.findUniqueOrThrow({ where: { code: "MAIZE" } }),
    db.product.findUniqueOrThrow({ where: { code: "ONION" } }),
    db.country.findUniqueOrThrow({ where: { code: "BF" } }),
    db.country.findUniqueOrThrow({ where: { code: "NE" } }),
    db.lookupValue.findUniqueOrThrow({ where: { kind_code: { kind: "TRANSPORT_MODE", code: "TRUCK" } } }),
    db.lookupValue.findUniqueOrThrow({ where: { kind_code: { kind: "CONTROL_SERVICE", code: "CUSTOMS" } } }),
  ]);
  return {
    collectedAt: "2026-11-20T09:30:00Z",
    type: "AGRICULTURAL",
    collectionPointId: String(point.id),
    context: "FORMAL_BORDER",
    direction: "EXPORT",
    originCountryId: String(burkina.id),
    destinationCountryId: String(niger.id),
    transportModeId: String(truck.id),
    vehicleRegistration: "11 GH 4567",
    currencyCode: "XOF",
    operatorGender: "FEMALE",
    extraFields: { storageCondition: "GOOD" },
    items: [
      { productId: String(maize.id), quantity: "12", unit: "SACK_100KG", unitPrice: "22500" },
      { productId: String(onion.id), quantity: "20", unit: "SACK_50KG", unitPrice: "15000" },
    ],
    controls: [
      {
        checkpointId: String(point.id),
        controlServiceId: String(customs.id),
        duration: "FROM_15_TO_30_MIN",
        feesPaid: "5000",
        hasReceipt: true,
        illegalFees: "2000",
      },
    ],
    ...overrides,
  };
}

export const COLLECTION_FIELDS = `id status version revision isResubmission totalWeightKg totalValue totalValueReference referenceCurrency
  canEdit canSubmit canApprove canReject canReturn canReopen
  workflow { currentLevel levels { level role state validation { score actor { id } } } }`;
