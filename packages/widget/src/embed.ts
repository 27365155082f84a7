/**
 * The script a page loads: `<script type="module" src="pathway-widget.js"></script>`.
 * Registers `<pathway-widget>` once; loading the script a second time (or alongside another
 * copy) leaves the first registration in place instead of throwing.
 *
 * It exports only the element class: everything else the package offers (`src/index.ts`) is
 * for code that bundles the widget itself, and re-exporting it here would pull the drafts
 * store and the rest into the first-paint module a page downloads.
 */
// First, so that the journey part's download starts before the rest of this file runs.
import './load/early-journey.js';
import { PathwayWidget } from './pathway-widget/pathway-widget.js';

if (!customElements.get('pathway-widget')) customElements.define('pathway-widget', PathwayWidget);

export { PathwayWidget };
