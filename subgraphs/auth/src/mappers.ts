/** Parent types of the auth subgraph's resolvers (see codegen.ts). */
export type { AuthSession as SessionRow } from "#shared/db/client.js";

export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: "Bearer";
  mustChangePassword: boolean;
  userId: string;
  /** Login only: the token that makes this a known device at the next login. */
  deviceToken?: string;
}

export interface UserReference {
  id: string;
}
