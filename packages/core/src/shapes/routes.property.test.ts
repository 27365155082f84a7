/**
 * Properties of routes someone chooses, where a case starts, and outcomes (format 1.1), over
 * generated schema-valid pathways and hostile cases: whatever the pathway and case, a route that
 * is not open is never ready, a route's readiness needs its stage's, a referral made on routes is
 * ready only through a ready route, and a referral's outcomes are never next steps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPathway } from '../create-pathway.js';
import { caseInputArbitrary, pathwayArbitrary } from '../testing/arbitraries.js';

const numRuns = process.env.PATHWAY_LONG === '1' ? 5_000 : 150;

describe('routes, starting stages and outcomes, over generated pathways', () => {
  it('keeps readiness honest and places every case the pathway says where to start', () => {
    fc.assert(
      fc.property(pathwayArbitrary, caseInputArbitrary, (definition, input) => {
        const model = createPathway(definition);
        const evaluation = model.evaluate(input);
        for (const stage of evaluation.stages) {
          for (const route of stage.routes) {
            if (route.ready === true) {
              expect(route.open).toBe(true);
              expect(stage.ready).toBe(true);
            }
            if (route.choice === 'later') expect(route.open).toBe(false);
            for (const referral of route.referrals ?? []) if (referral.ready) expect(route.ready).toBe(true);
          }
          for (const referral of stage.referrals) {
            if (referral.ready && referral.routes !== undefined) {
              expect(stage.routes.some((r) => r.ready === true && referral.routes?.includes(r.id))).toBe(true);
            }
            for (const outcome of referral.outcomes ?? []) expect(outcome.after).toBe('referral');
          }
          expect(stage.outcomes.every((o) => o.after === undefined)).toBe(true);
        }
        // A pathway that names a real starting stage always has a stage to work on.
        if (typeof definition.start === 'string' && definition.stages.some((s) => s.id === definition.start)) {
          expect(evaluation.stageId).toBeDefined();
        }
      }),
      { numRuns },
    );
  }, 300_000);
});
