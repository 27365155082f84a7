/**
 * The stage map as drawn: labels of the arrows between the same two stages do not sit on top of
 * each other, and a box's visible text is the words its label says (WCAG 2.5.3, label in name).
 */
import { afterEach, expect, it } from 'vitest';
import axe from 'axe-core';
import { cleanupEditors, deepQueryAll, mountEditor, until } from '../testing/editor-testing.js';

afterEach(cleanupEditors);

/** Stage 3's two routes each lead back to Stage 2 and on to Stage 4, as a flowchart's two boxes do. */
const routeOutcomes = (route: string, what: string) => [
  { id: `improved-${route}`, title: `Attendance improved after the ${what}`, kind: 'deescalate', to: 'two' },
  { id: `not-improved-${route}`, title: `No improvement after the ${what}`, kind: 'escalate', to: 'four' },
];
const pathway = {
  formatVersion: '1.0',
  id: 'map-test',
  title: 'Map test',
  version: '1.0.0',
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [
    { id: 'one', title: 'Stage 1: Universal', universal: true },
    { id: 'two', title: 'Stage 2: Targeted support', bands: [{ label: 'Below 90%', measure: 'attendance', upper: { value: 90, inclusive: false } }] },
    {
      id: 'three',
      title: 'Stage 3: Formal support',
      bands: [{ label: 'Below 80%', measure: 'attendance', upper: { value: 80, inclusive: false } }],
      routes: [
        { id: 'contract', title: 'Route A: Attendance contract', outcomes: routeOutcomes('a', 'contract') },
        { id: 'notice', title: 'Route B: Notice to Improve', outcomes: routeOutcomes('b', 'notice') },
      ],
    },
    { id: 'four', title: 'Stage 4: Legal intervention' },
  ],
};

async function showMap(): Promise<HTMLElement> {
  const editor = await mountEditor(pathway);
  editor.view = 'map';
  await until(() => deepQueryAll(editor, 'pe-stage-map').length === 1, 'the stage map');
  return deepQueryAll(editor, 'pe-stage-map')[0];
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

it('lists the outcomes between two stages at one arrow, with no label drawn over another', async () => {
  // The map reads the editor's context: drawn inside the editor, as its Stage map tab shows it.
  const shown = await showMap();
  await until(() => deepQueryAll(shown, '.arrow-label').length > 0, 'the arrows');
  const labels = deepQueryAll<SVGTextElement>(shown, '.arrow-label');
  expect(labels.map((label) => label.textContent)).toEqual([
    'Attendance improved after the contract',
    'Attendance improved after the notice',
    'No improvement after the contract',
    'No improvement after the notice',
  ]);
  expect(deepQueryAll(shown, 'polyline.arrow')).toHaveLength(2);
  const boxes = labels.map((label) => label.getBoundingClientRect());
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `${labels[i].textContent} / ${labels[j].textContent}`).toBe(false);
});

it('gives a box of several lines the visible text its label says, space between lines', async () => {
  const map = await showMap();
  await until(() => deepQueryAll(map, '[role="button"]').length === 4, 'the boxes');
  const box = deepQueryAll(map, '[role="button"]')[2];
  expect(box.textContent!.replace(/\s+/g, ' ').trim()).toBe('Stage 3: Formal support Attendance: Below 80% Route A: Attendance contract Route B: Notice to Improve');
  // An experimental rule in axe, so asked for by name.
  const results = await axe.run(map.shadowRoot!.querySelector('svg')!, { runOnly: ['label-content-name-mismatch'], rules: { 'label-content-name-mismatch': { enabled: true } } });
  expect(results.violations.map((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);
});
