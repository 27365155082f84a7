import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import validatePathway from './generated/validate-pathway.js';
import validatePathwayStructure from './validate-pathway-structure.js';
import { closest, explainChoice, explainErrors, validateAndExplain } from './explain-errors.js';
import { enumLabel } from './enum-labels.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));
const invalid = readdirSync(new URL('invalid/', fixtures)).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
const valid = readdirSync(new URL('valid/', fixtures)).filter((f) => f.endsWith('.json'));

describe('invalid fixtures: exact plain-English messages', () => {
  it('has a fixture for every keyword family', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(12);
  });

  it.each(invalid)('%s', (file) => {
    const doc = readJson(new URL(`invalid/${file}`, fixtures));
    const expected = readJson(new URL(`invalid/${file.replace(/\.json$/, '.expected.json')}`, fixtures));
    const problems = validateAndExplain(doc, validatePathway);
    expect(problems.map(({ message, pointer }) => ({ message, pointer }))).toEqual(expected);
    for (const problem of problems) {
      expect(problem.severity).toBe('error');
      expect(problem.code).toMatch(/^schema\.[a-zA-Z]+$/);
      expect(problem.message).toBe(problem.where ? `${problem.where}: ${problem.detail}` : problem.detail);
      // Places are named by what the author calls them, never by a raw pointer.
      expect(problem.where).not.toMatch(/\/stages\/|\/\d+/);
    }
  });
});

describe('valid fixtures', () => {
  it.each(valid)('%s passes both validators with no problems', (file) => {
    const doc = readJson(new URL(`valid/${file}`, fixtures));
    expect(validateAndExplain(doc, validatePathway)).toEqual([]);
    expect(validateAndExplain(doc, validatePathwayStructure)).toEqual([]);
  });
});

describe('explainErrors', () => {
  const base = readJson(new URL('valid/minimal.json', fixtures)) as Record<string, unknown>;

  it('returns nothing when there are no errors', () => {
    expect(explainErrors(base, null)).toEqual([]);
    expect(explainErrors(base, [])).toEqual([]);
  });

  it('says one thing per mistake, not one per branch of a rule', () => {
    const doc = {
      ...base,
      stages: [{ id: 's', title: 'Support', gates: [{ id: 'g', title: 'Ready', condition: { answr: 'q1' } }] }],
    };
    expect(validatePathway(doc)).toBe(false);
    // ajv reports every Condition branch that failed…
    expect(validatePathway.errors!.length).toBeGreaterThan(10);
    // …and the author hears once what is wrong, with a suggestion.
    expect(explainErrors(doc, validatePathway.errors).map((p) => p.message)).toEqual([
      'Stage "Support" › Gate "Ready" › rule: is not a recognised rule: use one of all, any, not, answer, measure, cohort, evidence, stageComplete, since, change, outcome or route; did you mean "answer"?',
    ]);
  });

  it('reports the errors of the branch the author chose', () => {
    const doc = {
      ...base,
      stages: [{ id: 's', title: 'Support', gates: [{ id: 'g', title: 'Ready', condition: { cohort: 'cla', extra: true } }] }],
    };
    expect(validateAndExplain(doc, validatePathway).map((p) => p.message)).toEqual([
      'Stage "Support" › Gate "Ready" › rule: "extra" is not part of the format',
    ]);
  });

  it('explains the structural validator\'s errors too', () => {
    const doc = { ...base, stages: [{ id: 's', title: 'Support', questions: [{ id: 'q', text: 'Why?', type: 'choice' }] }] };
    expect(validateAndExplain(doc, validatePathwayStructure).map((p) => p.message)).toEqual([
      'Stage "Support" › Question "Why?": needs "options" (Options) because its answer type is "choice" (One of a list)',
    ]);
  });

  it('says what is missing by the form\'s labels, and a list of things chosen by what it holds, never by JSON names', () => {
    const doc = {
      ...base,
      schemaVersion: '1.1',
      stages: [
        { id: 'one', title: 'One' },
        { id: 's', title: 'Support', requires: { stages: [] }, timeLimits: [{ id: 't', title: 'Review', duration: { unit: 'weeks' } }] },
      ],
    };
    expect(validateAndExplain(doc, validatePathway).map((p) => p.message)).toEqual([
      'Stage "Support" › requires earlier stages › stages: choose at least one stage',
      'Stage "Support" › Time limit "Review" › duration: give an amount, or choose a length from answer',
    ]);
  });

  it('says something for every failure, even errors it cannot place', () => {
    const problems = explainErrors(base, [{ instancePath: '/nowhere/3', schemaPath: '#/x', keyword: 'weird', params: {} }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'schema.weird', pointer: '/nowhere/3', severity: 'error', detail: 'does not fit the pathway format' });
  });

  it('never throws, whatever the document and errors', () => {
    const errors = [
      { instancePath: '/stages/0/title', schemaPath: '#/minLength', keyword: 'minLength', params: { limit: 1 } },
      { instancePath: '/a~1b/~0c', schemaPath: '#/type', keyword: 'type', params: { type: 'string' } },
      { instancePath: '', schemaPath: '#/required', keyword: 'required', params: {} },
    ];
    for (const doc of [undefined, null, 0, 'text', [], [1, 2], { stages: 'x' }, { stages: [null, 3] }]) {
      expect(() => explainErrors(doc, errors)).not.toThrow();
      expect(() => validateAndExplain(doc, validatePathway)).not.toThrow();
    }
  });

  it('says to put a format version written as a number in quotes', () => {
    const messages = (schemaVersion: unknown) => validateAndExplain({ ...base, schemaVersion }, validatePathway).map((p) => p.message);
    expect(messages(1.1)).toEqual(['Format version: must be one of "1.0" or "1.1"; put it in quotes: "1.1"']);
    expect(messages(1.0)).toEqual(['Format version: must be one of "1.0" or "1.1"; put it in quotes: "1.0"']);
    expect(messages(2)).toEqual(['Format version: must be one of "1.0" or "1.1"']);
  });

  describe('what a hurried author writes, with what the format has instead', () => {
    const measures = (kind: string) => [{ id: 'count', title: 'Unauthorised sessions', kind }];
    const stage = (extra: Record<string, unknown>) => ({ ...base, stages: [{ id: 's', title: 'Support', ...extra }] });
    const messages = (doc: unknown) => validateAndExplain(doc, validatePathway).map((p) => p.message);

    it('a measure kind written as the word it counts: "sessions" is a count of sessions', () => {
      const kinds = '"attendancePercentage", "absencePercentage", "sessionCount", "dayCount", "number" or "date"';
      expect(messages({ ...base, measures: measures('sessions') })).toEqual([`Measure "Unauthorised sessions" › kind: must be one of ${kinds}; did you mean "sessionCount"?`]);
      expect(messages({ ...base, measures: measures('days') })).toEqual([`Measure "Unauthorised sessions" › kind: must be one of ${kinds}; did you mean "dayCount"?`]);
      // "percentage" is either percentage: both are offered.
      expect(messages({ ...base, measures: measures('percentage') })).toEqual([
        `Measure "Unauthorised sessions" › kind: must be one of ${kinds}; did you mean "attendancePercentage" or "absencePercentage"?`,
      ]);
    });

    it('a unit written as how often: "fortnightly" is 2 weeks, "daily" is days', () => {
      const units = '"sessions", "schoolDays", "schoolWeeks", "days", "weeks", "months", "terms" or "years"';
      const limit = (unit: string) => stage({ timeLimits: [{ id: 'review', title: 'Review', kind: 'review', duration: { amount: 1, unit } }] });
      expect(messages(limit('fortnightly'))).toEqual([
        `Stage "Support" › Time limit "Review" › duration › unit: must be one of ${units}; a fortnight is 2 weeks: write "unit": "weeks" with the amount doubled (2 for every fortnight)`,
      ]);
      expect(messages(limit('fortnights'))[0]).toContain('a fortnight is 2 weeks');
      expect(messages(limit('daily'))).toEqual([`Stage "Support" › Time limit "Review" › duration › unit: must be one of ${units}; did you mean "days"?`]);
      expect(messages(limit('monthly'))).toEqual([`Stage "Support" › Time limit "Review" › duration › unit: must be one of ${units}; did you mean "months"?`]);
    });

    it('a bound written "above": 95 is a lower bound that leaves 95 out, said once', () => {
      const band = (bound: Record<string, unknown>) => stage({ bands: [{ label: 'Over 95%', measure: 'attendance', ...bound }] });
      expect(messages(band({ above: 95 }))).toEqual([
        'Stage "Support" › band "Over 95%": "above" is not part of the format: write "lower": { "value": 95, "inclusive": false } (above 95, not 95 itself)',
      ]);
      expect(messages(band({ below: 90 }))).toEqual([
        'Stage "Support" › band "Over 95%": "below" is not part of the format: write "upper": { "value": 90, "inclusive": false } (below 90, not 90 itself)',
      ]);
      expect(messages(band({ min: 80 }))).toEqual([
        'Stage "Support" › band "Over 95%": "min" is not part of the format: write "lower": { "value": 80, "inclusive": true } (80 or more)',
      ]);
      // With a bound given as well, only the word the format does not have is wrong.
      expect(messages(band({ above: 95, upper: { value: 100, inclusive: true } }))).toEqual([
        'Stage "Support" › band "Over 95%": "above" is not part of the format: write "lower": { "value": 95, "inclusive": false } (above 95, not 95 itself)',
      ]);
    });
  });

  it('lists problems from the top of the document to the bottom', () => {
    const doc = { summary: 1, ...base, stages: [{ id: 's' }], title: '' };
    const pointers = validateAndExplain(doc, validatePathway).map((p) => p.pointer);
    expect(pointers).toEqual(['/summary', '/title', '/stages/0']);
  });
});

describe('closest', () => {
  it('suggests a near name and nothing when none is near', () => {
    expect(closest('titel', ['title', 'id'])).toBe('title');
    expect(closest('Title', ['title'])).toBe('title');
    expect(closest('colour', ['title', 'id', 'bands'])).toBeUndefined();
  });
});

describe('a value that is not one of the choices, in a form’s words', () => {
  const outcomeKinds = ['escalate', 'stepDown', 'handBack', 'close', 'redirect', 'referral', 'penaltyNotice', 'prosecution', 'schoolAttendanceOrder'];
  const label = (where: string) => (choice: string) => enumLabel(where, choice) ?? choice;

  it('names the choice it likely meant by its label, not the JSON code', () => {
    const said = explainChoice(outcomeKinds, 'closed', label('Outcome.kind'));
    expect(said).toBe(`"closed" is not one of the choices; did you mean "Close the case"?`);
    expect(said).not.toMatch(/"close"|stepDown/);
  });

  it('a short list is named in labels; a long one is left to the form’s list', () => {
    expect(explainChoice(['schoolDays', 'schoolWeeks'], 'xyz', label('TimeUnit'))).toBe('"xyz" is not one of the choices: choose "School days" or "School weeks"');
    expect(explainChoice(outcomeKinds, 'xyz', label('Outcome.kind'))).toBe('"xyz" is not one of the choices: choose one from the list');
  });

  it('a unit written as how often is said as the form’s unit', () => {
    const units = ['sessions', 'schoolDays', 'schoolWeeks', 'days', 'weeks', 'months', 'terms', 'years'];
    expect(explainChoice(units, 'daily', label('TimeUnit'))).toBe(`"daily" is not one of the choices; did you mean "Days"?`);
    expect(explainChoice(units, 'fortnightly', label('TimeUnit'))).toBe(
      `"fortnightly" is not one of the choices: a fortnight is 2 weeks, so choose "Weeks" with the amount doubled (2 for every fortnight)`,
    );
  });
});
