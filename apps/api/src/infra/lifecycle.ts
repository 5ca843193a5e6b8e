/** The process's lifecycle as the app sees it: ready while the store answers and no shutdown has
 * begun (the readiness probe), and the stopping flag the shutdown sets. */
import type { Lifecycle } from '../config/app-deps.js';

export function createLifecycle(storeAnswers: () => Promise<void>): Lifecycle {
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
        await storeAnswers();
        return !stopping;
      } catch {
        return false;
      }
    },
  };
}
