// Serves the repository over http://localhost so the demo (demo/) can load the built bundles
// (dist/) and data files (data/). No dependencies: a newcomer needs nothing beyond `npm ci`.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves the repository on the first free port from PORT (default 8000). `extra(req, res)` may
 * answer a request first (the dev server's reload channel); `html(text)` may rewrite a page.
 */
export function serve({ extra, html } = {}) {
  const server = createServer((req, res) => {
    if (extra?.(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' });
      return res.end();
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || file.includes(`${root}/node_modules`)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (html && extname(file) === '.html') res.end(html(readFileSync(file, 'utf8')));
    else createReadStream(file).pipe(res);
  });

  const first = Number(process.env.PORT) || 8000;
  let port = first;
  server.on('error', (e) => {
    if (e.code === 'EADDRINUSE' && port < first + 20) server.listen(++port, '127.0.0.1');
    else throw e;
  });
  server.on('listening', () => {
    console.log(
      `\nkorus-charts demo: http://localhost:${port}/demo/\n(plain embed example: http://localhost:${port}/demo/embed.html; Ctrl+C to stop)`,
    );
  });
  server.listen(port, '127.0.0.1');
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) serve();
