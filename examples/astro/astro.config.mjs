// @ts-check
import { defineConfig } from 'astro/config';

// A static build: the page's frontmatter runs at build time, so dist/index.html holds the charts
// as Declarative Shadow DOM. With an adapter (`output: 'server'`), the same page renders per request.
export default defineConfig({});
