import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  // Renders every <korus-*> tag in the built pages into Declarative Shadow DOM, with Lit's own
  // SSR, in a worker thread that first imports the component modules below.
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['lit-components.js'] });
  // The hydrating bundle, and the files it loads on first use (download.js, …), beside the pages.
  eleventyConfig.addPassthroughCopy({ 'node_modules/korus-charts/dist/*.js': 'korus-charts' });
  return { dir: { input: 'src', output: 'dist' } };
}
