import { DEMO_PASSWORD } from "./db/demo-data.js";

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

/** A bare HTTP GraphQL client: tests see exactly what a browser or the mobile app would. */
export class GraphQLClient {
  constructor(readonly url: string) {}

  async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResult<T>> {
    return this.raw(JSON.stringify({ query, variables }), options);
  }

  async raw(
    body: string,
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResult<any>> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body,
    });
    const text = await response.text();
    let parsed: GraphQLResult["body"];
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`non-JSON response (${response.status}): ${text.slice(0, 200)}`);
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  /** Logs in and returns the access token (fails the test on any error). */
  async login(
    login: string,
    password = DEMO_PASSWORD,
  ): Promise<{ accessToken: string; refreshToken: string; userId: string }> {
    const result = await this.request<{ login: { accessToken: string; refreshToken: string; user: { id: string } } }>(
      `mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }`,
      { input: { login, password } },
    );
    if (!result.body.data?.login) throw new Error(`login failed: ${JSON.stringify(result.body.errors)}`);
    const { accessToken, refreshToken, user } = result.body.data.login;
    return { accessToken, refreshToken, userId: user.id };
  }
}
