import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { mapPathway } from './pathway-map.js';
import { didYouMean, suggestIds } from './suggest-id.js';

const pathway = (stageIds: string[], extra: Record<string, unknown> = {}) =>
  ({
    schemaVersion: '1.1', id: 'p', version: '1', title: 'P', authority: { name: 'Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: stageIds.map((id) => ({ id, title: id })),
    roles: [{ id: 'tier-3-lead', title: 'Lead' }],
    ...extra,
  }) as unknown as Pathway;
/** The one id suggested, or undefined when none or several are. */
const suggestId = (...args: Parameters<typeof suggestIds>) => {
  const found = suggestIds(...args);
  return found.length === 1 ? found[0] : found.length === 0 ? undefined : found;
};

describe('suggestId', () => {
  it('offers the nearest id of the kinds allowed there', () => {
    const map = mapPathway(pathway(['tier-1', 'tier-2', 'tier-3', 'legal']));
    expect(suggestId(map, 'tier3', ['stage'])).toBe('tier-3');
    expect(suggestId(map, 'Legal', ['stage'])).toBe('legal');
    expect(suggestId(map, 'tier-3-led', ['role'])).toBe('tier-3-lead');
    // Among stages, the role "tier-3-lead" is not offered; the stage the miss starts with is.
    expect(suggestId(map, 'tier-3-led', ['stage'])).toBe('tier-3');
    expect(suggestId(map, 'enforcement', ['stage'])).toBeUndefined();
  });

  it('offers the one id a miss is made of plus a word, however far apart they are', () => {
    const map = mapPathway(pathway(['mash', 'help', 'early-help', 'panel', 'tier-3']));
    expect(suggestId(map, 'mash-referal', ['stage'])).toBe('mash');
    expect(suggestId(map, 'refer-to-mash', ['stage'])).toBe('mash');
    expect(suggestId(map, 'MASH_referral', ['stage'])).toBe('mash');
    // "help" is part of "early-help": the longer id is the one meant.
    expect(suggestId(map, 'early-help-referral', ['stage'])).toBe('early-help');
    expect(suggestId(map, 'tier-3-review', ['stage'])).toBe('tier-3');
  });

  it('offers no id a miss merely contains letters of; both ids it is made of, the one it starts with first', () => {
    const map = mapPathway(pathway(['mash', 'panel', 'tier-3']));
    expect(suggestId(map, 'smash-referral', ['stage'])).toBeUndefined();
    expect(suggestId(map, 'mashreferral', ['stage'])).toBeUndefined();
    expect(suggestId(map, 'tier-4-review', ['stage'])).toBeUndefined();
    expect(suggestId(map, 'mash-panel', ['stage'])).toEqual(['mash', 'panel']);
    expect(suggestId(map, 'panel-for-mash', ['stage'])).toEqual(['panel', 'mash']);
  });

  it('offers the id a miss is the start of, or a part of (a date named without its last word)', () => {
    const map = mapPathway(pathway(['support'], {
      stages: [{ id: 'support', title: 'Support', questions: [
        { id: 'q-plan-meeting-date', text: 'When was the plan meeting?', type: 'date' },
        { id: 'q-plan-agreed', text: 'Was the plan agreed?', type: 'yesNo' },
        { id: 'q-barriers', text: 'Barriers?', type: 'text' },
      ] }],
    }));
    expect(suggestId(map, 'q-plan-meeting', ['question', 'measure'], { date: true })).toBe('q-plan-meeting-date');
    expect(suggestId(map, 'plan-meeting', ['question'])).toBe('q-plan-meeting-date');
    // A word every id starts with ("q") is a habit, not a family: nothing is offered for it.
    expect(suggestId(map, 'q-attendance', ['question'])).toBeUndefined();
  });

  it('ranks the ids of the same family (the same first word) before a near spelling of another', () => {
    const map = mapPathway(pathway(['support'], {
      referrals: ['ewo-request', 'vsh-referral', 'legal-referral', 'legal-advice'].map((id) => ({
        id, title: id, target: { name: 'Panel', kind: 'panel' }, channel: { kind: 'meeting' },
      })),
    }));
    // "ewo-request" is the author's own; "vsh-referral" is two letters from the miss: both are offered.
    expect(suggestId(map, 'ewo-referral', ['referral'])).toEqual(['ewo-request', 'vsh-referral']);
    // A near spelling in the same family is the one meant: no second guess beside it.
    expect(suggestId(map, 'legal-referal', ['referral'])).toBe('legal-referral');
    expect(suggestId(map, 'EWO-request', ['referral'])).toBe('ewo-request');
  });

  it('words one suggestion or two', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['tier-3'])).toBe('; did you mean "tier-3"?');
    expect(didYouMean(['ewo-request', 'vsh-referral'])).toBe('; did you mean "ewo-request" or "vsh-referral"?');
  });

  it('does not offer an id with other figures in it: the next of a series is no typo', () => {
    const map = mapPathway(pathway(['tier-1', 'tier-2']));
    expect(suggestId(map, 'tier-3', ['stage'])).toBeUndefined();
    expect(suggestId(map, 'tier-0', ['stage'])).toBeUndefined();
  });

  it('reads a figure written with a leading zero as the same figure: "wave-04" is "wave-4"', () => {
    const map = mapPathway(pathway(['wave-1', 'wave-2', 'wave-3', 'wave-4']));
    expect(suggestId(map, 'wave-04', ['stage'])).toBe('wave-4');
    expect(suggestId(map, 'wave-004', ['stage'])).toBe('wave-4');
    expect(suggestId(map, 'wave-40', ['stage'])).toBeUndefined();
  });

  it('stops guessing once a pathway has cost 100,000 comparisons, and answers a miss it has seen', () => {
    // 1,000 ids of three letters: every miss is compared with all of them.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const ids = Array.from({ length: 1000 }, (_, i) => `${letters[Math.floor(i / 100) % 26]}${letters[Math.floor(i / 10) % 10]}${letters[i % 10]}`);
    const map = mapPathway(pathway(ids));
    const misses = ids.slice(0, 150).map((id) => `${id}z`);
    const guesses = misses.map((miss) => suggestIds(map, miss, ['stage'])[0]);
    expect(guesses.slice(0, 100)).toEqual(ids.slice(0, 100));
    expect(guesses.slice(100).every((guess) => guess === undefined)).toBe(true);
    expect(suggestIds(map, misses[7], ['stage'])).toEqual([ids[7]]);
  });
});
