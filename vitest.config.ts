import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/unit/setup-korean.ts'],
    // Correctness tests, not timings: a busy 2-core CI machine must not fail them for being slow.
    testTimeout: 60_000,
  },
});
