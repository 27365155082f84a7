/**
 * A pathway-level contact no stage lists (core's generalContacts) is shown where a school looks
 * for whom to ask: on the stage page and in the summary (the web page and JSON too), after the
 * stage's own contacts, under "Contacts for the whole pathway", never repeating a stage's own.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { axeViolations } from '../testing/accessibility.js';
import { downloadsOf, headingsToSummary, pressOn, sectionText } from '../testing/driver.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const pathway: Pathway = {
  schemaVersion: '1.1',
  id: 'general-contacts',
  version: '1',
  title: 'Letters',
  authority: { name: 'Test Council' },
  measures: [{ id: 'att', title: 'Attendance', kind: 'attendancePercentage' }],
  contacts: [
    { id: 'team', name: 'Attendance Team', email: 'attendance@example.gov.uk' },
    { id: 'duty', name: 'EWS duty line', phone: '01632 960100', description: 'Weekdays, 9am to 5pm' },
  ],
  stages: [{ id: 'letter', title: 'Letter', bands: [{ label: 'below 90%', measure: 'att', upper: { value: 90, inclusive: false } }], contacts: ['team'] }],
};
const pupil = { measures: { att: { percentage: 85 } } };

describe("the pathway's general contacts", () => {
  it('are on the stage page after the stage\'s own, under their own heading', async () => {
    const widget = await mountWidget({ pathway, attributes: { 'as-of': '2025-06-02' }, properties: { case: pupil } });
    for (let step = 0; step < 6 && headingOf(widget) !== 'Which stage applies'; step++) await pressOn(widget);
    expect(headingOf(widget)).toBe('Which stage applies');
    const banner = textOf(widget.shadowRoot!.querySelector('[data-current-stage]')!);
    expect(banner).toMatch(/Contacts Attendance Team, attendance@example\.gov\.uk Contacts for the whole pathway EWS duty line, 01632 960100 Weekdays, 9am to 5pm$/);
  });

  it('are in the summary, the web page and the JSON, marked as the pathway\'s, and not among the stage\'s', async () => {
    const { widget } = await headingsToSummary(pathway, pupil, '2025-06-02');
    expect(sectionText(widget, 'contacts')).toBe('Contacts Attendance Team, attendance@example.gov.uk');
    expect(sectionText(widget, 'general-contacts')).toBe('Contacts for the whole pathway EWS duty line, 01632 960100 Weekdays, 9am to 5pm');
    expect(await axeViolations(widget)).toEqual([]);
    const { json, web } = await downloadsOf(widget);
    expect(web).toContain('Contacts for the whole pathway');
    expect(web).toContain('EWS duty line');
    expect(json.contacts).toEqual([
      { name: 'Attendance Team', email: 'attendance@example.gov.uk' },
      { name: 'EWS duty line', phone: '01632 960100', description: 'Weekdays, 9am to 5pm', general: true },
    ]);
  });

  it('are not shown when every contact is listed by a stage', async () => {
    const listed = { ...pathway, stages: [{ ...pathway.stages[0]!, contacts: ['team', 'duty'] }] };
    const { widget } = await headingsToSummary(listed, pupil, '2025-06-02');
    expect(sectionText(widget, 'general-contacts')).toBe('');
    expect(sectionText(widget, 'contacts')).toContain('EWS duty line');
  });
});
