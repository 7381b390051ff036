// The browser bench's server: the built page, the bare page and the catalogs,
// all from memory and gzip-compressed when the request accepts it, as a
// webmaster's server sends them (the mobile case would be unfair otherwise:
// Slow 4G downloads every byte). scripts/static-server.js answers the rest.
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../scripts/static-server.js';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Every file under `dir` by its URL path (`/assets/index-….js`); source maps stay unserved. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
    .map((entry) => {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      return [`/${relative(dir, path).split(sep).join('/')}`, path];
    });
}

/**
 * @param outDir the Vite build of bench/browser (its index.html is `/`)
 * @param files more files by URL path: `{ '/bare.html': path }`
 * @param bodies answers made in memory by URL path: `{ '/catalog-5000.json': jsonText }`
 */
export async function serveBench({ outDir, files = {}, bodies = {} }) {
  /** URL path → { type, raw, gzip }: compressed once, up front, so that no load waits for the compression. */
  const answers = new Map();
  const add = (path, body) => {
    const raw = Buffer.from(body);
    answers.set(path, { type: types[extname(path)] ?? 'application/octet-stream', raw, gzip: gzipSync(raw) });
  };
  for (const [path, file] of [...filesOf(outDir), ...Object.entries(files)]) add(path, readFileSync(file));
  for (const [path, body] of Object.entries(bodies)) add(path, body);
  answers.set('/', answers.get('/index.html'));

  return serveStatic({
    root: outDir,
    handle(request, response, next) {
      const answer = answers.get(new URL(request.url, 'http://localhost').pathname);
      if (!answer || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
      const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = gzip ? answer.gzip : answer.raw;
      response.writeHead(200, {
        'Content-Type': answer.type,
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    },
  });
}
