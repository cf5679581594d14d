import { z } from "zod";
import type { RunOperation } from "./execute.js";
import { RestError } from "./envelope.js";
import { idParam, pageOf, pageQuery, offsetPage, route, tradeFlowList } from "./route.js";
import { ctCollection, ctValidation, ctWorkflow, splitName, type Json } from "./shapes.js";

interface AssignedStaffRow {
  id: string;
  fullName: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  email: string | null;
  role: string;
  activity: { collectionsRecorded: number; validationsMade: number; lastActivityAt: string | null } | null;
}

/** A row of the PWA's `UsersTableOne.tsx`: what `/trade-flow/agents/assigned` answered in CT. */
function ctAssignedAgent(row: Json) {
  const staff = row as unknown as AssignedStaffRow;
  // Staff created before first and last names existed have only a full name: CT's columns still fill.
  const split = splitName(staff.fullName);
  return {
    agent_id: Number(staff.id),
    first_name: staff.firstName ?? split.first_name,
    last_name: staff.lastName ?? split.last_name,
    phone: staff.phone,
    email: staff.email,
    role: staff.role.toLowerCase(),
    collection_count: staff.activity?.collectionsRecorded ?? null,
    validation_count: staff.activity?.validationsMade ?? null,
    last_activity: staff.activity?.lastActivityAt ?? null,
  };
}

interface DecisionMonthCount {
  month: string;
  collectionType: string;
  decision: "VALIDATED" | "REJECTED" | "RETURNED";
  count: number;
}

/**
 * S2 as the PWA's charts read it: `[{month, type, action, count}]`. CT knew two outcomes; its reject is
 * the supergraph's return, so returns and rejections are both CT's `rejected` (summed per month and type).
 */
function ctDecisions(rows: DecisionMonthCount[]) {
  const merged = new Map<string, { month: string; type: string; action: string; count: number }>();
  for (const row of rows) {
    const action = row.decision === "VALIDATED" ? "validated" : "rejected";
    const type = row.collectionType.toLowerCase();
    const key = `${row.month}|${type}|${action}`;
    const entry = merged.get(key) ?? { month: row.month, type, action, count: 0 };
    entry.count += row.count;
    merged.set(key, entry);
  }
  return [...merged.values()];
}

interface TeamCounts {
  pendingLevel1: number;
  rejectedLevel1: number;
  pendingLevel2: number;
  validatedLevel2: number;
  rejectedLevel2: number;
}
interface TeamBreakdown {
  teams: {
    team: {
      id: string;
      name: string;
      lead: {
        id: string;
        fullName: string;
        firstName: string | null;
        lastName: string | null;
        email: string | null;
      } | null;
    } | null;
    counts: TeamCounts;
  }[];
  totals: TeamCounts;
}

const ctTeamCounts = (counts: TeamCounts) => ({
  pending_n1: counts.pendingLevel1,
  rejected_n1: counts.rejectedLevel1,
  pending_n2: counts.pendingLevel2,
  validated_n2: counts.validatedLevel2,
  rejected_n2: counts.rejectedLevel2,
});

/** A row of the PWA's SupervisorTeamBreakdown.tsx: the team lead's names, then the team's counts. */
function ctTeamRow({ team, counts }: TeamBreakdown["teams"][number]) {
  const lead = team?.lead ?? null;
  const split = splitName(lead?.fullName);
  return {
    team_manager_id: lead ? Number(lead.id) : null,
    first_name: lead ? (lead.firstName ?? split.first_name) : null,
    last_name: lead ? (lead.lastName ?? split.last_name) : null,
    email: lead?.email ?? null,
    team_id: team ? Number(team.id) : null,
    team_name: team?.name ?? null,
    ...ctTeamCounts(counts),
  };
}

const COLLECTION_TYPES = ["livestock", "agricultural", "fishery", "mixed"] as const;

const listQuery = pageQuery.extend({ collection_type: z.enum(COLLECTION_TYPES).optional() });

/**
 * What the apps' status filters mean in the supergraph. CT set a collection `validated` once its team
 * lead approved it; here it stays SUBMITTED (pending level 2) until the supervisor decides, and CT's
 * reject is a return to the agent.
 */
const TEAM_LEAD_FILTERS: Record<string, Record<string, unknown>> = {
  submitted: { pendingLevel: 1 },
  validated: { status: ["VALIDATED"] },
  rejected: { status: ["REJECTED", "RETURNED"] },
};
const SUPERVISOR_FILTERS: Record<string, Record<string, unknown>> = {
  pending: { pendingLevel: 2 },
  approved: { status: ["VALIDATED"] },
  rejected: { status: ["REJECTED", "RETURNED"] },
};

const byStatusQuery = listQuery.extend({
  collection_status: z.enum(["submitted", "validated", "rejected"]).optional(),
  validation_status: z.enum(["pending", "approved", "rejected"]).optional(),
  validation_level: z.enum(["1", "2"]).optional(),
});

async function collectionPage(
  operation: RunOperation,
  query: z.infer<typeof listQuery>,
  filter: Record<string, unknown> = {},
) {
  const { collections } = await operation("RestCollections", {
    filter: {
      ...filter,
      ...(query.collection_type ? { type: query.collection_type.toUpperCase() } : {}),
      ...(query.search ? { search: query.search } : {}),
    },
    ...offsetPage(query),
  });
  const page = pageOf(collections);
  return tradeFlowList({ ...page, rows: page.rows.map(ctCollection) }, query);
}

/**
 * An action on a collection at a given level: reads the version to send (the apps do not know it) and
 * checks the collection waits at the route's level, so that a supervisor's route never approves level 1.
 */
async function actAtLevel(
  operation: RunOperation,
  id: string,
  level: 1 | 2,
  mutation: "RestApproveCollection" | "RestReturnCollection",
  input: Record<string, unknown>,
) {
  const { collection } = await operation("RestCollectionState", { id });
  if (collection.workflow.currentLevel !== level) {
    throw new RestError(409, `Action impossible : la collecte n'est pas en attente de validation au niveau ${level}`, [
      { code: "CONFLICT", status: collection.status.toLowerCase(), current_level: collection.workflow.currentLevel },
    ]);
  }
  const data = await operation(mutation, { id, version: collection.version, input });
  const acted = data.approveCollection ?? data.returnCollection;
  const decision = [...acted.history].reverse().find((entry: { level: number | null }) => entry.level === level);
  return {
    ...ctValidation(decision, acted.id),
    is_resubmission: acted.isResubmission,
    collection_status: acted.status.toLowerCase(),
  };
}

const scoreField = z
  .number({ error: "data_quality_score : un score de 0 à 100 est requis" })
  .int()
  .nullable()
  .optional();

export const tradeFlowRoutes = [
  route({
    method: "get",
    path: "/trade-flow/agents/collections",
    tag: "trade-flow",
    summary: "Collections in the caller's scope (query collections)",
    query: listQuery,
    message: "Collectes récupérées",
    run: (operation, { query }) => collectionPage(operation, query),
  }),
  route({
    method: "get",
    path: "/trade-flow/collections/by-validation-status",
    tag: "trade-flow",
    summary: "Collections by validation status: team leads `collection_status`, supervisors `validation_status`",
    query: byStatusQuery,
    message: "Collectes récupérées",
    run: (operation, { query }) => {
      const filter = query.collection_status
        ? TEAM_LEAD_FILTERS[query.collection_status]
        : query.validation_status
          ? SUPERVISOR_FILTERS[query.validation_status]
          : {};
      return collectionPage(operation, query, filter);
    },
  }),
  route({
    method: "get",
    path: "/trade-flow/digitalized-collections/:id",
    tag: "trade-flow",
    summary: "One collection with its items, controls and validations (query collection)",
    params: idParam,
    message: "Collecte récupérée",
    run: async (operation, { params }) =>
      ctCollection((await operation("RestCollection", { id: params.id })).collection),
  }),
  route({
    method: "get",
    path: "/trade-flow/collections/:id/workflow",
    tag: "trade-flow",
    summary: "Where a collection stands in validation (query collection { workflow history })",
    params: idParam,
    message: "Workflow récupéré",
    run: async (operation, { params }) => ctWorkflow((await operation("RestCollection", { id: params.id })).collection),
  }),
  route({
    method: "post",
    path: "/trade-flow/collections/:id/validate/team-manager/complete",
    tag: "trade-flow",
    summary: "Team lead approves at level 1 (mutation approveCollection)",
    params: idParam,
    body: z.object({ data_quality_score: scoreField, validation_notes: z.string().max(4000).nullish() }),
    message: "Collecte validée au niveau 1 (chef d'équipe)",
    run: (operation, { params, body }) =>
      actAtLevel(operation, params.id, 1, "RestApproveCollection", {
        score: body.data_quality_score ?? null,
        notes: body.validation_notes ?? null,
      }),
  }),
  route({
    method: "post",
    path: "/trade-flow/collections/:id/validate/supervisor/complete",
    tag: "trade-flow",
    summary: "Supervisor approves at level 2 (mutation approveCollection)",
    params: idParam,
    body: z.object({
      data_quality_score: scoreField,
      validation_notes: z.string().max(4000).nullish(),
      // Sent by the app; the supergraph keeps no validation metadata.
      validation_metadata: z.record(z.string(), z.unknown()).nullish(),
    }),
    message: "Collecte validée au niveau 2 (superviseur)",
    run: (operation, { params, body }) =>
      actAtLevel(operation, params.id, 2, "RestApproveCollection", {
        score: body.data_quality_score ?? null,
        notes: body.validation_notes ?? null,
      }),
  }),
  route({
    method: "post",
    path: "/trade-flow/collections/:id/reject",
    tag: "trade-flow",
    summary: "Returns the collection to its agent for correction (CT's reject; mutation returnCollection)",
    params: idParam,
    body: z.object({
      reason: z.string().trim().min(1, "le motif est requis").max(4000),
      level: z.enum(["1", "2"], { error: 'level : "1" ou "2"' }),
    }),
    message: "Collecte renvoyée à l'agent pour correction",
    run: (operation, { params, body }) =>
      actAtLevel(operation, params.id, Number(body.level) as 1 | 2, "RestReturnCollection", {
        instructions: body.reason,
      }),
  }),
  route({
    method: "get",
    path: "/trade-flow/collections/counts/by-level",
    tag: "trade-flow",
    summary: "Workflow counts per level in the caller's scope (query collectionCounts)",
    query: z.object({ start_date: z.iso.date().optional(), end_date: z.iso.date().optional() }),
    message: "Compteurs récupérés",
    run: async (operation, { query, viewer }) => {
      const { collectionCounts: counts } = await operation("RestCollectionCounts", {
        from: query.start_date ? `${query.start_date}T00:00:00.000Z` : null,
        to: query.end_date ? `${query.end_date}T23:59:59.999Z` : null,
      });
      const submitted = counts.total - counts.drafts;
      // The board of the caller's level: a team lead's is level 1, a supervisor's level 2.
      const level = viewer?.role === "TEAM_LEAD" ? 1 : viewer?.role === "SUPERVISOR" ? 2 : null;
      return {
        submitted_by_collector: submitted,
        validated_by_team_manager: counts.validatedLevel1,
        validated_by_supervisor: counts.validatedLevel2,
        rejected_by_team_manager: counts.rejectedLevel1,
        rejected_by_supervisor: counts.rejectedLevel2,
        returned_for_correction: counts.returned,
        total_submitted: submitted,
        total_validated: counts.validatedLevel2,
        total_rejected: counts.rejectedLevel1 + counts.rejectedLevel2 + counts.returned,
        pending_team_manager: counts.pendingLevel1,
        pending_supervisor: counts.pendingLevel2,
        pending:
          level === 1
            ? counts.pendingLevel1
            : level === 2
              ? counts.pendingLevel2
              : counts.pendingLevel1 + counts.pendingLevel2,
        validated: level === 1 ? counts.validatedLevel1 : counts.validatedLevel2,
        rejected:
          level === 1
            ? counts.rejectedLevel1
            : level === 2
              ? counts.rejectedLevel2
              : counts.rejectedLevel1 + counts.rejectedLevel2,
        total: submitted,
        period: { start_date: counts.from, end_date: counts.to },
      };
    },
  }),
  route({
    method: "get",
    path: "/trade-flow/collections/stats/user",
    tag: "trade-flow",
    summary: "The caller's decisions per month and collection type, last 12 months (S2; query myDecisionsByMonth)",
    message: "Statistiques de vos décisions récupérées",
    run: async (operation) => {
      const { myDecisionsByMonth } = await operation<{ myDecisionsByMonth: DecisionMonthCount[] }>("RestMyDecisions");
      return ctDecisions(myDecisionsByMonth);
    },
  }),
  route({
    method: "get",
    path: "/trade-flow/collections/stats/teams",
    tag: "trade-flow",
    summary:
      "Pending and decided per level for each team lead in scope, with totals (S3; query teamValidationBreakdown)",
    message: "Répartition par chef d'équipe récupérée",
    run: async (operation) => {
      const { teamValidationBreakdown } = await operation<{ teamValidationBreakdown: TeamBreakdown }>(
        "RestTeamBreakdown",
      );
      return {
        teams: teamValidationBreakdown.teams.map(ctTeamRow),
        totals: ctTeamCounts(teamValidationBreakdown.totals),
      };
    },
  }),
  route({
    method: "get",
    path: "/trade-flow/agents/assigned",
    tag: "trade-flow",
    summary: "A team lead's agents or a supervisor's team leads, with their activity (query assignedStaff)",
    query: pageQuery,
    message: "Agents rattachés récupérés",
    run: async (operation, { query }) => {
      const { assignedStaff } = await operation("RestAssignedStaff", {
        ...(query.search ? { search: query.search } : {}),
        ...offsetPage(query),
      });
      const page = pageOf(assignedStaff);
      return tradeFlowList({ ...page, rows: page.rows.map(ctAssignedAgent) }, query);
    },
  }),
];
