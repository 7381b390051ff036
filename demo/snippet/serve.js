// `npm run snippet` (after `npm run build`): the page that is nothing but the
// README's snippet, on http://localhost:5174/, as a webmaster's server would
// serve it: the page, the bundle folder dist/cdn/ as /offer-finder/, and the
// sample catalog as /angebote.json. Static files only, no build step, no
// dev server. test/node/cdn-bundle.test.js serves the same way.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The file under `dir` for a URL path, or null when the path leaves `dir`. */
function fileIn(dir, path) {
  const file = normalize(join(dir, decodeURIComponent(path)));
  return file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep) ? file : null;
}

/**
 * Starts the server. `cdnDir` is the bundle folder (default dist/cdn), served
 * under `cdnPath`; `pages` adds HTML pages by path, each a string or
 * `{ body, headers }` (tests use it); `headers` are sent with every answer
 * (CORS, say). Resolves to the server.
 */
export async function serveSnippet({
  port = 5174,
  host = '127.0.0.1',
  cdnDir = join(root, 'dist/cdn'),
  cdnPath = '/offer-finder/',
  pages = {},
  headers = {},
} = {}) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status, body, type, extra = {}) => {
      response.writeHead(status, { ...headers, ...extra, 'Content-Type': type });
      response.end(body);
    };
    const page = pages[path];
    if (page !== undefined) return send(200, page.body ?? page, types['.html'], page.headers);
    // Browsers ask for one; an empty answer keeps the console quiet.
    if (path === '/favicon.ico') return send(204, '', 'image/x-icon');
    let file;
    if (path === '/' || path === '/index.html') file = join(root, 'demo/snippet/index.html');
    else if (path.startsWith(cdnPath)) file = fileIn(cdnDir, path.slice(cdnPath.length));
    else file = fileIn(join(root, 'demo/public'), path.slice(1));
    if (!file) return send(404, 'not found', 'text/plain');
    try {
      send(200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found', 'text/plain');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
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
