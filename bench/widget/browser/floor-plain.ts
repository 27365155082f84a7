/** The floor without the widget's two techniques (every row laid out, every note drawn); see floor-render.ts. */
import { renderFloor } from './floor-render.js';

void renderFloor({ techniques: false });
