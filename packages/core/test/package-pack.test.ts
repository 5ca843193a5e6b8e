/** The packed package works outside this workspace: `npm pack` of the build, installed with npm
 * into a fresh project in the OS temp dir, runs the README's examples under plain Node ESM and
 * type-checks with TypeScript under `nodenext` and `bundler` resolution. This file lives outside
 * `src` because it does I/O, which core's own sources never do. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const coreDir = fileURLToPath(new URL('..', import.meta.url));
const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const workspaceTypes = fileURLToPath(new URL('../../../node_modules/@types', import.meta.url));
const readme = readFileSync(join(coreDir, 'README.md'), 'utf8');

/** The README's fenced blocks tagged `file=<name>` (examples) or `output=<name>` (what they print). */
function readmeBlocks(tag: 'file' | 'output'): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of readme.matchAll(new RegExp(`^\`\`\`\\w+ ${tag}=(\\S+)\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))) {
    blocks.set(match[1] ?? '', match[2] ?? '');
  }
  return blocks;
}

/** npm and node for the consumer project, without the npm_* settings of the `npm test` that
 * runs this file (they name this workspace and would leak into the child's install). */
function consumerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

/** Its stdout; on failure an error carrying what it printed (tsc reports errors on stdout). */
async function inProject(command: string, args: readonly string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(command, args, { cwd, env: consumerEnv(), maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${[command, ...args].join(' ')} failed in ${cwd}:\n${stdout}${stderr}`, { cause: error });
  }
}

const EXPECTED_DASHBOARD = {
  total_applications: 3,
  status_breakdown: { interview: 1, offer: 1, rejected: 1 },
  success_rate: 33.33,
  response_rate: 66.67,
  applications_last_30_days: 2,
  average_days_in_pipeline: 14,
  top_companies: [
    { company: 'Acme', count: 2 },
    { company: 'Globex, Inc.', count: 1 },
  ],
  top_sources: [
    { source: 'LinkedIn', count: 2 },
    { source: 'Referral', count: 1 },
  ],
};

const EXPECTED_CSV = [
  'applications_20250315.csv\n',
  'Company,Job Title,Status,Applied Date,Source,Employment Type,Work Mode,Experience Level,Salary Min,Salary Max,Location,Industry,Notes\r\n',
  'Acme,Backend Engineer,interview,2025-03-01,LinkedIn,,,,70000,85000,Berlin,,Second round on Friday\r\n',
  'Acme,Platform Engineer,offer,2025-02-20,Referral,,,,,,Berlin,,"\'=HYPERLINK(""http://evil.example"")"\r\n',
  '"Globex, Inc.",SRE,rejected,2025-01-10,LinkedIn,,,,,,,,\r\n',
].join('');

/** Uses the types the way a consumer would; each `@ts-expect-error` fails the check if the
 * package's types were missing or `any`. */
const TYPED_USE = `import {
  APPLICATION_STATUSES,
  applicationsCsvLines,
  dashboard,
  isDomainError,
  type Application,
  type ApplicationView,
  type Dashboard,
} from '@jobtracker/core';

const views: ApplicationView[] = [{ company: { name: 'Acme' }, application: { status: 'offer' }, created_at: new Date() }];
export const result: Dashboard = dashboard(views, new Date());
export const rate: number = result.success_rate;
export const status: 'applied' | 'screening' | 'interview' | 'technical_test' | 'offer' | 'rejected' | 'accepted' | 'withdrawn' =
  APPLICATION_STATUSES[0];
export const lines: AsyncGenerator<string> = applicationsCsvLines([] as Application[]);
export const isError: boolean = isDomainError(new Error('x'));
// @ts-expect-error \`now\` is required: core never reads the clock.
dashboard(views);
// @ts-expect-error a company needs its name.
export const nameless: ApplicationView = { company: {} };
// @ts-expect-error the result is typed, not any.
export const wrong: string = result.total_applications;
`;

function tsconfig(options: { resolution: 'nodenext' | 'bundler'; files: string[]; nodeTypes: boolean }): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module: options.resolution === 'nodenext' ? 'NodeNext' : 'ESNext',
      moduleResolution: options.resolution === 'nodenext' ? 'NodeNext' : 'Bundler',
      strict: true,
      noEmit: true,
      // The package's own declarations are checked too, except with Node's types loaded, where
      // only the example is of interest.
      skipLibCheck: options.nodeTypes,
      types: options.nodeTypes ? ['node'] : [],
      ...(options.nodeTypes ? { typeRoots: [workspaceTypes] } : {}),
    },
    files: options.files,
  });
}

describe('the packed @jobtracker/core in a project outside the workspace', () => {
  let project = '';
  let packedFiles: string[] = [];

  beforeAll(async () => {
    // turbo builds before testing; a bare `npx vitest run` needs `npm run build` first.
    if (!existsSync(join(coreDir, 'dist', 'index.js'))) throw new Error('packages/core/dist is missing: run `npm run build` first');
    project = mkdtempSync(join(tmpdir(), 'jobtracker-core-consumer-'));
    const tarballs = join(project, 'tarballs');
    mkdirSync(tarballs);
    const packed = JSON.parse(await inProject('npm', ['pack', '--json', '--pack-destination', tarballs], coreDir)) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const tarball = packed[0];
    if (!tarball) throw new Error('npm pack reported no tarball');
    packedFiles = tarball.files.map((file) => file.path);

    const app = join(project, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'core-consumer', private: true, type: 'module' }));
    // Core's dependencies are in the npm cache after `npm ci`; the registry is asked only for
    // what is missing there.
    await inProject(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tarballs, tarball.filename)],
      app,
    );
    for (const [name, code] of readmeBlocks('file')) writeFileSync(join(app, name), code);
    writeFileSync(join(app, 'typed-use.ts'), TYPED_USE);
  }, 240_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  const app = () => join(project, 'app');

  it('packs the build and the README, without sources, tests or source maps', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts']));
    expect(packedFiles.filter((path) => !path.startsWith('dist/') && path !== 'package.json' && path !== 'README.md')).toEqual([]);
    expect(packedFiles.filter((path) => /\.map$|\.test\.|test-support/.test(path))).toEqual([]);
  });

  it('the README has the examples this test runs', () => {
    expect([...readmeBlocks('file').keys()].sort()).toEqual(['applications.mjs', 'dashboard.mjs', 'export-csv.mjs', 'report.ts']);
    expect([...readmeBlocks('output').keys()].sort()).toEqual(['dashboard.mjs', 'export-csv.mjs']);
  });

  it('computes the dashboard from plain Node ESM, as the README shows', async () => {
    const printed: unknown = JSON.parse(await inProject(process.execPath, ['dashboard.mjs'], app()));
    expect(printed).toEqual(EXPECTED_DASHBOARD);
    expect(JSON.parse(readmeBlocks('output').get('dashboard.mjs') ?? '')).toEqual(EXPECTED_DASHBOARD);
  }, 60_000);

  it('streams the applications CSV from plain Node ESM, as the README shows', async () => {
    const printed = await inProject(process.execPath, ['export-csv.mjs'], app());
    expect(printed).toBe(EXPECTED_CSV);
    expect(readmeBlocks('output').get('export-csv.mjs')).toBe(EXPECTED_CSV.replaceAll('\r\n', '\n'));
  }, 60_000);

  it.each(['nodenext', 'bundler'] as const)('type-checks a consumer with moduleResolution %s, declarations included', async (resolution) => {
    const config = `tsconfig.${resolution}.json`;
    writeFileSync(join(app(), config), tsconfig({ resolution, files: ['typed-use.ts'], nodeTypes: false }));
    await expect(inProject(process.execPath, [tscBin, '-p', config], app())).resolves.toBe('');
  }, 120_000);

  it("type-checks the README's PDF example, fonts read by the caller", async () => {
    writeFileSync(join(app(), 'tsconfig.report.json'), tsconfig({ resolution: 'nodenext', files: ['report.ts'], nodeTypes: true }));
    await expect(inProject(process.execPath, [tscBin, '-p', 'tsconfig.report.json'], app())).resolves.toBe('');
  }, 120_000);
});
