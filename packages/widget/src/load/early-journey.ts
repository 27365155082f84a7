/**
 * Asks for the journey part (load/parts.ts) while the rest of the first-paint file is still
 * being run, not once the element connects: every journey needs it, and its download then
 * overlaps running Lit and the element's own code (10–50 ms of a cold page). embed.ts imports
 * this module first, so it runs first. A request that fails is forgotten, and the element asks
 * again when it connects.
 */
import { loadPart } from './parts.js';

if (!customElements.get('pathway-widget')) void loadPart('journey').catch(() => undefined);
