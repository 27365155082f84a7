/**
 * The condition builder driven by keyboard inside the editor's stage form: the kind picker always
 * names the rule's real kind, and "Add a rule" / "Add a group" take focus to what they added.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, mountEditor, until } from '../testing/editor-testing.js';
import { settle } from '../forms/testing/keyboard.js';
import type { PathwayEditor } from '../pathway-editor/pathway-editor.js';

afterEach(cleanupEditors);

/** A pathway with no evidence, outcomes or routes (so those kinds of rule are refused), and one gate. */
function pathway(condition: unknown) {
  return {
    schemaVersion: '1.1',
    id: 'built',
    version: '1',
    title: 'Built',
    authority: { name: 'Northbridge Borough Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    cohorts: [{ id: 'looked-after', title: 'Child looked after' }],
    stages: [
      {
        id: 'tier-1',
        title: 'Tier 1',
        bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
        questions: [
          { id: 'letters', text: 'Were the letters sent?', type: 'yesNo' },
          { id: 'met', text: 'Was there a meeting?', type: 'yesNo' },
        ],
        gates: [{ id: 'ready', title: 'Ready', condition }],
      },
    ],
  };
}

/** Opens the gate's form and returns its condition builder. */
async function gateBuilder(editor: PathwayEditor): Promise<HTMLElement> {
  editor.select('/stages/0');
  await until(() => deepQuery(editor, 'details[data-pointer="/stages/0/gates/0"]') !== undefined, 'the stage form');
  deepQuery<HTMLDetailsElement>(editor, 'details[data-pointer="/stages/0/gates/0"]')!.open = true;
  await until(() => deepQuery(editor, 'pe-condition-builder')?.shadowRoot?.querySelector('select') != null, 'the condition builder');
  return deepQuery<HTMLElement>(editor, 'pe-condition-builder')!;
}

const gateRule = (editor: PathwayEditor) => JSON.parse(editor.text).stages[0].gates[0].condition;
const kindPickers = (builder: HTMLElement) => [...builder.shadowRoot!.querySelectorAll<HTMLSelectElement>('select')].filter((s) => s.id.startsWith('kind-'));

describe('the kind of rule picker', () => {
  it('goes back to the rule\'s real kind on every refused kind, the second refusal in a row too', async () => {
    const editor = await mountEditor(pathway({ measure: 'attendance', upper: { value: 90, inclusive: true } }));
    const builder = await gateBuilder(editor);
    const kind = kindPickers(builder)[0];
    kind.focus();
    // Type-ahead "E" picks "Evidence is confirmed", and Enter makes it; the pathway has no evidence, so it is refused.
    for (let attempt = 1; attempt <= 2; attempt++) {
      await userEvent.keyboard('E');
      await settle(2);
      await userEvent.keyboard('{Enter}');
      await settle(4);
      expect(builder.shadowRoot!.textContent, `refusal ${attempt}`).toMatch(/no evidence requirement yet/i);
      expect(kindPickers(builder)[0].value, `refusal ${attempt}`).toBe('measure');
      expect(gateRule(editor)).toEqual({ measure: 'attendance', upper: { value: 90, inclusive: true } });
    }
  });
});

describe('arrowing through the kinds of rule', () => {
  it('makes nothing until Enter or leaving the picker, so it gets past kinds that cannot be made yet; Escape keeps the rule', async () => {
    const editor = await mountEditor(pathway({ cohort: 'looked-after' }));
    const builder = await gateBuilder(editor);
    const kind = () => kindPickers(builder)[0];
    kind().focus();
    // Past "Evidence is confirmed" (the pathway has none) to "A stage is complete".
    for (const expected of ['evidence', 'stageComplete']) {
      await userEvent.keyboard('{ArrowDown}');
      await settle(4);
      expect(kind().value).toBe(expected);
      expect(gateRule(editor)).toEqual({ cohort: 'looked-after' });
    }
    expect(builder.shadowRoot!.textContent).not.toMatch(/no evidence requirement yet/i);
    expect(builder.shadowRoot!.textContent).toMatch(/Press Enter, or move on, to make it this kind of rule/);
    await userEvent.keyboard('{Escape}');
    await settle(4);
    expect(kind().value).toBe('cohort');
    expect(gateRule(editor)).toEqual({ cohort: 'looked-after' });
    // Arrow down twice again and leave with Tab: made on leaving.
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await settle(2);
    await userEvent.tab();
    await until(() => gateRule(editor).stageComplete !== undefined, 'the stage rule made on leaving');
    expect(gateRule(editor)).toEqual({ stageComplete: '' });
    // Arrow to "Time since a date", which cannot be made (no date), and press Enter: refused, and the picker says the real kind.
    kind().focus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    await settle(2);
    expect(kind().value).toBe('cohort');
    await userEvent.keyboard('{ArrowUp}{Enter}');
    await settle(4);
    expect(builder.shadowRoot!.textContent).toMatch(/no date question or date measure yet/i);
    expect(kind().value).toBe('stageComplete');
    expect(gateRule(editor)).toEqual({ stageComplete: '' });
  });
});

describe('"Add a rule" in a group', () => {
  it('adds a rule of the kind its siblings are, and puts focus on its kind', async () => {
    const editor = await mountEditor(pathway({ all: [{ answer: 'letters', in: ['yes'] }, { answer: 'met', in: ['yes'] }] }));
    const builder = await gateBuilder(editor);
    const add = [...builder.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith('Add a rule'))!;
    add.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => kindPickers(builder).length === 4, 'a third rule in the group');
    expect(gateRule(editor).all[2]).toEqual({ answer: '', answered: true });
    await until(() => deepActiveElement() === kindPickers(builder)[3], 'focus on the new rule\'s kind');
    expect(kindPickers(builder)[3].value).toBe('answer');
    expect(deepActiveElement()?.closest('[role="group"]')?.getAttribute('aria-label')).toMatch(/^rule 3 of /);
  });

  it('"Add a group" puts focus on the new group\'s kind', async () => {
    const editor = await mountEditor(pathway({ any: [{ cohort: 'looked-after' }] }));
    const builder = await gateBuilder(editor);
    const add = [...builder.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith('Add a group'))!;
    add.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => gateRule(editor).any.length === 2, 'a group added');
    await until(() => deepActiveElement()?.id === kindPickers(builder).find((s) => s.id.endsWith('any-1'))?.id, 'focus on the new group\'s kind');
    expect((deepActiveElement() as HTMLSelectElement).value).toBe('all');
    expect(deepQueryAll(builder, '.rule.group').length).toBe(2);
  });
});
