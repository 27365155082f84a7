import { describe, expect, it } from 'vitest';
import { describeLocation, documentOrder, shortName, sortByDocumentOrder } from './describe-location.js';

const doc = {
  schemaVersion: '1.0',
  id: 'p',
  title: 'Pathway',
  authority: { name: 'Council', url: 'https://example.gov.uk' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [
    { id: 'tier-1', title: 'Tier 1' },
    {
      id: 'tier-2',
      title: 'Tier 2',
      dfeStages: ['monitor'],
      bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      questions: [
        { id: 'q', text: 'Has good attendance been discussed with the parent or carer at a meeting in school?', type: 'yesNo' },
        { id: 'q2', type: 'yesNo' },
      ],
      gates: [
        {
          id: 'g',
          title: 'Ready for enforcement',
          condition: { all: [{ answer: 'q', in: ['yes'] }, { not: { cohort: 'cla' } }] },
        },
      ],
      actions: [{ role: 'school', force: 'must', heading: 'Schools are expected to:', actions: [{ text: 'Meet the family.' }] }],
      referrals: ['enforcement'],
    },
    { title: 42 },
  ],
  classifications: [{ label: 'Persistent absence', measure: 'attendance' }],
  resources: [{ title: 'Toolkit', url: 'https://example.gov.uk/toolkit' }],
  exceptions: [{ id: 'cla', title: 'Children looked after', when: { cohort: 'cla' }, redirectTo: { contact: 'x' } }],
  changelog: [{ version: '1.1', published: '2026-11-01', changes: [] }, { published: '2026-01-01' }],
};

describe('describeLocation', () => {
  it.each([
    ['', ''],
    ['/title', 'Title'],
    ['/authority/url', 'Authority › website'],
    ['/measures/0', 'Measure "Attendance"'],
    ['/measures/0/kind', 'Measure "Attendance" › kind'],
    ['/stages', 'Stages'],
    ['/stages/1', 'Stage "Tier 2"'],
    ['/stages/1/questions', 'Stage "Tier 2" › reflective questions'],
    ['/stages/1/questions/0/type', 'Stage "Tier 2" › Question "Has good attendance been discussed with the parent or carer…" › answer type'],
    ['/stages/1/questions/1', 'Stage "Tier 2" › Question 2'],
    ['/stages/1/questions/1/severity', 'Stage "Tier 2" › Question 2 › if not met'],
    ['/stages/1/bands/0/upper/value', 'Stage "Tier 2" › band "90% and under" › upper bound › value'],
    ['/stages/1/dfeStages', 'Stage "Tier 2" › DfE stages'],
    ['/stages/1/gates/0/condition', 'Stage "Tier 2" › Gate "Ready for enforcement" › rule'],
    ['/stages/1/gates/0/condition/all/1', 'Stage "Tier 2" › Gate "Ready for enforcement" › rule › all of › rule 2'],
    ['/stages/1/gates/0/condition/all/1/not/cohort', 'Stage "Tier 2" › Gate "Ready for enforcement" › rule › all of › rule 2 › not › circumstance'],
    ['/stages/1/gates/0/condition/all/0/in/0', 'Stage "Tier 2" › Gate "Ready for enforcement" › rule › all of › rule 1 › is one of › item 1'],
    ['/stages/1/actions/0/actions/0', 'Stage "Tier 2" › duties "Schools are expected to:" › action "Meet the family."'],
    ['/stages/1/referrals/0', 'Stage "Tier 2" › referrals › item 1'],
    ['/stages/2', 'Stage 3'],
    ['/stages/9/title', 'Stage 10 › name'],
    ['/classifications/0', 'Classification "Persistent absence"'],
    ['/resources/0/url', 'Resource "Toolkit" › address'],
    ['/exceptions/0/when', 'Exception "Children looked after" › applies when'],
    ['/exceptions/0/redirectTo/contact', 'Exception "Children looked after" › where to send them instead › contact'],
    ['/stages/1/colour', 'Stage "Tier 2" › "colour"'],
    // Published versions by their number, not their place in the list (which counts from the newest).
    ['/changelog/0/published', 'Published version 1.1 › published on'],
    ['/changelog/1', 'Published version 2'],
  ])('%s → %s', (pointer, expected) => {
    expect(describeLocation(doc, pointer)).toBe(expected);
  });

  it('never throws on broken documents or pointers', () => {
    for (const broken of [undefined, null, 7, 'x', [], { stages: 'x' }, { stages: [null] }, { stages: [{ gates: [{ condition: 'x' }] }] }]) {
      for (const pointer of ['', '/stages/0/gates/0/condition/all/0', '/a/b/c', 'no-slash', '/stages/x', '/~1~0']) {
        expect(typeof describeLocation(broken, pointer)).toBe('string');
      }
    }
  });
});

describe('shortName', () => {
  it('keeps short names and cuts long ones at a word, with an ellipsis', () => {
    expect(shortName('Tier 2')).toBe('Tier 2');
    expect(shortName('  spread\n over   lines ')).toBe('spread over lines');
    const cut = shortName('Has good attendance been discussed with the parent or carer at a meeting in school?');
    expect(cut).toBe('Has good attendance been discussed with the parent or carer…');
    expect(cut.length).toBeLessThanOrEqual(61);
    expect(shortName('x'.repeat(100))).toBe('x'.repeat(60) + '…');
  });
});

describe('document order', () => {
  it('numbers pointers in reading order and sorts missing places with their parent', () => {
    const order = documentOrder({ b: [1, { c: 2 }], a: 3 });
    expect([...order.keys()]).toEqual(['', '/b', '/b/0', '/b/1', '/b/1/c', '/a']);
    const sorted = sortByDocumentOrder({ b: [1, { c: 2 }], a: 3 }, [
      { pointer: '/a' },
      { pointer: '/b/1/missing' },
      { pointer: '/b/0' },
    ]);
    expect(sorted.map((s) => s.pointer)).toEqual(['/b/0', '/b/1/missing', '/a']);
  });
});
