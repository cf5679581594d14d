import { z } from "zod";
import { RestError } from "./envelope.js";
import { numericIdParam, route } from "./route.js";
import { ctUser } from "./shapes.js";

const loginBody = z.object({
  username: z.string().trim().min(1, "identifiant (téléphone ou email) requis").max(254),
  password: z.string().min(1, "mot de passe requis").max(1024),
});

export const authRoutes = [
  route({
    method: "post",
    path: "/auth/login",
    tag: "auth",
    summary: "Sign in with a phone number or an email (mutation login)",
    public: true,
    body: loginBody,
    message: "Connexion réussie",
    failures: { UNAUTHENTICATED: "Identifiants invalides : vérifiez le téléphone ou l'email et le mot de passe" },
    run: async (operation, { body }) => {
      const { login } = await operation("RestLogin", { input: { login: body.username, password: body.password } });
      return {
        access_token: login.accessToken,
        refresh_token: login.refreshToken,
        expires_in: login.expiresIn,
        // After an administrator's reset only changePassword, logout and the profile work.
        must_change_password: login.mustChangePassword,
        user: ctUser(login.user),
      };
    },
  }),
  route({
    method: "post",
    path: "/auth/refresh",
    tag: "auth",
    summary: "New token pair for a refresh token (mutation refreshSession); the answer is not enveloped",
    public: true,
    body: z.object({ refreshToken: z.string().min(1, "refreshToken requis").max(1024) }),
    message: "Jetons renouvelés",
    failures: { UNAUTHENTICATED: "Authentification requise : session expirée ou terminée, reconnectez-vous" },
    reply: "bare",
    run: async (operation, { body }) => {
      const { refreshSession } = await operation("RestRefresh", { refreshToken: body.refreshToken });
      return { accessToken: refreshSession.accessToken, refreshToken: refreshSession.refreshToken };
    },
  }),
  route({
    method: "get",
    path: "/auth/profile",
    tag: "auth",
    summary: "The signed-in user (query me)",
    message: "Profil récupéré",
    run: async (operation) => {
      const { me } = await operation("RestProfile");
      // `me` is null for an anonymous request: the apps expect the 401 that sends them to refresh.
      if (!me) throw new RestError(401, "Authentification requise : jeton d'accès absent, invalide ou expiré");
      return ctUser(me);
    },
  }),
  route({
    method: "put",
    path: "/auth/profile/:id",
    tag: "auth",
    summary: "Edit one's own name, email and phone (mutation updateMyProfile)",
    params: numericIdParam,
    body: z.object({
      username: z.string().trim().min(1).max(200).optional(),
      email: z.email("email invalide").nullish(),
      phone: z.string().trim().min(4).max(32).nullish(),
      current_password: z.string().max(1024).optional(),
    }),
    message: "Profil mis à jour",
    run: async (operation, { params, body, viewer }) => {
      // updateMyProfile edits the caller's own profile: another id is a request this route cannot serve.
      if (viewer && viewer.userId !== params.id) {
        throw new RestError(403, "Accès refusé : vous ne pouvez modifier que votre propre profil");
      }
      const { updateMyProfile } = await operation("RestUpdateProfile", {
        input: {
          ...(body.username ? { fullName: body.username } : {}),
          ...(body.email !== undefined ? { email: body.email } : {}),
          ...(body.phone !== undefined ? { phone: body.phone } : {}),
          ...(body.current_password ? { currentPassword: body.current_password } : {}),
        },
      });
      return ctUser(updateMyProfile);
    },
  }),
];
