import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { squeezeCss } from './build/squeeze-css.js';

/**
 * Lit keeps template literals as written, indentation included. In the shipped file the
 * widget's own `html` templates have each run of whitespace that holds a line break collapsed
 * to one space: HTML renders it the same (the widget has no <pre>, and its <textarea>s are
 * empty in the templates), and the file is smaller. Its `css` templates are squeezed further:
 * no comments, and no whitespace the browser does not read (build/squeeze-css.ts).
 */
function collapseTemplateWhitespace(): Plugin {
  const ownSource = /[\\/]packages[\\/]widget[\\/]src[\\/].*\.ts$/;
  return {
    name: 'pathway:collapse-template-whitespace',
    apply: 'build',
    transform(code, id) {
      if (!ownSource.test(id) || !/\b(html|css)`/.test(code)) return null;
      const quasis: { start: number; end: number; css: boolean }[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) {
          for (const child of node) visit(child);
          return;
        }
        const record = node as Record<string, unknown> & { type?: string };
        if (record.type === 'TaggedTemplateExpression') {
          const tag = record.tag as { type: string; name?: string };
          if (tag.type === 'Identifier' && (tag.name === 'html' || tag.name === 'css')) {
            for (const quasi of (record.quasi as { quasis: { start: number; end: number }[] }).quasis) {
              quasis.push({ start: quasi.start, end: quasi.end, css: tag.name === 'css' });
            }
          }
        }
        for (const [key, value] of Object.entries(record)) if (key !== 'parent') visit(value);
      };
      visit(this.parse(code));
      let output = code;
      for (const quasi of quasis.sort((a, b) => b.start - a.start)) {
        const raw = output.slice(quasi.start, quasi.end);
        // A stylesheet's comments are for its source: the browser never needs them.
        const condensed = quasi.css ? squeezeCss(raw) : raw.replace(/\s*\n\s*/g, ' ');
        output = output.slice(0, quasi.start) + condensed + output.slice(quasi.end);
      }
      return { code: output, map: null };
    },
  };
}

/**
 * `npm run build`: the minified ES module a page loads, `dist/pathway-widget.js` (Lit, the
 * element, the structural validator, the start page and the styles: first paint), and beside it
 * `dist/chunks/`, the parts it loads later (build/chunk-sizes.ts says which is which and holds
 * their budgets). A page names only the first file.
 */
export default defineConfig({
  plugins: [collapseTemplateWhitespace()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: 'oxc',
    sourcemap: false,
    reportCompressedSize: true,
    lib: {
      entry: fileURLToPath(new URL('./src/embed.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'pathway-widget.js',
    },
    rolldownOptions: {
      // Everything is bundled: the files must work on a page with nothing else.
      external: [],
      // The entry may export what its chunks use from it (Lit, the strings…), so those stay in
      // the one first-paint file instead of a shared chunk it would have to import as well.
      preserveEntrySignatures: 'allow-extension',
      // The schema and engine packages are pure modules (generated validators assign
      // properties to their functions at load, which a bundler would otherwise keep): code the
      // widget never calls, such as the full authoring validator, is left out.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/](packages[\\/](schema|core)[\\/]src|schemas)[\\/]/.test(id) },
      // Vite keeps whitespace in ES libraries by default (for downstream bundlers); this file
      // is shipped as is, so minify it fully and drop comments.
      // The parts loaded after first paint (src/load/parts.ts) become sibling chunks. The
      // browser resolves their `import("./chunks/…")` against the entry's own URL, so the dist
      // folder works from any origin or CDN path without configuration.
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true, comments: false },
    },
  },
});
