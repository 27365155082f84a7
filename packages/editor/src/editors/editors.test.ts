import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { validatePathway } from '@pathway/schema';
import wigan from '../../../../pathways/wigan.json';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, deepText, mountEditor, until } from '../testing/editor-testing.js';
import { coverage } from './band-line.js';
import type { PathwayEditor } from '../pathway-editor/pathway-editor.js';

afterEach(cleanupEditors);

/** Puts one of the editors into the pathway editor's main pane, where forms would be, for a test. */
async function showInEditor(editor: PathwayEditor, element: HTMLElement): Promise<HTMLElement> {
  const main = editor.shadowRoot?.querySelector('main') as HTMLElement;
  main.replaceChildren(element);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

const base = {
  schemaVersion: '1.1',
  id: 'built',
  version: '1',
  title: 'Built',
  authority: { name: 'Northbridge Borough Council' },
  measures: [
    { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', baseline: { title: 'Attendance when the plan started' } },
    { id: 'notice-date', title: 'Date of the warning notice', kind: 'date' },
  ],
  cohorts: [{ id: 'looked-after', title: 'Child looked after' }],
  stages: [
    { id: 'tier-1', title: 'Tier 1', bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }] },
    {
      id: 'tier-2',
      title: 'Tier 2',
      bands: [{ label: '80% and under', measure: 'attendance', upper: { value: 80, inclusive: true } }],
      gates: [{ id: 'ready', title: 'Ready', condition: { cohort: 'looked-after' } }],
      questions: [{ id: 'plan', text: 'Is there a plan?', type: 'yesNo' }],
    },
  ],
};

describe('the condition builder', () => {
  it('builds all-of, not and change rules by keyboard, reads them back, and writes schema-valid JSON', async () => {
    const editor = await mountEditor(base);
    const builder = await showInEditor(editor, Object.assign(document.createElement('pe-condition-builder'), { pointer: '/stages/1/gates/0/condition', label: 'Gate rule' }));
    expect(deepText(builder)).toContain('"Child looked after" is ticked');
    // Turn the rule into "All of": the circumstance rule is replaced by a group holding one rule.
    const kind = deepQuery<HTMLSelectElement>(builder, 'select') as HTMLSelectElement;
    kind.focus();
    kind.value = 'all';
    kind.dispatchEvent(new Event('change'));
    await until(() => deepQueryAll(builder, 'select').length > 1, 'the group to show its rules');
    // Negate the inner rule with its "Not" checkbox, by keyboard.
    const notBoxes = deepQueryAll<HTMLInputElement>(builder, 'input[type="checkbox"]').filter((box) => box.id.startsWith('not-'));
    notBoxes[1].focus();
    await userEvent.keyboard(' ');
    await until(() => deepText(builder).includes('is not ticked'), 'the sentence to say "is not ticked"');
    // Add a second rule and make it a change-over-time rule.
    const add = deepQueryAll<HTMLButtonElement>(builder, 'button').find((b) => b.textContent?.trim() === 'Add a rule') as HTMLButtonElement;
    add.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => deepQueryAll(builder, '.rule').length === 3, 'a third rule box');
    const kinds = deepQueryAll<HTMLSelectElement>(builder, 'select').filter((s) => s.id.startsWith('kind-'));
    kinds[2].value = 'change';
    kinds[2].dispatchEvent(new Event('change'));
    await until(() => deepText(builder).includes('has improved'), 'the change rule to be read back');
    const value = JSON.parse(editor.text);
    expect(value.stages[1].gates[0].condition).toEqual({
      all: [{ not: { cohort: 'looked-after' } }, { change: 'attendance', direction: 'improved' }],
    });
    expect(validatePathway(value)).toBe(true);
    expect(deepText(builder)).toContain('"Child looked after" is not ticked and "Attendance" has improved since the earlier reading');
    expect(await axeViolations(builder)).toEqual([]);
    // One undo per step, back to the start.
    for (let i = 0; i < 4; i++) editor.undo();
    expect(JSON.parse(editor.text).stages[1].gates[0].condition).toEqual({ cohort: 'looked-after' });
  });
});

describe('the band line', () => {
  it('finds gaps and overlaps on the scale', () => {
    const band = (lower?: [number, boolean], upper?: [number, boolean]) => ({
      label: 'b',
      measure: 'm',
      ...(lower ? { lower: { value: lower[0], inclusive: lower[1] } } : {}),
      ...(upper ? { upper: { value: upper[0], inclusive: upper[1] } } : {}),
    });
    expect(coverage([band(undefined, [90, true]), band(undefined, [50, true])], 0, 100)).toEqual({ gaps: [[95, 100]], overlaps: [[0, 50]] });
    expect(coverage([band([0, true], [100, true])], 0, 100)).toEqual({ gaps: [], overlaps: [] });
  });

  it("shows every stage's band, says where the gaps and overlaps are, and edits a bound by keyboard and by typing", async () => {
    const editor = await mountEditor(base);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    expect(deepText(line)).toContain('Overlap: more than one stage covers 0% to 80%');
    expect(deepText(line)).toContain('Gap: no stage covers');
    const handle = deepQuery<SVGElement>(line, '[role="slider"]') as unknown as HTMLElement;
    handle.focus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await until(() => JSON.parse(editor.text).stages[1].bands[0].upper.value === 82, 'the bound to move to 82');
    const input = deepQueryAll<HTMLInputElement>(line, 'input[type="text"]').find((i) => i.id.endsWith('-upper')) as HTMLInputElement;
    input.value = '85';
    input.dispatchEvent(new Event('change'));
    expect(JSON.parse(editor.text).stages[1].bands[0].upper).toEqual({ value: 85, inclusive: true });
    editor.undo();
    editor.undo();
    expect(JSON.parse(editor.text).stages[1].bands[0].upper).toEqual({ value: 80, inclusive: true });
    expect(await axeViolations(line)).toEqual([]);
  });
});

describe('the stage map', () => {
  it('draws each stage, moves between them by keyboard, and opens one with Enter', async () => {
    const editor = await mountEditor(wigan);
    const map = await showInEditor(editor, document.createElement('pe-stage-map'));
    const boxes = deepQueryAll(map, '[role="button"]');
    expect(boxes.length).toBe(wigan.stages.length);
    (boxes[0] as unknown as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect((deepActiveElement() as Element).getAttribute('data-index')).toBe('2');
    await userEvent.keyboard('{Enter}');
    await until(() => deepQuery(editor, '[data-pointer="/stages/2"]')?.getAttribute('aria-selected') === 'true', 'the stage to be selected');
    expect(deepText(map)).toContain(wigan.stages[2].title);
    expect(await axeViolations(map)).toEqual([]);
  });
});
