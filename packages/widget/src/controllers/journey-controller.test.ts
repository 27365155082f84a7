import { describe, expect, it } from 'vitest';
import type { ReactiveControllerHost } from 'lit';
import { createPathway, engineOutline } from '@pathway/core';
import type { CaseInput } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { en } from '../i18n/strings.js';
import { createFormatter } from '../i18n/format.js';
import { indexPathway } from '../journey/pathway-index.js';
import type { Definition } from './definition-controller.js';
import { JourneyController } from './journey-controller.js';

const pathway = {
  schemaVersion: '1.0',
  id: 'p',
  version: '1',
  title: 'P',
  authority: { name: 'A' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  // A stage for every pupil: an untouched journey is at it, with no stage preselected.
  stages: [{ id: 'all', title: 'All', universal: true, questions: [{ id: 'q1', text: 'Q1?', type: 'yesNo' }] }],
} as unknown as Pathway;

const AS_OF = '2026-11-29';

/** A definition as the definition controller makes it, with a trial of `trialAsOf`; `inputs` lists what the journey has the engine evaluate. */
function definition(trialAsOf: string): { definition: Definition; inputs: CaseInput[] } {
  const engine = createPathway(pathway);
  const index = indexPathway(pathway, engineOutline(engine));
  const input = JourneyController.startingInput(trialAsOf);
  const trial = { input, evaluation: engine.evaluate(input) };
  const inputs: CaseInput[] = [];
  const model = { ...engine, evaluate: (input: CaseInput) => (inputs.push(input), engine.evaluate(input)) };
  return { definition: { pathway, index, model, json: 'p', trial }, inputs };
}

function journey(): JourneyController {
  const host = Object.assign(document.createElement('div'), {
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  }) as unknown as ReactiveControllerHost & HTMLElement;
  return new JourneyController(host, { words: () => en, format: () => createFormatter('en-GB', en), asOf: () => AS_OF });
}

describe('JourneyController and the definition\'s trial evaluation', () => {
  // No band places an untouched journey: the stage for every pupil is preselected, and evaluated with it.
  const atStage = { ...JourneyController.startingInput(AS_OF), stage: 'all' };

  it('a new journey\'s first evaluation is the trial\'s, which the definition then lets go', () => {
    const { definition: next, inputs } = definition(AS_OF);
    const controller = journey();
    controller.adopt(next);
    expect(next.trial).toBeUndefined();
    expect(inputs).toEqual([atStage]);
    expect(controller.defaultStage()?.stageId).toBe('all');
    expect(controller.evaluation()).toEqual(createPathway(pathway).evaluate(atStage));
  });

  it('a trial of another input is not used, and is let go all the same', () => {
    const { definition: next, inputs } = definition('2020-01-01');
    const controller = journey();
    controller.adopt(next);
    expect(next.trial).toBeUndefined();
    expect(inputs).toEqual([JourneyController.startingInput(AS_OF), atStage]);
    expect(controller.evaluation()).toEqual(createPathway(pathway).evaluate(atStage));
  });
});
