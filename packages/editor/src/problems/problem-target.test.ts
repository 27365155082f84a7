/**
 * A problem is about a field: selecting it focuses that field's control, and the form shows the
 * problem there. The problems are core's own (checkPathway), so a change in their wording that
 * loses the field is caught here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkPathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import type { Problem } from '@pathway/schema';
import { basePathway } from '../forms/testing/fixtures.js';
import { cleanupEditors, deepActiveElement, deepQuery, deepQueryAll, deepText, mountEditor, until } from '../testing/editor-testing.js';
import { problemTarget } from './problem-target.js';

afterEach(cleanupEditors);

/** A pathway with one of each kind of problem whose place is a field, not the object reported. */
function brokenPathway(): Record<string, unknown> {
  const pathway = basePathway() as Record<string, unknown> & { stages: Record<string, unknown>[]; referrals: Record<string, unknown>[] };
  pathway.stages[1] = {
    ...pathway.stages[1],
    bands: [{ label: '95% to 90%', measure: 'attendance', lower: { value: 95, inclusive: true }, upper: { value: 90, inclusive: true } }],
    questions: [{ id: 'met-family', text: 'Have you met the family?' }],
  };
  pathway.exceptions = [{ id: 'social-worker', title: 'Pupil has a social worker', when: { cohort: 'looked-after' }, effect: 'block', stages: ['targeted', 'nowhere'] }];
  const { channel: _channel, ...referral } = pathway.referrals[0]!;
  pathway.referrals = [referral];
  return pathway;
}

/** Schema errors hide lint until they are fixed: a pathway whose one problem is a band's bounds. */
function bandPathway(): Record<string, unknown> {
  const pathway = basePathway() as Record<string, unknown> & { stages: Record<string, unknown>[] };
  pathway.stages[1] = { ...pathway.stages[1], bands: [{ label: '95% to 90%', measure: 'attendance', lower: { value: 95, inclusive: true }, upper: { value: 90, inclusive: true } }] };
  return pathway;
}

const problemsOf = (pathway: unknown): Problem[] => checkPathway(pathway, { validate: validatePathway }).problems;

/** Each problem's target, by a word of its message. */
const CASES: [words: string, target: string][] = [
  ['"type" (Answer type) is missing', '/stages/1/questions/0/type'],
  ['"message" (Message) is missing', '/exceptions/0/message'],
  ['"channel" (How to refer) is missing', '/referrals/0/channel'],
  ['a stage "nowhere" that does not exist', '/exceptions/0/stages/1'],
];

describe('problemTarget: the field a problem is about', () => {
  it('is the missing field, the very id that does not exist, or a band’s bound', () => {
    const pathway = brokenPathway();
    const problems = problemsOf(pathway);
    for (const [words, target] of CASES) {
      const problem = problems.find((p) => p.message.includes(words));
      expect(problem, words).toBeDefined();
      expect(problemTarget(pathway, problem!), words).toBe(target);
    }
  });

  it('is the id that does not exist, not the one a "did you mean" suggests beside it', () => {
    const pathway = basePathway() as Record<string, unknown>;
    pathway.exceptions = [{ id: 'social-worker', title: 'Pupil has a social worker', when: { cohort: 'looked-after' }, effect: 'block', message: 'Ask the social worker.', stages: ['targeted', 'targetted'] }];
    const problem = problemsOf(pathway).find((p) => p.code === 'lint.dangling-reference');
    expect(problem?.detail).toContain('did you mean "targeted"');
    expect(problemTarget(pathway, problem!)).toBe('/exceptions/0/stages/1');
  });

  it('is a band’s lower bound when the band’s bounds are wrong', () => {
    const pathway = bandPathway();
    const problem = problemsOf(pathway).find((p) => p.code === 'lint.band-bounds');
    expect(problem?.pointer).toBe('/stages/1/bands/0');
    expect(problemTarget(pathway, problem!)).toBe('/stages/1/bands/0/lower');
  });

  it('is the problem’s own place when it is about the object as a whole', () => {
    const pathway = basePathway();
    const problem: Problem = { severity: 'warning', code: 'x', where: '', detail: 'something about the stage', message: '', pointer: '/stages/1' };
    expect(problemTarget(pathway, problem)).toBe('/stages/1');
    expect(problemTarget(pathway, { ...problem, pointer: '/nowhere/3' })).toBe('/nowhere/3');
  });
});

describe('selecting a problem in the editor', () => {
  it('focuses the control of the field it is about, and the form shows the problem there', async () => {
    const editor = await mountEditor(brokenPathway());
    const panel = () => deepQuery(editor, 'pe-problems') as HTMLElement;
    await until(() => deepText(panel()).includes('"type" (Answer type) is missing'), 'the problems to be listed');
    for (const [words, target] of CASES) {
      const button = deepQueryAll<HTMLButtonElement>(panel(), 'button').find((b) => (b.textContent ?? '').includes(words));
      expect(button, words).toBeDefined();
      button!.click();
      await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === target, `focus on ${target} for ${words}`);
    }
    // The stage that does not exist is shown, checked, beside the ones that do.
    const focused = deepActiveElement() as HTMLInputElement;
    expect(focused.value).toBe('nowhere');
    expect(focused.checked).toBe(true);
    // The missing answer type is reported at the answer type, not above the whole question.
    editor.select('/stages/1/questions/0');
    await editor.updateComplete;
    await until(() => deepQuery(editor, 'pe-object-form') !== undefined, 'the question form');
    const form = deepQuery(editor, 'pe-object-form') as HTMLElement;
    await until(() => deepText(form).includes('is missing'), 'the problem in the form');
    const typeGroup = deepQuery(form, '[data-pointer="/stages/1/questions/0/type"]')!.closest('.form-group') as HTMLElement;
    expect(deepText(typeGroup)).toContain('"type" (Answer type) is missing');
    expect(deepQuery(form, '.problems')).toBeUndefined();
  });

  it('focuses a band’s lower bound for a problem with its bounds', async () => {
    const editor = await mountEditor(bandPathway());
    const panel = () => deepQuery(editor, 'pe-problems') as HTMLElement;
    await until(() => deepText(panel()).includes('is above the upper bound'), 'the band problem to be listed');
    deepQueryAll<HTMLButtonElement>(panel(), 'button').find((b) => (b.textContent ?? '').includes('is above the upper bound'))!.click();
    await until(() => (deepActiveElement() as HTMLElement | null)?.dataset.pointer === '/stages/1/bands/0/lower/value', 'focus on the lower bound');
    expect((deepActiveElement() as HTMLInputElement).value).toBe('95');
  });
});
