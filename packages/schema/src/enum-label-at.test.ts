import { describe, expect, it } from 'vitest';
import { enumLabelAt } from './enum-label-at.js';

describe('enumLabelAt', () => {
  const doc = {
    stages: [
      {
        id: 's',
        title: 'schoolDays',
        timeLimits: [{ id: 't', title: 'T', kind: 'review', duration: { amount: 1, unit: 'schoolDays' } }],
        outcomes: [{ id: 'o', title: 'O', kind: 'escalate' }],
        entry: { when: { any: [{ change: 'attendance', direction: 'improved' }] } },
      },
    ],
    referrals: [{ channel: { kind: 'email' } }],
  };

  it.each([
    ['/stages/0/timeLimits/0/kind', 'Reviewed every'],
    ['/stages/0/timeLimits/0/duration/unit', 'School days'],
    ['/stages/0/outcomes/0/kind', 'Escalate to a more intensive stage'],
    ['/stages/0/entry/when/any/0/direction', 'Improved'],
    ['/referrals/0/channel/kind', 'Email'],
  ])('labels the value at %s as the format lists it', (pointer, label) => {
    expect(enumLabelAt(doc, pointer)).toBe(label);
  });

  it('gives nothing for text the author writes freely, or a place that is not there', () => {
    expect(enumLabelAt(doc, '/stages/0/title')).toBeUndefined();
    expect(enumLabelAt(doc, '/stages/0/outcomes/3/kind')).toBeUndefined();
  });
});
