/** The process's lifecycle as the app sees it: ready while the store answers and no shutdown has
 * begun (the readiness probe), and the stopping flag the shutdown sets. A store that does not
 * answer is logged (the probe's answer says nothing of why). */
import type { AppLog, Lifecycle } from '../config/app-deps.js';

export function createLifecycle(options: { storeAnswers: () => Promise<unknown>; log: Pick<AppLog, 'warn'> }): Lifecycle {
  let stopping = false;
  return {
    get stopping() {
      return stopping;
    },
    beginStopping() {
      stopping = true;
    },
    async ready() {
      if (stopping) return false;
      try {
        await options.storeAnswers();
        return !stopping;
      } catch (error) {
        options.log.warn(`readiness check: the store did not answer: ${(error as Error).message}`);
        return false;
      }
    },
  };
}
