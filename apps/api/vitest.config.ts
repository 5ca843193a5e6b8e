import { defineConfig } from 'vitest/config';

// Every test once on SQLite; the whole in-process API suite (`*.api.test.ts`, built by
// test-support/test-app.ts) a second time on MongoDB over mingo with files in GridFS.
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'sqlite', provide: { store: 'sqlite' } } },
      { extends: true, test: { name: 'mongo-mingo', include: ['src/**/*.api.test.ts'], provide: { store: 'mingo' } } },
    ],
  },
});
