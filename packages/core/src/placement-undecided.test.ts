/**
 * A more intensive stage whose entry rule is not known only for want of an earlier reading's date,
 * or false only for that reading's age, is named in the placement with what to enter: a fall the
 * school entered never changes nothing without a word.
 */
import { describe, expect, it } from 'vitest';
import type { Pathway } from './schema-types.js';
import { createPathway } from './create-pathway.js';

const definition = {
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
    { id: 'low', title: 'Low attendance', bands: [{ label: 'below 90%', measure: 'attendance', upper: { value: 90, inclusive: false } }] },
  ],
} as unknown as Pathway;

const model = createPathway(definition);
const codes = (reasons: { code: string }[]) => reasons.map((r) => r.code);

describe('a stage that may yet apply', () => {
  it('names a change rule not known for want of the earlier reading\'s date, and what to enter', () => {
    const placement = model.place({ asOf: '2026-03-10', measures: { attendance: { percentage: 92 } }, baselines: { attendance: { percentage: 99 } } });
    expect(placement.fallback?.stageId).toBe('all');
    const line = placement.reasons.find((r) => r.code === 'placement.entryNotKnown');
    expect(line?.text).toBe(
      'Not known yet whether "Falling attendance" applies: The date of the earlier reading of Attendance is not entered: enter when it was taken',
    );
  });

  it('says a fall was not counted because the earlier reading is older than the rule allows', () => {
    const placement = model.place({
      asOf: '2026-03-10',
      measures: { attendance: { percentage: 91 } },
      baselines: { attendance: { percentage: 99, date: '2025-12-01' } },
    });
    const line = placement.reasons.find((r) => r.code === 'placement.entryReadingAge');
    expect(line?.text).toMatch(/^"Falling attendance" does not apply because of when the earlier reading was taken: The earlier reading of Attendance \(1 December 2025\) is more than 6 weeks old/u);
  });

  it('says nothing when the change itself is not enough, when the rule holds, or when nothing was entered', () => {
    const small = model.place({ asOf: '2026-03-10', measures: { attendance: { percentage: 97 } }, baselines: { attendance: { percentage: 99 } } });
    expect(codes(small.reasons)).not.toContain('placement.entryNotKnown');
    const held = model.place({ asOf: '2026-03-10', measures: { attendance: { percentage: 92 } }, baselines: { attendance: { percentage: 99, date: '2026-03-01' } } });
    expect(held.primary).toBe('falling');
    expect(codes(held.reasons).filter((c) => c.startsWith('placement.entry'))).toEqual(['placement.entry']);
    const none = model.place({ asOf: '2026-03-10', measures: { attendance: { percentage: 92 } } });
    expect(codes(none.reasons)).not.toContain('placement.entryNotKnown');
  });

  it('says nothing of a less intensive stage than the one placed', () => {
    const placement = model.place({ asOf: '2026-03-10', measures: { attendance: { percentage: 80 } }, baselines: { attendance: { percentage: 99 } } });
    expect(placement.primary).toBe('low');
    expect(codes(placement.reasons)).not.toContain('placement.entryNotKnown');
  });

  it('lists the earlier readings whose date a rule needs', () => {
    expect(model.evaluate({ measures: { attendance: { percentage: 92 } } }).baselineDateMeasures).toEqual(['attendance']);
  });
});
