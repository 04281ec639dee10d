// Test tiers: unit (pure stages), integration and api (real Neo4j, started once per run
// by the global setup unless NEO4J_URI is given), e2e (the CLI and the browser page).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // The first extraction in a file loads the word lists and the tagger model (about a second, more on a busy machine).
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j-global.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
