// A plain node:http server, no framework: each request to / renders one chart into the page with
// korus-charts/ssr (Declarative Shadow DOM, readable before any script runs), and the page loads
// the hydrating bundle, which upgrades the chart in place. The bundle and the files it loads on
// first use (download.js, …) are served from the installed package's dist/.
//   node server.mjs                  then open http://127.0.0.1:8080/?chart=goods-balance&lang=ko&from=2010
//   PORT=0 node server.mjs           any free port (the first line printed names it)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHARTS, renderChart, RenderError } from 'korus-charts/ssr';

const dist = join(dirname(fileURLToPath(import.meta.resolve('korus-charts/package.json'))), 'dist');
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
// Query parameters that are not chart attributes.
const PAGE = new Set(['chart', 'width']);

function page(query) {
  const chart = query.get('chart') ?? 'goods-balance';
  const lang = query.get('lang') === 'ko' ? 'ko' : 'en';
  const options = { lang, width: Number(query.get('width') ?? 720) };
  for (const [key, value] of query) if (!PAGE.has(key) && key !== 'lang') options[key] = value;
  const markup = renderChart(chart, options); // throws RenderError for an unknown chart or option
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>korus-charts: node:http</title>
    <script type="module" src="/korus-charts/korus-charts-hydrate.js"></script>
  </head>
  <body>
    <main style="max-width: 760px; margin: auto; font-family: system-ui, sans-serif">
      <h1>korus-charts from a node:http server</h1>
      <div id="chart" style="width: ${options.width}px; max-width: 100%">${markup}</div>
      <p>Charts: ${Object.keys(CHARTS)
        .map((c) => `<a href="/?chart=${c}&amp;lang=${lang}">${c}</a>`)
        .join(', ')}</p>
    </main>
  </body>
</html>
`;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  try {
    if (url.pathname === '/') {
      const html = page(url.searchParams);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(html);
    }
    // /korus-charts/<file>: the package's browser bundles, nothing outside dist/ (and not dist/lib/).
    const file = normalize(join(dist, url.pathname.replace(/^\/korus-charts\//, '')));
    const inside = file.startsWith(dist + sep) && !file.slice(dist.length + 1).startsWith(`lib${sep}`);
    if (url.pathname.startsWith('/korus-charts/') && inside) {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return res.end(body);
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
  } catch (e) {
    const known = e instanceof RenderError;
    const missing = e?.code === 'ENOENT';
    res.writeHead(known ? 400 : missing ? 404 : 500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(known ? `${e.message}\n` : missing ? 'Not found\n' : 'Server error\n');
    if (!known && !missing) console.error(e);
  }
});

server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address();
  console.log(`http://${address}:${port}/?chart=goods-balance&lang=ko&from=2010`);
});
