import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import { STAGE_MAP_LABEL_LINE, stageMap } from './stage-map.js';

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

  it('words each box as a reader says it: the figure a band is on, the stage numbered once, one full stop per sentence', () => {
    const pathway = {
      measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
      stages: [
        { id: 'one', title: 'Stage 1: Daily monitoring', bands: [{ label: '95% and above', measure: 'attendance' }] },
        { id: 'two', title: 'Part-time timetable', entry: { description: 'The pupil is on a part-time timetable.' }, outcomes: [{ id: 'back', title: 'Return to full time', kind: 'close' }] },
        { id: 'three', title: 'Tier 3 – legal', bands: [{ label: 'below 50%', measure: 'unknown' }], routes: [{ id: 'a', title: 'Route A: Home visit' }, { id: 'b', title: 'Panel' }], referrals: ['legal'] },
      ],
      referrals: [{ id: 'legal', title: 'Referral for legal intervention' }],
    } as unknown as Pathway;
    const [one, two, three] = stageMap(pathway).boxes;
    expect(one.lines[0].text).toBe('Attendance: 95% and above');
    expect(one.description).toBe('Stage 1: Daily monitoring (1 of 3). Attendance: 95% and above');
    expect(two.description).toBe('Stage 2 of 3: Part-time timetable. Entry: The pupil is on a part-time timetable. Outcome: Return to full time');
    // A title that says what it is ("Route A: …", "Referral for …") is not labelled again.
    expect(three.description).toBe('Tier 3 – legal (3 of 3). Threshold: below 50%. Route A: Home visit. Route: Panel. Referral for legal intervention');
  });

  it('draws one arrow for the outcomes that lead from one stage to another, with their titles listed, and no two labels on one line', () => {
    const routeOutcomes = [
      { id: 'up', title: 'Improved: step down', kind: 'deescalate', to: 'two' },
      { id: 'down', title: 'Not improved: escalate', kind: 'escalate', to: 'four' },
    ];
    // Route B's outcomes have Route A's titles too: the arrow lists each title once.
    const withIds = (route: string, also = '') => routeOutcomes.map((outcome) => ({ ...outcome, id: `${outcome.id}-${route}`, title: `${outcome.title}${also}` }));
    const pathway = {
      stages: [
        { id: 'one', title: 'Stage 1', outcomes: [{ id: 'worse', title: 'Escalate to Stage 4', kind: 'escalate', to: 'four' }] },
        { id: 'two', title: 'Stage 2' },
        { id: 'three', title: 'Stage 3', routes: [
          { id: 'a', title: 'Route A', outcomes: withIds('a', ' (contract)') },
          { id: 'b', title: 'Route B', outcomes: withIds('b', ' (notice)') },
          { id: 'c', title: 'Route C', outcomes: withIds('c', ' (notice)') },
        ] },
        { id: 'four', title: 'Stage 4' },
      ],
    } as unknown as Pathway;
    const map = stageMap(pathway);
    expect(map.arrows.map((arrow) => `${arrow.from}→${arrow.to}: ${arrow.labels.join(' | ')}`)).toEqual([
      'one→four: Escalate to Stage 4',
      'three→two: Improved: step down (contract) | Improved: step down (notice)',
      'three→four: Not improved: escalate (contract) | Not improved: escalate (notice)',
    ]);
    expect(map.textAlternative).toContain('Stage 3 leads to Stage 2: Improved: step down (contract); Improved: step down (notice)');
    // Every label runs to the right across the later lanes: no two share a line's height.
    const tops = map.arrows.flatMap((arrow) => arrow.labels.map((_, i) => arrow.labelAt[1] + i * STAGE_MAP_LABEL_LINE)).sort((a, b) => a - b);
    for (let i = 1; i < tops.length; i++) expect(tops[i] - tops[i - 1]).toBeGreaterThanOrEqual(STAGE_MAP_LABEL_LINE);
    expect(tops.at(-1)!).toBeLessThanOrEqual(map.height);
  });

  it('copes with strange input without throwing', () => {
    expect(() => stageMap({ stages: [{ id: 'a', title: 'A', outcomes: [{ id: 'o', title: 'O', kind: 'escalate', to: 'missing' }] }] } as unknown as Pathway)).not.toThrow();
    expect(stageMap({} as Pathway).boxes).toEqual([]);
  });
});
