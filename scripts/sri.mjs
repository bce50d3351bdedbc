// Prints the Subresource Integrity hash (sha384) and gzip size of every script a page loads from
// a CDN (dist/*.js), and writes the hashes to dist/sri.json. `npm run build` runs it.
//   --readme        rewrite README's CDN script tags for this version and these hashes (`npm version`)
//   --check-readme  exit 1 when README's tags do not match the build (`prepublishOnly`)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const files = readdirSync(new URL('dist/', root))
  .filter((f) => f.endsWith('.js'))
  .sort();

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const hashes = {};
console.log(`\nSubresource Integrity for korus-charts@${version} (dist/sri.json):`);
for (const file of files) {
  const bytes = readFileSync(new URL(`dist/${file}`, root));
  hashes[file] = sri(bytes);
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(9);
  console.log(`  ${file.padEnd(26)} ${hashes[file]}  ${kib(gzipSync(bytes, { level: 9 }).length)} gzip`);
}
writeFileSync(new URL('dist/sri.json', root), `${JSON.stringify({ version, sha384: hashes }, null, 2)}\n`);

// <script src="https://cdn.jsdelivr.net/npm/korus-charts@0.1.0/dist/x.js" integrity="sha384-…"
const CDN_TAG =
  /(https:\/\/cdn\.jsdelivr\.net\/npm\/korus-charts@)([^/]+)(\/dist\/)([\w.-]+\.js)(" integrity=")(sha384-[A-Za-z0-9+/=]+)/g;
const mode = process.argv[2];
if (mode === '--readme' || mode === '--check-readme') {
  const readmeUrl = new URL('README.md', root);
  const readme = readFileSync(readmeUrl, 'utf8');
  const fixed = readme.replace(
    CDN_TAG,
    (_, a, _v, b, file, c) => `${a}${version}${b}${file}${c}${hashes[file] ?? 'sha384-unknown-file'}`,
  );
  if (mode === '--readme') writeFileSync(readmeUrl, fixed);
  else if (fixed !== readme) {
    console.error(
      `README's CDN script tags do not match korus-charts@${version}'s build: run node scripts/sri.mjs --readme`,
    );
    process.exit(1);
  }
}
