/** The floor with the widget's two techniques (content-visibility on rows, notes on demand); see floor-render.ts. */
import { renderFloor } from './floor-render.js';

void renderFloor({ techniques: true });
