import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against the production build and the emulator.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globals: true,
    environment: 'node',
    globalSetup: ['./tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
