/**
 * The stage map (../stage-map.ts) written out as an SVG document fragment, for the readable
 * public page: the same boxes, lines and words the editor draws, every string escaped. The
 * drawing is described for assistive technology by its title and a text alternative printed
 * beside it on the page.
 */
import { STAGE_MAP_LABEL_LINE } from '../stage-map.js';
import type { StageMap } from '../stage-map.js';
import { escape } from './html.js';

export function stageMapSvg(map: StageMap, id = 'stage-map'): string {
  const arrows = map.arrows
    .map(
      (arrow) =>
        `<polyline points="${arrow.points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="#1d70b8" stroke-width="2" marker-end="url(#${id}-head)"/>` +
        arrow.labels.map((label, i) => `<text x="${arrow.labelAt[0]}" y="${arrow.labelAt[1] + i * STAGE_MAP_LABEL_LINE}" font-size="12" fill="#1d70b8">${escape(label)}</text>`).join(''),
    )
    .join('');
  const boxes = map.boxes
    .map(
      (box) =>
        `<g><rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="#fff" stroke="#0b0c0c" stroke-width="2"/>` +
        `<text x="${box.x + 10}" y="${box.y + 22}" font-size="15" font-weight="700" fill="#0b0c0c">${escape(box.title)}</text>` +
        box.lines
          .map((line, i) => `<text x="${box.x + 10}" y="${box.y + 44 + i * 20}" font-size="13" fill="${line.muted ? '#505a5f' : '#0b0c0c'}">${escape(line.text)}</text>`)
          .join('') +
        '</g>',
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="arial, sans-serif">` +
    `<title id="${id}-title">Stage map</title><desc id="${id}-desc">${escape(map.textAlternative.join(' '))}</desc>` +
    `<defs><marker id="${id}-head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#1d70b8"/></marker></defs>` +
    arrows +
    boxes +
    '</svg>'
  );
}
