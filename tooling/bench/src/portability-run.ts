/** The portability part of the bench: with the seeded user's 10,000 applications, their CSV is
 * previewed and imported into a new account, the whole account is downloaded as an archive, and
 * the archive is restored into another new account; each step's time and server RSS growth. */
import { join } from 'node:path';
import { measureDownload, measureUpload, type TransferMeasurement } from './portability-probe.js';
import { registerBenchUser } from './seed-applications.js';

export type PortabilityResults = TransferMeasurement[];

/** What the report keeps of an answer: counts, not the preview's 10,000 rows. */
function summary(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null) return answer;
  const record = answer as Record<string, unknown>;
  if ('totals' in record) return { format: record['format'], totals: record['totals'] };
  return answer;
}

function check(measurement: TransferMeasurement, expected: (answer: Record<string, unknown>) => boolean): TransferMeasurement {
  const answer = measurement.answer as Record<string, unknown> | null;
  if (measurement.status !== 200 || (answer !== null && !expected(answer))) {
    throw new Error(`${measurement.name}: HTTP ${measurement.status}, ${JSON.stringify(summary(measurement.answer)).slice(0, 500)}`);
  }
  return { ...measurement, answer: summary(measurement.answer) };
}

export async function runPortability(options: { api: string; token: string; serverPid: number | undefined; workDir: string; applications: number; log: (line: string) => void }): Promise<PortabilityResults> {
  const { api, token, serverPid, workDir, applications, log } = options;
  const results: TransferMeasurement[] = [];
  const step = (measurement: TransferMeasurement) => {
    const mib = (bytes: number | null) => (bytes === null ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);
    log(`  ${measurement.name}: HTTP ${measurement.status}, ${measurement.seconds.toFixed(2)} s, ${mib(measurement.bytes)}, RSS +${mib(measurement.rssDeltaBytes)}`);
    results.push(measurement);
  };

  const csv = join(workDir, 'applications.csv');
  step(check(await measureDownload({ name: 'CSV export (source of the import)', url: `${api}/api/analytics/export/applications/csv/`, path: csv, token, serverPid }), () => true));

  const importer = await registerBenchUser(api);
  const upload = (name: string, url: string, path: string, filename: string, user: { token: string }) =>
    measureUpload({ name, url: `${api}${url}`, path, filename, token: user.token, serverPid });
  step(check(await upload('import preview', '/api/import/applications/preview/', csv, 'applications.csv', importer), (answer) => (answer['totals'] as { rows?: number })?.rows === applications));
  step(check(await upload('import', '/api/import/applications/', csv, 'applications.csv', importer), (answer) => answer['created'] === applications));

  const archive = join(workDir, 'account.zip');
  step(check(await measureDownload({ name: 'account archive download', url: `${api}/api/account/export/`, path: archive, token, serverPid }), () => true));
  const restorer = await registerBenchUser(api);
  step(check(await upload('account restore', '/api/account/restore/', archive, 'account.zip', restorer), (answer) => answer['applications'] === applications));
  return results;
}
