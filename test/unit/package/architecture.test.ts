// The shape the code keeps (docs/architecture.md): no import cycles in src/ (type imports count),
// a static renderer that runs the chart definitions, never an element, and that leaves templates
// and markup to Lit SSR and parse5 rather than regular expressions.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
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

/**
 * The regular expressions in a module that could read markup: every regex literal and RegExp()
 * call whose pattern has a `<` outside a character class and a lookbehind (`[&<>"]` escapes
 * text; `<tag`, `</`, `<!--` or `<?` would read markup).
 */
function markupRegexes(code: string): string[] {
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = n.getText();
      const pattern = text
        .slice(1, text.lastIndexOf('/'))
        .replace(/\\./g, '')
        .replace(/\[[^\]]*\]/g, '')
        .replace(/\(\?<[=!]/g, '(');
      if (pattern.includes('<')) found.push(text);
    } else if (
      (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
      ts.isIdentifier(n.expression) &&
      n.expression.text === 'RegExp'
    )
      found.push(n.getText());
    ts.forEachChild(n, visit);
  };
  visit(ts.createSourceFile('m.ts', code, ts.ScriptTarget.Latest, true));
  return found;
}

describe('src/render reads no markup with regular expressions', () => {
  const dir = join(root, 'src/render');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('the check finds the regular expressions the hand-written parser used, and a RegExp() built at run time', () => {
    const old = String.raw`for (const m of markup.matchAll(/<!--[\s\S]*?-->|<(\/?)([\w:-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g)) {}
      const tail = /=["'][^"']*$/.test(s) || /\s[@.?][^\s=]*=["'][^"']*$/.test(s);
      const esc = /[&<>"]/g; const lookbehind = /(?<![\ud800-\udbff])x/;
      const built = new RegExp('<' + tag);`;
    expect(markupRegexes(old)).toHaveLength(2);
    expect(markupRegexes(old)[0]).toMatch(/^\/<!--/);
    expect(markupRegexes(old)[1]).toMatch(/^new RegExp/);
  });

  it.each(files)('%s has no regular expression over markup and no RegExp()', (f) => {
    expect(markupRegexes(readFileSync(join(dir, f), 'utf8'))).toEqual([]);
  });

  it('markup is written by Lit SSR and read by parse5, in one module', () => {
    const code = readFileSync(join(dir, 'markup.ts'), 'utf8');
    expect(code).toMatch(/from '@lit-labs\/ssr\/lib\/render-value\.js'/);
    expect(code).toMatch(/from 'parse5'/);
    for (const f of files.filter((f) => f !== 'markup.ts'))
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/from '(parse5|@lit-labs\/ssr[^']*)'/);
  });
});

describe('the charts’ view templates', () => {
  // Lit SSR, which renders them for the static renderer in a browser too, swaps the resolve
  // method of every directive class it renders, which would change how the page's live charts
  // update. markup.ts says why it never loads the LitElement renderer, which would do worse.
  it('use no Lit directive, and src/render never loads Lit SSR’s render() with its element renderer', () => {
    const views = join(root, 'src/charts');
    const files = readdirSync(views, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files)
      expect(readFileSync(join(views, f), 'utf8'), f).not.toMatch(/from 'lit\/(async-)?directives?/);
    for (const f of readdirSync(join(root, 'src/render')))
      expect(readFileSync(join(root, 'src/render', f), 'utf8'), f).not.toMatch(
        /from '@lit-labs\/ssr(\/lib\/render\.js)?'/,
      );
  });
});
