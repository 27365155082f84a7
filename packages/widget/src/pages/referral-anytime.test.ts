/**
 * A referral the pathway says "can be made at any time" (`anytime`, e.g. a safeguarding
 * referral) is ready on its own while the stage still has questions to answer; the stage's other
 * referral still waits for the stage. Without it a school read that the MASH referral was "not
 * ready" until its attendance items were done.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { pressOn } from '../testing/driver.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';

afterEach(cleanup);

function pathway(anytime: boolean): Pathway {
  return {
    schemaVersion: '1.1',
    id: 'anytime-referral',
    version: '1',
    title: 'Formal support',
    authority: { name: 'Test Council' },
    measures: [{ id: 'att', title: 'Attendance', kind: 'attendancePercentage' }],
    referrals: [
      { id: 'r-la', title: 'Attendance referral', target: { name: 'Attendance Team', kind: 'team' }, channel: { kind: 'email', email: 'team@example.gov.uk' } },
      { id: 'r-mash', title: 'Safeguarding referral', target: { name: 'MASH', kind: 'frontDoor' }, channel: { kind: 'phone', phone: '01632 960000' }, ...(anytime ? { anytime: true } : {}) },
    ],
    stages: [
      {
        id: 'formal',
        title: 'Formal support',
        bands: [{ label: 'below 90%', measure: 'att', upper: { value: 90, inclusive: false } }],
        questions: [{ id: 'met', text: 'Have you met the family?', type: 'yesNo' }],
        referrals: ['r-la', 'r-mash'],
      },
    ],
  };
}

/** The "What is still missing" panel on the questions page, nothing answered, for a pupil at 70%. */
async function panel(anytime: boolean): Promise<string> {
  const widget = await mountWidget({ pathway: pathway(anytime), attributes: { 'as-of': '2025-06-02' }, properties: { case: { measures: { att: { percentage: 70 } } } } });
  for (let step = 0; step < 6 && !widget.shadowRoot!.querySelector('section.readiness'); step++) await pressOn(widget);
  expect(headingOf(widget)).toContain('Questions and evidence');
  return textOf(widget.shadowRoot!.querySelector<HTMLElement>('section.readiness')!);
}

describe('a referral that can be made at any time', () => {
  it('is ready while the stage still asks its questions; the other referral waits for the stage', async () => {
    const text = await panel(true);
    expect(text).toContain('Ready to refer to MASH');
    expect(text).not.toContain('Not ready to refer to MASH');
    expect(text).toContain('Not ready to refer to Attendance Team yet. First complete what is needed at this stage.');
  });

  it('without it, waits for the stage like any other', async () => {
    const text = await panel(false);
    expect(text).toContain('Not ready to refer to MASH yet. First complete what is needed at this stage.');
    expect(text).not.toContain('Ready to refer to MASH');
  });
});
