/** Parent types of the auth subgraph's resolvers (see codegen.ts). */
export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: "Bearer";
  userId: string;
}

export interface UserReference {
  id: string;
}
