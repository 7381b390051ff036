// `npm run snippet` (after `npm run build`): the page that is nothing but the
// The snippet of README and docs/einbinden.md, on http://localhost:5174/, as a webmaster's server would
// serve it: the page, the bundle folder dist/cdn/ as /offer-finder/, and the
// sample catalog as /angebote.json. Static files only, no build step, no
// dev server. test/node/cdn-bundle.test.js serves the same way.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/static-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the server. `cdnDir` is the bundle folder (default dist/cdn), served
 * under `cdnPath`; `pages` adds HTML pages by path, each a string or
 * `{ body, headers }` (tests use it); `headers` are sent with every answer
 * (CORS, say). Resolves to the node:http server.
 */
export async function serveSnippet({
  port = 5174,
  host = '127.0.0.1',
  cdnDir = join(root, 'dist/cdn'),
  cdnPath = '/offer-finder/',
  pages = {},
  headers = {},
} = {}) {
  const { server } = await serveStatic({
    host,
    port,
    headers,
    root: join(root, 'demo/public'),
    mounts: { [cdnPath]: cdnDir },
    // The pages; the snippet page is read on every request, so an edit shows on reload.
    async handle(request, response, next) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      // Browsers ask for one; an empty answer keeps the console quiet.
      if (path === '/favicon.ico') return response.writeHead(204).end();
      const page =
        pages[path] ??
        (path === '/' || path === '/index.html' ? await readFile(join(root, 'demo/snippet/index.html')) : undefined);
      if (page === undefined) return next();
      response.writeHead(200, { ...page.headers, 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page.body ?? page);
    },
  });
  return server;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  if (!existsSync(join(root, 'dist/cdn/offer-finder.js'))) {
    console.error('dist/cdn/offer-finder.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 5174);
  const server = await serveSnippet({ port, host: 'localhost' });
  const { port: actual } = server.address();
  console.log(
    `The snippet page: http://localhost:${actual}/  (dist/cdn/ as /offer-finder/, demo/public/angebote.json as /angebote.json; Ctrl+C stops)`,
  );
}
