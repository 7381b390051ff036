// The one static file server of the tests, the bench and the snippet demo
// (test/e2e/harness.js, test/node/storybook-a11y.test.js, bench/browser.js,
// demo/snippet/serve.js), on sirv, so that content types, path traversal and
// caching are handled once, by a library. A caller's own answers (host pages,
// catalog scenarios) come first; the files are the fallback.
import { createServer } from 'node:http';
import { extname } from 'node:path';
import sirv from 'sirv';

/** sirv gives these types without a charset; a webmaster's server says UTF-8, so ours does too. */
const utf8Types = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const setHeaders = (response, path) => {
  if (utf8Types[extname(path)]) response.setHeader('Content-Type', utf8Types[extname(path)]);
};

const notFound = (response) => response.writeHead(404).end();

/**
 * Starts a server on `host` and `port` (by default 127.0.0.1 and a free port).
 * `root` is the folder served at `/`; `mounts` more folders by URL prefix
 * (`{ '/offer-finder/': cdnDir }`), tried before `root`; the first prefix that
 * matches answers, with its file or a 404. `headers` go with every answer
 * (CORS, say). `handle(request, response, next)`, if given, answers first and
 * calls `next()` for a file. Resolves to `{ origin, server, close }`.
 */
export async function serveStatic({ root, mounts = {}, handle, headers = {}, port = 0, host = '127.0.0.1' } = {}) {
  // dev: each file is looked up when asked for, so a rebuilt file is served as it is now; sirv also keeps
  // every path inside its folder. etag: `Cache-Control: no-cache` and an ETag, so the browser asks every
  // time; not dev's default `no-store`, with which Chromium now and then reports a catalog fetch that the
  // page read to the end as aborted when the tab closes (a failed request in test/node/cdn-bundle.test.js).
  const folders = [...Object.entries(mounts), ...(root ? [['/', root]] : [])].map(([prefix, dir]) => ({
    prefix,
    serve: sirv(dir, { dev: true, etag: true, setHeaders }),
  }));

  const serveFile = (request, response) => {
    // The URL parser resolves `..` and `%2e%2e`, so a path cannot climb out of its prefix.
    const { pathname, search } = new URL(request.url, 'http://localhost');
    const folder = folders.find(({ prefix }) => pathname.startsWith(prefix));
    if (!folder) return notFound(response);
    // sirv looks the path up in its folder: strip the prefix, keep the leading slash.
    request.url = pathname.slice(folder.prefix.length - 1) + search;
    folder.serve(request, response, () => notFound(response));
  };

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (handle) handle(request, response, () => serveFile(request, response));
    else serveFile(request, response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    origin: `http://${host}:${server.address().port}`,
    server,
    /** Stops at once: open connections (a catalog request left hanging on purpose, say) are cut. */
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
