/**
 * A second origin that serves the built widget the way a CDN would: the dist folder under a
 * versioned path (`/pathway/1.0/pathway-widget.js`, `/pathway/1.0/chunks/…`), with the CORS
 * header module scripts from another origin need. Every request is recorded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WIDGET_DIST } from './server.js';

export const CDN_FOLDER = '/pathway/1.0';

export interface CdnServer {
  origin: string;
  /** Paths asked for, e.g. "/pathway/1.0/chunks/journey-pages-Ab12.js". */
  requests: string[];
  close(): Promise<void>;
}

const SAFE_PATH = /^(?:pathway-widget\.js|chunks\/[A-Za-z0-9][A-Za-z0-9._-]*\.js)$/;

export async function startCdnServer(): Promise<CdnServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const file = path.startsWith(`${CDN_FOLDER}/`) ? path.slice(CDN_FOLDER.length + 1) : '';
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (!SAFE_PATH.test(file)) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    readFile(join(WIDGET_DIST, file)).then(
      (body) => response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(body),
      () => response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // Another port is another origin: the page's script-src must name it.
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
