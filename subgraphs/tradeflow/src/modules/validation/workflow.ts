import { domainError } from "#shared/graphql/errors.js";
import type { Context } from "../../context.js";

/** The published validation workflow (model's, cached), or null while none could be fetched yet. */
export async function publishedWorkflow(context: Context) {
  if (!context.workflows.get()) await context.workflows.refresh();
  return context.workflows.get();
}

/** The published workflow, fixed on each collection when it is submitted; SERVICE_UNAVAILABLE until known. */
export async function requireWorkflow(context: Context) {
  const workflow = await publishedWorkflow(context);
  if (!workflow) throw domainError("SERVICE_UNAVAILABLE", "No validation workflow is available yet; try again shortly");
  return workflow;
}
