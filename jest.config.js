// Unit, content and component tests. Browser tests have their own config (jest.e2e.config.js)
// because they need a built and running server.
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: "./" });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  // Only *.test.* files are tests; other files under __tests__ are helpers and fixtures.
  testMatch: ["**/*.test.[jt]s?(x)"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/__tests__/e2e/"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // `server-only` throws outside React Server Components; tests call the loaders directly.
    "^server-only$": "<rootDir>/__tests__/support/empty-module.js",
  },
};

// next-intl and use-intl ship ES modules only, so jest must transform them.
module.exports = async () => {
  const resolved = await createJestConfig(config)();
  resolved.transformIgnorePatterns = [
    "/node_modules/(?!(next-intl|use-intl|@formatjs|intl-messageformat|icu-minify)/)",
    "^.+\\.module\\.(css|sass|scss)$",
  ];
  return resolved;
};
