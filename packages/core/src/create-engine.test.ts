/**
 * createEngine is createPathway without `summarise`, and `summarise(engine, …)` gives the
 * model's summary: a UI can load the summary's code only when it draws the summary.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import type { CaseInput } from './types.js';
import { createEngine, engineIndex } from './create-engine.js';
import { createPathway } from './create-pathway.js';
import { summarise } from './summarise.js';
import * as core from './index.js';

const seed = (name: string) => JSON.parse(readFileSync(new URL(`../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway;
const shape = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/shapes/${name}.json`, import.meta.url), 'utf8')) as Pathway;

const definitions: [string, Pathway][] = [
  ...['wigan', 'norfolk', 'southwark', 'county-chronic-non-attendance'].map((name): [string, Pathway] => [name, seed(name)]),
  ...['chosen-routes', 'duties', 'durations', 'change-over-time'].map((name): [string, Pathway] => [name, shape(name)]),
];

/** A few cases per pathway: nothing, low attendance with every question answered "yes", and each stage chosen. */
function casesFor(definition: Pathway): CaseInput[] {
  const answers: Record<string, string> = {};
  for (const stage of definition.stages) for (const question of stage.questions ?? []) answers[question.id] = 'yes';
  const low: CaseInput = { asOf: '2025-03-01', measures: { attendance: { percentage: 62 } }, answers };
  return [{}, low, ...definition.stages.map((stage) => ({ ...low, stage: stage.id }))];
}

describe('createEngine and summarise', () => {
  it('the engine is the model without summarise, frozen, with the same results', () => {
    const [, definition] = definitions[0];
    const engine = createEngine(definition);
    const model = createPathway(definition);
    expect(Object.keys(engine)).toEqual(['definition', 'measure', 'place', 'evaluateStage', 'evaluate']);
    expect(Object.keys(model)).toEqual([...Object.keys(engine), 'summarise']);
    expect(Object.isFrozen(engine)).toBe(true);
    expect(Object.isFrozen(model)).toBe(true);
    for (const input of casesFor(definition)) {
      expect(engine.evaluate(input)).toEqual(model.evaluate(input));
      expect(engine.place(input)).toEqual(model.place(input));
    }
    expect(engine.measure('attendance', { percentage: 91 })).toEqual(model.measure('attendance', { percentage: 91 }));
    expect(engine.evaluateStage(definition.stages[0].id, {})).toEqual(model.evaluateStage(definition.stages[0].id, {}));
  });

  it("summarise(engine) is the model's summary, on the seeds and the 1.1 shapes", () => {
    for (const [name, definition] of definitions) {
      const engine = createEngine(definition);
      const model = createPathway(definition);
      for (const input of casesFor(definition)) {
        const options = { generatedAt: '2025-03-01T12:00:00.000Z' };
        expect(summarise(engine, input, options), name).toEqual(model.summarise(input, options));
      }
    }
  });

  it('reuses the engine’s index, and still works for a model it did not make', () => {
    const [, definition] = definitions[1];
    const engine = createEngine(definition);
    expect(engineIndex(engine)).toBe(engineIndex(engine));
    const copy = { ...engine };
    expect(engineIndex(copy)).not.toBe(engineIndex(engine));
    const input = casesFor(definition)[1];
    expect(summarise(copy, input)).toEqual(summarise(engine, input));
  });

  it('is exported from @pathway/core', () => {
    expect(core.createEngine).toBe(createEngine);
    expect(core.summarise).toBe(summarise);
  });
});
