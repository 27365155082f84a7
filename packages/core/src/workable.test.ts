import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import { workPathway } from './workable.js';

const wigan = JSON.parse(readFileSync(new URL('../../../pathways/wigan.json', import.meta.url), 'utf8')) as Pathway;

describe('workPathway', () => {
  it('gives the model, its outline and the trial evaluation of a pathway whose references resolve', () => {
    const worked = workPathway(wigan, { asOf: '2026-11-30', measures: { attendance: { percentage: 88 } } });
    expect(worked.ok).toBe(true);
    if (!worked.ok) return;
    expect(worked.outline.byId.has(wigan.stages[0]!.id)).toBe(true);
    expect(worked.trial.current?.stageId).toBe(worked.model.evaluate({ asOf: '2026-11-30', measures: { attendance: { percentage: 88 } } }).current?.stageId);
  });

  it('names the references that resolve to nothing, and evaluates nothing', () => {
    const broken = structuredClone(wigan);
    const outcome = broken.stages.flatMap((stage) => stage.outcomes ?? []).find((o) => o.to !== undefined)!;
    outcome.to = 'no-such-stage';
    const worked = workPathway(broken, { asOf: '2026-11-30' });
    expect(worked).toMatchObject({ ok: false, unresolved: [{ id: 'no-such-stage', property: 'to' }] });
  });
});
