/** A duplicated band (or duty) with a short name gets a short name of its own, as a duplicated question does. */
import { afterEach, expect, it } from 'vitest';
import { basePathway } from './testing/fixtures.js';
import { actionButton, fromTop, mountForm, press, tabTo } from './testing/keyboard.js';
import { axeViolations } from './testing/axe.js';

afterEach(() => document.body.replaceChildren());

type Json = Record<string, unknown>;

it('duplicating a band by keyboard gives the copy a new short name', async () => {
  const document = basePathway() as { stages: Json[] };
  (document.stages[1].bands as Json[])[0].id = 'persistent';
  document.stages[0].bands = [{ id: 'persistent-2', label: 'Taken already', measure: 'attendance', lower: { value: 95, inclusive: true } }];
  const { form, value } = await mountForm(document, '/stages/1');
  fromTop();
  await tabTo(actionButton('/stages/1/bands', 'duplicate', 0), 'Duplicate band 1');
  await press('{Enter}');
  const bands = (value().stages as Json[])[1].bands as Json[];
  expect(bands).toHaveLength(2);
  expect(bands[0].id).toBe('persistent');
  // Unique among the bands of every stage, not only this one.
  expect(bands[1]).toEqual({ ...bands[0], id: 'persistent-3' });
  expect(await axeViolations(form)).toEqual([]);
});

it('duplicating a duty keeps a short name only it has', async () => {
  const document = basePathway() as { stages: Json[] };
  document.stages[1].actions = [{ role: 'school', actions: [{ id: 'call-home', text: 'Call home' }] }];
  const { value } = await mountForm(document, '/stages/1/actions/0');
  fromTop();
  await tabTo(actionButton('/stages/1/actions/0/actions', 'duplicate', 0), 'Duplicate duty 1');
  await press('{Enter}');
  const duties = ((value().stages as Json[])[1].actions as Json[])[0].actions as Json[];
  expect(duties.map((duty) => duty.id)).toEqual(['call-home', 'call-home-2']);
});
