/**
 * /api/docs: the API's contract for developers, rendered by Swagger UI (swagger-ui-dist),
 * and /api/openapi.json, the document itself. For signed-in users only; the page's script is
 * a file of its own (docs/init.js), as the Content-Security-Policy allows no inline script.
 */
import express, { type Request } from 'express';
import { dirname, join } from 'node:path';
import { openApiDocument } from './openapi';
import { refuse } from './refuse';

const SWAGGER_UI = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': join(SWAGGER_UI, 'swagger-ui.css'),
  'swagger-ui-bundle.js': join(SWAGGER_UI, 'swagger-ui-bundle.js'),
  'init.js': join(__dirname, 'docs', 'init.js'),
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>RSO Results Dashboard API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

const SIGN_IN_FIRST = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>RSO Results Dashboard API</title></head>
<body>
<h1>RSO Results Dashboard API</h1>
<p>The API's documentation is for signed-in users. <a href="/sign-in">Sign in</a> to the dashboard, then open this page again.</p>
</body>
</html>
`;

export function apiDocs(signedIn: (req: Request) => Promise<boolean>) {
  const router = express.Router();
  let document: string | undefined;
  router.get('/openapi.json', (req, res, next) => {
    signedIn(req).then((yes) => {
      if (!yes) return refuse(res, 401, 'session-ended');
      res.type('json').send((document ??= JSON.stringify(openApiDocument())));
    }, next);
  });
  router.get('/docs', (req, res, next) => {
    signedIn(req).then((yes) => {
      res
        .status(yes ? 200 : 401)
        .type('html')
        .send(yes ? PAGE : SIGN_IN_FIRST);
    }, next);
  });
  router.get('/docs/:asset', (req, res, next) => {
    const file = ASSETS[String(req.params['asset'])];
    if (!file) return refuse(res, 404, 'no-such-address');
    signedIn(req).then((yes) => {
      if (!yes) return refuse(res, 401, 'session-ended');
      res.sendFile(file);
    }, next);
  });
  return router;
}
