/**
 * A new rule never silently names something the author did not choose: wherever a rule is added
 * (a time limit's breach, a gate, an exception, the condition builder), its pickers start empty,
 * the problems say which thing must be chosen, by title, and the picker shows as invalid.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkPathway } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { validatePathway } from '@pathway/schema';
import { ItemFactory } from './new-item.js';
import { newRule } from '../editors/condition-builder.js';
import { basePathway } from './testing/fixtures.js';
import { settle } from './testing/keyboard.js';
import { cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, deepText, mountEditor } from '../testing/editor-testing.js';

afterEach(() => cleanupEditors());

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[] };

/** A pathway whose first stage has a question ("question") and whose second has a route with a time limit. */
function withQuestionAndTimeLimit(): Doc {
  const document = basePathway() as Doc;
  document.stages[0].questions = [{ id: 'question', text: 'Has the school met the family?', type: 'yesNo' }];
  document.stages[1].routes = [
    { id: 'warning', title: 'Warning', timeLimits: [{ id: 'improvement', title: 'Improvement period', duration: { amount: 4, unit: 'schoolWeeks' } }] },
  ];
  return document;
}

describe('a new rule', () => {
  it('made by the forms picks no question, circumstance or measure for the author', () => {
    const factory = new ItemFactory(withQuestionAndTimeLimit());
    expect(factory.create('Condition')).toEqual({ answer: '' });
    expect((factory.create('Gate') as { condition: unknown }).condition).toEqual({ answer: '' });
    expect((factory.create('Exception') as { when: unknown }).when).toEqual({ answer: '' });
  });

  it('made by the condition builder picks nothing either, but is offered only when there is something to pick', () => {
    const document = withQuestionAndTimeLimit() as unknown as Pathway;
    const firstOf = (kinds: string[]) => (kinds.includes('question') ? 'question' : kinds.includes('cohort') ? 'looked-after' : kinds.includes('measure') ? 'attendance' : undefined);
    expect(newRule('answer', document, firstOf)).toEqual({ answer: '', answered: true });
    expect(newRule('cohort', document, firstOf)).toEqual({ cohort: '' });
    expect(newRule('measure', document, firstOf)).toEqual({ measure: '', upper: { value: 90, inclusive: true } });
    expect(newRule('all', document, firstOf)).toEqual({ all: [{ cohort: '' }] });
    expect(newRule('outcome', document, () => undefined)).toBeUndefined();
  });

  it('is reported by title as needing a question chosen', () => {
    const document = withQuestionAndTimeLimit();
    (document.stages[1].routes as Doc[])[0].gates = [{ id: 'sent', title: 'Letter sent', condition: { answer: '' } }];
    const problems = checkPathway(document, { validate: validatePathway }).problems;
    expect(problems.map((p) => p.message)).toContain('Stage "Targeted support" › Route "Warning" › Gate "Letter sent" › rule › question: a question must be chosen');
  });

  it('"Add what happens if it is breached" leaves the question to choose, and the editor says so', async () => {
    const editor = await mountEditor(withQuestionAndTimeLimit());
    editor.select('/stages/1/routes/0/timeLimits/0', { focus: true });
    await settle(8);
    const add = deepQueryAll<HTMLButtonElement>(editor, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim().startsWith('Add what happens if it is breached, for the time limit '))!;
    expect(add).toBeDefined();
    add.click();
    await settle(12);
    const onBreach = ((editor.modeling.state.value as Doc).stages[1].routes as Doc[])[0].timeLimits as Doc[];
    expect(onBreach[0].onBreach).toMatchObject({ when: { answer: '' } });
    // The problems name the place by title and say what to do.
    await settle(20);
    expect(deepText(deepQuery(editor, 'pe-problems')!)).toMatch(/Time limit "Improvement period" › if breached › breached when › question: a question must be chosen/);
    // The picker shows nothing chosen, and is marked invalid.
    const builder = deepQuery(editor, 'pe-condition-builder')!;
    const picker = [...builder.shadowRoot!.querySelectorAll('select')].find((s) => s.labels[0]?.textContent === 'Question')!;
    // Focus is on the rule's first field, at the top of the part, not on "What happens" below it.
    expect(deepActiveElement()).toBe(builder.shadowRoot!.querySelector('input, select, textarea'));
    expect(picker.selectedOptions[0]!.textContent).toBe('Choose…');
    expect(picker.getAttribute('aria-invalid')).toBe('true');
  });
});
