import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from '@pathway/core';
import wigan from '../../../../pathways/wigan.json';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, deepText, mountEditor, until } from '../testing/editor-testing.js';
import { coverage } from './band-line.js';
import { ContextProvider } from '@lit/context';
import type { PathwayEditor } from '../pathway-editor/pathway-editor.js';
import { editorContext } from '../context.js';
import type { EditorContext } from '../context.js';

afterEach(cleanupEditors);

/**
 * Shows one of the editors beside a pathway editor, given the editor's own context (mirrored by
 * a provider on a wrapper after every change), without touching the editor's rendered DOM.
 */
async function showInEditor(editor: PathwayEditor, element: HTMLElement): Promise<HTMLElement> {
  const wrapper = document.createElement('div');
  const current = () => (editor as unknown as { context: EditorContext }).context;
  const provider = new ContextProvider(wrapper, { context: editorContext, initialValue: current() });
  // The editor renews its context synchronously on every edit (its listener runs first), and
  // later when problems are checked: mirror both, the second by looking each frame.
  editor.modeling.subscribe(() => provider.setValue(current()));
  const follow = () => {
    if (!wrapper.isConnected) return;
    provider.setValue(current());
    requestAnimationFrame(follow);
  };
  requestAnimationFrame(follow);
  wrapper.append(element);
  document.body.append(wrapper);
  shown.push(wrapper);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

const shown: HTMLElement[] = [];
afterEach(() => {
  for (const wrapper of shown.splice(0)) wrapper.remove();
});

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
    const add = deepQueryAll<HTMLButtonElement>(builder, 'button').find((b) => b.textContent?.trim().startsWith('Add a rule')) as HTMLButtonElement;
    add.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => deepQueryAll(builder, '.rule').length === 3, 'a third rule box');
    const kinds = deepQueryAll<HTMLSelectElement>(builder, 'select').filter((s) => s.id.startsWith('kind-'));
    kinds[2].value = 'change';
    kinds[2].dispatchEvent(new Event('change'));
    // A new rule names no figure until the author picks one.
    await until(() => deepQueryAll<HTMLSelectElement>(builder, 'select').some((s) => s.labels[0]?.textContent === 'Measure (it needs an earlier reading)'), 'the figure picker');
    const figure = deepQueryAll<HTMLSelectElement>(builder, 'select').find((s) => s.labels[0]?.textContent === 'Measure (it needs an earlier reading)')!;
    expect(figure.selectedOptions[0]!.textContent).toBe('Choose…');
    figure.value = 'attendance';
    figure.dispatchEvent(new Event('change'));
    await until(() => deepText(builder).includes('has improved'), 'the change rule to be read back');
    const value = JSON.parse(editor.text);
    expect(value.stages[1].gates[0].condition).toEqual({
      all: [{ not: { cohort: 'looked-after' } }, { change: 'attendance', direction: 'improved' }],
    });
    expect(validatePathway(value)).toBe(true);
    expect(deepText(builder)).toContain('"Child looked after" is not ticked and "Attendance" has improved since the earlier reading');
    expect(await axeViolations(builder)).toEqual([]);
    // One undo per step, back to the start.
    for (let i = 0; i < 5; i++) editor.undo();
    expect(JSON.parse(editor.text).stages[1].gates[0].condition).toEqual({ cohort: 'looked-after' });
  });
});

describe('the condition builder names each rule', () => {
  it('counts rules from 1 in every name, and after Remove puts focus on the rule now in its place, not on its Remove button', async () => {
    const pathway = structuredClone(base) as typeof base;
    (pathway.stages[1] as { gates: unknown[] }).gates = [
      { id: 'ready', title: 'Ready', condition: { any: [{ cohort: 'looked-after' }, { not: { cohort: 'looked-after' } }, { measure: 'attendance', upper: { value: 50, inclusive: true } }] } },
    ];
    const editor = await mountEditor(pathway);
    const builder = await showInEditor(editor, Object.assign(document.createElement('pe-condition-builder'), { pointer: '/stages/1/gates/0/condition', label: 'Gate rule' }));
    const groups = () => deepQueryAll<HTMLElement>(builder, '[role="group"]').map((group) => group.getAttribute('aria-label'));
    const whole = 'the rule "Gate rule" of the gate "Ready"';
    expect(groups()).toEqual([whole, `rule 1 of ${whole}`, `rule 2 of ${whole}`, `rule 3 of ${whole}`]);
    const labels = deepQueryAll<HTMLLabelElement>(builder, 'label').map((label) => label.textContent?.replace(/\s+/g, ' ').trim());
    expect(labels).toContain(`Kind of rule: rule 2 of ${whole}`);
    expect(labels).toContain(`Not (true when this is false): rule 3 of ${whole}`);
    const removes = deepQueryAll<HTMLButtonElement>(builder, 'button').filter((button) => button.textContent?.startsWith('Remove this rule'));
    expect(removes.map((button) => button.textContent?.replace(/\s+/g, ' ').trim())).toEqual([1, 2, 3].map((n) => `Remove this rule: rule ${n} of ${whole}`));
    removes[1].focus();
    await userEvent.keyboard('{Enter}');
    await until(() => groups().length === 3, 'the rule to be removed');
    const focused = deepActiveElement();
    expect(focused?.localName).toBe('select');
    expect(focused?.closest('[role="group"]')?.getAttribute('aria-label')).toBe(`rule 2 of ${whole}`);
    expect(JSON.parse(editor.text).stages[1].gates[0].condition.any).toHaveLength(2);
  });
});

describe("several condition builders on one form", () => {
  it("name whose rule each control belongs to, so a screen reader's lists of buttons, fields and groups tell them apart", async () => {
    const pathway = structuredClone(base) as typeof base;
    (pathway.stages[1] as { gates: unknown[] }).gates = [
      { id: 'ready', title: 'Ready', condition: { all: [{ cohort: 'looked-after' }] } },
      { id: 'checked', title: 'Plan checked', condition: { any: [{ cohort: 'looked-after' }, { all: [{ cohort: 'looked-after' }] }] } },
    ];
    (pathway.stages[1] as { outcomes?: unknown[] }).outcomes = [{ id: 'escalate', title: 'Escalate', kind: 'stepDown', to: 'tier-1' }];
    const editor = await mountEditor(pathway);
    editor.select('/stages/1');
    await until(() => deepQuery(editor, 'details[data-pointer="/stages/1/gates/1"]') !== undefined, 'the stage form');
    for (const at of ['/stages/1/gates/0', '/stages/1/gates/1', '/stages/1/outcomes/0']) deepQuery<HTMLDetailsElement>(editor, `details[data-pointer="${at}"]`)!.open = true;
    await until(() => deepQueryAll(editor, 'pe-condition-builder').length === 3, 'three condition builders');
    await until(() => deepQueryAll(editor, 'pe-condition-builder').every((builder) => builder.shadowRoot?.querySelector('button') !== null), 'their buttons');
    const names = (await commands.chromiumNames('button')).filter((name) => /^Add a (rule|group)\b/.test(name));
    expect(names.sort()).toEqual([
      'Add a rule to the rule of the gate "Ready"',
      'Add a group to the rule of the gate "Ready"',
      'Add a rule to rule 2 of the rule of the gate "Plan checked"',
      'Add a group to rule 2 of the rule of the gate "Plan checked"',
      'Add a rule to the rule of the gate "Plan checked"',
      'Add a group to the rule of the gate "Plan checked"',
      'Add a rule to the rule "Open when" of the outcome "Escalate"',
    ].sort());
    // Every other control of the three builders is told apart too: no two share a name.
    for (const role of ['button', 'combobox', 'checkbox', 'group']) {
      const all = (await commands.chromiumNames(role)).filter((name) => / rule\b/i.test(name));
      expect(new Set(all).size, `${role}: ${all.join(' | ')}`).toBe(all.length);
    }
    // The visible words stay short, and start the name (WCAG 2.5.3).
    const buttons = deepQueryAll<HTMLButtonElement>(editor, 'pe-condition-builder').flatMap((builder) => [...builder.shadowRoot!.querySelectorAll('button')]);
    const visible = (button: HTMLButtonElement) => [...button.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
    expect(new Set(buttons.map(visible).filter((words) => words.startsWith('Add')))).toEqual(new Set(['Add a rule', 'Add a group']));
    expect(await axeViolations(deepQuery(editor, 'pe-object-form')!)).toEqual([]);
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
    const end = (value: number, inclusive: boolean) => ({ value, inclusive });
    expect(coverage([band(undefined, [90, true]), band(undefined, [50, true])], 0, 100)).toEqual({
      gaps: [[90, 100]],
      overlaps: [{ lower: end(0, true), upper: end(50, true) }],
    });
    expect(coverage([band([0, true], [100, true])], 0, 100)).toEqual({ gaps: [], overlaps: [] });
    // An overlap ends where a band ends, with its inclusiveness, not at a figure sampled before it.
    expect(coverage([band(undefined, [90, true]), band(undefined, [80, false]), band(undefined, [50, true])], 0, 100).overlaps).toEqual([
      { lower: end(0, true), upper: end(80, false) },
    ]);
    expect(coverage([band([40, false], [60, true]), band([60, true], [70, true])], 0, 100).overlaps).toEqual([{ lower: end(60, true), upper: end(60, true) }]);
    // Two bands of one stage covering the same figures are not an overlap of stages (lint counts them so too).
    expect(coverage([band(undefined, [60, true]), band([50, true], [80, true])], 0, 100, () => 'one stage').overlaps).toEqual([]);
  });

  it("shows every stage's band, says where the gaps and overlaps are, and edits a bound by keyboard and by typing", async () => {
    const editor = await mountEditor(base);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    expect(deepText(line)).toContain("Overlap: more than one stage's band covers figures at most 80%");
    // The gap in lint's figures and words (core's stageBandGaps), with where a pupil there is.
    expect(deepText(line)).toContain("Gap: no stage's band covers figures above 90%: a pupil there is placed in no stage");
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

  it('changes a label that stated the old figure with its bound, in one undoable step, and says so; a label without it stays', async () => {
    const editor = await mountEditor(base);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    const status = deepQuery<HTMLElement>(line, '[data-relabel-status]')!;
    expect(status.getAttribute('role')).toBe('status');
    const upper = () => deepQueryAll<HTMLInputElement>(line, 'input[type="text"]').find((i) => i.id.endsWith('-upper'))!;
    upper().value = '85';
    upper().dispatchEvent(new Event('change'));
    expect(JSON.parse(editor.text).stages[1].bands[0]).toMatchObject({ label: '85% and under', upper: { value: 85, inclusive: true } });
    await (line as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(status.textContent).toContain('The band\'s label now reads "85% and under", to match.');
    editor.undo();
    expect(JSON.parse(editor.text).stages[1].bands[0]).toMatchObject({ label: '80% and under', upper: { value: 80, inclusive: true } });
    editor.modeling.set('/stages/1/bands/0/label', 'Persistent absence');
    await (line as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    upper().value = '75';
    upper().dispatchEvent(new Event('change'));
    expect(JSON.parse(editor.text).stages[1].bands[0]).toMatchObject({ label: 'Persistent absence', upper: { value: 75, inclusive: true } });
    expect(await axeViolations(line)).toEqual([]);
  });

  it('in a 300 px pane stacks each band\'s bounds so nothing runs past the edge; each "Includes the figure" box names its bound', async () => {
    const editor = await mountEditor(base);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    const labels = deepQueryAll<HTMLInputElement>(line, 'input[type="checkbox"]').map((box) => box.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim());
    expect(labels).toEqual(['Includes the figure: lower bound of 80% and under', 'Includes the figure: upper bound of 80% and under']);
    const wide = (deepQuery<HTMLElement>(line, 'table') as HTMLElement).getBoundingClientRect().width;
    (line.parentElement as HTMLElement).style.width = '300px';
    await until(() => (deepQuery<HTMLElement>(line, 'td') as HTMLElement).getBoundingClientRect().width > 200, 'each bound to take the full width');
    const table = deepQuery<HTMLElement>(line, 'table') as HTMLElement;
    expect(table.getBoundingClientRect().width).toBeLessThanOrEqual(300);
    for (const cell of deepQueryAll<HTMLElement>(line, 'td, th')) expect(cell.getBoundingClientRect().right).toBeLessThanOrEqual(line.getBoundingClientRect().right + 0.5);
    expect(wide).toBeGreaterThan(300);
  });

  it('writes a bound still being typed when the page is reloaded or closed, so a reload does not lose it', async () => {
    const editor = await mountEditor(base);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    const upper = deepQueryAll<HTMLInputElement>(line, 'input[type="text"]').find((i) => i.id.endsWith('-upper'))!;
    upper.focus();
    await userEvent.keyboard('{Control>}a{/Control}85');
    // Typed, not yet left: nothing is written (a bound is written when its box is left).
    expect(JSON.parse(editor.text).stages[1].bands[0].upper.value).toBe(80);
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(editor.text).stages[1].bands[0].upper).toEqual({ value: 85, inclusive: true });
  });

  it('clearing a bound and pressing Tab keeps focus on the next control, which says it does nothing until there is a bound', async () => {
    const editor = await mountEditor(base);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    const upper = deepQueryAll<HTMLInputElement>(line, 'input[type="text"]').find((i) => i.id.endsWith('-upper'))!;
    upper.focus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await userEvent.keyboard('{Tab}');
    await until(() => JSON.parse(editor.text).stages[1].bands[0].upper === undefined, 'the bound to be cleared');
    await until(() => deepActiveElement()?.id === `${upper.id}-inc`, 'focus on the "Includes the figure" box');
    const box = deepActiveElement() as HTMLInputElement;
    expect(box.getAttribute('aria-disabled')).toBe('true');
    // Space on it changes nothing while there is no bound.
    const before = editor.text;
    await userEvent.keyboard(' ');
    expect(editor.text).toBe(before);
    expect(box.checked).toBe(true);
    expect(await axeViolations(line)).toEqual([]);
  });

  it('keeps a bound typed as something other than a number as typed, with a message, and writes nothing; only an empty box removes the bound', async () => {
    const editor = await mountEditor(base);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    const upper = () => deepQueryAll<HTMLInputElement>(line, 'input[type="text"]').find((i) => i.id.endsWith('-upper'))!;
    const stored = () => JSON.parse(editor.text).stages[1].bands[0].upper;
    const type = async (text: string) => {
      upper().value = text;
      upper().dispatchEvent(new Event('change'));
      await until(() => true, 'a redraw');
      await (line as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    };
    await type('90,5');
    expect(stored()).toEqual({ value: 80, inclusive: true });
    expect(upper().value).toBe('90,5');
    expect(upper().getAttribute('aria-invalid')).toBe('true');
    expect(deepText(line)).toContain('Enter the upper bound as a number, like 90 or 90.5, or leave the box empty for an open end');
    expect(await axeViolations(line)).toEqual([]);
    // A stray space is not an empty box: the bound stays.
    await type(' ');
    expect(stored()).toEqual({ value: 80, inclusive: true });
    expect(deepText(line)).toContain('Enter the upper bound as a number');
    await type('90.5');
    expect(stored()).toEqual({ value: 90.5, inclusive: true });
    expect(deepText(line)).not.toContain('Enter the upper bound as a number');
    await type('');
    expect(stored()).toBeUndefined();
  });

  it("labels a band near the top of the scale inside the chart, not past its edge", async () => {
    const pathway = { ...base, stages: [...base.stages, { id: 'high', title: 'Formal support', bands: [{ label: '85% and over, a long label', measure: 'attendance', lower: { value: 85, inclusive: true } }] }] };
    const editor = await mountEditor(pathway);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    const svgBox = deepQuery<SVGSVGElement>(line, 'svg')!.getBoundingClientRect();
    const label = deepQueryAll<SVGTextElement>(line, 'text.row-label').find((text) => (text.textContent ?? '').startsWith('Formal support'))!;
    expect(label.getBoundingClientRect().right).toBeLessThanOrEqual(svgBox.right + 0.5);
    expect(label.getBoundingClientRect().left).toBeGreaterThanOrEqual(svgBox.left - 0.5);
  });

  it('words each gap as lint does, with where a pupil there is by the format 1.1 fallback', async () => {
    const pathway = {
      ...base,
      stages: [
        { id: 'everyone', title: 'Universal offer', universal: true },
        { id: 'tier-1', title: 'Tier 1', bands: [{ label: '80% to 90%', measure: 'attendance', lower: { value: 80, inclusive: true }, upper: { value: 90, inclusive: true } }] },
        { id: 'tier-2', title: 'Tier 2', bands: [{ label: 'under 79%', measure: 'attendance', upper: { value: 79, inclusive: false } }] },
      ],
    };
    const editor = await mountEditor(pathway);
    const line = await showInEditor(editor, Object.assign(document.createElement('pe-band-line'), { pointer: '/stages/1' }));
    const gaps = deepQueryAll(line, '.findings li').map((li) => (li.textContent ?? '').trim()).filter((text) => text.startsWith('Gap: '));
    const where = 'a pupil there is at Stage "Universal offer", which applies to every pupil';
    expect(gaps).toEqual([
      `Gap: no stage's band covers figures at least 79% and below 80%: ${where}`,
      `Gap: no stage's band covers figures above 90%: ${where}`,
    ]);
    // Lint gives the same gap in the same words (and leaves out the one above the top band,
    // where the universal stage is meant to take the pupils).
    const lint = lintPathway(pathway as unknown as Pathway).filter((p) => p.code === 'lint.band-coverage').map((p) => p.detail);
    expect(lint).toEqual([`${gaps[0].slice('Gap: '.length)}; widen a band if they belong in another stage`]);
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

describe('the stage map follows the pathway', () => {
  it('redraws when only the starting stage changes, and keeps a tab stop when stages are removed', async () => {
    const editor = await mountEditor(wigan);
    const map = await showInEditor(editor, document.createElement('pe-stage-map'));
    expect(deepText(map)).not.toContain('Where a case starts');
    editor.modeling.set('/start', wigan.stages[1].id);
    await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepText(map)).toContain('Where a case starts');
    const last = deepQueryAll(map, '[role="button"]').at(-1) as unknown as HTMLElement;
    last.focus();
    await userEvent.keyboard('{End}');
    editor.modeling.remove('/stages/4');
    editor.modeling.remove('/stages/3');
    await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(deepQueryAll(map, '[role="button"][tabindex="0"]')).toHaveLength(1);
  });
});
