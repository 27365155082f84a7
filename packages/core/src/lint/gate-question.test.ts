/**
 * gate-question beyond its fixture: a stage's exit rule, and an outcome's or a route's "Open
 * when" rule, that read a question the stage does not ask are reported as its gates are, in the
 * same words; and where the question is asked at a later stage, requiring it is not offered.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const dateReached = { id: 'reached-96', text: 'The date attendance first reached 96%', type: 'date' };
const heldSixWeeks = { since: 'reached-96', atLeast: { amount: 6, unit: 'schoolWeeks' } };

/** "Support plan" decides its exit, an outcome and a route by a date only "Referral", after it, asks. */
function pathway(): Pathway {
  return {
    schemaVersion: '1.1',
    id: 'exit-rules',
    version: '1',
    title: 'Exit rules',
    authority: { name: 'Example Borough Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: [
      { id: 'universal', title: 'Universal', universal: true },
      {
        id: 'plan',
        title: 'Support plan',
        bands: [{ label: '90% and below', measure: 'attendance', upper: { value: 90, inclusive: true } }],
        exit: { description: 'Held 96% for six school weeks.', when: { all: [{ measure: 'attendance', lower: { value: 96, inclusive: true } }, heldSixWeeks] } },
        outcomes: [{ id: 'close-plan', title: 'Held 96%: close the plan', kind: 'close', when: heldSixWeeks }],
        routes: [{ id: 'light-touch', title: 'Light-touch monitoring', when: { answer: 'reached-96', answered: true }, actions: [{ role: 'school', actions: [{ text: 'Check attendance weekly.' }] }] }],
      },
      {
        id: 'referral',
        title: 'Referral',
        bands: [{ label: '80% and below', measure: 'attendance', upper: { value: 80, inclusive: true } }],
        questions: [dateReached],
      },
    ],
    roles: [{ id: 'school', title: 'School', kind: 'school' }],
  } as unknown as Pathway;
}

const found = (p: Pathway) => lintPathway(p).filter((problem) => problem.code === 'lint.gate-question');
const notAsked =
  'reads the answer to "The date attendance first reached 96%", which is not asked at this stage (it is asked at Stage "Referral"), so this rule can never hold for a school working at this stage';

describe('gate-question: exit, outcome and route rules on a question the stage does not ask', () => {
  it('reports the exit rule, the outcome\'s rule and the route\'s rule, each where it is written', () => {
    const said = found(pathway());
    expect(said.map(({ where, pointer }) => ({ where, pointer }))).toEqual([
      { where: 'Stage "Support plan" › exit › rule', pointer: '/stages/1/exit/when' },
      { where: 'Stage "Support plan" › Outcome "Held 96%: close the plan" › open when', pointer: '/stages/1/outcomes/0/when' },
      { where: 'Stage "Support plan" › Route "Light-touch monitoring" › available when', pointer: '/stages/1/routes/0/when' },
    ]);
    for (const { detail } of said) {
      expect(detail).toBe(`${notAsked}; move the question to this stage (the later stage still asks it if it requires this one)`);
    }
  });

  it('is quiet once the stage asks the question', () => {
    const asked = pathway();
    asked.stages[1].questions = asked.stages[2].questions!.splice(0);
    asked.stages[2].requires = { stages: ['plan'] };
    expect(found(asked)).toEqual([]);
  });

  it('offers to require the stage that asks it when that stage comes earlier', () => {
    const earlier = pathway();
    earlier.stages[0] = { id: 'concern', title: 'Concern', bands: [{ label: 'Any', measure: 'attendance', lower: { value: 90, inclusive: false } }], questions: [dateReached] } as Pathway['stages'][number];
    delete earlier.stages[2].questions;
    const [exit] = found(earlier);
    expect(exit.detail).toBe(
      'reads the answer to "The date attendance first reached 96%", which is not asked at this stage (it is asked at Stage "Concern"), so this rule can never hold for a school working at this stage; add that stage to this stage\'s required earlier stages, or ask the question here',
    );
  });
});

/**
 * The other rules decided at a stage: a duty's "applies when", a time limit's "breached when" and
 * "agreed when", a question's "show if"; a referral's outcome, at the stages that offer it; and an
 * exception's or requirement's rule, which may read an answer given before its stages.
 */
describe('gate-question: duties, time limits, questions, referrals, exceptions and requirements', () => {
  const met = { answer: 'warning-given', in: ['yes'] };
  /** "Support plan" reads "Has a formal warning been given?", which only the later "Enforcement" asks. */
  function wider(): any {
    return {
      schemaVersion: '1.1',
      id: 'wider-rules',
      version: '1',
      title: 'Wider rules',
      authority: { name: 'Example Borough Council' },
      measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
      roles: [{ id: 'school', title: 'School', kind: 'school' }],
      stages: [
        { id: 'concern', title: 'Concern', bands: [{ label: 'Below 95%', measure: 'attendance', upper: { value: 95, inclusive: false } }], questions: [{ id: 'met-family', text: 'Has the school met the family?', type: 'yesNo' }] },
        {
          id: 'plan',
          title: 'Support plan',
          bands: [{ label: '90% and below', measure: 'attendance', upper: { value: 90, inclusive: true } }],
          actions: [{ role: 'school', actions: [{ text: 'Hold a review meeting.', when: met }] }],
          timeLimits: [
            {
              id: 'plan-limit',
              title: 'Plan length',
              kind: 'intervention',
              duration: { amount: 6, unit: 'schoolWeeks' },
              extension: { duration: { amount: 4, unit: 'schoolWeeks' }, agreedWhen: met },
              onBreach: { when: met, description: 'A warning was given.' },
            },
          ],
          questions: [{ id: 'plan-agreed', text: 'Has the plan been agreed?', type: 'yesNo', showIf: met }],
          referrals: ['panel'],
        },
        { id: 'enforcement', title: 'Enforcement', bands: [{ label: '50% and below', measure: 'attendance', upper: { value: 50, inclusive: true } }], questions: [{ id: 'warning-given', text: 'Has a formal warning been given?', type: 'yesNo' }] },
      ],
      referrals: [{ id: 'panel', title: 'Attendance panel', outcomes: [{ id: 'panel-fine', title: 'Panel issues a fine', kind: 'legal', when: met }] }],
      exceptions: [{ id: 'warned', title: 'Warned already', when: met, effect: 'block', stages: ['plan'], message: 'Not while a warning stands.' }],
      requirements: [{ id: 'review', title: 'Review after a warning', when: met, stages: ['plan'], actions: [{ role: 'school', actions: [{ text: 'Review the plan.' }] }] }],
    };
  }
  const notAskedHere =
    'reads the answer to "Has a formal warning been given?", which is not asked at this stage (it is asked at Stage "Enforcement"), so this rule can never hold for a school working at this stage; move the question to this stage (the later stage still asks it if it requires this one)';
  const afterPlan = (applies: string) =>
    `reads the answer to "Has a formal warning been given?", which is asked only at Stage "Enforcement", after Stage "Support plan" where ${applies}, so a school working there has not been asked it and this rule can never hold; ask the question at that stage or an earlier one`;

  it('reports each where it is written, in the words it gives a stage\'s own rules', () => {
    const said = found(wider());
    expect(said.map(({ where, pointer, detail }) => ({ where, pointer, detail }))).toEqual([
      { where: 'Stage "Support plan" › duties 1 › action "Hold a review meeting." › only when', pointer: '/stages/1/actions/0/actions/0/when', detail: notAskedHere },
      { where: 'Stage "Support plan" › Time limit "Plan length" › extension › agreed when', pointer: '/stages/1/timeLimits/0/extension/agreedWhen', detail: notAskedHere },
      { where: 'Stage "Support plan" › Time limit "Plan length" › if breached › breached when', pointer: '/stages/1/timeLimits/0/onBreach/when', detail: notAskedHere },
      { where: 'Stage "Support plan" › Question "Has the plan been agreed?" › ask only if', pointer: '/stages/1/questions/0/showIf', detail: notAskedHere },
      {
        where: 'Referral "Attendance panel" › Outcome "Panel issues a fine" › open when',
        pointer: '/referrals/0/outcomes/0/when',
        detail:
          'reads the answer to "Has a formal warning been given?", which is not asked at Stage "Support plan", where this referral is offered (it is asked at Stage "Enforcement"), so this rule can never hold for a school working there; ask the question there',
      },
      { where: 'Exception "Warned already" › applies when', pointer: '/exceptions/0/when', detail: afterPlan('this exception applies') },
      { where: 'Requirement "Review after a warning" › applies when', pointer: '/requirements/0/when', detail: afterPlan('this requirement applies') },
    ]);
    for (const { message } of said) expect(message).not.toMatch(/\/|warning-given|plan-limit/);
  });

  it('is quiet once the question is asked where each rule is decided', () => {
    const asked = wider();
    asked.stages[1].questions.push(asked.stages[2].questions.pop());
    expect(found(asked)).toEqual([]);
  });

  it("lets an exception or requirement read an answer given at an earlier stage, or at one an outcome leads back from, but not a stage's own rules", () => {
    const earlier = wider();
    earlier.stages[0].questions.push(earlier.stages[2].questions.pop());
    expect(found(earlier).map(({ pointer }) => pointer)).toEqual([
      '/stages/1/actions/0/actions/0/when',
      '/stages/1/timeLimits/0/extension/agreedWhen',
      '/stages/1/timeLimits/0/onBreach/when',
      '/stages/1/questions/0/showIf',
      '/referrals/0/outcomes/0/when',
    ]);
    const steppedDown = wider();
    steppedDown.stages[2].outcomes = [{ id: 'back', title: 'Warning heeded: back to the plan', kind: 'stepDown', to: 'plan' }];
    expect(found(steppedDown).map(({ pointer }) => pointer)).not.toContain('/exceptions/0/when');
    expect(found(steppedDown).map(({ pointer }) => pointer)).not.toContain('/requirements/0/when');
  });

  it('is quiet for an exception or requirement about every stage, which any stage asking the question serves', () => {
    const everywhere = wider();
    delete everywhere.exceptions[0].stages;
    delete everywhere.requirements[0].stages;
    expect(found(everywhere).map(({ pointer }) => pointer)).not.toEqual(expect.arrayContaining(['/exceptions/0/when']));
    expect(found(everywhere).map(({ pointer }) => pointer)).not.toEqual(expect.arrayContaining(['/requirements/0/when']));
  });
});
