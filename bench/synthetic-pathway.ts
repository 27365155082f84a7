/**
 * Schema-valid synthetic pathways of a given size, for the engine benchmark: several stages
 * with bands, every question type, showIf rules, question evidence, nested gates (answers,
 * measures, cohorts, evidence, stage completion, elapsed time), routes, outcomes, exceptions
 * of every effect, referrals, and each stage requiring the one before it (so the last stage
 * carries every earlier question, as real escalation stages do).
 */
import type { Pathway, Question, Stage } from '@pathway/schema';
import type { CaseInput } from '@pathway/core';

const STAGE_BANDS: [lower: number | undefined, upper: number | undefined][] = [
  [95, undefined],
  [90, 95],
  [80, 90],
  [50, 80],
  [undefined, 50],
];

function syntheticQuestion(id: string, n: number, previous: string | undefined): Question {
  const kind = n % 10;
  const base = { id, text: `Synthetic reflective question number ${n}: has the school done what this step asks?` };
  if (kind === 7) return { ...base, type: 'number', minimum: 0, maximum: 100, expect: [0] };
  if (kind === 8) return { ...base, type: 'date', required: false };
  if (kind === 9) {
    return { ...base, type: 'choice', options: [{ value: 'a', label: 'Option A' }, { value: 'b', label: 'Option B' }], expect: ['a'] };
  }
  if (kind === 6) return { ...base, type: 'text', severity: 'advisory' };
  const question: Question = { ...base, type: kind % 2 === 0 ? 'yesNo' : 'yesNoNa', unmetMessage: 'Do this before escalating.' };
  if (kind === 3 && previous !== undefined) question.showIf = { answer: previous, in: ['yes'] };
  if (kind === 4) question.evidence = [{ id: `${id}-ev`, title: `Evidence for question ${n}` }];
  return question;
}

/** A pathway with `questionCount` questions spread over five stages. */
export function buildSyntheticPathway(questionCount: number): Pathway {
  const stageCount = STAGE_BANDS.length;
  const perStage = Math.ceil(questionCount / stageCount);
  let made = 0;
  const stages = STAGE_BANDS.map(([lower, upper], s): Stage => {
    const questions: Question[] = [];
    const routeQuestions: Question[] = [];
    let previous: string | undefined;
    for (let i = 0; i < perStage && made < questionCount; i++, made++) {
      const id = `s${s}-q${i}`;
      const question = syntheticQuestion(id, made, previous);
      (i % 5 === 4 && s > 0 ? routeQuestions : questions).push(question);
      previous = id;
    }
    const stage: Stage = {
      id: `stage-${s}`,
      title: `Stage ${s + 1}`,
      bands: [
        {
          label: `Band ${s + 1}`,
          measure: 'attendance',
          ...(lower !== undefined ? { lower: { value: lower, inclusive: false } } : {}),
          ...(upper !== undefined ? { upper: { value: upper, inclusive: true } } : {}),
        },
      ],
      lead: { role: 'school' },
      questions,
      evidence: [{ id: `stage-${s}-chronology`, title: 'A chronology of engagement with the family' }],
      gates: [
        { id: `stage-${s}-g1`, title: 'Attendance is low enough', condition: { measure: 'attendance', upper: { value: 96, inclusive: false } } },
        {
          id: `stage-${s}-g2`,
          title: 'Support offered or circumstances recorded',
          condition: { any: [{ all: [{ answer: `s${s}-q0`, in: ['yes'] }, { evidence: `stage-${s}-chronology` }] }, { not: { cohort: 'cla' } }] },
        },
        {
          id: `stage-${s}-g3`,
          title: 'Time for the plan to work',
          severity: 'advisory',
          condition: { since: `s${s}-q8`, atLeast: { amount: 6, unit: 'schoolWeeks' } },
        },
      ],
      outcomes: [
        { id: `stage-${s}-improved`, title: 'Attendance improved', kind: 'stepDown', when: { measure: 'attendance', lower: { value: 95, inclusive: false } } },
        { id: `stage-${s}-escalate`, title: 'Not improved', kind: 'escalate', ...(s + 1 < stageCount ? { to: `stage-${s + 1}` } : {}) },
      ],
    };
    if (routeQuestions.length > 0) {
      stage.routes = [
        { id: `stage-${s}-route-a`, title: 'Route A', when: { cohort: 'ehcp' }, questions: routeQuestions.filter((_, i) => i % 2 === 0) },
        { id: `stage-${s}-route-b`, title: 'Route B', questions: routeQuestions.filter((_, i) => i % 2 === 1) },
      ];
    }
    if (s > 0) {
      stage.requires = { stages: [`stage-${s - 1}`] };
      stage.gates?.push({ id: `stage-${s}-g4`, title: 'Earlier stage complete', condition: { stageComplete: `stage-${s - 1}` } });
    }
    if (s === stageCount - 1) stage.referrals = ['enforcement'];
    return stage;
  });
  const last = stages[stages.length - 1].id;
  return {
    schemaVersion: '1.0',
    id: `synthetic-${questionCount}`,
    version: '1',
    title: `Synthetic pathway with ${questionCount} questions`,
    authority: { name: 'Benchmark Council' },
    measures: [
      { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', minimumPossibleSessions: 20 },
      { id: 'unauthorised', title: 'Unauthorised sessions', kind: 'sessionCount', window: { amount: 10, unit: 'schoolWeeks' } },
    ],
    classifications: [{ label: 'Persistent absence (90% and under)', measure: 'attendance', upper: { value: 90, inclusive: true } }],
    cohorts: [
      { id: 'cla', title: 'Child looked after' },
      { id: 'ehcp', title: 'Has an EHCP' },
      { id: 'yos', title: 'Open to the youth offending service' },
    ],
    roles: [{ id: 'school', title: 'Schools' }],
    stages: stages as [Stage, ...Stage[]],
    exceptions: [
      { id: 'cla-block', title: 'Children looked after', when: { cohort: 'cla' }, effect: 'block', stages: [last], message: 'Escalate within social care.' },
      { id: 'yos-reassign', title: 'Open to YOS', when: { cohort: 'yos' }, effect: 'reassign', lead: 'The case responsible officer', message: 'YOS leads.' },
      { id: 'ehcp-advise', title: 'EHCP', when: { cohort: 'ehcp' }, effect: 'advise', message: 'Involve the SEND team.' },
      { id: 'referral-redirect', title: 'Social care open', when: { all: [{ cohort: 'cla' }, { cohort: 'yos' }] }, effect: 'redirect', referrals: ['enforcement'], redirectTo: { contact: 'mash' }, message: 'Go to the MASH.' },
    ],
    referrals: [
      {
        id: 'enforcement',
        title: 'Referral to enforcement',
        target: { name: 'Attendance pathway meeting', kind: 'meeting' },
        channel: { kind: 'email', email: 'attendance@example.gov.uk' },
        fields: [
          { id: 'child-name', label: "Child's name", type: 'text' },
          { id: 'dob', label: 'Date of birth', type: 'date' },
          { id: 'school', label: 'School', type: 'text' },
        ],
        include: [{ id: 'printout', title: 'Attendance printout' }],
        gates: [{ id: 'enforcement-g', title: 'Attendance under 90%', condition: { measure: 'attendance', upper: { value: 90, inclusive: true } } }],
        response: 'A time and date will be emailed to you.',
      },
    ],
    contacts: [{ id: 'mash', name: 'MASH', email: 'mash@example.gov.uk' }],
  };
}

/** A case with about half the questions answered, at the most intensive stage. */
export function syntheticCase(pathway: Pathway): CaseInput {
  const answers: Record<string, string | number> = {};
  let n = 0;
  for (const stage of pathway.stages) {
    for (const question of [...(stage.questions ?? []), ...(stage.routes ?? []).flatMap((r) => r.questions ?? [])]) {
      if (n++ % 2 === 1) continue;
      answers[question.id] =
        question.type === 'number' ? 0 : question.type === 'date' ? '2025-01-06' : question.type === 'choice' ? 'a' : question.type === 'text' ? 'Notes' : 'yes';
    }
  }
  return {
    measures: { attendance: { possibleSessions: 170, attendedSessions: 80 }, unauthorised: { value: 12 } },
    cohorts: ['ehcp'],
    answers,
    evidence: { 'stage-0-chronology': { confirmed: true } },
    asOf: '2025-03-03',
  };
}
