import type { RunOperation } from "./execute.js";
import { route, type RestRoute } from "./route.js";

interface LevelCount {
  level: number;
  count: number;
}
interface MonthCount {
  month: number;
  label: string;
  nameFr: string;
  count: number;
}
/** The fields of `administrationStatistics` that RestAdministrationStatistics reads. */
interface AdministrationStatistics {
  year: number;
  totalCollections: number;
  acceptedBySupervisor: number;
  rejected: number;
  rejectedByLevel: LevelCount[];
  pending: number;
  pendingByLevel: LevelCount[];
  collectionsPerMonth: MonthCount[];
  acceptedPerMonth: MonthCount[];
  rejectedPerMonth: MonthCount[];
}

const atLevel = (counts: LevelCount[], level: number) => counts.find((row) => row.level === level)?.count ?? 0;

/** CT's figures, by the names its contexts read, from one `administrationStatistics` answer. */
function ctFigures(stats: AdministrationStatistics) {
  const monthly = (rows: MonthCount[]) =>
    rows.map((row) => ({ year: stats.year, month: row.month, month_name: row.nameFr, count: row.count }));
  return {
    total_collections: stats.totalCollections,
    total_accepted_by_supervisor: stats.acceptedBySupervisor,
    total_rejected: stats.rejected,
    total_rejected_by_team_lead: atLevel(stats.rejectedByLevel, 1),
    total_rejected_by_supervisor: atLevel(stats.rejectedByLevel, 2),
    pending_team_lead: atLevel(stats.pendingByLevel, 1),
    pending_supervisor: atLevel(stats.pendingByLevel, 2),
    total_pending: stats.pending,
    monthly_collections: monthly(stats.collectionsPerMonth),
    monthly_accepted_by_supervisor: monthly(stats.acceptedPerMonth),
    // The supergraph counts rejections per month, not per level and month: the total only.
    monthly_rejected: stats.rejectedPerMonth.map((row) => ({
      year: stats.year,
      month: row.month,
      month_name: row.nameFr,
      total_rejected: row.count,
    })),
    period: { start_date: `${stats.year}-01-01`, end_date: `${stats.year}-12-31` },
    generated_at: new Date().toISOString(),
  };
}
type Figures = ReturnType<typeof ctFigures>;

async function figures(operation: RunOperation): Promise<Figures> {
  const { administrationStatistics } = await operation<{ administrationStatistics: AdministrationStatistics }>(
    "RestAdministrationStatistics",
  );
  return ctFigures(administrationStatistics);
}

/** The fields of each `/admin/stats/*` card (S6–S10), answered as `result {success, data}`. */
const CARDS: [slug: string, summary: string, fields: (keyof Figures)[]][] = [
  ["total-collections", "Collections in the workflow, all years (S6)", ["total_collections"]],
  ["accepted-by-supervisor", "Collections validated at the last level (S7)", ["total_accepted_by_supervisor"]],
  [
    "rejected-by-level",
    "Rejections per level (S8)",
    ["total_rejected", "total_rejected_by_supervisor", "total_rejected_by_team_lead"],
  ],
  ["pending", "Collections pending per level (S9)", ["pending_team_lead", "pending_supervisor", "total_pending"]],
  ["monthly-collections", "Collections per month of the current year (S10)", ["monthly_collections", "period"]],
];

const pick = (all: Figures, fields: (keyof Figures)[]) =>
  Object.fromEntries([...fields, "generated_at"].map((field) => [field, all[field as keyof Figures]]));

/** The admin dashboard's figures (S6–S11), each from `administrationStatistics` (administrators only). */
export const adminStatsRoutes: RestRoute[] = [
  ...CARDS.map(([slug, summary, fields]) =>
    route({
      method: "get",
      path: `/admin/stats/${slug}`,
      tag: "admin-stats",
      summary: `${summary} (query administrationStatistics)`,
      message: "Statistiques récupérées",
      run: async (operation) => ({ success: true, data: pick(await figures(operation), fields) }),
    }),
  ),
  route({
    method: "get",
    path: "/admin/validation-stats",
    tag: "admin-stats",
    summary: "Validated vs rejected per month, with the totals (S11; query administrationStatistics)",
    message: "Statistiques de validation récupérées",
    // S11 has no nested `data`: the figures are the result itself.
    run: (operation) => figures(operation),
  }),
];
