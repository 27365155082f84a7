/**
 * The engine never throws on a schema-valid pathway, whatever the case holds, and is
 * deterministic: the same pathway and case always give deep-equal results, from the same model
 * or a fresh one. Every generated pathway is checked against the full schema validator first,
 * so the generator is proven to produce only valid pathways.
 *
 * Default run: ~150 cases. `PATHWAY_LONG=1` runs 10 000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { CaseInput } from './types.js';
import { createPathway } from './create-pathway.js';
import { caseInputArbitrary, conditionArbitrary, pathwayArbitrary, STAGE_IDS } from './testing/arbitraries.js';

const long = process.env.PATHWAY_LONG === '1';
const numRuns = long ? 10_000 : 150;
/**
 * The work is bounded by numRuns, not by time: the timeout only catches a hang, so it is far above
 * what any run takes, however loaded the machine (the long run takes minutes; the default seconds).
 */
const timeout = long ? 3_600_000 : 300_000;

/** Everything the model can be asked about one case, as one plain value. */
function everything(model: ReturnType<typeof createPathway>, input: CaseInput) {
  return {
    placement: model.place(input),
    evaluation: model.evaluate(input),
    stages: STAGE_IDS.map((id) => model.evaluateStage(id, input)),
    summary: model.summarise(input),
    summaryAt: model.summarise(input, { generatedAt: '2025-03-03T12:00:00.000Z' }),
    measures: model.definition.measures.map((m) => model.measure(m.id, input?.measures?.[m.id])),
    unknownMeasure: model.measure('ghost', { percentage: 50 }),
  };
}

describe('the engine, over generated schema-valid pathways and hostile cases', () => {
  it('generates only schema-valid pathways', () => {
    fc.assert(
      fc.property(pathwayArbitrary, (definition) => {
        if (!validatePathway(definition)) {
          throw new Error(`Generated an invalid pathway: ${JSON.stringify(validatePathway.errors?.slice(0, 3))}`);
        }
      }),
      { numRuns },
    );
  }, timeout);

  it('never throws and is deterministic', () => {
    fc.assert(
      fc.property(pathwayArbitrary, fc.array(caseInputArbitrary, { minLength: 1, maxLength: 3 }), (definition, inputs) => {
        expect(validatePathway(definition), JSON.stringify(validatePathway.errors?.slice(0, 3))).toBe(true);
        const model = createPathway(definition);
        const fresh = createPathway(structuredClone(definition));
        for (const input of inputs) {
          const first = everything(model, input);
          const again = everything(model, input);
          const elsewhere = everything(fresh, input);
          expect(again).toEqual(first);
          expect(elsewhere).toEqual(first);
          // Plain data: serialises, and identically each time.
          expect(JSON.stringify(again)).toBe(JSON.stringify(first));
          const evaluation = first.evaluation;
          expect(evaluation.stages).toHaveLength(definition.stages.length);
          for (const stage of evaluation.stages) {
            if (stage.status !== 'available') expect(stage.ready).toBe(false);
            // A referral is ready only with its stage, but for one a redirect makes instead of the
            // stage's own (`insteadOf`): that one is ready on its own details and criteria.
            for (const referral of stage.referrals) if (referral.ready && referral.insteadOf === undefined) expect(stage.ready).toBe(true);
          }
          expect(first.summary.pathway).toMatchObject({ id: definition.id, version: definition.version });
        }
      }),
      { numRuns },
    );
  }, timeout);

  it('evaluates every kind of condition, nested, without throwing', () => {
    fc.assert(
      fc.property(pathwayArbitrary, conditionArbitrary, caseInputArbitrary, (definition, condition, input) => {
        const withGate = structuredClone(definition);
        withGate.stages[0].gates = [{ id: 'generated', title: 'Generated rule', condition }];
        expect(validatePathway(withGate)).toBe(true);
        const stage = createPathway(withGate).evaluateStage(withGate.stages[0].id, input);
        const gate = stage?.gates.find((g) => g.id === 'generated');
        expect(gate?.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns },
    );
  }, timeout);
});
