/** The import rules of apps/api, checked by src/architecture.test.ts (`npx depcruise src` runs
 * them by hand). Rooms, bottom to top: a room may import the rooms below it, never one above.
 *
 *   config/      configuration and the dependency types (Env, AppSettings, AppDeps)
 *   infra/       adapters that are not storage: argon2, JWT, passwords, random ids, fonts
 *   request/     transport-free request handling: context, authentication, the error table
 *   mappers/     domain objects -> the contract's outputs
 *   procedures/  tRPC: init, the operation meta, the routers, AppRouter
 *   http/        Hono: middleware, route conventions, REST adapter, file routes, docs, web app
 *   app.ts       composes the app
 *   entry        container, start-up, the Node and Bun entry points, index, seed/, bench/, testing/,
 *                server/ (processes: the cluster primary, workers, once-per-start work), migrate/,
 *                lifecycle/ (graceful shutdown), backup/ (the backup command)
 *
 * Tests (`*.test.ts`) and test-support/ sit outside the order: they may import anything, and
 * nothing else may import test-support/. */
const LAYERS = [
  { name: 'config', path: '^src/config/' },
  { name: 'infra', path: '^src/infra/' },
  { name: 'request', path: '^src/request/' },
  { name: 'mappers', path: '^src/mappers/' },
  { name: 'procedures', path: '^src/procedures/' },
  { name: 'http', path: '^src/http/' },
  { name: 'app', path: '^src/app\\.ts$' },
  { name: 'entry', path: '^src/((container|start|main\\.node|main\\.bun|index)\\.ts$|(seed|bench|testing|server|migrate|lifecycle|backup)/)' },
];

const TESTS = '\\.test\\.ts$|^src/test-support/';

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `${layer.name}-imports-no-room-above`,
  comment: `${layer.name} may import only ${LAYERS.slice(0, index).map((below) => below.name).join(', ') || 'packages'}`,
  severity: 'error',
  from: { path: layer.path, pathNot: TESTS },
  to: { path: LAYERS.slice(index + 1).map((above) => `(${above.path})`).join('|') },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'every-module-in-a-room',
      comment: 'A new folder or root file must be placed in the order above.',
      severity: 'error',
      from: { path: '^src/', pathNot: [TESTS, ...LAYERS.map((layer) => layer.path)].join('|') },
      to: {},
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'http-base-imports-no-http-subfolder',
      comment: "http/'s own files are the base its subfolders (rest, files, docs) build on.",
      severity: 'error',
      from: { path: '^src/http/[^/]+$' },
      to: { path: '^src/http/[^/]+/' },
    },
    {
      name: 'http-subfolders-independent',
      comment: 'rest/, files/ and docs/ do not import each other; app.ts hands docs/ the operations.',
      severity: 'error',
      from: { path: '^src/http/([^/]+)/', pathNot: TESTS },
      to: { path: '^src/http/[^/]+/', pathNot: '^src/http/$1/' },
    },
    {
      name: 'hono-only-in-http',
      comment: 'Below http/ nothing knows the web framework (infra may use its JWT helpers as a library).',
      severity: 'error',
      from: { path: '^src/(config|infra|request|mappers|procedures)/', pathNot: TESTS },
      to: { path: 'node_modules/(hono|@hono)/', pathNot: 'node_modules/hono/dist/(types/)?(utils|helper|middleware)/jwt/' },
    },
    {
      name: 'trpc-only-in-procedures-and-up',
      comment: 'request/ and everything below it know no tRPC.',
      severity: 'error',
      from: { path: '^src/(config|infra|request|mappers)/', pathNot: TESTS },
      to: { path: 'node_modules/@trpc/' },
    },
    {
      name: 'test-support-only-in-tests',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { path: '^src/test-support/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    // Resolve package subpaths (`hono/jwt`, `@trpc/server/http`) through their `exports`.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
  },
};
