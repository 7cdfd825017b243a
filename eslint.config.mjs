import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The one-way flow (ARCHITECTURE.md): source files → lib/ingest (pure) → lib/import (IO) →
// PostgreSQL → lib/queries, lib/search, lib/tables → app/ → components/. These rules fail
// `npm run lint` when a layer reaches past its neighbour.
const DATABASE = ["pg", "kysely", "@prisma/*", "prisma-extension-kysely"];
const databaseModules = (prefix) => [
  `${prefix}/db`,
  `${prefix}/database/*`,
  `${prefix}/generated/*`,
  `${prefix}/ingest/*`,
  `${prefix}/import/*`,
  `${prefix}/search/search-sql`,
  `${prefix}/search/filters`,
];
const uiLayer = {
  paths: DATABASE.filter((name) => !name.includes("*")).map((name) => ({
    name,
    message: "Pages and components read through lib/queries and lib/search, never the database.",
  })),
  patterns: [
    {
      group: [
        ...DATABASE.filter((name) => name.includes("*")),
        ...databaseModules("@/lib"),
        ...databaseModules("**/lib"),
      ],
      message:
        "Pages and components read through lib/queries and lib/search: no database, SQL, parsing or import here.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", uiLayer] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*", "**/app/*", "**/components/*"],
              message: "lib/ never imports pages or components: data flows from lib/ to app/ to components/.",
            },
          ],
        },
      ],
    },
  },
  {
    // The read side (queries, search, tables) never reaches into the import's writing side.
    files: ["lib/queries/**", "lib/search/**", "lib/tables/**", "lib/domain/**", "lib/schemas/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/app/*",
                "@/components/*",
                "**/app/*",
                "**/components/*",
                "**/import/*",
                "@/lib/import/*",
              ],
              message: "The read side imports nothing from the import (write side), pages or components.",
            },
          ],
        },
      ],
    },
  },
  {
    // The parser is pure: no database, no file system writes, no import side.
    files: ["lib/ingest/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["pg", "kysely"].map((name) => ({ name, message: "lib/ingest is pure parsing." })),
          patterns: [
            {
              group: ["**/db", "**/database/*", "**/import/*", "**/queries/*", "@prisma/*"],
              message: "lib/ingest is pure parsing: the import's IO lives in lib/import.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
