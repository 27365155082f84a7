import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import { stageMap } from './stage-map.js';

const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway;

describe('stageMap', () => {
  it('draws every stage of Wigan in order, with its bands, and an arrow for each outcome that leads to another stage', () => {
    const wigan = seed('wigan');
    const map = stageMap(wigan);
    expect(map.boxes.map((b) => b.stageId)).toEqual(wigan.stages.map((s) => s.id));
    for (let i = 1; i < map.boxes.length; i++) expect(map.boxes[i].y).toBeGreaterThan(map.boxes[i - 1].y + map.boxes[i - 1].height);
    const leading = wigan.stages.flatMap((s) => (s.outcomes ?? []).filter((o) => o.to !== undefined && o.to !== s.id).map((o) => `${s.id}→${o.to}`));
    expect(map.arrows.map((a) => `${a.from}→${a.to}`)).toEqual(leading);
    expect(map.arrows.length).toBeGreaterThan(0);
    // Arrows use separate lanes, so none overlap.
    expect(new Set(map.arrows.map((a) => a.points[1][0])).size).toBe(map.arrows.length);
    expect(map.textAlternative.join('\n')).toContain(wigan.stages[1].title);
    for (const box of map.boxes) for (const line of box.lines) expect(line.text.length).toBeLessThanOrEqual(52);
  });

  it('keeps every box inside the drawing, on every seed', () => {
    for (const name of ['wigan', 'norfolk', 'southwark', 'county-chronic-non-attendance']) {
      const map = stageMap(seed(name));
      for (const box of map.boxes) {
        expect(box.x + box.width).toBeLessThanOrEqual(map.width);
        expect(box.y + box.height).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it('copes with strange input without throwing', () => {
    expect(() => stageMap({ stages: [{ id: 'a', title: 'A', outcomes: [{ id: 'o', title: 'O', kind: 'escalate', to: 'missing' }] }] } as unknown as Pathway)).not.toThrow();
    expect(stageMap({} as Pathway).boxes).toEqual([]);
  });
});
