import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the bot and the M365 Agents Playground as processes, driven in Debian's
 * Chromium (`npm run test:e2e`). One file at a time, steps in order: a browser and two servers
 * per file are heavy, and later steps use what earlier ones made.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
    sequence: { concurrent: false },
    // Screenshots attached to failures are copied here (git-ignored with the shots).
    attachmentsDir: 'test/e2e/__shots__/.attachments',
  },
});
