// Writes the demo as static files to dist/demo/ (`npm run build` runs it), for publishing dist/
// as the project's site: demo/ is served from the repository root and loads ../dist/…, so in
// dist/demo/ those paths become ../… (the bundles and sri.json sit one level up).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const from = new URL('demo/', root);
const to = new URL('dist/demo/', root);

rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => /\.(html|js|css)$/.test(f));
for (const file of files) {
  const text = readFileSync(new URL(file, from), 'utf8');
  writeFileSync(new URL(file, to), text.replaceAll('../dist/', '../'));
}
console.log(`demo: ${files.length} files in dist/demo/`);
