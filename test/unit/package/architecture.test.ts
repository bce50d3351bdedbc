// `npm run test:cycles` (in npm test) keeps src/ free of import cycles, type imports included:
// proof that the same check, run on a fixture with a cycle, fails.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './dist.js';

/** `npm run test:cycles` on some files: its exit code and output. */
function cycles(glob: string): { status: number; out: string } {
  try {
    const out = execFileSync('node', ['node_modules/dpdm/lib/bin/dpdm.js', ...CYCLE_ARGS, glob], {
      cwd: root,
      encoding: 'utf8',
    });
    return { status: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { status: err.status, out: err.stdout };
  }
}
const pkgScript: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['test:cycles'];
const CYCLE_ARGS = pkgScript
  .split(' ')
  .slice(1, -1)
  .map((a) => a.replace(/^'|'$/g, ''));

describe('import cycles', () => {
  it('the check npm test runs finds a cycle (through a type import) and fails', () => {
    const r = cycles('test/fixtures/cycle/*.ts');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/cycle\/b\.ts -> test\/fixtures\/cycle\/a\.ts/);
  });
});
