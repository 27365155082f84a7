/**
 * What the schema says is missing, in the forms' words, the same beside the field and in the
 * Problems panel: labels, not JSON names ("give an amount, or choose a length from answer"),
 * and a rule with nothing chosen yet reads as that, not as `"" is answered`.
 */
import { afterEach, expect, it } from 'vitest';
import wigan from '../../../../pathways/wigan.json';
import { axeViolations, cleanupEditors, deepQuery, deepQueryAll, deepText, mountEditor, until } from '../testing/editor-testing.js';

afterEach(() => cleanupEditors());

it('a length of time with neither amount nor answer, and a redirect with nowhere to go, are said in the labels’ words', async () => {
  const pathway = structuredClone(wigan) as Record<string, unknown> & { stages: Record<string, unknown>[]; exceptions: Record<string, unknown>[] };
  pathway.schemaVersion = '1.1';
  pathway.stages[1].timeLimits = [{ id: 'review', title: 'Review', duration: { unit: 'weeks' } }];
  pathway.stages[2].requires = { stages: [] };
  pathway.exceptions[0] = { ...pathway.exceptions[0], effect: 'redirect', redirectTo: {} };
  const editor = await mountEditor(pathway);
  const problems = () => deepText(deepQuery(editor, 'pe-problems')!);
  await until(() => problems().includes('give an amount, or choose a length from answer'), 'the duration problem');
  expect(problems()).toContain('where to send them instead: choose a stage, a referral or a contact');
  expect(problems()).toContain('choose at least one stage');
  expect(problems()).not.toMatch(/"amount"|"fromAnswer"|"contact"|at least one id/);

  editor.select('/stages/1/timeLimits/0/duration', { focus: true });
  await until(() => deepQueryAll(editor, '.error-message').some((message) => (message.textContent ?? '').includes('give an amount, or choose a length from answer')), 'the same words beside the field');
  expect(await axeViolations(editor)).toEqual([]);
});

it('a new rule reads "(nothing chosen yet)" until something is chosen', async () => {
  const pathway = structuredClone(wigan) as Record<string, unknown> & { exceptions: Record<string, unknown>[] };
  pathway.exceptions[0] = { ...pathway.exceptions[0], when: { answer: '', answered: true } };
  const editor = await mountEditor(pathway);
  editor.select('/exceptions/0', { focus: true });
  await until(() => deepQueryAll(editor, '.sentence').length > 0, 'the rule read back');
  const sentence = deepQueryAll(editor, '.sentence')[0];
  expect(sentence.textContent!.replace(/\s+/g, ' ').trim()).toBe('Applies when reads: (nothing chosen yet)');
});
