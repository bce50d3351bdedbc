// The shape the code keeps (docs/architecture.md): no import cycles in src/ (type imports count),
// and a static renderer that runs the chart definitions, never an element.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

describe('the static renderer', () => {
  const dir = join(root, 'src/render');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s makes no element and reads no Lit internals', (f) => {
    const code = readFileSync(join(dir, f), 'utf8');
    expect(code).not.toMatch(/Object\.create|elementProperties|observedAttributes|createElement|customElements/);
    expect(code).not.toMatch(/from '[^']*\/element\.js'|from '[^']*base-element\.js'/);
  });
});
