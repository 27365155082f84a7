/** An item of a stage's list moves to another stage from its own form, by keyboard, as one undoable step. */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanupEditors, deepActiveElement, deepQueryAll, mountEditor, until } from '../testing/editor-testing.js';
import { basePathway } from '../forms/testing/fixtures.js';
import { settle } from '../forms/testing/keyboard.js';
import type { PathwayEditor } from './pathway-editor.js';

afterEach(() => cleanupEditors());

type Json = Record<string, unknown>;
const stagesOf = (editor: PathwayEditor) => (editor.modeling.state.value as { stages: Json[] }).stages;

function pathway(): Json {
  const document = basePathway() as { stages: Json[] };
  document.stages.push({ id: 'formal', title: 'Formal support' });
  document.stages[1].questions = [
    { id: 'barriers', text: 'Have the barriers been identified?', type: 'yesNo' },
    { id: 'plan', text: 'Is there a plan?', type: 'yesNo' },
  ];
  document.stages[1].gates = [{ id: 'ready', title: 'Ready', condition: { answer: 'barriers', in: ['yes'] } }];
  document.stages[1].actions = [{ role: 'school', actions: [{ text: 'Meet the family' }] }];
  return document;
}

async function tabUntil(check: (element: HTMLElement) => boolean, what: string, limit = 80): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const active = deepActiveElement() as HTMLElement | null;
    if (active !== null && check(active)) return active;
    await userEvent.tab();
  }
  throw new Error(`Tab never reached ${what}`);
}

const moveSelect = (element: HTMLElement) => element.localName === 'select' && element.id.endsWith('-move');
const moveButton = (element: HTMLElement) => element.localName === 'button' && element.dataset.action === 'move-to-stage';

it("moves a question to another stage from its form, keeping its id; focus follows it; one undo puts it back", async () => {
  const editor = await mountEditor(pathway());
  editor.select('/stages/1/questions/0', { focus: true });
  await settle(10);
  const select = (await tabUntil(moveSelect, 'the stage to move to')) as HTMLSelectElement;
  expect([...select.options].map((option) => option.textContent)).toEqual(['Universal', 'Formal support']);
  await userEvent.keyboard('{ArrowDown}');
  expect(select.value).toBe('/stages/2');
  await tabUntil(moveButton, 'Move');
  await userEvent.keyboard('{Enter}');
  await settle(10);
  expect(stagesOf(editor)[1].questions).toEqual([{ id: 'plan', text: 'Is there a plan?', type: 'yesNo' }]);
  expect(stagesOf(editor)[2].questions).toEqual([{ id: 'barriers', text: 'Have the barriers been identified?', type: 'yesNo' }]);
  // The gate still names the question by its id.
  expect((stagesOf(editor)[1].gates as Json[])[0].condition).toEqual({ answer: 'barriers', in: ['yes'] });
  expect(editor.modeling.history().undo).toHaveLength(1);
  expect(editor.selection).toBe('/stages/2/questions/0');
  await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/2/questions/0', 'focus on the moved question');
  expect(deepActiveElement()!.textContent).toMatch(/moved here, to the end of the stage "Formal support", from the stage "Targeted support"/);
  expect(await axeViolations(editor)).toEqual([]);
  await userEvent.keyboard('{Control>}z{/Control}');
  await settle(10);
  expect(stagesOf(editor)).toEqual((pathway() as { stages: Json[] }).stages);
});

it('moves a duty (not a named thing) from its place in the stage form to another stage; focus follows it', async () => {
  const editor = await mountEditor(pathway());
  editor.select('/stages/1/actions/0', { focus: true });
  await settle(10);
  await tabUntil(moveSelect, 'the stage to move to');
  await tabUntil(moveButton, 'Move');
  await userEvent.keyboard('{Enter}');
  await settle(10);
  expect(stagesOf(editor)[1].actions).toEqual([]);
  expect(stagesOf(editor)[0].actions).toEqual([{ role: 'school', actions: [{ text: 'Meet the family' }] }]);
  await until(() => {
    const active = deepActiveElement() as HTMLElement | null;
    return active?.localName === 'summary' && (active.parentElement as HTMLElement).dataset.pointer === '/stages/0/actions/0';
  }, 'focus on the moved duty');
  const notices = deepQueryAll(editor, '.notice').map((notice) => notice.textContent);
  expect(notices.join(' ')).toMatch(/moved here, to the end of the stage "Universal"/);
});

it('offers no move for an item that is not in a stage, nor when there is no other stage', async () => {
  const editor = await mountEditor(pathway());
  editor.select('/referrals/0', { focus: true });
  await settle(10);
  expect(deepQueryAll(editor, 'select').filter(moveSelect)).toEqual([]);
  const single = basePathway() as { stages: Json[] };
  single.stages = [{ id: 'only', title: 'Only', questions: [{ id: 'q', text: 'Q?', type: 'yesNo' }] }];
  editor.load(single);
  editor.select('/stages/0/questions/0', { focus: true });
  await settle(10);
  expect(deepQueryAll(editor, 'select').filter(moveSelect)).toEqual([]);
});
