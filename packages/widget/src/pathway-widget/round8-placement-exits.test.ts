/**
 * What the widget says about placement, measures and exits, as rules for any pathway (round 8,
 * pathways written from the guide alone): a change rule that cannot be decided or was not
 * counted is said, never silent; small inline pathways, one rule each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PathwayCase } from '../journey/case-seed.js';
import { continueOn, enterPercentage, fillField, start } from '../testing/journey.js';
import { sectionText, summaryFor } from '../testing/driver.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';

afterEach(() => cleanup());

const AS_OF = '2026-03-10';

/** A fall of 5 points within 6 weeks of the earlier reading places the pupil above the stage for everyone. */
const falling = {
  schemaVersion: '1.1',
  id: 'falling',
  version: '1',
  title: 'Falling attendance',
  authority: { name: 'Test Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', baseline: { title: 'Attendance last half term' } }],
  stages: [
    { id: 'all', title: 'Every pupil', universal: true },
    {
      id: 'falling',
      title: 'Falling attendance',
      entry: { when: { change: 'attendance', direction: 'declined', atLeast: 5, within: { amount: 6, unit: 'weeks' } } },
    },
  ],
};

describe('a change rule that needs the earlier reading\'s date', () => {
  it('asks for the date on the figures page, in the error summary, when the reading is entered without it', async () => {
    const widget = await mountWidget({ pathway: falling, attributes: { 'as-of': AS_OF } });
    await start(widget);
    await enterPercentage(widget, '92');
    await fillField(widget, 'b-attendance-value', '99');
    await continueOn(widget);
    const summary = widget.shadowRoot!.querySelector<HTMLElement>('.error-summary');
    expect(summary).not.toBeNull();
    expect(textOf(summary!)).toContain('Attendance last half term: enter the date of the earlier reading');
    const link = summary!.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#b-attendance-day');
    // With the date, the fall counts and the stage applies.
    await fillField(widget, 'b-attendance-day', '1');
    await fillField(widget, 'b-attendance-month', '3');
    await fillField(widget, 'b-attendance-year', '2026');
    await continueOn(widget);
    expect(widget.shadowRoot!.querySelector('.error-summary')).toBeNull();
    expect(textOf(widget.shadowRoot!.querySelector('[data-current-stage]')!)).toContain('Falling attendance');
  });

  it('says in "Why", on the stage page and the summary, that a fall was not counted because the reading is too old', async () => {
    const pupil: PathwayCase = { measures: { attendance: { percentage: 91 } }, baselines: { attendance: { percentage: 99, date: '2025-12-01' } } };
    const widget = await mountWidget({ pathway: falling, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
    await start(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toMatch(/stage/i);
    const why = textOf(widget.shadowRoot!.querySelector('[data-placement-reasons]')!);
    expect(why).toContain('"Falling attendance" does not apply because of when the earlier reading was taken');
    expect(why).toContain('is more than 6 weeks old');
    const summary = await summaryFor(falling, pupil, AS_OF);
    expect(sectionText(summary, 'placement')).toContain('"Falling attendance" does not apply because of when the earlier reading was taken');
  });
});

/** A plan the pupil leaves when attendance is 96% or more and has been for 6 weeks since it got there. */
const heldExit = {
  schemaVersion: '1.1',
  id: 'held-exit',
  version: '1',
  title: 'Held exit',
  authority: { name: 'Test Council' },
  measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
  stages: [
    {
      id: 'plan',
      title: 'Support plan',
      bands: [{ label: '100% and under', measure: 'attendance', upper: { value: 100, inclusive: true } }],
      questions: [{ id: 'q-reached', text: 'When did attendance first reach 96%?', type: 'date' }],
      exit: {
        description: 'The plan can close when attendance is 96% or above and has stayed there for 6 weeks.',
        when: { all: [{ measure: 'attendance', lower: { value: 96, inclusive: true } }, { since: 'q-reached', atLeast: { amount: 6, unit: 'weeks' } }] },
      },
    },
  ],
};

describe('an exit rule not met yet', () => {
  const pupil: PathwayCase = { measures: { attendance: { percentage: 96.5 } }, answers: { 'q-reached': '2026-02-27' } };

  it('says on the stage page when the pupil can leave, as a gate says when it will be met', async () => {
    const widget = await mountWidget({ pathway: heldExit, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
    await start(widget);
    await continueOn(widget);
    const status = widget.shadowRoot!.querySelector<HTMLElement>('[data-exit-status]');
    expect(status?.dataset.exitStatus).toBe('notYet');
    expect(textOf(status!)).toMatch(/^Not yet It is not yet 6 weeks since .*27 February 2026.*; that will be on 10 April 2026$/u);
  });

  it('says it in the summary\'s next steps too, and says nothing of the kind once the exit is met', async () => {
    const summary = await summaryFor(heldExit, pupil, AS_OF);
    expect(textOf(summary.shadowRoot!)).toContain('The pupil cannot leave "Support plan" yet: It is not yet 6 weeks since');
    const held = await summaryFor(heldExit, { ...pupil, answers: { 'q-reached': '2026-01-12' } }, AS_OF);
    expect(textOf(held.shadowRoot!)).not.toContain('cannot leave');
    expect(textOf(held.shadowRoot!)).toContain('The pupil can leave "Support plan"');
  });
});

describe('a stage entered by a change over time', () => {
  it('shows the figures of the change beside the author\'s description', async () => {
    const withDescription = structuredClone(falling);
    (withDescription.stages[1].entry as { description?: string }).description = 'Attendance has fallen by 5 points or more.';
    const pupil: PathwayCase = { measures: { attendance: { percentage: 93 } }, baselines: { attendance: { percentage: 98.5, date: '2026-02-13' } } };
    const summary = await summaryFor(withDescription, pupil, AS_OF);
    expect(sectionText(summary, 'placement')).toContain(
      'Falling attendance: Attendance has fallen by 5 points or more. Attendance declined by 5.5 points (from 98.5% on 13 February 2026 to 93%).',
    );
  });
});

/** No notice within 4 weeks of a bereavement; the notice stage has a question of its own. */
const bereaved = {
  schemaVersion: '1.1',
  id: 'bereaved',
  version: '1',
  title: 'Bereavement',
  authority: { name: 'Test Council' },
  measures: [
    { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' },
    { id: 'bereavement', title: 'Date of a bereavement', kind: 'date', ifBlank: 'No bereavement recorded' },
  ],
  stages: [
    {
      id: 'notice',
      title: 'Penalty notice',
      bands: [{ label: '100% and under', measure: 'attendance', upper: { value: 100, inclusive: true } }],
      questions: [{ id: 'q-nti', text: 'Has a Notice to Improve been issued?', type: 'yesNo', blocking: true }],
    },
  ],
  exceptions: [
    {
      id: 'grief',
      title: 'Bereavement in the last 4 weeks',
      effect: 'block',
      stages: ['notice'],
      message: 'No penalty notice within 4 weeks of a bereavement.',
      when: { since: 'bereavement', atMost: { amount: 4, unit: 'weeks' } },
    },
  ],
};

describe('an exception that lasts a time since a date, with nowhere else to go', () => {
  const pupil: PathwayCase = { measures: { attendance: { percentage: 97 }, bereavement: { date: '2026-02-20' } } };

  it('says when it ends, points at it above, and asks none of the blocked stage\'s questions', async () => {
    const widget = await mountWidget({ pathway: bereaved, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
    await start(widget);
    await continueOn(widget);
    const root = widget.shadowRoot!;
    expect(textOf(root.querySelector('[data-important-exceptions] [data-until]')!)).toBe('This applies until 20 March 2026.');
    const banner = textOf(root.querySelector('[data-current-stage]')!);
    expect(banner).toContain('Penalty notice is not offered for this pupil. What to do instead is under "Bereavement in the last 4 weeks" above.');
    expect(banner).not.toContain('below');
    await continueOn(widget);
    expect(root.querySelector('[data-questions]')).toBeNull();
    expect(root.querySelector('input[name="q-q-nti"], #q-q-nti-yes')).toBeNull();
    expect(textOf(root.querySelector('[data-blocked-questions]')!)).toContain('You do not need to answer anything for Penalty notice');
  });
});

describe('a measure\'s window', () => {
  it('is added to its hint only when the title and description do not already say it', async () => {
    const windowed = {
      schemaVersion: '1.1',
      id: 'windowed',
      version: '1',
      title: 'Windowed',
      authority: { name: 'Test Council' },
      measures: [
        { id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', window: { amount: 10, unit: 'schoolWeeks' } },
        { id: 'unauth', title: 'Unauthorised sessions in the last 10 school weeks', kind: 'sessionCount', window: { amount: 10, unit: 'schoolWeeks' } },
        { id: 'late', title: 'Late sessions', kind: 'sessionCount', description: 'Sessions coded U in the last 10 school weeks.', window: { amount: 10, unit: 'schoolWeeks' } },
      ],
      stages: [
        { id: 'all', title: 'Every pupil', universal: true },
        {
          id: 'concern',
          title: 'Concern',
          bands: [
            { label: 'below 90%', measure: 'attendance', upper: { value: 90, inclusive: false } },
            { label: '10 or more', measure: 'unauth', lower: { value: 10, inclusive: true } },
            { label: '10 or more late', measure: 'late', lower: { value: 10, inclusive: true } },
          ],
        },
      ],
    };
    const widget = await mountWidget({ pathway: windowed, attributes: { 'as-of': AS_OF } });
    await start(widget);
    const hint = (id: string) => textOf(widget.shadowRoot!.querySelector(`#m-${id}-hint`) ?? document.createElement('div'));
    expect(hint('attendance')).toBe('In the last 10 school weeks.');
    expect(hint('unauth')).not.toContain('In the last 10 school weeks.');
    expect(hint('late')).toBe('Sessions coded U in the last 10 school weeks.');
  });
});

describe('a percentage on too few possible sessions (a guard)', () => {
  it('places and classifies no one: the pupil is at the stage for everyone, and "Why" says the figure is too early', async () => {
    const guarded = {
      schemaVersion: '1.1',
      id: 'guarded',
      version: '1',
      title: 'Guarded',
      authority: { name: 'Test Council' },
      measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage', minimumPossibleSessions: 20 }],
      classifications: [{ label: 'Persistent absence', measure: 'attendance', upper: { value: 90, inclusive: true } }],
      stages: [
        { id: 'all', title: 'Every pupil', universal: true },
        { id: 'support', title: 'Support', bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }] },
      ],
    };
    const pupil: PathwayCase = { measures: { attendance: { possibleSessions: 18, attendedSessions: 12 } } };
    const widget = await mountWidget({ pathway: guarded, attributes: { 'as-of': AS_OF }, properties: { case: pupil } });
    await start(widget);
    await continueOn(widget);
    const root = widget.shadowRoot!;
    expect(root.querySelector<HTMLElement>('[data-current-stage]')?.dataset.currentStage).toBe('all');
    expect(root.querySelector('[data-classifications]')).toBeNull();
    expect(textOf(root.querySelector('[data-placement-reasons]')!)).toContain(
      'Attendance is based on only 18 possible sessions; the pathway treats fewer than 20 as too early to rely on, so it does not decide the stage',
    );
  });
});
