/**
 * What the widget says about people, contacts, duties and outcomes, as rules for any pathway
 * (round 8 of pathways written from the guide alone): under a change of lead one lead is named;
 * a contact's description (its opening hours) is shown wherever the contact is; a referral
 * waiting on an answer is "not ready yet", not ruled out; an outcome named for where it leads is
 * said once; "due 0 days" after a date is "on the day"; a duty that starts with its own force
 * word says it once; counts of one are worded as such.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PathwayCase } from '../journey/case-seed.js';
import { createFormatter } from '../i18n/format.js';
import { en } from '../i18n/strings.js';
import { downloadsOf, headingsToSummary, pressOn, sectionText } from '../testing/driver.js';
import { axeViolations } from '../testing/accessibility.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const query = (widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<HTMLElement>(selector);
const whole = (widget: PathwayWidget) => textOf(query(widget, '#summary-document')!);

/** A small pathway of two stages by attendance; `stage` is merged into the lower stage. */
function pathwayWith(stage: Record<string, unknown> = {}, rest: Record<string, unknown> = {}): unknown {
  return {
    schemaVersion: '1.1',
    id: 'people-words',
    version: '1.0',
    title: 'People and duties',
    authority: { name: 'Anyshire Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    roles: [
      { id: 'school', title: 'Schools', kind: 'school' },
      { id: 'la', title: 'The Local Authority', kind: 'localAuthority' },
    ],
    ...rest,
    stages: [
      { id: 'universal', title: 'Universal', universal: true },
      {
        id: 'support',
        title: 'Support',
        bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
        ...stage,
      },
    ],
  };
}

/** Presses on from the start until the stage page. */
async function stagePageFor(pathway: unknown, pupil: PathwayCase, asOf = '2026-03-10'): Promise<PathwayWidget> {
  const widget = await mountWidget({ pathway, attributes: { 'as-of': asOf }, properties: { case: pupil } });
  for (let step = 0; step < 10 && headingOf(widget) !== 'Which stage applies'; step++) await pressOn(widget);
  expect(headingOf(widget)).toBe('Which stage applies');
  return widget;
}

describe('who leads, under a change of lead (F-L1)', () => {
  const pathway = pathwayWith(
    { lead: { role: 'school', description: "The school's attendance lead" } },
    {
      cohorts: [{ id: 'open-to-eh', title: 'Family open to Early Help' }],
      exceptions: [
        {
          id: 'eh-leads',
          title: 'Family open to Early Help',
          when: { cohort: 'open-to-eh' },
          effect: 'reassign',
          stages: ['support'],
          lead: 'the Early Help key worker',
          message: 'The Early Help key worker leads on attendance.',
        },
      ],
    },
  );

  it("names the lead who takes over, and the stage's own lead only as whom they replace", async () => {
    const widget = await stagePageFor(pathway, { measures: { attendance: { percentage: 85 } }, cohorts: ['open-to-eh'] });
    expect(textOf(query(widget, '[data-lead]')!)).toBe("the Early Help key worker, instead of the school's attendance lead");
    const { widget: atSummary } = await headingsToSummary(pathway, { measures: { attendance: { percentage: 85 } }, cohorts: ['open-to-eh'] }, '2026-03-10');
    expect(textOf(query(atSummary, '[data-lead]')!)).toBe("Who leads: the Early Help key worker, instead of the school's attendance lead");
  });

  it("a lead described in a sentence is replaced by the role's title, never by the sentence", async () => {
    const sentence = pathwayWith(
      { lead: { role: 'school', description: 'The designated attendance champion leads, unless the family is open to another service.' } },
      { cohorts: (pathway as { cohorts: unknown }).cohorts, exceptions: (pathway as { exceptions: unknown }).exceptions },
    );
    const widget = await stagePageFor(sentence, { measures: { attendance: { percentage: 85 } }, cohorts: ['open-to-eh'] });
    expect(textOf(query(widget, '[data-lead]')!)).toBe('the Early Help key worker, instead of Schools');
  });

  it("without the exception, the stage's lead and its description", async () => {
    const widget = await stagePageFor(pathway, { measures: { attendance: { percentage: 85 } } });
    expect(textOf(query(widget, '[data-lead]')!)).toBe("Schools. The school's attendance lead");
  });
});

describe("a contact's description (F-L2)", () => {
  const pathway = pathwayWith(
    { contacts: ['line'] },
    { contacts: [{ id: 'line', name: 'Attendance Advice Line', phone: '01632 960555', description: 'Monday to Friday, 8.30am to 4.30pm, for school staff.' }] },
  );
  const pupil: PathwayCase = { measures: { attendance: { percentage: 85 } } };
  const HOURS = 'Monday to Friday, 8.30am to 4.30pm, for school staff.';

  it('is shown under the contact on the stage page, the summary, the web page and in the JSON', async () => {
    const widget = await stagePageFor(pathway, pupil);
    expect(textOf(query(widget, '[data-contact="line"]')!)).toBe(`Attendance Advice Line, 01632 960555 ${HOURS}`);
    const { widget: atSummary } = await headingsToSummary(pathway, pupil, '2026-03-10');
    expect(sectionText(atSummary, 'contacts')).toContain(`Attendance Advice Line, 01632 960555 ${HOURS}`);
    expect(await axeViolations(atSummary)).toEqual([]);
    const { json, web } = await downloadsOf(atSummary);
    expect(web).toContain(HOURS);
    expect(json.contacts).toEqual([{ name: 'Attendance Advice Line', phone: '01632 960555', description: HOURS }]);
  });
});

describe('a referral held back by an answer (F-P6a)', () => {
  const pathway = pathwayWith(
    { questions: [{ id: 'q-visit', text: 'Did you make a home visit by day 3?', type: 'yesNo' }], referrals: ['cme'] },
    { referrals: [{ id: 'cme', title: 'Children missing education referral', target: { name: 'Children Missing Education team', kind: 'team' }, channel: { kind: 'phone', phone: '01632 960000' } }] },
  );

  it('is "not ready yet", with the answer, never "cannot be made" (which a school reads as "do not refer")', async () => {
    const { widget } = await headingsToSummary(pathway, { measures: { attendance: { percentage: 85 } }, answers: { 'q-visit': 'no' } }, '2026-03-10');
    const next = sectionText(widget, 'next-steps');
    expect(next).toContain(
      'Children missing education referral: the referral to Children Missing Education team is not ready yet: Did you make a home visit by day 3? Answered No, but Yes is needed.',
    );
    expect(whole(widget)).not.toContain('cannot be made');
  });
});

describe('an outcome named for where it leads (F-X1)', () => {
  const pathway = {
    ...(pathwayWith({
      outcomes: [
        { id: 'improved', title: 'Improving: step down to Level 1', kind: 'stepDown', to: 'universal' },
        { id: 'closed', title: 'Attendance restored: close the plan', kind: 'close' },
      ],
    }) as Record<string, unknown>),
  } as { stages: { title: string }[] };
  pathway.stages[0].title = 'Level 1: Universal';

  it('is said once, in its own words, on the summary', async () => {
    const { widget } = await headingsToSummary(pathway, { measures: { attendance: { percentage: 85 } } }, '2026-03-10');
    const next = sectionText(widget, 'what-next');
    expect(next).toContain('Improving: step down to Level 1.');
    expect(next).toContain('Attendance restored: close the plan.');
    expect(whole(widget)).not.toMatch(/step down to Level 1: step down|close the plan: close the case/);
  });
});

describe('a duty counted from a date (F-P5, F-P7)', () => {
  const pathway = pathwayWith(
    {
      actions: [
        {
          role: 'school',
          actions: [{ id: 'day-1', text: 'Telephone all contacts.', force: 'must', due: { amount: 0, unit: 'schoolDays' }, dueFrom: 'first-day' }],
        },
      ],
    },
    {
      measures: [
        { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' },
        { id: 'first-day', title: 'First day of the current absence', kind: 'date', ifBlank: 'The pupil is not currently absent' },
      ],
    },
  );
  const dueLine = (widget: PathwayWidget) => textOf(query(widget, '[data-duty="day-1"] [data-duty-due]')!);

  it('due 0 days after it is due on that day, not "immediately after" (read as the day after)', async () => {
    const widget = await stagePageFor(pathway, { measures: { attendance: { percentage: 85 }, 'first-day': { date: '2026-03-10' } } } as PathwayCase);
    // The date first, said once: not 'Due: On the day of …. Due by 10 March 2026.'
    expect(dueLine(widget)).toBe('Due by 10 March 2026. On the day of "First day of the current absence".');
  });

  it('left blank at a stage the figures placed the pupil at, asks for the date rather than stating its "if blank" sentence as fact', async () => {
    const widget = await stagePageFor(pathway, { measures: { attendance: { percentage: 85 } } });
    expect(dueLine(widget)).toBe(
      'Due: On the day of "First day of the current absence". No due date yet: enter "First day of the current absence" to see when it is due.',
    );
    expect(textOf(widget.shadowRoot!)).not.toContain('The pupil is not currently absent');
  });
});

describe('a duty that starts with its own force word (F-L3), and a part of one item done (F-L4)', () => {
  const pathway = pathwayWith({
    actions: [{ role: 'la', actions: [{ id: 'nti', text: 'Consider a Notice to Improve if the contract is not kept.', force: 'consider' }] }],
    questions: [{ id: 'q-contract', text: 'Has an attendance contract been agreed?', type: 'yesNo' }],
  });

  it('says the force once, as the tag, and the sentence still reads whole', async () => {
    const widget = await stagePageFor(pathway, { measures: { attendance: { percentage: 85 } } });
    const duty = query(widget, '[data-duty="nti"]')!;
    expect(textOf(duty)).toMatch(/^Consider a Notice to Improve if the contract is not kept\.( |$)/);
    expect(textOf(duty)).not.toContain('Consider Consider');
    expect(textOf(duty.querySelector('.tag')!)).toBe('Consider');
  });

  it('a group of one item, answered, is "Done", not "All 1 done"; of more, "All 2 done"', () => {
    // Group progress shows only where a page has more than one group; its words are the string table's.
    const format = createFormatter('en-GB', en);
    expect(en.groupProgress(format.number(0), format.number(1), 0, format.plural(1))).toBe('Done');
    expect(en.groupProgress(format.number(0), format.number(2), 0, format.plural(2))).toBe('All 2 done');
    expect(en.groupProgress(format.number(1), format.number(1), 1, format.plural(1))).toBe('1 of 1 still to do');
  });
});

describe('a redirect to a contact (a policy officer, round 8: F13)', () => {
  const pathway = pathwayWith(
    { referrals: ['la-team'] },
    {
      cohorts: [{ id: 'cla', title: 'Child looked after' }],
      contacts: [{ id: 'vs', name: 'Virtual School', phone: '01632 960123', email: 'virtual.school@anyshire.example' }],
      referrals: [{ id: 'la-team', title: 'Referral to the LA attendance team', target: { name: 'LA attendance team', kind: 'team' }, channel: { kind: 'phone', phone: '01632 960000' } }],
      exceptions: [
        {
          id: 'cla-vs',
          title: 'Children looked after',
          when: { cohort: 'cla' },
          effect: 'redirect',
          stages: ['support'],
          redirectTo: { contact: 'vs' },
          message: 'Children looked after are never referred for enforcement.',
        },
      ],
    },
  );

  it('says how to reach the contact (phone, and email as a link), not only its name', async () => {
    const widget = await stagePageFor(pathway, { measures: { attendance: { percentage: 40 } }, cohorts: ['cla'] });
    const exception = query(widget, '[data-exception="cla-vs"]')!;
    expect(textOf(exception)).toContain('Instead: contact Virtual School.');
    expect(textOf(query(widget, '[data-exception="cla-vs"] [data-instead-how]')!)).toBe('How to contact them: Phone: 01632 960123. Email: virtual.school@anyshire.example.');
    expect(exception.querySelector('a[href="mailto:virtual.school@anyshire.example"]')).not.toBeNull();
    expect(await axeViolations(widget)).toEqual([]);
  });
});

describe('who does a duty, under a heading that says it (a policy officer, round 8: F16)', () => {
  const pathway = pathwayWith({
    actions: [
      {
        role: 'school',
        heading: 'Schools are expected to:',
        force: 'must',
        actions: [
          { id: 'letter', text: 'Send letter 1 to the parents.' },
          { id: 'meeting', text: 'Hold a meeting with the family.', roles: ['school', 'la'] },
        ],
      },
      { role: 'la', heading: 'Within 10 school days:', force: 'should', actions: [{ id: 'visit', text: 'Visit the family at home.' }] },
    ],
  });

  it('says "By: …" only where the heading does not already name who', async () => {
    const widget = await stagePageFor(pathway, { measures: { attendance: { percentage: 85 } } });
    const roles = (id: string) => query(widget, `[data-duty="${id}"] [data-duty-roles]`);
    expect(roles('letter')).toBeNull();
    // A role written as a name in title case keeps its capitals after the first (format-1-1's test has one in sentence case lowered).
    expect(textOf(roles('meeting')!)).toBe('By: Schools, The Local Authority');
    expect(textOf(roles('visit')!)).toBe('By: The Local Authority');
  });
});
