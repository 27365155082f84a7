/**
 * The end-to-end tests' web server: 127.0.0.1, an ephemeral port, and only what the tests need.
 *
 *   /pathway-widget.js        the built widget (packages/widget/dist), `?copy=N` allowed
 *   /chunks/<file>.js         the parts it loads later, beside it in dist/chunks
 *   /pathways/<name>.json     the seed pathways
 *   /pages/<file>             test pages and their scripts (test/e2e/pages); pages whose name
 *                             starts with "csp" get the strict Content-Security-Policy header
 *   /generated/<name>         text a test registers at run time (e.g. a hostile pathway)
 *   POST /submit              fails with 503 on the first POST after a reset, then answers 200,
 *                             recording every body
 *
 * Every request is recorded, so a test can prove a page asked for nothing else.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(HERE, '..', '..');
export const WIDGET_DIST = join(REPO_ROOT, 'packages', 'widget', 'dist');
export const WIDGET_BUNDLE = join(WIDGET_DIST, 'pathway-widget.js');
export const PATHWAYS_DIR = join(REPO_ROOT, 'pathways');
export const PAGES_DIR = join(HERE, 'pages');

export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Plain names only: no slashes, no dot-dot, so nothing outside the folders can be served. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. "/pathways/wigan.json". */
  url: string;
}

export interface Submission {
  status: number;
  contentType: string | undefined;
  idempotencyKey: string | undefined;
  body: string;
}

export interface E2eServer {
  origin: string;
  requests: RecordedRequest[];
  submissions: Submission[];
  /** Serves `body` at /generated/<name> until the server closes. */
  publish(name: string, body: string, contentType?: string, headers?: Record<string, string>): string;
  /** Forgets recorded requests and submissions; the next POST /submit fails again. */
  reset(): void;
  close(): Promise<void>;
}

/** Fails with the message the tests show when the widget has not been built. */
export function assertWidgetBuilt(): void {
  if (!existsSync(WIDGET_BUNDLE)) {
    throw new Error(
      `The widget bundle ${WIDGET_BUNDLE} is missing. Run \`npm run build\` first (the test command is \`npm run build && vitest run\`).`,
    );
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export async function startE2eServer(): Promise<E2eServer> {
  const requests: RecordedRequest[] = [];
  const submissions: Submission[] = [];
  const generated = new Map<string, { body: string; contentType: string; headers: Record<string, string> }>();
  let failedOnce = false;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    requests.push({ method, url: url.pathname + url.search });

    const send = (status: number, body: string | Buffer, contentType: string, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers }).end(body);
    };
    const notFound = (): void => send(404, 'Not found', 'text/plain; charset=utf-8');
    const sendFile = (file: string, headers: Record<string, string> = {}): void => {
      readFile(file).then(
        (body) => send(200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', headers),
        notFound,
      );
    };

    if (url.pathname === '/submit') {
      if (method !== 'POST') return send(405, 'POST only', 'text/plain; charset=utf-8', { allow: 'POST' });
      void readBody(request).then((body) => {
        const status = failedOnce ? 200 : 503;
        failedOnce = true;
        submissions.push({
          status,
          contentType: request.headers['content-type'],
          idempotencyKey: request.headers['idempotency-key'] as string | undefined,
          body,
        });
        if (status === 503) send(503, JSON.stringify({ error: 'The service is busy. Try again.' }), 'application/json');
        else send(200, JSON.stringify({ reference: `TEST-${submissions.length}` }), 'application/json');
      });
      return;
    }
    if (method !== 'GET') return send(405, 'GET only', 'text/plain; charset=utf-8', { allow: 'GET' });
    if (url.pathname === '/pathway-widget.js') return sendFile(WIDGET_BUNDLE);

    const [, folder, name, ...rest] = url.pathname.split('/');
    if (rest.length > 0 || !name || !SAFE_NAME.test(name)) return notFound();
    if (folder === 'pathways' && name.endsWith('.json')) return sendFile(join(PATHWAYS_DIR, name));
    if (folder === 'chunks' && name.endsWith('.js')) return sendFile(join(WIDGET_DIST, 'chunks', name));
    if (folder === 'pages') {
      const headers: Record<string, string> = name.startsWith('csp') && name.endsWith('.html')
        ? { 'content-security-policy': STRICT_CSP }
        : {};
      return sendFile(join(PAGES_DIR, name), headers);
    }
    if (folder === 'generated') {
      const entry = generated.get(name);
      return entry ? send(200, entry.body, entry.contentType, entry.headers) : notFound();
    }
    return notFound();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    submissions,
    publish(name, body, contentType = CONTENT_TYPES['.json'], headers = {}) {
      if (!SAFE_NAME.test(name)) throw new Error(`publish: "${name}" is not a plain file name`);
      generated.set(name, { body, contentType, headers });
      return `/generated/${name}`;
    },
    reset() {
      requests.length = 0;
      submissions.length = 0;
      failedOnce = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
