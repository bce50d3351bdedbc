// npm run dev: builds once, then rebuilds the bundles whenever src/ changes (rollup's watch mode,
// with the same rollup.config.js) and serves the demo; open pages reload after each rebuild.
import { spawnSync } from 'node:child_process';
import { watch } from 'rollup';
import config from '../rollup.config.js';
import { serve } from './serve.mjs';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Pages listen on /__reload (server-sent events) and reload when a rebuild ends.
const clients = new Set();
const RELOAD = `<script>new EventSource('/__reload').onmessage = () => location.reload();</script>`;
serve({
  extra(req, res) {
    if (req.url !== '/__reload') return false;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
    return true;
  },
  html: (text) => text.replace('</body>', `${RELOAD}</body>`),
});

const watcher = watch(config.map((c) => ({ ...c, watch: { include: 'src/**', clearScreen: false } })));
watcher.on('event', (e) => {
  if (e.code === 'BUNDLE_END') e.result.close();
  if (e.code === 'ERROR') console.error(`dev: ${e.error.message}`);
  if (e.code === 'END') {
    console.log(`dev: rebuilt at ${new Date().toLocaleTimeString()}; reloading ${clients.size} page(s)`);
    for (const res of clients) res.write('data: reload\n\n');
  }
});
