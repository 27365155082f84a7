import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/lint/cohort-thresholds.json', import.meta.url), 'utf8')) as Pathway;
const findings = (pathway: Pathway) => lintPathway(pathway).filter((problem) => problem.code === 'lint.cohort-thresholds');
const withStages = (change: (stages: any[]) => void): Pathway => {
  const copy = structuredClone(fixture) as any;
  change(copy.stages);
  return copy;
};

describe('cohort-thresholds', () => {
  it('names every stage whose threshold needs one of the circumstances, once', () => {
    const three = withStages((stages) =>
      stages.push({ id: 'stage-3', title: 'Stage 3', entry: { when: { all: [{ cohort: 'secondary' }, { measure: 'attendance', upper: { value: 80, inclusive: true } }] } } }),
    );
    const [only, ...rest] = findings(three);
    expect(rest).toEqual([]);
    expect(only.detail).toMatch(/^this rule and those of Stage "Stage 2" and Stage "Stage 3" hold only with "Primary \(Years 1 to 6\)" or "Secondary \(Years 7 to 11\)" ticked/);
  });

  it('says nothing where a pupil with none ticked can still meet a rule', () => {
    const open = withStages((stages) => stages[2].entry.when.all[0].any.push({ measure: 'attendance', upper: { value: 50, inclusive: true } }));
    expect(findings(open)).toEqual([]);
  });

  it('says nothing where bands on the same measure place the other pupils', () => {
    const banded = withStages((stages) => (stages[0] = { id: 'support', title: 'Support', bands: [{ label: 'Below 90%', measure: 'attendance', upper: { value: 90, inclusive: false } }] }));
    expect(findings(banded)).toEqual([]);
  });

  it('says nothing of stages for one circumstance each, or of rules that read no figure', () => {
    const oneEach = withStages((stages) => {
      stages[1].entry.when = { all: [{ cohort: 'primary' }, { measure: 'attendance', upper: { value: 90, inclusive: true } }] };
      stages[2].entry.when = { all: [{ cohort: 'primary' }, { measure: 'attendance', upper: { value: 80, inclusive: true } }] };
    });
    expect(findings(oneEach)).toEqual([]);
    const noFigures = withStages((stages) => {
      stages[1].entry.when = { cohort: 'primary' };
      stages[2].entry.when = { cohort: 'secondary' };
    });
    expect(findings(noFigures)).toEqual([]);
  });

  // Ketterby's pattern: early years by rule, and the school-age stages for "not nursery or reception".
  const forTheOthers = (not: object, measure = 'attendance') => ({
    id: 'school-age',
    title: 'School age',
    entry: { when: { all: [{ not }, { measure, upper: { value: 90, inclusive: true } }] } },
  });

  it('says nothing where another stage, on the same figures, is entered by a rule for a pupil with none of them ticked', () => {
    const either = withStages((stages) => stages.push(forTheOthers({ any: [{ cohort: 'primary' }, { cohort: 'secondary' }] })));
    expect(findings(either)).toEqual([]);
    const one = withStages((stages) => stages.push(forTheOthers({ cohort: 'secondary' })));
    expect(findings(one)).toEqual([]);
  });

  it('still warns where that rule is about another circumstance, or reads other figures', () => {
    const otherCircumstance = withStages((stages) => stages.push(forTheOthers({ cohort: 'looked-after' })));
    expect(findings(otherCircumstance)).toHaveLength(1);
    const otherFigures = withStages((stages) => {
      stages.push(forTheOthers({ cohort: 'secondary' }, 'unauthorised'));
    });
    (otherFigures as any).measures.push({ id: 'unauthorised', title: 'Unauthorised sessions', kind: 'sessionCount' });
    expect(findings(otherFigures)).toHaveLength(1);
  });

  it('still warns where that rule is only for figures none of the thresholds reaches', () => {
    const praise = (lower: number, inclusive: boolean) =>
      withStages((stages) =>
        stages.push({
          id: 'praise',
          title: 'Letter of praise',
          entry: { when: { all: [{ not: { cohort: 'secondary' } }, { any: [{ measure: 'attendance', lower: { value: lower, inclusive } }] }] } },
        }),
      );
    // The thresholds place pupils below 95% at most; a rule for 95% and above never meets them.
    expect(findings(praise(95, true))).toHaveLength(1);
    // Below that, it shares figures with the primary threshold: the pupil with none ticked is placed there.
    expect(findings(praise(94, true))).toEqual([]);
  });

  it("does not judge the other pupils' figures against a circumstance's own (a lower threshold for nursery is policy)", () => {
    const nursery = withStages((stages) => {
      stages[1].entry.when = { all: [{ cohort: 'primary' }, { measure: 'attendance', upper: { value: 85, inclusive: false } }] };
      stages[2].entry.when = { all: [{ cohort: 'secondary' }, { measure: 'attendance', upper: { value: 87, inclusive: false } }] };
      stages.push(forTheOthers({ any: [{ cohort: 'primary' }, { cohort: 'secondary' }] }));
    });
    expect(findings(nursery)).toEqual([]);
  });

  it('says where a pupil with none ticked is shown, from what the file has', () => {
    expect(findings(fixture)[0].detail).toContain('a school that forgets to tick one is shown Stage "Universal", which applies to every pupil.');
    const withStart = { ...structuredClone(fixture), start: 'stage-1' } as Pathway;
    expect(findings(withStart)[0].detail).toContain('a school that forgets to tick one is shown Stage "Stage 1", where a case starts.');
    const noFallback = withStages((stages) => stages.shift());
    (noFallback as any).schemaVersion = '1.0';
    expect(findings(noFallback)[0].detail).toContain('a school that forgets to tick one is told no stage applies.');
  });
});
