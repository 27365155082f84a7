/** A named thing's form says where it is used, each place a link; a removal names its lists and links what still refers to it. */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, mountEditor, until } from '../testing/editor-testing.js';
import { basePathway } from '../forms/testing/fixtures.js';
import { settle } from '../forms/testing/keyboard.js';

afterEach(() => cleanupEditors());

type Json = Record<string, unknown>;

function pathway(): Json {
  const document = basePathway() as { stages: Json[]; exceptions?: Json[] };
  document.stages[0].outcomes = [{ id: 'needs-more', title: 'Needs more support', kind: 'escalate', to: 'targeted' }];
  document.stages[1].questions = [{ id: 'barriers', text: 'Have the barriers been identified?', type: 'yesNo' }];
  document.stages[1].gates = [{ id: 'ready', title: 'Ready', condition: { answer: 'barriers', in: ['yes'] } }];
  document.stages[1].referrals = ['enforcement'];
  document.stages[1].outcomes = [{ id: 'refer', title: 'Refer on', kind: 'refer', referral: 'enforcement' }];
  document.exceptions = [{ id: 'la', title: 'Looked after', appliesWhen: { cohort: 'looked-after' }, effect: 'skip', stages: ['targeted'] }];
  return document;
}

async function tabUntil(check: (element: HTMLElement) => boolean, what: string, limit = 120): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const active = deepActiveElement() as HTMLElement | null;
    if (active !== null && check(active)) return active;
    await userEvent.tab();
  }
  throw new Error(`Tab never reached ${what}`);
}

const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

it("a stage's form lists what refers to it, each a link that opens that place, by keyboard", async () => {
  const editor = await mountEditor(pathway());
  editor.select('/stages/1', { focus: true });
  await settle(10);
  const summary = await tabUntil((element) => element.localName === 'summary' && (element.parentElement as HTMLElement).dataset.usedBy === '/stages/1', 'Where is this used?');
  expect(text(summary)).toBe('Where is this used? (2 places)');
  await userEvent.keyboard('{Enter}');
  await settle(4);
  const links = deepQueryAll<HTMLButtonElement>(editor, 'details[data-used-by="/stages/1"] button.link');
  expect(links.map(text)).toEqual(['Stage "Universal" › Outcome "Needs more support" › leads to stage', 'Exception "Looked after" › stages affected']);
  expect(await axeViolations(editor)).toEqual([]);
  await tabUntil((element) => element === links[0], 'the first place');
  await userEvent.keyboard('{Enter}');
  await settle(10);
  expect(editor.selection).toBe('/stages/0/outcomes/0/to');
  await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/0/outcomes/0/to', 'focus on the field that refers to the stage');
});

it("a question's form names the rule that uses it; something nothing uses says so", async () => {
  const editor = await mountEditor(pathway());
  editor.select('/stages/1/questions/0', { focus: true });
  await settle(10);
  const used = deepQuery(editor, 'details[data-used-by="/stages/1/questions/0"]')!;
  expect(text(used.querySelector('summary')!)).toBe('Where is this used? (1 place)');
  expect(text(used.querySelector('button.link')!)).toMatch(/^Stage "Targeted support" › Gate "Ready" › rule/);
  editor.select('/roles/2', { focus: true });
  await settle(10);
  const none = deepQuery(editor, 'details[data-used-by="/roles/2"]')!;
  expect(text(none.querySelector('summary')!)).toBe('Where is this used? (nowhere yet)');
  expect(text(none)).toMatch(/Nothing in the pathway refers to this role yet/);
});

it('removing a thing names the lists it was taken out of, and what still refers to it are links to where they are now', async () => {
  const document = pathway() as { referrals: Json[]; stages: Json[] };
  // A second referral before it: the first still referring (stage 1's outcome) keeps its place; the list names it.
  const editor = await mountEditor(document);
  editor.select('/referrals/0', { focus: true });
  await settle(10);
  await tabUntil((element) => element.localName === 'button' && element.dataset.action === 'remove-this', 'Remove this referral');
  await userEvent.keyboard('{Enter}');
  await settle(10);
  const notice = deepQuery(editor, '.notice')!;
  expect(text(notice)).toContain('Referral "Referral to enforcement" removed. It was also taken out of the list that named it: Stage "Targeted support" › referrals.');
  const links = [...notice.querySelectorAll<HTMLButtonElement>('button.link')];
  expect(links.map(text)).toEqual(['Stage "Targeted support" › Outcome "Refer on" › referral']);
  expect(await axeViolations(editor)).toEqual([]);
  links[0].focus();
  await userEvent.keyboard('{Enter}');
  await settle(10);
  expect(editor.selection).toBe('/stages/1/outcomes/0/referral');
  await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/1/outcomes/0/referral', 'focus on the field still naming it');
});

it('a place that still refers to a removed stage opens where it is now, after the stages before it moved up', async () => {
  const document = pathway() as { stages: Json[] };
  document.stages[1].outcomes = [{ id: 'back', title: 'Back to universal', kind: 'stepDown', to: 'universal' }];
  const editor = await mountEditor(document);
  editor.select('/stages/0', { focus: true });
  await settle(10);
  await tabUntil((element) => element.localName === 'button' && element.dataset.action === 'remove-this', 'Remove this stage');
  await userEvent.keyboard('{Enter}');
  await settle(10);
  const link = deepQuery<HTMLButtonElement>(editor, '.notice button.link')!;
  expect(text(link)).toBe('Stage "Targeted support" › Outcome "Back to universal" › leads to stage');
  link.focus();
  await userEvent.keyboard('{Enter}');
  await settle(10);
  expect(editor.selection).toBe('/stages/0/outcomes/0/to');
  await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/0/outcomes/0/to', 'focus on the field that still names the stage');
});
