/** What a worker tells the primary over the cluster's channel. */
export type WorkerMessage = { jobtracker: 'listening'; port: number };

export function isWorkerMessage(message: unknown): message is WorkerMessage {
  const candidate = message as Partial<WorkerMessage> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.jobtracker === 'listening' && typeof candidate.port === 'number';
}

/** Tells the primary this worker accepts connections on `port`. */
export function reportListening(port: number): void {
  const message: WorkerMessage = { jobtracker: 'listening', port };
  process.send?.(message);
}
