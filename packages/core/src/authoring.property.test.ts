/**
 * What authors and publishers run never throws on a schema-valid pathway: lint (every rule,
 * format 1.1 shapes included), the outline, rules read back in words, the stage map, the
 * public page and the change list between two pathways. The generator (testing/arbitraries.ts)
 * makes every 1.1 shape; each generated pathway is checked with the full validator first.
 *
 * Default run: ~100 cases. `PATHWAY_LONG=1` runs 5 000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import { lintPathway } from './lint/index.js';
import { outlinePathway } from './outline/outline.js';
import { describeCondition } from './describe-condition.js';
import { stageMap } from './stage-map.js';
import { renderPublicPage } from './publish/public-page.js';
import { diffPathways } from './publish/diff.js';
import { pathwayArbitrary } from './testing/arbitraries.js';

const long = process.env.PATHWAY_LONG === '1';
const numRuns = long ? 5_000 : 100;
/** Bounded by runs; the timeout only catches a hang. */
const timeout = long ? 3_600_000 : 300_000;

describe('authoring and publishing, over generated schema-valid pathways', () => {
  it('lint, the outline, rules in words, the stage map and the public page never throw', () => {
    fc.assert(
      fc.property(pathwayArbitrary, (pathway) => {
        expect(validatePathway(pathway)).toBe(true);
        const problems = lintPathway(pathway);
        for (const problem of problems) expect(problem.message).toBe(problem.where ? `${problem.where}: ${problem.detail}` : problem.detail);
        const outline = outlinePathway(pathway);
        for (const node of outline.nodesOf('Condition')) expect(typeof describeCondition(node.value as never, outline)).toBe('string');
        expect(stageMap(pathway).boxes).toHaveLength(pathway.stages.length);
        const page = renderPublicPage(pathway);
        expect(page).not.toMatch(/<script/i);
      }),
      { numRuns },
    );
  }, timeout);

  it('the change list between any two pathways never throws, and is empty between a pathway and itself', () => {
    fc.assert(
      fc.property(pathwayArbitrary, pathwayArbitrary, (before, after) => {
        expect(diffPathways(before, before)).toEqual([]);
        for (const change of diffPathways(before, after)) expect(change.text.length).toBeGreaterThan(0);
      }),
      { numRuns },
    );
  }, timeout);
});
