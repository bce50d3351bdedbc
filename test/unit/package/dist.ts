// Reads the build output for the package tests. `npm test` builds first; alone, run `npm run build`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export function read(path: string): string {
  return readFileSync(need(path), 'utf8');
}

export function bytes(path: string): Buffer {
  return readFileSync(need(path));
}

export function need(path: string): string {
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`${path} is missing: run \`npm run build\` before the unit tests`);
  return file;
}

export const exists = (path: string) => existsSync(join(root, path));

/** Every file under a folder, as paths relative to the repository root. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(need(dir));
  return out.sort();
}

export type Pkg = {
  name: string;
  version: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  customElements: string;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

export const pkg = (): Pkg => JSON.parse(read('package.json'));

/** The charts src/define.ts registers (the same list the build uses). */
export async function charts(): Promise<string[]> {
  const { chartNames } = await import('../../../scripts/charts.mjs');
  return chartNames();
}
