/**
 * A second origin that serves the built widget the way a CDN would: the dist folder under a
 * versioned path (`/pathway/1.0/pathway-widget.js`, `/pathway/1.0/chunks/…`), with the CORS
 * header module scripts from another origin need. It also serves the seed pathways
 * (`/pathway/1.0/pathways/<name>.json`) without that header, as a server not set up for CORS
 * would. Every request is recorded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PATHWAYS_DIR, WIDGET_DIST } from './server.js';

export const CDN_FOLDER = '/pathway/1.0';

/** How the CDN answers for the widget's chunks (not its entry): slowly, or not at all. */
export interface ChunkBehaviour {
  /** Hold chunk requests unanswered until `release()`. */
  hold?: boolean;
  /** Answer with this HTTP status instead of the file. */
  status?: number;
  /** Only for the chunks whose file name matches (default: every chunk). */
  only?: RegExp;
}

export interface CdnServer {
  origin: string;
  /** Paths asked for, e.g. "/pathway/1.0/chunks/journey-pages-Ab12.js". */
  requests: string[];
  /** Changes how chunks are answered from now on (default: at once, with the file). */
  chunks(behaviour: ChunkBehaviour): void;
  /** Answers every held chunk request, and stops holding. */
  release(): void;
  close(): Promise<void>;
}

const SAFE_PATH = /^(?:pathway-widget\.js|chunks\/[A-Za-z0-9][A-Za-z0-9._-]*\.js)$/;

export async function startCdnServer(): Promise<CdnServer> {
  const requests: string[] = [];
  let behaviour: ChunkBehaviour = {};
  let held: (() => void)[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const file = path.startsWith(`${CDN_FOLDER}/`) ? path.slice(CDN_FOLDER.length + 1) : '';
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    const pathway = /^pathways\/([a-z-]+\.json)$/.exec(file)?.[1];
    if (pathway) {
      readFile(join(PATHWAYS_DIR, pathway)).then(
        (body) => response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body),
        () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
      );
      return;
    }
    if (!SAFE_PATH.test(file)) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const applies = file.startsWith('chunks/') && (behaviour.only === undefined || behaviour.only.test(file));
    const { hold = false, status } = applies ? behaviour : {};
    const answer = () => {
      if (status !== undefined) {
        response.writeHead(status, { ...headers, 'content-type': 'text/plain' }).end('Unavailable');
        return;
      }
      readFile(join(WIDGET_DIST, file)).then(
        (body) => response.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' }).end(body),
        () => response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found'),
      );
    };
    if (hold) held.push(answer);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // Another port is another origin: the page's script-src must name it.
    origin: `http://127.0.0.1:${port}`,
    requests,
    chunks(next) {
      behaviour = next;
    },
    release() {
      behaviour = { ...behaviour, hold: false };
      const waiting = held;
      held = [];
      for (const answer of waiting) answer();
    },
    close: () => {
      for (const answer of held) answer();
      held = [];
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
