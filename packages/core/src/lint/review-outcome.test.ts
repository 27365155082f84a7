import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const brackley = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/guide-authored/brackley-subthreshold.json', import.meta.url), 'utf8')) as Pathway;
const warnings = (pathway: Pathway) => lintPathway(pathway).filter((p) => p.code === 'lint.review-outcome');

describe('review-outcome: a review whose expiry outcome moves the case with no rule of its own', () => {
  it('Brackley: "Not improved at the ASP review" would open at every review whatever the figures; the warning says what to add', () => {
    const [warning, ...others] = warnings(brackley());
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', pointer: '/stages/1/timeLimits/0' });
    expect(warning?.message).toBe(
      'Stage "Wave 2: Attendance Support Plan" › Time limit "ASP review": when a review falls due it opens "Not improved at the ASP review: move to Wave 3", ' +
        'which has no "Open when" rule of its own, so it is offered at every review whatever the pupil\'s figures, even beside "Attendance above 95% for 6 school weeks: close the ASP". ' +
        'Give "Not improved at the ASP review: move to Wave 3" an "Open when" rule saying when it follows, such as "Attendance this academic year" is below 90% (the pupil still in this stage\'s band)',
    );
  });

  it('once the outcome has a rule of its own, the warning goes', () => {
    const fixed = brackley();
    const outcome = fixed.stages[1].outcomes?.find((o) => o.id === 'w2-not-improved');
    if (outcome === undefined) throw new Error('Brackley has no "not improved" outcome');
    outcome.when = { measure: 'attendance', upper: { value: 90, inclusive: false } };
    expect(warnings(fixed)).toEqual([]);
  });

  it('a review naming an outcome that keeps the case where it is ("continue") is left alone, as is a limit that is not a review', () => {
    const pathway = brackley();
    const outcome = pathway.stages[1].outcomes?.find((o) => o.id === 'w2-not-improved');
    if (outcome === undefined) throw new Error('Brackley has no "not improved" outcome');
    outcome.kind = 'continue';
    delete outcome.to;
    expect(warnings(pathway)).toEqual([]);
    const limit = brackley();
    limit.stages[1].timeLimits![0].kind = 'support';
    expect(warnings(limit)).toEqual([]);
  });
});
