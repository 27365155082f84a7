import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The editor as files a page can load: `dist/pathway-editor.js` (the elements, Lit, the
 * engine, the full validator) and, in `dist/chunks/`, what is loaded later. Monaco is never in
 * the entry: `<pe-json-view>` imports it when the JSON view is first opened, so it is its own
 * chunk, with its stylesheet and its two workers (the editor's and the JSON language's) beside
 * it. Nothing comes from a CDN.
 *
 * This is an application build, not a library one, so that the lazy chunk's stylesheet is
 * loaded (a `<link>`, which `style-src 'self'` allows) before the chunk runs; a library build
 * would leave the page to find the CSS itself. `base: './'` makes every later URL relative to
 * the entry file, wherever the page serves it from.
 *
 * `PATHWAY_EDITOR_ENTRY` builds another entry (a path from the repository root) with the same
 * settings, e.g. to measure one part.
 */
const repo = fileURLToPath(new URL('../..', import.meta.url));
const isMonaco = (id: string): boolean => /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(id) || /[\\/]json-view[\\/](json-editor|monaco-loader|monaco-styles)\.ts$/.test(id);
const entry = process.env.PATHWAY_EDITOR_ENTRY ?? 'packages/editor/src/embed.ts';

export default defineConfig({
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: 'oxc',
    sourcemap: false,
    reportCompressedSize: true,
    // Monaco's chunk is large by nature; it is loaded only for the JSON view.
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { 'pathway-editor': `${repo}/${entry}` },
      // The entry keeps its exports (it is a module other code imports).
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        // Every file that is Monaco, or comes with it, is named monaco-*, and no other file is:
        // a page (or the benchmark) can tell at a glance whether any of Monaco was fetched.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => isMonaco(id)) || isMonaco(chunk.facadeModuleId ?? '') ? 'chunks/monaco-[name]-[hash].js' : chunk.isDynamicEntry ? 'chunks/[name]-[hash].js' : 'chunks/shared-[hash].js',
        assetFileNames: (asset) =>
          asset.originalFileNames.some((file) => isMonaco(file)) || asset.names.some((name) => /^(json-editor|codicon)\b/.test(name))
            ? 'chunks/monaco-[name]-[hash][extname]'
            : 'chunks/[name]-[hash][extname]',
      },
    },
  },
  worker: {
    format: 'es',
    // The only workers are Monaco's.
    rolldownOptions: { output: { entryFileNames: 'chunks/monaco-[name]-[hash].js', chunkFileNames: 'chunks/monaco-[name]-[hash].js' } },
  },
});
