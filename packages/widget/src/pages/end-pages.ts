/**
 * "Check your answers", the summary and its downloads: a chunk of their own (load/parts.ts),
 * prefetched when the browser is idle after the pathway appears, else loaded when the user
 * gets there.
 */
import { renderCheckPage } from './check-page.js';
import type { PageEntry } from './page-context.js';
import { renderSummaryPage } from './summary-page.js';

export { downloadSummaryHtml, downloadSummaryJson } from '../download.js';
export { printSummary } from '../print-summary.js';
export { SubmitController } from '../controllers/submit-controller.js';

const nothingToCheck = () => [];

export const PAGES = {
  check: { render: (ctx) => renderCheckPage(ctx), validate: nothingToCheck },
  summary: { render: (ctx, extras) => renderSummaryPage(ctx, extras.submit), validate: nothingToCheck },
} satisfies Record<string, PageEntry>;
