import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Connect, Plugin, ResolvedConfig } from 'vite';
import { viteBuildApart } from './build-apart.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));
const pathwaysDir = join(repo, 'pathways');
const widgetConfig = join(repo, 'packages', 'widget', 'vite.config.ts');

/** The policy a council's page can set; the embed page is served with exactly this. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

const SEED_NAME = /^[a-z0-9][a-z0-9-]*\.json$/;

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
}

/** The widget's scripts as `npm run build` makes them, built in a child process into a temporary folder. */
async function buildWidgetApart(): Promise<Map<string, string>> {
  const outDir = await mkdtemp(join(tmpdir(), 'pathway-embed-'));
  try {
    await viteBuildApart(widgetConfig, outDir, join(repo, 'packages', 'widget'));
    const files = new Map<string, string>();
    for (const name of await readdir(outDir, { recursive: true })) {
      if (name.endsWith('.js')) files.set(name.split('\\').join('/'), await readFile(join(outDir, name), 'utf8'));
    }
    if (!files.has('pathway-widget.js')) throw new Error('the build made no pathway-widget.js');
    return files;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * The embed page, as a council's web team would have it: plain HTML (not transformed by Vite,
 * so no dev-server script is added), the built widget as one file, the seed pathways as JSON,
 * and the strict Content-Security-Policy on the page.
 *
 *   /embed.html[?pathway=<seed>.json]   the page, with the strict CSP header
 *   /embed.css                          its stylesheet (style-src 'self')
 *   /pathway-widget.js, /chunks/*.js     the widget and the parts it loads later, built from
 *                                       source (in memory) when the embed page is first asked for
 *   /pathways/<seed>.json               the seed pathways
 */
function embedPage(): Plugin {
  // The widget is built exactly as `npm run build` builds it, in a process of its own
  // (build-apart.ts). It is written to a temporary folder of its own and kept in memory, so
  // servers started side by side, as the tests do, never share a half-written file.
  let built: Promise<Map<string, string>> | undefined;
  /** Every file of the built widget by its path under dist/ ("pathway-widget.js", "chunks/…"). */
  const buildWidget = (): Promise<Map<string, string>> =>
    (built ??= buildWidgetApart().catch((error: unknown) => {
      built = undefined;
      throw error;
    }));

  // Built once, when the embed page is first asked for (a few seconds), not at every start:
  // most visits, and most test files that start this server, never open it.
  const serveEmbed = (server: { middlewares: Connect.Server; config: ResolvedConfig }): void => {
    server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname;
      if (path === '/embed.html') {
        buildWidget().catch((error: unknown) => server.config.logger.error(`The widget could not be built for the embed page: ${String(error)}`));
        void (async () => {
          const seeds = (await readdir(pathwaysDir)).filter((name) => SEED_NAME.test(name));
          const asked = url.searchParams.get('pathway') ?? 'wigan.json';
          const seed = seeds.includes(asked) ? asked : 'wigan.json';
          const page = await readFile(join(root, 'embed.html'), 'utf8');
          // The only change made to the page: which seed its one element loads (and its fallback links to). A plain file name, checked against the folder.
          send(response, 200, 'text/html; charset=utf-8', page.replaceAll('/pathways/wigan.', `/pathways/${seed.replace(/\.json$/, '')}.`), {
            'content-security-policy': STRICT_CSP,
          });
        })().catch((error: unknown) => send(response, 500, 'text/plain; charset=utf-8', String(error)));
        return;
      }
      if (path === '/embed.css') {
        void readFile(join(root, 'embed.css')).then((body) => send(response, 200, 'text/css; charset=utf-8', body));
        return;
      }
      if (path === '/pathway-widget.js' || path.startsWith('/chunks/')) {
        buildWidget().then(
            (files) => {
              const body = files.get(path.slice(1));
              if (body === undefined) send(response, 404, 'text/plain; charset=utf-8', 'Not found');
              else send(response, 200, 'text/javascript; charset=utf-8', body);
            },
            (error: unknown) => send(response, 500, 'text/plain; charset=utf-8', `The widget could not be built: ${String(error)}`),
          );
        return;
      }
      const seed = /^\/pathways\/([^/]+)$/.exec(path)?.[1];
      if (seed !== undefined) {
        if (!SEED_NAME.test(seed) || !existsSync(join(pathwaysDir, seed))) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
        void readFile(join(pathwaysDir, seed)).then((body) => send(response, 200, 'application/json; charset=utf-8', body));
        return;
      }
      next();
    });
  };

  return {
    name: 'pathway:embed-page',
    // `serve` covers `vite preview` too: the tests serve the built playground that way.
    apply: 'serve',
    configureServer: serveEmbed,
    configurePreviewServer: serveEmbed,
  };
}

/** `npm start`: the playground, served from source with the seed pathways loaded, and the embed page beside it. */
export default defineConfig({
  root,
  plugins: [embedPage()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: [repo] } },
  preview: { host: '127.0.0.1', port: 4173 },
  // Monaco's workers are bundled as ES modules.
  worker: { format: 'es' },
  // Monaco is only imported when the JSON view is first opened. Pre-bundled when the server
  // starts, so that first opening does not make Vite find a new dependency and reload the page.
  optimizeDeps: {
    // Crawl every module of the editor and the widget when the server starts (not only those the
    // first page imports), so no dependency is found later, which would make Vite reload the page.
    entries: ['index.html', '../packages/{editor,widget}/src/**/*.ts', '!../packages/**/*.test.ts', '!../packages/**/testing/**'],
    include: [
      'monaco-editor/editor/editor.api.js',
      'monaco-editor/languages/features/json/register.js',
      'monaco-editor/languages/features/json/jsonMode.js',
    ],
  },
  build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true },
});
