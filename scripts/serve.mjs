// Serves the repository over http://localhost so the demo (demo/) can load the built bundles
// (dist/) and data files (data/). No dependencies: a newcomer needs nothing beyond `npm ci`.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
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

const server = createServer((req, res) => {
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
  createReadStream(file).pipe(res);
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
