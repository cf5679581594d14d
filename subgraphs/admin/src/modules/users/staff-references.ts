import { badUserInput } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";

export type StaffDetails = {
  gender?: "FEMALE" | "MALE" | "OTHER" | "UNKNOWN" | null;
  countryId?: number | null;
  organisationId?: number | null;
  collectionPointIds?: number[] | null;
};

/** The country, organisation and collection points a person is attached to must exist. */
export async function assertStaffReferences(context: Context, input: StaffDetails) {
  if (
    input.countryId !== null &&
    input.countryId !== undefined &&
    !(await context.loaders.countryById.load(input.countryId))
  ) {
    throw badUserInput("Unknown country", "countryId");
  }
  if (input.organisationId !== null && input.organisationId !== undefined) {
    const organisation = await context.loaders.referenceCodeById.load(input.organisationId);
    if (organisation?.kind !== "ORGANISATION") throw badUserInput("Unknown organisation", "organisationId");
  }
  for (const pointId of input.collectionPointIds ?? []) {
    if (!(await context.loaders.collectionPointById.load(pointId)))
      throw badUserInput("Unknown collection point", "collectionPointIds");
  }
}
