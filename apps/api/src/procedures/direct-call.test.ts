import { describe, expect, it } from 'vitest';
import { appRouter } from './app.router.js';
import { directCallOf } from './direct-call.js';
import { documentedProcedures } from './operations.js';
import { protectedProcedure, router } from './init.js';

describe('directCallOf', () => {
  it('calls every documented procedure directly (a tRPC upgrade that changes its internals fails here)', () => {
    const without = documentedProcedures(appRouter).filter((operation) => directCallOf(appRouter, operation.name) === null);
    expect(without.map((operation) => operation.name)).toEqual([]);
  });

  it('leaves a procedure with middlewares of its own to a tRPC caller', () => {
    const extra = router({ odd: protectedProcedure.use(({ next }) => next()).query(() => 'odd') });
    expect(directCallOf(extra, 'odd')).toBeNull();
    expect(directCallOf(extra, 'missing')).toBeNull();
  });
});
