import { z } from "zod";
import { adminList, numericIdParam, pageOf, pageQuery, offsetPage, route } from "./route.js";
import { ACTOR_ROLES, CT_GENDERS, ctActor, ctDeleteResult, ctNumber, joinName } from "./shapes.js";

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
        ...offsetPage(query),
      });
      const page = pageOf(users);
      return adminList({ ...page, rows: page.rows.map(ctActor) }, query);
    },
  }),
  route({
    method: "post",
    path: "/admin/actors",
    tag: "admin-actors",
    summary: "Onboards a collector, team manager or supervisor as CT's forms do (mutation createStaff)",
    body: z.object({
      first_name: z.string().trim().min(1, "prénom requis").max(100),
      last_name: z.string().trim().min(1, "nom requis").max(100),
      email: z.email("email invalide").nullish(),
      phone: z.string().trim().min(4).max(32).nullish(),
      actor_role: actorRole,
      gender: z.enum(["M", "F"]).optional(),
      password: z.string().min(1, "mot de passe requis").max(1024),
      country_id: ctNumber.nullish(),
      organization_id: ctNumber.nullish(),
      collection_point_id: ctNumber.nullish(),
      team_manager_id: ctNumber.nullish(),
      supervisor_id: ctNumber.nullish(),
    }),
    message: "Acteur créé",
    run: async (operation, { body }) => {
      const text = (id: number | string | null | undefined) =>
        id === null || id === undefined ? undefined : String(id);
      const { createStaff } = await operation("RestCreateStaff", {
        input: {
          firstName: body.first_name,
          lastName: body.last_name,
          email: body.email ?? undefined,
          phone: body.phone ?? undefined,
          role: ACTOR_ROLES[body.actor_role],
          gender: body.gender ? CT_GENDERS[body.gender] : undefined,
          password: body.password,
          countryId: text(body.country_id),
          organisationId: text(body.organization_id),
          collectionPointIds: body.collection_point_id ? [String(body.collection_point_id)] : undefined,
          teamLeadId: text(body.team_manager_id),
          supervisorId: text(body.supervisor_id),
        },
      });
      return {
        ...ctActor(createStaff.user),
        password_set: createStaff.passwordSet,
        must_change_password: createStaff.mustChangePassword,
      };
    },
  }),
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
    summary: "Deletes a staff member who recorded and validated nothing; deactivates anyone else (deleteUser)",
    params: numericIdParam,
    message: "Suppression traitée",
    run: async (operation, { params }) =>
      ctDeleteResult((await operation("RestDeleteUser", { id: params.id })).deleteUser),
  }),
];
