/**
 * A pathway-level contact that no stage lists and no exception sends a pupil to is one of the
 * pathway's general contacts ("teams and services schools can contact", the guide says): every
 * summary gives it after the stage's own, marked `general`, never twice. Any pathway.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import { createPathway } from './create-pathway.js';
import { generalContacts } from './general-contacts.js';
import { outlinePathway } from './outline/outline.js';

const pathway: Pathway = {
  schemaVersion: '1.1',
  id: 'general-contacts',
  version: '1',
  title: 'Letters',
  authority: { name: 'Test Council' },
  measures: [{ id: 'att', title: 'Attendance', kind: 'attendancePercentage' }],
  cohorts: [{ id: 'cla', title: 'Child looked after' }],
  contacts: [
    { id: 'team', name: 'Attendance Team', email: 'attendance@example.gov.uk' },
    { id: 'duty', name: 'EWS duty line', phone: '01632 960100', description: 'Weekdays, 9am to 5pm' },
    { id: 'vs', name: 'Virtual School' },
  ],
  exceptions: [{ id: 'cla', title: 'Child looked after', when: { cohort: 'cla' }, effect: 'redirect', stages: ['letter'], redirectTo: { contact: 'vs' }, message: 'Speak to the Virtual School.' }],
  stages: [
    { id: 'watch', title: 'Watch', universal: true },
    { id: 'letter', title: 'Letter', bands: [{ label: 'below 90%', measure: 'att', upper: { value: 90, inclusive: false } }], contacts: ['team'] },
  ],
};

describe('the pathway\'s general contacts', () => {
  it('are those no stage lists and no exception sends a pupil to', () => {
    expect(generalContacts(outlinePathway(pathway)).map((contact) => contact.id)).toEqual(['duty']);
  });

  it('follow the stage\'s own in the summary, marked general, at a stage with contacts and one without', () => {
    const model = createPathway(pathway);
    expect(model.summarise({ measures: { att: { percentage: 85 } } }).contacts).toEqual([
      { name: 'Attendance Team', email: 'attendance@example.gov.uk' },
      { name: 'EWS duty line', phone: '01632 960100', description: 'Weekdays, 9am to 5pm', general: true },
    ]);
    expect(model.summarise({ measures: { att: { percentage: 95 } } }).contacts).toEqual([
      { name: 'EWS duty line', phone: '01632 960100', description: 'Weekdays, 9am to 5pm', general: true },
    ]);
    // The exception's contact is given where it applies, as before, and never as a general one.
    expect(model.summarise({ measures: { att: { percentage: 85 } }, cohorts: ['cla'] }).contacts.map((c) => [c.name, c.general === true])).toEqual([
      ['Attendance Team', false],
      ['Virtual School', false],
      ['EWS duty line', true],
    ]);
  });

  it('are none when every contact is listed', () => {
    const listed: Pathway = { ...pathway, stages: [pathway.stages[0]!, { ...pathway.stages[1]!, contacts: ['team', 'duty'] }] };
    expect(generalContacts(outlinePathway(listed))).toEqual([]);
    expect(createPathway(listed).summarise({ measures: { att: { percentage: 85 } } }).contacts.some((c) => c.general === true)).toBe(false);
  });
});
