/**
 * The summary carries the engine's `Reason` objects beside its English sentences (additive), so
 * the JSON a school downloads can be said in another language: each list matches its part.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import { createPathway } from './create-pathway.js';

const shape = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/shapes/${name}.json`, import.meta.url), 'utf8')) as Pathway;
const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway;

describe('Summary.reasons', () => {
  it('placement, missing items and gates: one Reason per English line, with the same text', () => {
    const summary = createPathway(shape('chosen-routes')).summarise({ measures: { attendance: { percentage: 55 } }, routes: ['legal'] });
    const reasons = summary.reasons!;
    expect(reasons.placement.map((r) => r.text)).toEqual(summary.placement.reasons);
    expect(reasons.placement.every((r) => typeof r.code === 'string' && r.code !== '')).toBe(true);
    const missing = [...summary.missing.blocking, ...summary.missing.advisory];
    expect(reasons.missing.map((line) => line.id)).toEqual(missing.map((line) => line.id));
    for (const [i, line] of reasons.missing.entries()) expect(missing[i].reason.startsWith(line.reason.text)).toBe(true);
    expect(reasons.gates.map((gate) => [gate.id, gate.reasons.map((r) => r.text)])).toEqual(summary.gates.map((gate) => [gate.id, gate.reasons]));
    expect(reasons.routes!.map((route) => route.id)).toEqual(summary.routes!.map((route) => route.id));
    expect(reasons.routes!.map((route) => route.reason.text)).toEqual(summary.routes!.map((route) => route.reason));
  });

  it('duties: due terms and how often, by position', () => {
    const summary = createPathway(shape('duties')).summarise({ measures: { attendance: { percentage: 55 } }, asOf: '2025-03-01' });
    const duties = summary.reasons!.duties!;
    expect(duties.length).toBe(summary.duties!.length);
    for (const line of duties) {
      const duty = summary.duties![line.index];
      if (duty.every !== undefined) expect(line.every?.text).toBe(duty.every);
      if (duty.due !== undefined) expect(line.due!.length).toBeGreaterThan(0);
    }
  });

  it('the seeds: JSON-safe and deterministic', () => {
    for (const name of ['wigan', 'norfolk', 'southwark', 'county-chronic-non-attendance']) {
      const model = createPathway(seed(name));
      const input = { measures: { attendance: { percentage: 60 } }, asOf: '2025-03-01' };
      const summary = model.summarise(input, { generatedAt: '2025-03-01T00:00:00.000Z' });
      expect(JSON.parse(JSON.stringify(summary.reasons))).toEqual(summary.reasons);
      expect(model.summarise(input, { generatedAt: '2025-03-01T00:00:00.000Z' })).toEqual(summary);
    }
  });
});
