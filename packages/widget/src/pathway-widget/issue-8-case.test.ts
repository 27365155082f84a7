/**
 * Issue 8: a `case` property seeds the journey (measures, circumstances, answers, evidence, the
 * chosen stage; other keys such as `asOf` or chosen routes pass through to the engine), and a
 * new case mid-journey updates it without losing the page or what the user entered since.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import type { PathwayChangeDetail } from '../events.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { byId, cleanup, headingOf, mountWidget, recordEvents, settle, textOf } from '../testing/mount.js';
import { answer, continueOn, start } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(cleanup);

const query = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<T>(selector);
const checkedValue = (widget: PathwayWidget, questionId: string) =>
  query<HTMLInputElement>(widget, `input[name="q-${CSS.escape(questionId)}"]:checked`)?.value;

const sample = {
  measures: { attendance: { percentage: 40 } },
  cohorts: ['child-in-need'],
  answers: { 'q-attendance-discussed-with-parent': 'yes' },
  evidence: { 'management-oversight': { confirmed: true, note: 'In the plan' } },
  stage: 'enforcement-referral',
};

async function setCase(widget: PathwayWidget, value: unknown): Promise<void> {
  widget.case = value as PathwayWidget['case'];
  await settle(widget);
}

describe('the case property', () => {
  it('seeds figures, circumstances, answers, evidence and the chosen stage', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, properties: { case: copyOf(sample) } });
    await start(widget);
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('40');
    expect(byId<HTMLInputElement>(widget, 'c-child-in-need').checked).toBe(true);
    await continueOn(widget);
    expect(byId<HTMLInputElement>(widget, 's-enforcement-referral').checked).toBe(true);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Enforcement Referral Questions and evidence');
    expect(checkedValue(widget, 'q-attendance-discussed-with-parent')).toBe('yes');
    expect(byId<HTMLInputElement>(widget, 'e-management-oversight-confirm').checked).toBe(true);
    expect(byId<HTMLTextAreaElement>(widget, 'e-management-oversight-note').value).toBe('In the plan');
  });

  it('tells the page what it entered in pathway-change, whether the case came before the pathway or after', async () => {
    const heard = (widget: HTMLElement) => {
      const events: PathwayChangeDetail[] = [];
      widget.addEventListener('pathway-change', (event) => events.push(event.detail));
      return events;
    };
    const expected = {
      answers: sample.answers,
      measures: sample.measures,
      cohorts: sample.cohorts,
      evidence: sample.evidence,
      stage: sample.stage,
    };
    // Before: set as the element is made, as a page's script beside the widget's would.
    const before = document.createElement('pathway-widget');
    const early = heard(before);
    const ready = new Promise((resolve) => before.addEventListener('pathway-ready', resolve, { once: true }));
    before.case = copyOf(sample);
    before.pathway = seeds.wigan;
    document.body.append(before);
    try {
      await ready;
      expect(early).toEqual([expected]);
    } finally {
      before.remove();
    }
    // After the pathway is ready: the same event, the same detail.
    const after = await mountWidget({ pathway: seeds.wigan });
    const late = heard(after);
    await setCase(after, copyOf(sample));
    expect(late).toEqual([expected]);
    // A case with nothing the widget can use enters nothing, so there is nothing to tell.
    const empty = document.createElement('pathway-widget');
    const none = heard(empty);
    const emptyReady = new Promise((resolve) => empty.addEventListener('pathway-ready', resolve, { once: true }));
    empty.case = { answers: { 'q-nope': 'yes' } };
    empty.pathway = seeds.wigan;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.append(empty);
    try {
      await emptyReady;
      expect(none).toEqual([]);
    } finally {
      empty.remove();
      vi.restoreAllMocks();
    }
  });

  it('a new case mid-journey updates it on the same page, and keeps what the user entered since', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, properties: { case: copyOf(sample) } });
    const changes = recordEvents(widget, 'pathway-change');
    await start(widget);
    await continueOn(widget);
    await continueOn(widget);
    await answer(widget, 'q-siblings-considered', 'no');

    await setCase(widget, { ...copyOf(sample), answers: { 'q-attendance-discussed-with-parent': 'no' }, cohorts: [] });
    expect(headingOf(widget)).toBe('Enforcement Referral Questions and evidence');
    expect(checkedValue(widget, 'q-attendance-discussed-with-parent')).toBe('no');
    // The user's own answer, which the case never mentioned, is kept.
    expect(checkedValue(widget, 'q-siblings-considered')).toBe('no');
    const last = changes.at(-1)!.detail;
    expect(last.answers).toEqual({ 'q-attendance-discussed-with-parent': 'no', 'q-siblings-considered': 'no' });
    expect(last.cohorts).toEqual([]);
    expect(last.stage).toBe('enforcement-referral');

    // The same case again changes nothing and says nothing.
    const heard = changes.length;
    await setCase(widget, { ...copyOf(sample), answers: { 'q-attendance-discussed-with-parent': 'no' }, cohorts: [] });
    expect(changes).toHaveLength(heard);
    expect(checkedValue(widget, 'q-siblings-considered')).toBe('no');
  });

  it('a case that moves the stage is announced once, and the page stays where it is', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, properties: { case: { measures: { attendance: { percentage: 88 } } } } });
    const stageChanges = recordEvents(widget, 'pathway-stage-change');
    await start(widget);
    await setCase(widget, { measures: { attendance: { percentage: 45 } } });
    expect(headingOf(widget)).toBe("The pupil's attendance");
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('45');
    expect(stageChanges.map((event) => event.detail.stageId)).toEqual(['formalise-support']);
    expect(textOf(byId(widget, 'stage-announcement'))).toBe('Stage: Formalise support.');
  });

  it('passes other keys through to the engine: asOf moves a time-based stage, chosen routes reach pathway-change', async () => {
    const timed = copyOf(seeds.wigan) as Pathway;
    timed.stages[2].entry = { ...timed.stages[2].entry, when: { since: 'meeting-date', atLeast: { amount: 6, unit: 'weeks' } } } as never;
    timed.stages[1].questions = [...timed.stages[1].questions!, { id: 'meeting-date', text: 'When did you first meet the family?', type: 'date' }];
    const widget = await mountWidget({
      pathway: timed,
      properties: { case: { answers: { 'meeting-date': '2025-01-01' }, asOf: '2025-01-10', routes: ['panel'] } },
    });
    const changes = recordEvents(widget, 'pathway-change');
    await start(widget);
    await continueOn(widget);
    expect(byId<HTMLInputElement>(widget, 's-support-for-the-child-and-family').checked).toBe(false);
    await setCase(widget, { answers: { 'meeting-date': '2025-01-01' }, asOf: '2025-03-01', routes: ['panel'] });
    expect(byId<HTMLInputElement>(widget, 's-support-for-the-child-and-family').checked).toBe(true);
    await setCase(widget, { answers: { 'meeting-date': '2025-01-01' }, asOf: '2025-03-01', routes: ['meeting'] });
    expect(changes.at(-1)!.detail.routes).toEqual(['meeting']);
  });

  it('a case that cannot be read is ignored, never thrown into the page', async () => {
    const hostile = {
      get measures(): never {
        throw new Error('no');
      },
    };
    const widget = await mountWidget({ pathway: seeds.wigan, properties: { case: hostile as never } });
    expect(headingOf(widget)).toBe('Wigan Council A pathway for supporting non-attendance');
    await start(widget);
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('');
  });
});
