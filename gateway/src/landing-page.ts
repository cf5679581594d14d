import { createRequire } from "node:module";
import path from "node:path";
import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Express } from "express";
import type { GatewayEnv } from "./env.js";

/**
 * What a browser gets at /graphql (LANDING_PAGE): Apollo Sandbox, GraphiQL, or nothing. Both editors start
 * on the same note, since the schema only opens to an ANALYST, ADMIN or SUPER_ADMIN access token.
 */
const STARTING_DOCUMENT = `# Commerce Tracking: this gateway's schema (introspection, autocompletion, field
# suggestions) opens to ANALYST, ADMIN and SUPER_ADMIN access tokens.
# 1. Fill in the variables and run Login below.
# 2. Copy the accessToken into the Headers tab: Authorization: Bearer <accessToken>
# 3. Reload the schema; every operation then runs as you.
mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    expiresIn
    user {
      fullName
      role
    }
  }
}
`;
const STARTING_VARIABLES = { input: { login: "", password: "" } };

export function landingPagePlugin(env: GatewayEnv): ApolloServerPlugin {
  switch (env.landingPage) {
    case "sandbox":
      // Sandbox's endpoint is the page's own URL: the gateway's, as the browser reaches it.
      return ApolloServerPluginLandingPageLocalDefault({
        embed: { runTelemetry: false, endpointIsEditable: false },
        document: STARTING_DOCUMENT,
        variables: STARTING_VARIABLES,
        includeCookies: false,
      });
    case "graphiql":
      return {
        async serverWillStart() {
          return {
            async renderLandingPage() {
              return { html: graphiqlPage() };
            },
          };
        },
      };
    case "off":
      return ApolloServerPluginLandingPageDisabled();
  }
}

/**
 * GraphiQL for field offices that cannot reach Apollo's CDN: its prebuilt bundle and React's UMD builds are
 * served from node_modules, and nothing on the page is fetched from anywhere but the gateway.
 */
const require = createRequire(import.meta.url);
// React's package exports do not list its UMD builds: resolve the packages, then the files inside them.
const packageFile = (name: string, file: string) =>
  path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
const GRAPHIQL_ASSETS: Record<string, string> = {
  "react.production.min.js": packageFile("react", "umd/react.production.min.js"),
  "react-dom.production.min.js": packageFile("react-dom", "umd/react-dom.production.min.js"),
  "graphiql.min.js": packageFile("graphiql", "graphiql.min.js"),
  "graphiql.min.css": packageFile("graphiql", "graphiql.min.css"),
};
export const GRAPHIQL_ASSETS_PATH = "/graphiql-assets";

export function mountGraphiqlAssets(app: Express): void {
  app.get(`${GRAPHIQL_ASSETS_PATH}/:file`, (req, res) => {
    const file = GRAPHIQL_ASSETS[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: "1d" });
  });
}

function graphiqlPage(): string {
  const asset = (file: string) => `${GRAPHIQL_ASSETS_PATH}/${file}`;
  // JSON is valid JavaScript; `<` is escaped so the note cannot close the script element.
  const settings = JSON.stringify({
    query: STARTING_DOCUMENT,
    variables: JSON.stringify(STARTING_VARIABLES, null, 2),
  }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Commerce Tracking — GraphiQL</title>
  <link rel="stylesheet" href="${asset("graphiql.min.css")}">
  <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="${asset("react.production.min.js")}"></script>
  <script src="${asset("react-dom.production.min.js")}"></script>
  <script src="${asset("graphiql.min.js")}"></script>
  <script>
    const settings = ${settings};
    const endpoint = window.location.origin + window.location.pathname;
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, {
        fetcher: GraphiQL.createFetcher({ url: endpoint }),
        defaultQuery: settings.query,
        variables: settings.variables,
        defaultEditorToolsVisibility: "headers",
        shouldPersistHeaders: false,
      }),
    );
  </script>
</body>
</html>
`;
}
