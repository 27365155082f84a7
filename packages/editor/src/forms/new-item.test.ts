import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import { checkPathway } from '@pathway/core';
import { formMetadata } from '../metadata/index.js';
import { ItemFactory } from './new-item.js';
import { basePathway } from './testing/fixtures.js';

describe('new items', () => {
  it('are as complete as the schema requires, with readable unique ids', () => {
    const document = basePathway();
    const factory = new ItemFactory(document);
    expect(factory.create('Stage')).toEqual({ id: 'stage', title: 'New stage' });
    expect(factory.create('Stage')).toEqual({ id: 'stage-2', title: 'New stage' });
    expect(factory.create('Band')).toEqual({ label: 'New band', measure: 'attendance', lower: { value: 0, inclusive: true } });
    expect(factory.create('ActionGroup')).toEqual({ role: 'school', actions: [{ text: 'New action' }] });
    // A length's amount is the author's: a made-up 0 would read "immediately".
    expect(factory.create('Duration')).toEqual({ unit: 'sessions' });
    // A kind of rule whose pickers have something to pick (no question yet, so not an answer
    // rule), with nothing picked for the author.
    expect(factory.create('Condition')).toEqual({ measure: '', lower: { value: 0, inclusive: true } });
    expect(factory.question('yesNo')).toEqual({ id: 'question', text: 'New question', type: 'yesNo' });
    // An option's value is an id-like code: a valid one, and the name goes to the label a school reads.
    expect(factory.create('Option')).toEqual({ value: 'option', label: 'New option' });
  });

  it('leave optional references the author did not choose empty, even where one of several is needed', () => {
    const factory = new ItemFactory(basePathway());
    // "Where to send them instead" needs a stage, a referral or a contact: the author picks which.
    expect(factory.create('Exception.redirectTo')).toEqual({});
    // An extension by a length or to a total: neither is made up (no "can be extended by immediately").
    expect(factory.create('TimeLimit.extension')).toEqual({});
    expect(factory.create('TimeLimit')).toMatchObject({ duration: { unit: 'sessions' } });
  });

  it('make a valid pathway wherever a list of simple things grows', () => {
    const document = basePathway() as Record<string, unknown[]>;
    const factory = new ItemFactory(document);
    for (const field of formMetadata.definitions.Pathway.fields) {
      if (field.kind !== 'objectList') continue;
      const item = factory.create(field.definition!);
      const grown = { ...document, [field.key]: [...(document[field.key] ?? []), item] };
      const errors = validatePathway(grown) ? [] : (validatePathway.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
      // Only what is left empty for the author to write or choose: required text in a part of the item (a
      // referral's target name), a second text (an exception's message), a date, a rule's measure.
      const checked = validatePathway(grown) ? [] : checkPathway(grown, { validate: validatePathway }).problems.filter((p) => p.severity === 'error');
      expect(errors.length === 0 || checked.every((p) => /must not be empty|must be chosen|YYYY-MM-DD/.test(p.detail)), `${field.key}: ${checked.map((p) => p.message).join(', ')}`).toBe(true);
    }
  });

  it('duplicate with fresh ids, references inside the copy following them', () => {
    const route = {
      id: 'warning',
      title: 'Warning',
      questions: [{ id: 'warned', text: 'Warned?', type: 'yesNo' }],
      gates: [{ id: 'sent', title: 'Sent', condition: { all: [{ answer: 'warned', in: ['yes'] }, { cohort: 'looked-after' }] } }],
    };
    const document = basePathway() as { stages: Record<string, unknown>[] };
    document.stages[1].routes = [route];
    const copy = new ItemFactory(document).duplicate(route, 'Route');
    expect(copy).toEqual({
      id: 'warning-2',
      title: 'Warning',
      questions: [{ id: 'warned-2', text: 'Warned?', type: 'yesNo' }],
      gates: [{ id: 'sent-2', title: 'Sent', condition: { all: [{ answer: 'warned-2', in: ['yes'] }, { cohort: 'looked-after' }] } }],
    });
    expect(route.questions[0].id).toBe('warned');
  });
});
