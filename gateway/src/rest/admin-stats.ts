import { notYet } from "./route.js";

const MISSING = "les statistiques du tableau de bord d'administration (module statistics de tradeflow, S6–S11)";

/** The admin dashboard's figures (S6–S11): one entry each once the statistics operations land. */
export const adminStatsRoutes = [
  ["total-collections", "Total collections (S6)"],
  ["accepted-by-supervisor", "Collections validated at level 2 (S7)"],
  ["rejected-by-level", "Rejections per level (S8)"],
  ["pending", "Pending per level (S9)"],
  ["monthly-collections", "Collections per month of the year (S10)"],
]
  .map(([slug, summary]) =>
    notYet({ method: "get", path: `/admin/stats/${slug}`, tag: "admin-stats", summary: summary! }, MISSING),
  )
  .concat(
    notYet(
      {
        method: "get",
        path: "/admin/validation-stats",
        tag: "admin-stats",
        summary: "Validated vs rejected per month (S11)",
      },
      MISSING,
    ),
  );
