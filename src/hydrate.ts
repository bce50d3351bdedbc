// Entry for pages that carry server-rendered charts (korus-charts/ssr, Astro, Eleventy with
// @lit-labs/eleventy-plugin-lit): `import 'korus-charts/hydrate'`, or the script-tag bundle
// dist/korus-charts-hydrate.js, instead of the plain one. Lit's hydrate support comes first, so
// each chart adopts the shadow root the server wrote (its SVG stays the same node) instead of
// drawing anew; Korean strings, the data reader and the interaction code are built in, so the first update draws
// exactly what the server did and never waits for a chunk.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import * as korean from './format/ko.js';
import { installKorean } from './format/localized.js';
import { useReader } from './frame/data-controller.js';
import * as dataReader from './frame/data-reader.js';
import { useInteract } from './frame/focus-controller.js';
import * as interact from './frame/interact.js';
import './define.js';

installKorean(korean);
useReader(dataReader);
useInteract(interact);

export * from './bundle.js';
