/** /api/schema/ (YAML by default, JSON on request), /api/docs/ (Swagger UI) and /api/redoc/
 * (ReDoc), all served from npm packages: no CDN. Public. */
import type { Hono } from 'hono';
import { stringify } from 'yaml';
import { RequestError } from '../../request/request-error.js';
import { packageFile } from './package-assets.js';

const SWAGGER_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

/** Both pages use Swagger UI's icon, so the browser does not ask for a missing /favicon.ico. */
const FAVICON = '<link rel="icon" href="/api/docs/assets/favicon-32x32.png">';

const page = (title: string, head: string, body: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${head}</head>
<body>${body}</body>
</html>`;

const SWAGGER_PAGE = page(
  'Job Application Tracker API - Swagger UI',
  `<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">${FAVICON}`,
  '<div id="swagger-ui"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>' +
    '<script src="/api/docs/assets/swagger-ui-standalone-preset.js"></script><script src="/api/docs/init.js"></script>',
);

// Deep linking, persisted authorization, operation ids and the filter box, as the original set.
const SWAGGER_INIT = `window.ui = SwaggerUIBundle({
  url: '/api/schema/?format=json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: true,
  displayOperationId: true,
  filter: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout'
});`;

const REDOC_PAGE = page(
  'Job Application Tracker API - ReDoc',
  FAVICON,
  '<redoc spec-url="/api/schema/?format=json"></redoc><script src="/api/redoc/redoc.standalone.js"></script>',
);

/** ReDoc's menu footer loads its logo from a CDN, which the pages' CSP refuses (a console
 * error in every browser): the bundle is served with that one image replaced by an empty one. */
const REDOC_CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const EMPTY_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
const withoutCdnLogo = (bundle: string) => bundle.replaceAll(REDOC_CDN_LOGO, EMPTY_IMAGE);

/** Pages may load their own scripts and styles, nothing from elsewhere. */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'";

function wantsJson(format: string | undefined, accept: string): boolean {
  if (format) return format === 'json' || format === 'openapi-json';
  return /application\/(vnd\.oai\.openapi\+)?json/.test(accept);
}

export function registerDocsRoutes(app: Hono, document: () => Record<string, unknown>): void {
  let yaml: string | undefined;
  app.get('/api/schema', (c) => {
    if (wantsJson(c.req.query('format'), c.req.header('accept') ?? '')) {
      return c.json(document(), 200, { 'Content-Type': 'application/vnd.oai.openapi+json' });
    }
    yaml ??= stringify(document(), { aliasDuplicateObjects: false });
    return c.body(yaml, 200, { 'Content-Type': 'application/vnd.oai.openapi; charset=utf-8' });
  });

  app.get('/api/docs', (c) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    return c.html(SWAGGER_PAGE);
  });
  app.get('/api/docs/init.js', (c) => c.body(SWAGGER_INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/api/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    const type = SWAGGER_ASSETS[file];
    if (!type) throw new RequestError('REQUEST.NOT_FOUND');
    return c.body(await packageFile('swagger-ui-dist', file), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
  });

  app.get('/api/redoc', (c) => {
    c.header('Content-Security-Policy', DOCS_CSP);
    return c.html(REDOC_PAGE);
  });
  app.get('/api/redoc/redoc.standalone.js', async (c) =>
    c.body(await packageFile('redoc', 'bundles/redoc.standalone.js', withoutCdnLogo), 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    }),
  );
}
