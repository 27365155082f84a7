/**
 * Issue 9, "What it must show": a non-trivial pathway built from blank through the forms
 * alone, with the keyboard only (Tab, arrows, Enter, Space, typing): three stages with bands,
 * a starting stage, a route the school chooses, questions of three types, a gate with all-of
 * and not, a change-over-time rule, a looked-after exception, a referral with required
 * fields. The result validates, lints with no errors, and behaves in the preview as intended.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { checkPathway } from '@pathway/core';
import { validatePathway } from '@pathway/schema';
import { axeViolations, cleanupEditors, deepQuery, deepText, mountEditor, until } from '../testing/editor-testing.js';
import { arrowTo, atPointer, press, settle, tabTo } from '../forms/testing/keyboard.js';
import { add, chooseKind, chooseWithArrows, ensure, inBuilder, inBuilderById, openInOutline, typeAt } from '../testing/editor-keyboard.js';
import type { PathwayEditor } from './pathway-editor.js';

afterEach(cleanupEditors);

/** What "A blank pathway" is in the playground: the least a valid pathway has. */
const blank = {
  schemaVersion: '1.1',
  id: 'new-pathway',
  version: '1',
  title: 'New pathway',
  authority: { name: 'Your council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [{ id: 'first-stage', title: 'First stage' }],
};

type Json = Record<string, any>;

it('builds a pathway from blank through the forms, by keyboard alone', async () => {
  const editor: PathwayEditor = await mountEditor(blank);
  const value = (): Json => JSON.parse(editor.text);

  // The pathway: its title, a role for schools, a pupil circumstance, an earlier attendance reading.
  await openInOutline('');
  await typeAt('/title', 'Supporting attendance');
  await add('/roles');
  await typeAt('/roles/0/title', 'School');
  await typeAt('/roles/0/id', 'school');
  await chooseWithArrows(atPointer('/roles/0/kind'), 'role kind', () => value().roles[0].kind === 'school', '{ArrowDown}');
  await add('/cohorts');
  await typeAt('/cohorts/0/title', 'Child looked after');
  await typeAt('/cohorts/0/id', 'looked-after');
  await press('{Tab}');
  expect(value().roles[0]).toMatchObject({ id: 'school', title: 'School', kind: 'school' });
  expect(value().cohorts).toEqual([{ id: 'looked-after', title: 'Child looked after' }]);

  // Attendance is compared with an earlier reading (for the change-over-time rule).
  await openInOutline('/measures/0');
  await add('/measures/0/baseline');
  if (deepQuery(editor, '[data-pointer="/measures/0/baseline/title"]')) await typeAt('/measures/0/baseline/title', 'Attendance last term');
  await press('{Tab}');
  expect(value().measures[0].baseline).toBeDefined();

  // Three stages: the first renamed, two added.
  await openInOutline('');
  await add('/stages');
  await add('/stages');
  await chooseWithArrows(atPointer('/start'), 'the starting stage', () => value().start === 'first-stage');
  const stageTitles = ['Universal support', 'Targeted support', 'Legal intervention'];
  const bands: [number | undefined, number | undefined][] = [[90, undefined], [80, 90], [0, 80]];
  for (let s = 0; s < 3; s++) {
    await openInOutline(`/stages/${s}`);
    await typeAt(`/stages/${s}/title`, stageTitles[s]);
    await add(`/stages/${s}/bands`);
    await typeAt(`/stages/${s}/bands/0/label`, bands[s][0] === undefined ? `Under ${bands[s][1]}%` : bands[s][1] === undefined ? `${bands[s][0]}% and over` : `${bands[s][0]}% to ${bands[s][1]}%`);
    const [lower, upper] = bands[s];
    if (lower !== undefined) {
      // A new band starts with a lower bound to fill in.
      if (deepQuery(editor, `button[data-pointer="/stages/${s}/bands/0/lower"]`)) await add(`/stages/${s}/bands/0/lower`);
      await typeAt(`/stages/${s}/bands/0/lower/value`, String(lower));
    }
    if (upper !== undefined) {
      await add(`/stages/${s}/bands/0/upper`);
      await typeAt(`/stages/${s}/bands/0/upper/value`, String(upper));
      // Up to but not including the upper bound: the bands meet without overlapping.
      await tabTo(atPointer(`/stages/${s}/bands/0/upper/inclusive`), 'inclusive');
      if (value().stages[s].bands[0].upper.inclusive !== false) await press(' ');
    }
    await press('{Tab}');
  }
  expect(value().stages.map((stage: Json) => [stage.title, stage.bands[0].lower?.value, stage.bands[0].upper?.value])).toEqual([
    ['Universal support', 90, undefined],
    ['Targeted support', 80, 90],
    ['Legal intervention', 0, 80],
  ]);
  expect(value().stages[1].bands[0].upper.inclusive).toBe(false);
  const ids: string[] = value().stages.map((stage: Json) => stage.id);

  // Targeted support: questions of three types from the palette, and a route the school chooses.
  await openInOutline(`/stages/1`);
  const questions: [string, string][] = [['yesNo', 'Has the school met the family?'], ['number', 'How many sessions were missed this term?'], ['date', 'When was the support plan agreed?']];
  for (const [index, [type, text]] of questions.entries()) {
    await add('/stages/1/questions');
    await arrowTo(type);
    await press('{Enter}');
    await typeAt(`/stages/1/questions/${index}/text`, text);
  }
  for (const [index, title] of ['Parenting contract', 'Attendance contract'].entries()) {
    await add('/stages/1/routes');
    await typeAt(`/stages/1/routes/${index}/title`, title);
    await chooseWithArrows(atPointer(`/stages/1/routes/${index}/chosenBy`), 'who chooses the route', () => value().stages[1].routes?.[index]?.chosenBy === 'school');
  }
  await press('{Tab}');
  expect(value().stages[1].questions.map((q: Json) => [q.type, q.text])).toEqual(questions);
  expect(value().stages[1].routes.map((route: Json) => [route.title, route.chosenBy])).toEqual([['Parenting contract', 'school'], ['Attendance contract', 'school']]);
  const metFamily: string = value().stages[1].questions[0].id;

  // Legal intervention: a gate with all-of and not, and a change-over-time gate.
  await openInOutline(`/stages/2`);
  await add('/stages/2/gates');
  await typeAt('/stages/2/gates/0/title', 'Family met, and not looked after');
  const condition = '/stages/2/gates/0/condition';
  await chooseKind(inBuilder(condition, 'select', 0), 'the rule kind', 'all', '{Home}');
  await settle(4);
  // A new rule names nothing the author did not choose: each picker starts empty and is chosen.
  const inRule = (id: string) => inBuilderById(condition, id);
  const all = () => value().stages[2].gates[0].condition.all;
  await chooseKind(inRule('kind-stages-2-gates-0-condition-all-0'), 'the first rule kind', 'cohort');
  await chooseWithArrows(inRule('pick-stages-2-gates-0-condition-all-0-cohort'), 'the circumstance', () => all()[0].cohort === 'looked-after');
  await tabTo(inBuilder(condition, 'input[type=checkbox]', 1), 'Not, on the first rule in the group');
  await press(' ');
  await tabTo((element) => element.localName === 'button' && element.textContent?.trim().startsWith('Add a rule to the rule of the gate "Family met, and not looked after"'), 'Add a rule');
  await press('{Enter}');
  await settle(4);
  await chooseKind(inRule('kind-stages-2-gates-0-condition-all-1'), 'the second rule kind', 'answer', '{ArrowUp}');
  await settle(4);
  await chooseWithArrows(inRule('pick-stages-2-gates-0-condition-all-1-answer'), 'the question', () => all()[1].answer === metFamily);
  await settle(4);
  expect(value().stages[2].gates[0].condition).toEqual({ all: [{ not: { cohort: 'looked-after' } }, { answer: metFamily, answered: true }] });
  await add('/stages/2/gates');
  await typeAt('/stages/2/gates/1/title', 'Attendance has not improved');
  await chooseKind(inBuilder('/stages/2/gates/1/condition', 'select', 0), 'the rule kind', 'change');
  await chooseWithArrows(inBuilderById('/stages/2/gates/1/condition', 'pick-stages-2-gates-1-condition-change'), 'the measure', () => value().stages[2].gates[1].condition.change === 'attendance');
  expect(value().stages[2].gates[1].condition).toMatchObject({ change: 'attendance' });

  // A looked-after exception, and a referral with required fields, on the pathway's own form.
  await openInOutline('');
  await add('/exceptions');
  await typeAt('/exceptions/0/title', 'Children looked after');
  await typeAt('/exceptions/0/id', 'looked-after-children');
  await chooseKind(inBuilder('/exceptions/0/when', 'select', 0), 'the rule kind', 'cohort');
  await chooseWithArrows(inBuilderById('/exceptions/0/when', 'pick-exceptions-0-when-cohort'), 'the circumstance', () => value().exceptions[0].when.cohort === 'looked-after');
  await chooseWithArrows(atPointer('/exceptions/0/effect'), 'the effect', () => value().exceptions[0].effect === 'advise');
  await typeAt('/exceptions/0/message', 'Talk to the virtual school head before any legal action.');
  await add('/referrals');
  await typeAt('/referrals/0/title', 'Referral to the attendance panel');
  await ensure(editor, '/referrals/0/target');
  await typeAt('/referrals/0/target/name', 'Attendance panel');
  await chooseWithArrows(atPointer('/referrals/0/target/kind'), 'who receives it', () => value().referrals[0].target.kind === 'panel');
  await ensure(editor, '/referrals/0/channel');
  await chooseWithArrows(atPointer('/referrals/0/channel/kind'), 'how to refer', () => value().referrals[0].channel?.kind === 'email', ' ');
  await typeAt('/referrals/0/channel/email', 'attendance.panel@example.gov.uk');
  for (const [index, label] of ['Date of birth', 'Reason for referral'].entries()) {
    await add('/referrals/0/fields');
    await typeAt(`/referrals/0/fields/${index}/label`, label);
    // A second new field is given the same short name as the first (reported): each is given its own.
    await typeAt(`/referrals/0/fields/${index}/id`, ['date-of-birth', 'reason'][index]);
    await chooseWithArrows(atPointer(`/referrals/0/fields/${index}/required`), 'required', () => (value().referrals[0].fields[index].required ?? true) === true, ' ');
  }
  await press('{Tab}');
  expect(value().exceptions[0]).toMatchObject({ when: { cohort: 'looked-after' }, effect: 'advise' });
  // Required is the schema's default: ticking it leaves the property out (true by default).
  expect(value().referrals[0].fields.map((field: Json) => [field.id, field.label, field.required ?? true])).toEqual([
    ['date-of-birth', 'Date of birth', true],
    ['reason', 'Reason for referral', true],
  ]);

  // The result validates and lints with no errors, as the CLI would say.
  const result = value();
  expect(validatePathway(result)).toBe(true);
  const problems = checkPathway(result, { validate: validatePathway }).problems;
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);

  // The preview: a pupil at 85% attendance.
  await tabTo((element) => element.id === 'sample-attendance', 'the sample pupil attendance');
  await userEvent.keyboard('85');
  await press('{Tab}');
  const widgetText = () => deepText(deepQuery(editor, 'pathway-widget')!);
  await until(() => widgetText().includes('Stage: Targeted support'), 'the pupil at 85% to be placed at Targeted support');
  for (const [attendance, stage] of [['70', 'Legal intervention'], ['90', 'Universal support'], ['89.9', 'Targeted support']]) {
    await tabTo((element) => element.id === 'sample-attendance', 'the sample pupil attendance');
    await userEvent.keyboard(`{End}${'{Backspace}'.repeat(8)}${attendance}`);
    await press('{Tab}');
    await until(() => widgetText().includes(`Stage: ${stage}`), `a pupil at ${attendance}% to be placed at ${stage}`);
  }
  const before = widgetText();
  expect(before).not.toContain('virtual school head');
  await tabTo((element) => element.id === 'sample-cohort-looked-after', 'Child looked after, for the sample pupil');
  await press(' ');
  // Through the widget in the preview, by keyboard, to what a school would be told.
  const widgetButton = (element: HTMLElement) =>
    element.localName === 'button' && /^(Start now|Continue)$/.test((element.textContent ?? '').trim()) && deepQuery(editor, 'pathway-widget')!.shadowRoot!.contains(element);
  for (let step = 0; step < 6 && !widgetText().includes('virtual school head'); step++) {
    await tabTo(widgetButton, 'the widget\'s next button');
    await press('{Enter}');
    await settle(6);
  }
  expect(widgetText()).toContain('Talk to the virtual school head before any legal action.');
  expect(widgetText()).toContain('Which route will you take?');
  // Not looked after: the same page, without the advice.
  await tabTo((element) => element.id === 'sample-cohort-looked-after', 'Child looked after, for the sample pupil');
  await press(' ');
  await until(() => !widgetText().includes('virtual school head'), 'the advice to go');
  expect(widgetText()).toContain('Which route will you take?');
  expect(await axeViolations(editor)).toEqual([]);
}, 240_000);
