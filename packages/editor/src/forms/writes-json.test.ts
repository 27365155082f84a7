/**
 * Each form writes exactly the JSON the schema expects: forms filled with the keyboard alone,
 * then the document compared with the JSON a person would write, and validated.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import { basePathway } from './testing/fixtures.js';
import { arrowTo, atPointer, choice, fromTop, mountForm, press, summaryOf, tabTo, typeAt } from './testing/keyboard.js';

afterEach(() => document.body.replaceChildren());

const near = (pointer: string) => pointer.replace(/\//g, '_');

function expectValid(document: unknown): void {
  expect(validatePathway(document), JSON.stringify(validatePathway.errors, null, 1)).toBe(true);
}

describe('each form writes exactly the JSON the schema expects', () => {
  it('a stage', async () => {
    const { value } = await mountForm(basePathway(), '/stages/1');
    fromTop();
    await tabTo(atPointer('/stages/1/authorNote'), "Add an authors' note");
    await press('{Enter}');
    await press('Check the band with the team.');
    await typeAt('/stages/1/title', 'Tier 2: Targeted support');
    await typeAt('/stages/1/subtitle', 'TARGETED');
    await tabTo(choice('checkbox', 'listen-and-understand'), 'DfE stage');
    await press(' ');
    await typeAt('/stages/1/description', 'Pupils whose attendance is 90% and under.');
    await tabTo(atPointer('/stages/1/referrals'), 'the first referral checkbox');
    await press(' ');
    const stage = value().stages as unknown[];
    expect(stage[1]).toEqual({
      id: 'targeted',
      title: 'Tier 2: Targeted support',
      subtitle: 'TARGETED',
      dfeStages: ['listen-and-understand'],
      description: 'Pupils whose attendance is 90% and under.',
      bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      referrals: ['enforcement'],
      authorNote: 'Check the band with the team.',
    });
    expectValid(value());
  });

  it('a question of each type, added from the palette', async () => {
    const { value } = await mountForm(basePathway(), '/stages/0');
    const list = '/stages/0/questions';
    const types = ['yesNo', 'yesNoNa', 'text', 'date', 'number', 'choice'];
    fromTop();
    for (const [i, type] of types.entries()) {
      await tabTo(atPointer(list), 'Add question');
      await press('{Enter}');
      await arrowTo(type);
      await press('{Enter}');
      await typeAt(`${list}/${i}/text`, `Question ${i + 1}?`);
    }
    // yes/no: "no" also counts as met.
    await tabTo(summaryOf(`${list}/0`), 'question 1');
    await tabTo(choice('checkbox', 'no', near(`${list}/0/expect`)), 'expected answer no');
    await press(' ');
    // yes/no/not applicable: advisory.
    await tabTo(choice('radio', 'blocking', near(`${list}/1/severity`)), 'severity');
    await press('{ArrowDown}');
    // text: not required.
    await tabTo(atPointer(`${list}/2/required`), 'required');
    await press(' ');
    // number: at least 0.
    await typeAt(`${list}/4/minimum`, '0');
    // choice: name its two options.
    await tabTo(summaryOf(`${list}/5/options/0`), 'option 1');
    await press('{Enter}');
    await typeAt(`${list}/5/options/0/label`, 'Often');
    await tabTo(summaryOf(`${list}/5/options/1`), 'option 2');
    await press('{Enter}');
    await typeAt(`${list}/5/options/1/label`, 'Rarely');
    const questions = (value().stages as { questions: unknown[] }[])[0].questions;
    // Short names nobody wrote follow the question's text and the option's label.
    expect(questions).toEqual([
      { id: 'question-1', text: 'Question 1?', type: 'yesNo', expect: ['no'] },
      { id: 'question-2', text: 'Question 2?', type: 'yesNoNa', severity: 'advisory' },
      { id: 'question-3', text: 'Question 3?', type: 'text', required: false },
      { id: 'question-4', text: 'Question 4?', type: 'date' },
      { id: 'question-5', text: 'Question 5?', type: 'number', minimum: 0 },
      {
        id: 'question-6',
        text: 'Question 6?',
        type: 'choice',
        options: [
          { value: 'often', label: 'Often' },
          { value: 'rarely', label: 'Rarely' },
        ],
      },
    ]);
    expectValid(value());
  });

  it('a duty with several roles and force "may", due within a range of weeks', async () => {
    const { value } = await mountForm(basePathway(), '/stages/0');
    fromTop();
    await tabTo(atPointer('/stages/0/actions'), 'Add duties');
    await press('{Enter}');
    const group = '/stages/0/actions/0';
    await tabTo(summaryOf(`${group}/actions/0`), 'action 1');
    await press('{Enter}');
    const action = `${group}/actions/0`;
    await typeAt(`${action}/text`, 'Visit the family at home');
    // No strength yet: "Not given" is chosen, and the arrow keys go round to must, should, may.
    await tabTo(choice('radio', '', near(`${action}/force`)), 'strength');
    await press('{ArrowDown}');
    await press('{ArrowDown}');
    await press('{ArrowDown}');
    await tabTo(choice('checkbox', 'school', near(`${action}/roles`)), 'role school');
    await press(' ');
    await tabTo(choice('checkbox', 'ewo', near(`${action}/roles`)), 'role EWO');
    await press(' ');
    await tabTo(atPointer(`${action}/due`), 'Add due within');
    await press('{Enter}');
    await typeAt(`${action}/due/amount`, '2');
    await typeAt(`${action}/due/to`, '3');
    await tabTo(atPointer(`${action}/due/unit`), 'unit');
    await press('w');
    const stage = (value().stages as Record<string, unknown>[])[0];
    expect(stage.actions).toEqual([
      {
        role: 'school',
        actions: [{ text: 'Visit the family at home', force: 'may', roles: ['school', 'ewo'], due: { amount: 2, to: 3, unit: 'weeks' } }],
      },
    ]);
    expectValid(value());
  });

  it('a route the school chooses', async () => {
    const { value } = await mountForm(basePathway(), '/stages/1');
    fromTop();
    await tabTo(atPointer('/stages/1/routes'), 'Add route');
    await press('{Enter}');
    await typeAt('/stages/1/routes/0/title', 'Penalty notice warning');
    await tabTo(atPointer('/stages/1/routes/0/chosenBy'), 'chosen by');
    await press('s');
    expect((value().stages as Record<string, unknown>[])[1].routes).toEqual([{ id: 'penalty-notice-warning', title: 'Penalty notice warning', chosenBy: 'school' }]);
    expectValid(value());
  });

  it('a referral with the information it needs', async () => {
    const { value } = await mountForm(basePathway(), '/referrals/0');
    const fields = '/referrals/0/fields';
    fromTop();
    await tabTo(atPointer(fields), 'Add referral field');
    await press('{Enter}');
    await typeAt(`${fields}/0/label`, "Child's name");
    await typeAt(`${fields}/0/id`, 'child-name');
    await tabTo(atPointer(fields), 'Add referral field');
    await press('{Enter}');
    await typeAt(`${fields}/1/label`, 'Date of birth');
    await tabTo(choice('radio', 'text', near(`${fields}/1/type`)), 'type');
    await press('{ArrowDown}');
    await tabTo(atPointer(`${fields}/1/required`), 'required');
    await press(' ');
    await typeAt('/referrals/0/channel/email', 'enforcement@example.gov.uk');
    expect((value().referrals as Record<string, unknown>[])[0]).toEqual({
      id: 'enforcement',
      title: 'Referral to enforcement',
      target: { name: 'Attendance panel', kind: 'panel' },
      channel: { kind: 'email', email: 'enforcement@example.gov.uk' },
      fields: [
        { id: 'child-name', label: "Child's name", type: 'text' },
        { id: 'referral-field', label: 'Date of birth', type: 'date', required: false },
      ],
    });
    expectValid(value());
  });
});
