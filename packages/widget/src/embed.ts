/**
 * The script a page loads: `<script type="module" src="pathway-widget.js"></script>`.
 * Registers `<pathway-widget>` once; loading the script a second time (or alongside another
 * copy) leaves the first registration in place instead of throwing.
 */
import { PathwayWidget } from './pathway-widget/pathway-widget.js';

if (!customElements.get('pathway-widget')) customElements.define('pathway-widget', PathwayWidget);

export { PathwayWidget };
export * from './index.js';
