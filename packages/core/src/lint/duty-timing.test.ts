import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const brackley = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/guide-authored/brackley-subthreshold.json', import.meta.url), 'utf8')) as Pathway;
const timing = (pathway: Pathway) => lintPathway(pathway).filter((p) => p.code === 'lint.duty-timing');
const homeVisitDuties = (pathway: Pathway) => pathway.requirements![0].actions![0].actions;

describe('duty-timing: a duty counted from a date', () => {
  it('is quiet about a recurring duty with no "due within": the guide says it is next due on its next occurrence', () => {
    // "Review the actions agreed at the home visit every fortnight": every 2 weeks from the home visit.
    expect(homeVisitDuties(brackley())[1]).toMatchObject({ every: { amount: 2, unit: 'weeks' }, dueFrom: 'q-home-visit-date' });
    expect(timing(brackley())).toEqual([]);
  });

  it('warns of a one-off duty with no "due within", and offers "every" as well as "due within", so a recurring duty is not made to read overdue', () => {
    const pathway = brackley();
    delete homeVisitDuties(pathway)[1].every;
    expect(timing(pathway).map((p) => p.detail)).toEqual([
      'counts from "On what date did the home visit take place?" but gives no "due within" length, so it has no due date: ' +
        'if it is done once, give how soon ("due within"); if it recurs, give how often ("every") instead, and it is next due on each occurrence',
    ]);
  });
});
