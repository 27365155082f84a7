/**
 * The Output pane says where the stage, its routes and its referrals each stand: never "Ready"
 * for a stage whose chosen route still needs something.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { computeOutput, readinessRows } from './output.js';

const eastmere = JSON.parse(readFileSync(new URL('../../packages/core/fixtures/guide-authored/eastmere.json', import.meta.url), 'utf8')) as Pathway;

function rowsFor(input: Record<string, unknown>): Record<string, string[]> {
  const result = computeOutput(eastmere, { asOf: '2026-02-20', ...input }, '2026-02-20T10:00:00Z');
  if (!result.ok) throw new Error(result.message);
  return Object.fromEntries(readinessRows(result.output.summary));
}

describe('the Output pane’s readiness', () => {
  it('gives each route its own standing, so a chosen route that is not ready is said beside the stage', () => {
    const rows = rowsFor({ measures: { attendance: { percentage: 65 } }, routes: ['nti'] });
    expect(rows['Routes']).toEqual(expect.arrayContaining([expect.stringMatching(/: not chosen$/), expect.stringMatching(/: not ready: /)]));
    expect(rows).not.toHaveProperty('Ready');
    expect(rows['Stage complete']![0]).toMatch(/^(Yes|No: \d+ things? still needed)$/);
  });

  it('says no route line for a stage without routes', () => {
    const rows = rowsFor({ measures: { attendance: { percentage: 95 } } });
    expect(rows).not.toHaveProperty('Routes');
  });
});
