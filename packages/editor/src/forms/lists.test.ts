/** Lists of things, by keyboard: add from the palette, duplicate, remove with undo, move; and axe on it all. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { questionTypes } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import { axeViolations } from './testing/axe.js';
import { basePathway } from './testing/fixtures.js';
import { actionButton, atPointer, buttonNamed, deepActive, fromTop, mountForm, press, settle, summaryOf, tabTo } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

type Doc = Record<string, unknown> & { stages: Record<string, unknown>[] };

function withQuestions(): Doc {
  const document = basePathway() as Doc;
  document.stages[1].questions = [
    { id: 'plan', text: 'Is there a support plan?', type: 'yesNo' },
    { id: 'meeting', text: 'When was the meeting?', type: 'date' },
    { id: 'sessions', text: 'How many sessions were missed?', type: 'number' },
  ];
  document.stages[1].gates = [{ id: 'has-plan', title: 'A plan is in place', condition: { answer: 'plan', in: ['yes'] } }];
  return document;
}

describe('lists in the forms', () => {
  it('the palette lists every question type from core, and adds the one chosen', async () => {
    const { form, value } = await mountForm(basePathway(), '/stages/0');
    fromTop();
    await tabTo(atPointer('/stages/0/questions'), 'Add question');
    expect(deepActive()?.getAttribute('aria-expanded')).toBe('false');
    expect(deepActive()?.getAttribute('aria-haspopup')).toBe('menu');
    await press('{Enter}');
    // A menu: focus goes to its first type.
    expect(deepActive()?.getAttribute('role')).toBe('menuitem');
    expect(deepActive()?.dataset.type).toBe(questionTypes[0].type);
    const palette = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('.palette button')];
    expect(palette.map((button) => button.dataset.type)).toEqual(questionTypes.map((info) => info.type));
    expect(palette.map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).toEqual(questionTypes.map((info) => `${info.label}${info.description}`));
    expect(await axeViolations(form)).toEqual([]);
    await press('{ArrowDown}');
    await press('{ArrowDown}');
    await press('{ArrowDown}');
    expect(deepActive()?.dataset.type).toBe('date');
    await press('{Enter}');
    expect((value().stages as Doc['stages'])[0].questions).toEqual([questionTypes[3].create('question', 'New question')]);
    // The new question is open, its summary focused, and the palette closed.
    expect(summaryOf('/stages/0/questions/0')(deepActive()!)).toBe(true);
    expect(form.shadowRoot!.querySelector('.palette button')).toBeNull();
  });

  it('the palette is a menu: arrows wrap, Home and End, Escape closes it back on its Add button', async () => {
    const { form, value } = await mountForm(basePathway(), '/stages/0');
    const last = questionTypes[questionTypes.length - 1].type;
    fromTop();
    await tabTo(atPointer('/stages/0/questions'), 'Add question');
    await press('{Enter}');
    // The types are not Tab stops: the arrow keys move between them.
    expect([...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('.palette button')].every((b) => b.tabIndex === -1)).toBe(true);
    await press('{ArrowUp}');
    expect(deepActive()?.dataset.type).toBe(last);
    await press('{ArrowDown}');
    expect(deepActive()?.dataset.type).toBe(questionTypes[0].type);
    await press('{End}');
    expect(deepActive()?.dataset.type).toBe(last);
    await press('{Home}');
    expect(deepActive()?.dataset.type).toBe(questionTypes[0].type);
    await press('{Escape}');
    expect(atPointer('/stages/0/questions')(deepActive()!)).toBe(true);
    expect(deepActive()?.getAttribute('aria-expanded')).toBe('false');
    expect(form.shadowRoot!.querySelector('.palette button')).toBeNull();
    expect((value().stages as Doc['stages'])[0].questions).toBeUndefined();
    // Arrow Up on the closed button opens it on the last type.
    await press('{ArrowUp}');
    expect(deepActive()?.dataset.type).toBe(last);
    await press('{Escape}');
    expect(atPointer('/stages/0/questions')(deepActive()!)).toBe(true);
    // Tab closes it and moves on.
    await press('{Enter}');
    await press('{Tab}');
    expect(form.shadowRoot!.querySelector('.palette button')).toBeNull();
    expect(deepActive()?.getAttribute('role')).not.toBe('menuitem');
  });

  it('the palette closes, as a menu does, on a click or focus outside it, leaving focus where the author put it', async () => {
    const { form, value } = await mountForm(basePathway(), '/stages/0');
    const root = form.shadowRoot!;
    const addButton = () => root.querySelector<HTMLButtonElement>('button[aria-haspopup][data-pointer="/stages/0/questions"]')!;
    const isOpen = () => root.querySelector('.palette button') !== null;
    const title = root.querySelector<HTMLInputElement>('[data-pointer="/stages/0/title"]')!;
    // A click on a field outside: closed, and focus in the field clicked, not back on the Add button.
    await userEvent.click(addButton());
    await settle();
    expect(isOpen()).toBe(true);
    expect(await axeViolations(form)).toEqual([]);
    await userEvent.click(title);
    await settle();
    expect(isOpen()).toBe(false);
    expect(addButton().getAttribute('aria-expanded')).toBe('false');
    expect(deepActive()).toBe(title);
    // A click on text that is not a control: closed, and focus not pulled onto anything.
    await userEvent.click(addButton());
    await settle();
    await userEvent.click(root.querySelector('legend')!);
    await settle();
    expect(isOpen()).toBe(false);
    expect(deepActive()).not.toBe(addButton());
    expect(deepActive()?.getAttribute('role')).not.toBe('menuitem');
    // Focus moving outside by other means (a screen reader, a script) closes it too.
    const outside = document.body.appendChild(Object.assign(document.createElement('button'), { textContent: 'Elsewhere' }));
    await userEvent.click(addButton());
    await settle();
    outside.focus();
    await settle();
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(outside);
    // Its own Add button still opens and closes it, and a click on a type inside still adds it.
    await userEvent.click(addButton());
    await settle();
    expect(isOpen()).toBe(true);
    await userEvent.click(addButton());
    await settle();
    expect(isOpen()).toBe(false);
    await userEvent.click(addButton());
    await settle();
    await userEvent.click(root.querySelector<HTMLElement>(`.palette [data-type="${questionTypes[0].type}"] .description`)!);
    await settle();
    expect(((value().stages as Doc['stages'])[0].questions as { type: string }[]).map((question) => question.type)).toEqual([questionTypes[0].type]);
    expect(isOpen()).toBe(false);
    expect(await axeViolations(form)).toEqual([]);
  });

  it('moves items up and down with buttons, focus following the item', async () => {
    const { value, modeling } = await mountForm(withQuestions(), '/stages/1');
    const list = '/stages/1/questions';
    const ids = () => ((value().stages as Doc['stages'])[1].questions as { id: string }[]).map((q) => q.id);
    fromTop();
    await tabTo(actionButton(list, 'down', 0), 'Move down question 1');
    expect(deepActive()!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Move down Question 1: Is there a support plan?');
    await press('{Enter}');
    expect(ids()).toEqual(['meeting', 'plan', 'sessions']);
    expect(actionButton(list, 'down', 1)(deepActive()!)).toBe(true);
    await press('{Enter}');
    expect(ids()).toEqual(['meeting', 'sessions', 'plan']);
    // At the bottom, focus moves to its Move up.
    expect(actionButton(list, 'up', 2)(deepActive()!)).toBe(true);
    await press('{Enter}');
    expect(ids()).toEqual(['meeting', 'plan', 'sessions']);
    modeling.undo();
    modeling.undo();
    modeling.undo();
    expect(ids()).toEqual(['plan', 'meeting', 'sessions']);
  });

  it('duplicates an item with fresh ids, its own references following them', async () => {
    const document = basePathway() as Doc;
    document.stages[1].routes = [
      {
        id: 'warning',
        title: 'Penalty notice warning',
        chosenBy: 'school',
        questions: [{ id: 'warned', text: 'Was a warning sent?', type: 'yesNo' }],
        gates: [{ id: 'warning-sent', title: 'Warning sent', condition: { answer: 'warned', in: ['yes'] } }],
      },
    ];
    const { value } = await mountForm(document, '/stages/1');
    fromTop();
    await tabTo(actionButton('/stages/1/routes', 'duplicate', 0), 'Duplicate route 1');
    await press('{Enter}');
    const routes = (value().stages as Doc['stages'])[1].routes as unknown[];
    expect(routes).toHaveLength(2);
    expect(routes[1]).toEqual({
      id: 'warning-2',
      title: 'Penalty notice warning',
      chosenBy: 'school',
      questions: [{ id: 'warned-2', text: 'Was a warning sent?', type: 'yesNo' }],
      gates: [{ id: 'warning-sent-2', title: 'Warning sent', condition: { answer: 'warned-2', in: ['yes'] } }],
    });
    expect(validatePathway(value())).toBe(true);
    expect(summaryOf('/stages/1/routes/1')(deepActive()!)).toBe(true);
  });

  it('removes an item, says what still refers to it, and undoes by keyboard', async () => {
    const original = withQuestions();
    original.stages[1].referrals = ['enforcement'];
    const { form, value } = await mountForm(original, '/stages/1');
    fromTop();
    await tabTo(actionButton('/stages/1/questions', 'remove', 0), 'Remove question 1');
    await press('{Enter}');
    const questions = () => ((value().stages as Doc['stages'])[1].questions as { id: string }[]).map((q) => q.id);
    expect(questions()).toEqual(['meeting', 'sessions']);
    const notice = form.shadowRoot!.querySelector('.notice')!;
    expect(deepActive()).toBe(notice);
    expect(notice.getAttribute('role')).toBe('status');
    const text = notice.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Question "Is there a support plan?" removed.');
    expect(text).toContain('These still refer to it');
    expect(text).toContain('Stage "Targeted support" › Gate "A plan is in place" › rule');
    expect(await axeViolations(form)).toEqual([]);
    await tabTo(buttonNamed('Undo remove'), 'Undo remove');
    await press('{Enter}');
    expect(value()).toEqual(original);
    expect(form.shadowRoot!.querySelector('.notice')).toBeNull();
  });

  it('removes a paragraph by keyboard, says which where it was (focus on the message), and undoes', async () => {
    const original = basePathway() as Doc;
    original.stages[1].guidance = ['First paragraph.', 'Second paragraph.', 'Third paragraph.'];
    const { form, value } = await mountForm(original, '/stages/1');
    fromTop();
    await tabTo(actionButton('/stages/1/guidance', 'remove', 1), 'Remove paragraph 2');
    await press('{Enter}');
    expect((value().stages as Doc['stages'])[1].guidance).toEqual(['First paragraph.', 'Third paragraph.']);
    const notice = form.shadowRoot!.querySelector('.notice')!;
    expect(deepActive()).toBe(notice);
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent!.replace(/\s+/g, ' ')).toContain('Paragraph 2 removed.');
    await tabTo(buttonNamed('Undo remove'), 'Undo remove');
    await press('{Enter}');
    expect(value()).toEqual(original);
  });

  it('removing a referral takes it out of the lists that name it', async () => {
    const original = basePathway() as Doc;
    original.stages[1].referrals = ['enforcement'];
    const { form, value, modeling } = await mountForm(original, '');
    fromTop();
    await tabTo(actionButton('/referrals', 'remove', 0), 'Remove referral 1');
    await press('{Enter}');
    expect(value().referrals).toEqual([]);
    expect((value().stages as Doc['stages'])[1].referrals).toEqual([]);
    expect(form.shadowRoot!.querySelector('.notice')!.textContent).toMatch(/It was also taken out of the list that named it: Stage "Targeted support" › referrals\./);
    modeling.undo();
    expect(value()).toEqual(original);
  });

  it('a rule is edited as a nested form while no condition builder is defined', async () => {
    const { form, value } = await mountForm(withQuestions(), '/stages/1/gates/0');
    expect(customElements.get('pe-condition-builder')).toBeUndefined();
    fromTop();
    const kind = await tabTo((element) => element.localName === 'select' && element.id.endsWith('condition-kind'), 'kind of rule');
    expect((kind as HTMLSelectElement).value).toBe('AnswerCondition');
    await tabTo(atPointer('/stages/1/gates/0/condition/answer'), 'the question picker');
    const picker = deepActive() as HTMLSelectElement;
    expect([...picker.options].map((option) => option.textContent!.trim())).toEqual([
      'Is there a support plan?',
      'When was the meeting?',
      'How many sessions were missed?',
    ]);
    await tabTo((element) => element instanceof HTMLInputElement && element.type === 'checkbox' && element.value === 'no', 'answer no');
    await press(' ');
    expect((value().stages as Doc['stages'])[1].gates).toEqual([
      { id: 'has-plan', title: 'A plan is in place', condition: { answer: 'plan', in: ['yes', 'no'] } },
    ]);
    expect(await axeViolations(form)).toEqual([]);
    // Arrow keys in the kind list change nothing until the button is pressed.
    fromTop();
    await tabTo((element) => element.localName === 'select' && element.id.endsWith('condition-kind'), 'kind of rule');
    await press('{ArrowDown}');
    expect((value().stages as Doc['stages'])[1].gates).toEqual([
      { id: 'has-plan', title: 'A plan is in place', condition: { answer: 'plan', in: ['yes', 'no'] } },
    ]);
    await press('{Tab}');
    expect(deepActive()?.textContent?.trim()).toBe('Change the kind of rule');
    await press('{Enter}');
    // The new kind of rule names no measure the author did not choose.
    expect(((value().stages as Doc['stages'])[1].gates as { condition: unknown }[])[0].condition).toEqual({
      measure: '',
      lower: { value: 0, inclusive: true },
    });
  });

  it('every list and nested form of a full stage passes axe, open', async () => {
    const document = withQuestions();
    document.stages[1].routes = [{ id: 'r', title: 'Route', chosenBy: 'school' }];
    document.stages[1].actions = [{ role: 'school', force: 'must', actions: [{ text: 'Call home', due: { amount: 5, unit: 'schoolDays' } }] }];
    document.stages[1].entry = { description: 'After a meeting', when: { stageComplete: 'universal' } };
    document.stages[1].guidance = ['Read the guidance.'];
    const { form } = await mountForm(document, '/stages/1');
    for (const summary of form.shadowRoot!.querySelectorAll('summary')) summary.click();
    await settle(6);
    expect(form.shadowRoot!.querySelectorAll('details[open]').length).toBeGreaterThan(3);
    expect(await axeViolations(form)).toEqual([]);
  });

  it('unticking an id that was not found keeps focus in the group', async () => {
    const document = basePathway() as Doc;
    document.stages[0].referrals = ['enforcement', 'gone', 'missing'];
    const { value } = await mountForm(document, '/stages/0');
    const referrals = () => (value().stages as Doc['stages'])[0].referrals;
    fromTop();
    await tabTo((element) => element instanceof HTMLInputElement && element.value === 'gone', 'the "gone (not found)" box');
    await press(' ');
    expect(referrals()).toEqual(['enforcement', 'missing']);
    expect((deepActive() as HTMLInputElement).value).toBe('missing');
    await press(' ');
    expect(referrals()).toEqual(['enforcement']);
    expect((deepActive() as HTMLInputElement).value).toBe('enforcement');
  });

  it("the pathway's own lists are a few key presses away from the top of its form", async () => {
    const document = basePathway() as Doc;
    document.resources = [{ title: 'Toolkit', url: 'https://example.gov.uk/toolkit' }];
    document.changelog = [{ version: '1.0', published: '2025-01-01', changes: [] }];
    const { form } = await mountForm(document, '');
    fromTop();
    let presses = 0;
    const jump = await tabTo((element) => element.localName === 'summary' && (element.textContent ?? '').includes('Go to a part of this pathway'), 'the jump list');
    expect(jump).toBeTruthy();
    await press('{Enter}');
    const labels = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-jump]')].map((button) => button.textContent!.trim());
    expect(labels).toContain('Resources');
    expect(labels).toContain('Contacts');
    expect(labels).toContain('Changelog: published versions');
    for (; presses < 40 && deepActive()?.dataset.jump !== 'resources'; presses++) await press('{Tab}');
    expect(deepActive()?.dataset.jump).toBe('resources');
    await press('{Enter}');
    await settle();
    expect(summaryOf('/resources/0')(deepActive()!)).toBe(true);
    // A list with nothing in it: its Add button.
    fromTop();
    await tabTo((element) => element.dataset.jump === 'contacts', 'the Contacts jump');
    await press('{Enter}');
    await settle();
    expect(deepActive()?.dataset.pointer).toBe('/contacts');
    expect(await axeViolations(form)).toEqual([]);
  });

  it("on the pathway's form, adding a stage closes the stages added before it, so the next list stays a few Tab presses away", async () => {
    const { form, value } = await mountForm(basePathway(), '');
    const openStages = () => [...form.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[data-pointer^="/stages/"]')].filter((d) => d.open).map((d) => d.dataset.pointer);
    for (let added = 1; added <= 3; added++) {
      fromTop();
      await tabTo(atPointer('/stages'), 'Add a stage');
      await press('{Enter}');
      await settle(4);
      expect((value().stages as unknown[]).length).toBe(2 + added);
      // Only the stage just added is open, with focus on it.
      expect(openStages()).toEqual([`/stages/${1 + added}`]);
      expect(summaryOf(`/stages/${1 + added}`)(deepActive()!)).toBe(true);
    }
    // From the open stage, the referrals' Add button is reached past its fields and the closed stages' summaries and buttons only.
    let presses = 0;
    for (; presses < 120 && deepActive()?.dataset.pointer !== '/referrals'; presses++) await press('{Tab}');
    expect(deepActive()?.dataset.pointer).toBe('/referrals');
  });
});
