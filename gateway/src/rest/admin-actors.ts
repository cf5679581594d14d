import { z } from "zod";
import { adminList, notYet, numericIdParam, pageOf, pageQuery, pageWindow, route } from "./route.js";
import { ACTOR_ROLES, ctActor, joinName } from "./shapes.js";

const actorRole = z.enum(Object.keys(ACTOR_ROLES) as [keyof typeof ACTOR_ROLES, ...(keyof typeof ACTOR_ROLES)[]]);

export const adminActorRoutes = [
  route({
    method: "get",
    path: "/admin/actors",
    tag: "admin-actors",
    summary: "Staff by CT role: collectors, team managers, supervisors (query users)",
    query: pageQuery.extend({ actor_role: actorRole.optional() }),
    message: "Acteurs récupérés",
    run: async (operation, { query }) => {
      const { users } = await operation("RestUsers", {
        filter: {
          ...(query.actor_role ? { role: ACTOR_ROLES[query.actor_role as keyof typeof ACTOR_ROLES] } : {}),
          ...(query.search ? { search: query.search } : {}),
        },
        first: pageWindow(query),
      });
      const page = pageOf(users, query);
      return adminList({ ...page, rows: page.rows.map(ctActor) }, query);
    },
  }),
  notYet(
    {
      method: "post",
      path: "/admin/actors",
      tag: "admin-actors",
      summary: "Create a collector, team manager or supervisor",
    },
    "la création d'un membre du personnel avec mot de passe, organisation, pays et point de collecte " +
      "(mutation de création du personnel)",
  ),
  route({
    method: "put",
    path: "/admin/actors/:id",
    tag: "admin-actors",
    summary: "Edit a staff member's name, email and phone (mutation updateUser)",
    params: numericIdParam,
    body: z.object({
      first_name: z.string().trim().max(100).optional(),
      last_name: z.string().trim().max(100).optional(),
      email: z.email("email invalide").nullish(),
      phone: z.string().trim().min(4).max(32).nullish(),
    }),
    message: "Acteur mis à jour",
    run: async (operation, { params, body }) => {
      const fullName = joinName(body.first_name, body.last_name);
      const { updateUser } = await operation("RestUpdateUser", {
        id: params.id,
        input: {
          ...(fullName ? { fullName } : {}),
          ...(body.email !== undefined ? { email: body.email } : {}),
          ...(body.phone !== undefined ? { phone: body.phone } : {}),
        },
      });
      return ctActor(updateUser);
    },
  }),
  route({
    method: "delete",
    path: "/admin/actors/:id",
    tag: "admin-actors",
    summary: "Deactivates the account (accounts are never deleted; mutation deactivateUser)",
    params: numericIdParam,
    message: "Acteur désactivé (les comptes ne sont jamais supprimés)",
    run: async (operation, { params }) => {
      const { deactivateUser } = await operation("RestDeactivateUser", {
        id: params.id,
        reason: "REST DELETE /admin/actors",
      });
      return ctActor(deactivateUser);
    },
  }),
];
