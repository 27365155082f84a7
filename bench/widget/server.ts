/**
 * A tiny static server for the benchmark on 127.0.0.1 with an ephemeral port. Routes are listed
 * up front (a file on disk or generated text), or found by `fallback` for a folder whose files
 * are only known when asked for (the widget's chunks, whose names carry a hash), so the byte
 * count can read back exactly what a page loaded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';

export type Route = { file: string; type: string } | { body: string; type: string };

export interface BenchServer {
  origin: string;
  routes: Map<string, Route>;
  /** The bytes a route serves. */
  contentOf(pathname: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** The route for a path not listed up front, or undefined for a 404. */
export type RouteFallback = (pathname: string) => Route | undefined;

export async function startBenchServer(routes: Map<string, Route>, fallback?: RouteFallback): Promise<BenchServer> {
  const find = (pathname: string): Route | undefined => routes.get(pathname) ?? fallback?.(pathname);
  const contentOf = async (pathname: string): Promise<Buffer> => {
    const route = find(pathname);
    if (!route) throw new Error(`bench server: no route for ${pathname}`);
    return 'file' in route ? readFile(route.file) : Buffer.from(route.body);
  };
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = find(pathname);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    contentOf(pathname).then(
      (body) => response.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    contentOf,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
