// ESLint (flat config): typescript-eslint's recommended rules, the type-aware promise rules that catch a
// forgotten `await`, and import-cycle detection. Formatting is Prettier's job (eslint-config-prettier).
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import prettier from "eslint-config-prettier";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

// Exempt, as SQL files are: a line that is an SQL statement, and a line holding one long string literal (a
// GraphQL document or a message written on one line reads better whole than cut into pieces).
const SQL_LINE = String.raw`^\s*[\x60"']?(INSERT|SELECT|UPDATE|DELETE|CREATE|ALTER|DROP)\b`;

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "dist/**",
      "**/generated/**",
      "shared/src/db/generated/**",
      ".tmp/**",
      "coverage/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "import-x": importX },
    // Resolves `./x.js` to `./x.ts` and the `#shared/*` import map, so cycles through them are found.
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
    },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        // node:test's test()/describe() return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["test", "it", "describe", "suite"] },
          ],
        },
      ],
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Tests and their GraphQL client read untyped response bodies; typing every one adds nothing.
    files: ["tests/**/*.ts", "scripts/graphql-client.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  prettier,
  // After eslint-config-prettier, which turns max-len off: Prettier wraps code at 120 but not strings or
  // comments, and the house limit is 120 for every hand-written line.
  {
    files: ["**/*.ts"],
    rules: {
      "max-len": [
        "error",
        {
          code: 120,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          ignorePattern: SQL_LINE,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
        },
      ],
    },
  },
);
