import { defineConfig } from 'vitest/config';

// Unit, component and integration tests. Browser tests live in tests/e2e and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    globals: true,
    include: [
      'src/**/*.test.{ts,tsx}',
      'emulator/**/*.test.ts',
      'schema/**/*.test.ts',
      'tests/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'eslint-rules/**/*.test.ts',
    ],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['./tests/setup/vitest-setup.ts'],
    globalSetup: ['./tests/setup/demo-tenant-global-setup.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
