import { defineConfig } from 'vitest/config';

// Browser tests start a real server and Chromium: give them room, and run them one at a time.
export default defineConfig({
  test: { include: ['e2e/**/*.e2e.test.ts', 'budget/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false },
});
