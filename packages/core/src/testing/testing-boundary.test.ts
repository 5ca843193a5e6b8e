/// <reference types="vite/types/importMeta.d.ts" />
import { describe, expect, it } from 'vitest';

// Every shipped source and support file of core, as text, keyed by its path from the package
// root. Vite reads them when it transforms this test, so the test itself does no I/O.
const sources = import.meta.glob<string>(['/src/**/*.ts', '!/src/**/*.test.ts', '!/src/**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const importsOf = (source: string): string[] => [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1] ?? '');
const inTesting = (path: string) => path.startsWith('/src/testing/');
const isTestSupport = (path: string) => path.includes('/test-support/');

describe('@jobtracker/core/testing', () => {
  it('finds the sources it checks', () => {
    expect(Object.keys(sources).filter(inTesting)).toContain('/src/testing/index.ts');
    expect(Object.keys(sources)).toContain('/src/index.ts');
  });

  it('is never imported by production code', () => {
    const offenders = Object.entries(sources)
      .filter(([path]) => !inTesting(path) && !isTestSupport(path))
      .filter(([, source]) => importsOf(source).some((target) => /(^|\/)testing(\/|$)/.test(target)))
      .map(([path]) => path);
    expect(offenders).toEqual([]);
  });

  it('stays pure: no Node APIs, no test framework, no test-only helpers', () => {
    const offenders = Object.entries(sources)
      .filter(([path]) => inTesting(path))
      .flatMap(([path, source]) => importsOf(source).map((target) => `${path} -> ${target}`))
      .filter((edge) => /-> (node:|vitest|.*test-support)/.test(edge));
    expect(offenders).toEqual([]);
  });
});
