import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

/** `npm start`: the playground, served from source with the seed pathways loaded. */
export default defineConfig({
  root,
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [repo] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true },
});
