import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Apollo; the tests must share that one instance
    // (vite would otherwise pick the .mjs build and `instanceof GraphQLError` would fail).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // One Neo4j JVM for the whole run; files share it and isolate by unique ids.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 90_000,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
