// dist/custom-elements.json (package.json "customElements"), generated from the source by
// @custom-elements-manifest/analyzer during `npm run build`. Tags come from each element's `@tag`
// JSDoc. Fixes after analysis: paths name the published modules (dist/lib/**.js, not src/**.ts;
// run after rollup, so modules that hold only types, and have no .js, are left out), and each tag
// is defined by its chart's define module (the analyzer takes `defineOnce(tag, ctor)` in
// src/frame/define-once.ts for a definition of a tag called "tag").
import { existsSync } from 'node:fs';
import { chartNames } from './scripts/charts.mjs';

// Each chart's options come from its definition (src/charts/<name>/chart.ts, built by rollup
// first): the element's `static properties = propertiesOf(chart.options)` is computed, so the
// analyzer sees only the @attr JSDoc. This links each attribute to its property and type.
const definitions = await Promise.all(
  chartNames().map(async (name) => Object.values(await import(`./dist/lib/charts/${name}/chart.js`))[0]),
);
const optionAttributes = () => ({
  name: 'korus-option-attributes',
  packageLinkPhase({ customElementsManifest: manifest }) {
    for (const mod of manifest.modules)
      for (const d of mod.declarations ?? []) {
        const chart = definitions.find((c) => c.tag === d.tagName);
        if (!chart) continue;
        for (const o of chart.options) {
          const name = o.attr ?? o.prop;
          const type = { text: o.kind === 'text' ? 'string' : 'number' };
          const attr =
            (d.attributes ??= []).find((a) => a.name === name) ?? d.attributes[d.attributes.push({ name }) - 1];
          Object.assign(attr, { fieldName: o.prop, type: attr.type ?? type });
          const field = (d.members ?? []).find((m) => m.kind === 'field' && m.name === o.prop);
          if (field) field.attribute = name;
        }
      }
  },
});

const published = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

function walk(node, fn) {
  if (Array.isArray(node)) node.forEach((n) => walk(n, fn));
  else if (node && typeof node === 'object') {
    fn(node);
    Object.values(node).forEach((v) => walk(v, fn));
  }
}

const publishedModules = () => ({
  name: 'korus-published-modules',
  packageLinkPhase({ customElementsManifest: manifest }) {
    for (const mod of manifest.modules) {
      mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
    }
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (!d.customElement || !d.tagName) continue;
        const definer = manifest.modules.find((m) => m.path === mod.path.replace(/[^/]+$/, 'define.ts')) ?? mod;
        definer.exports = definer.exports ?? [];
        definer.exports.push({
          kind: 'custom-element-definition',
          name: d.tagName,
          declaration: { name: d.name, module: mod.path },
        });
      }
    }
    manifest.modules = manifest.modules.filter((m) => existsSync(published(m.path)));
    walk(manifest.modules, (n) => {
      if (typeof n.path === 'string') n.path = published(n.path);
      if (typeof n.module === 'string' && /^\/?src\//.test(n.module)) n.module = published(n.module);
    });
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/data/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [optionAttributes(), publishedModules()],
};
