/**
 * The built widget's files and their gzip sizes, by when the page needs them. One place that
 * says which chunk is which, read by the size test (chunk-sizes.test.ts, which fails the build
 * past the budgets) and by `npm run bench`.
 *
 *   first paint:   pathway-widget.js, the one file a page's <script type="module"> names.
 *   journey:       chunks the widget loads or prefetches on the way to the summary.
 *   invalid only:  the error explanations, loaded only for a pathway that fails its check, and
 *                  the web team's advice, only for a `src` that cannot be downloaded or a
 *                  `case` the widget cannot use.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WIDGET_DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const ENTRY_FILE = 'pathway-widget.js';

/**
 * Budgets in KiB of gzip (zlib's default level). The targets are the weight issue's. The whole
 * journey does not meet its target: it holds what the widget tells a school (placement, gates,
 * referrals, routes, time limits, duties, exceptions, drafts, a changed pathway, in words for
 * any pathway written from the guide), which grew from 90 KiB as guide-authored pathways showed
 * what it said wrongly. So the build holds it under a ceiling, today's size and a little, that
 * stops it growing unnoticed while it is brought down. A change that moves the ceiling says why
 * in its commit (`git log -L` on the line below gives the history).
 */
export const BUDGETS = { firstPaintKiB: 25, wholeJourneyKiB: 45, wholeJourneyCeilingKiB: 113.75 } as const;

export type ChunkRole = 'first-paint' | 'journey' | 'invalid-only';

export interface ChunkSize {
  /** Path inside dist/, e.g. `chunks/summary-Ab12.js`. */
  file: string;
  role: ChunkRole;
  bytes: number;
  gzipBytes: number;
}

export interface ChunkReport {
  files: ChunkSize[];
  /** The entry module, in gzip bytes. */
  firstPaint: number;
  /** Every file but the error explanations and advice: what a whole journey loads. */
  wholeJourney: number;
}

/** A chunk's role from its name (vite.config.ts names the chunks). */
export function roleOf(file: string): ChunkRole {
  if (file === ENTRY_FILE) return 'first-paint';
  if (/(^|\/)(explain|web-team)[-.]/.test(file)) return 'invalid-only';
  return 'journey';
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'types') out.push(...jsFiles(path));
    } else if (entry.name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Sizes of the built widget in `dist` (throws if it is not built). */
export function measureChunks(dist: string = WIDGET_DIST): ChunkReport {
  if (!existsSync(join(dist, ENTRY_FILE))) throw new Error(`The widget is not built: ${join(dist, ENTRY_FILE)} is missing. Run npm run build.`);
  const files = jsFiles(dist)
    .map((path) => {
      const file = relative(dist, path).split('\\').join('/');
      const text = readFileSync(path);
      return { file, role: roleOf(file), bytes: text.length, gzipBytes: gzipSync(text).length };
    })
    .sort((a, b) => (a.role === b.role ? a.file.localeCompare(b.file) : a.role === 'first-paint' ? -1 : b.role === 'first-paint' ? 1 : a.role.localeCompare(b.role)));
  const firstPaint = files.filter((f) => f.role === 'first-paint').reduce((sum, f) => sum + f.gzipBytes, 0);
  const wholeJourney = files.filter((f) => f.role !== 'invalid-only').reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, firstPaint, wholeJourney };
}

export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);
