import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import type { CaseInput, PathwayModel } from './types.js';
import { createPathway } from './create-pathway.js';
import { summariseStage } from './summarise.js';
import { caseInputArbitrary, pathwayArbitrary } from './testing/arbitraries.js';

/** The two parts of the whole summary that summariseStage stands in for. */
function fromSummary(model: PathwayModel, input: CaseInput) {
  const { actions, timeLimits } = model.summarise(input);
  return { actions, timeLimits };
}

const seedsDir = new URL('../../../pathways/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, seedsDir), 'utf8')) as Pathway] as const);

describe('summariseStage', () => {
  it('has something to compare in the seeds: actions and time limits', () => {
    const lines = seeds.flatMap(([, definition]) => {
      const model = createPathway(definition);
      return definition.stages.map((stage) => fromSummary(model, { stage: stage.id, asOf: '2026-03-02' }));
    });
    expect(lines.some((line) => line.actions.length > 0)).toBe(true);
    expect(lines.some((line) => line.timeLimits.length > 0)).toBe(true);
  });

  it.each(seeds)('gives the summary\'s actions and time limits for %s, at every stage, with and without each circumstance', (_, definition) => {
    const model = createPathway(definition);
    const cohorts = (definition.cohorts ?? []).map((cohort) => cohort.id);
    const inputs: CaseInput[] = [{}, { asOf: '2026-03-02' }];
    for (const percentage of [100, 95, 88, 60, 30]) {
      inputs.push({ measures: { attendance: { percentage } }, asOf: '2026-03-02' });
      for (const cohort of cohorts) inputs.push({ measures: { attendance: { percentage } }, cohorts: [cohort], asOf: '2026-03-02' });
    }
    for (const stage of definition.stages) {
      inputs.push({ stage: stage.id, asOf: '2026-03-02' });
      inputs.push({ stage: stage.id, cohorts, asOf: '2026-03-02' });
    }
    for (const input of inputs) expect(summariseStage(model, input)).toEqual(fromSummary(model, input));
  });

  it('gives the summary\'s actions and time limits for any pathway and case', () => {
    fc.assert(
      fc.property(pathwayArbitrary, caseInputArbitrary, (definition, input) => {
        const model = createPathway(definition);
        expect(summariseStage(model, input)).toEqual(fromSummary(model, input));
      }),
      { numRuns: 150 },
    );
  });
});
