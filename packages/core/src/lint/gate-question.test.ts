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
