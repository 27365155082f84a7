/**
 * The "What is still missing" panel counts and lists only what there is to do (any pathway): no
 * "0 of 0 answered." on a stage that asks nothing (only a referral), and no conditions, each
 * "Not needed for this pupil", on a stage the pupil is redirected away from.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { downloadsOf, headingsToSummary, pressOn, sectionText } from '../testing/driver.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const pathway: Pathway = {
  schemaVersion: '1.1',
  id: 'readiness-noise',
  version: '1',
  title: 'Letters',
  authority: { name: 'Test Council' },
  measures: [{ id: 'att', title: 'Attendance', kind: 'attendancePercentage' }],
  cohorts: [{ id: 'cla', title: 'Child looked after' }, { id: 'plan', title: 'Child protection plan' }],
  contacts: [{ id: 'vs', name: 'Virtual School', phone: '01632 960199' }],
  exceptions: [
    { id: 'x1', title: 'Child looked after', when: { cohort: 'cla' }, effect: 'redirect', stages: ['refer'], redirectTo: { contact: 'vs' }, message: 'Speak to the Virtual School.' },
  ],
  referrals: [
    { id: 'r1', title: 'Attendance referral', target: { name: 'Attendance Team', kind: 'team' }, channel: { kind: 'email', email: 'team@example.gov.uk' }, include: [{ id: 'printout', title: 'Printout' }] },
  ],
  stages: [
    {
      id: 'refer',
      title: 'Referral',
      bands: [{ label: 'below 50%', measure: 'att', upper: { value: 50, inclusive: false } }],
      referrals: ['r1'],
      gates: [{ id: 'consulted', title: 'The plan lead has been consulted', condition: { any: [{ not: { cohort: 'plan' } }, { cohort: 'plan' }] } }],
    },
  ],
};

/** The panel on the questions page, for a pupil at 45% with these circumstances. */
async function panelFor(cohorts: string[], definition: Pathway = pathway): Promise<{ widget: PathwayWidget; panel: HTMLElement }> {
  const widget = await mountWidget({ pathway: definition, attributes: { 'as-of': '2025-06-02' }, properties: { case: { measures: { att: { percentage: 45 } }, cohorts } } });
  for (let step = 0; step < 6 && !widget.shadowRoot!.querySelector('section.readiness'); step++) await pressOn(widget);
  expect(headingOf(widget)).toContain('Questions and evidence');
  return { widget, panel: widget.shadowRoot!.querySelector<HTMLElement>('section.readiness')! };
}

describe('the readiness panel names only what there is to do', () => {
  it('a stage with no questions of its own (only a referral) shows no "0 of 0 answered."', async () => {
    const { panel } = await panelFor([]);
    expect(textOf(panel)).not.toMatch(/0 of 0/);
    expect(panel.querySelector('[data-progress]')).toBeNull();
    // What the referral needs is still listed, and the conditions of a stage offered still shown.
    expect(textOf(panel)).toContain('Printout');
    expect(panel.querySelector('[data-readiness="gates"]')).not.toBeNull();
  });

  it('a list with nothing in it has no heading or count ("Needed at this stage (0 items) Nothing."), on screen, in the summary and the web page', async () => {
    const { panel } = await panelFor([]);
    expect(textOf(panel)).not.toContain('Needed at this stage');
    expect(textOf(panel)).not.toMatch(/\(0 items\)|Nothing\./);
    // The referral's list, which has something in it, keeps its heading and count.
    expect(textOf(panel)).toContain('Needed before referring to Attendance Team (1 item)');
    const { widget } = await headingsToSummary(pathway, { measures: { att: { percentage: 45 } } }, '2025-06-02');
    const missing = sectionText(widget, 'missing');
    expect(missing).toContain('Needed before referring to Attendance Team (1 item)');
    expect(missing).not.toMatch(/Needed at this stage|\(0 items\)|Nothing\./);
    const { web } = await downloadsOf(widget);
    expect(web).toContain('Needed before referring to Attendance Team');
    expect(web).not.toMatch(/Needed at this stage|\(0 items\)|Nothing\./);
  });

  it('a stage the pupil is redirected away from lists no conditions', async () => {
    // With a question, so that the page (and its panel) is shown at all.
    const asking = structuredClone(pathway);
    asking.stages[0]!.questions = [{ id: 'met', text: 'Have you met the family?', type: 'yesNo' }];
    const { panel } = await panelFor(['cla'], asking);
    expect(textOf(panel)).not.toContain('Not needed for this pupil');
    expect(panel.querySelector('[data-readiness="gates"]')).toBeNull();
    expect(textOf(panel)).not.toContain('The plan lead has been consulted');
  });

  it('a redirect that names nowhere (its message says where) is a stage not offered, as the engine has it', async () => {
    // The engine closes such a stage's routes and outcomes; the panel once took only a redirect with
    // a "where to send them instead" as one, and listed the stage's conditions as still to do.
    const asking = structuredClone(pathway);
    asking.stages[0]!.questions = [{ id: 'met', text: 'Have you met the family?', type: 'yesNo' }];
    delete asking.exceptions![0]!.redirectTo;
    const { panel } = await panelFor(['cla'], asking);
    expect(panel.querySelector('[data-readiness="gates"]')).toBeNull();
    expect(textOf(panel)).not.toContain('The plan lead has been consulted');
  });
});
