import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { mapPathway } from './pathway-map.js';
import { suggestId } from './suggest-id.js';

const pathway = (stageIds: string[]) =>
  ({
    schemaVersion: '1.1', id: 'p', version: '1', title: 'P', authority: { name: 'Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    stages: stageIds.map((id) => ({ id, title: id })),
    roles: [{ id: 'tier-3-lead', title: 'Lead' }],
  }) as unknown as Pathway;

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
    expect(suggestId(map, 'panel-for-mash', ['stage'])).toBeUndefined();
    // "help" is part of "early-help": the longer id is the one meant.
    expect(suggestId(map, 'early-help-referral', ['stage'])).toBe('early-help');
    expect(suggestId(map, 'tier-3-review', ['stage'])).toBe('tier-3');
  });

  it('offers no id a miss merely contains letters of, nor one of two ids it is made of', () => {
    const map = mapPathway(pathway(['mash', 'panel', 'tier-3']));
    expect(suggestId(map, 'smash-referral', ['stage'])).toBeUndefined();
    expect(suggestId(map, 'mashreferral', ['stage'])).toBeUndefined();
    expect(suggestId(map, 'mash-panel', ['stage'])).toBeUndefined();
    expect(suggestId(map, 'tier-4-review', ['stage'])).toBeUndefined();
  });

  it('does not offer an id with other figures in it: the next of a series is no typo', () => {
    const map = mapPathway(pathway(['tier-1', 'tier-2']));
    expect(suggestId(map, 'tier-3', ['stage'])).toBeUndefined();
    expect(suggestId(map, 'tier-0', ['stage'])).toBeUndefined();
  });

  it('stops guessing once a pathway has cost 100,000 comparisons, and answers a miss it has seen', () => {
    // 1,000 ids of three letters: every miss is compared with all of them.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const ids = Array.from({ length: 1000 }, (_, i) => `${letters[Math.floor(i / 100) % 26]}${letters[Math.floor(i / 10) % 10]}${letters[i % 10]}`);
    const map = mapPathway(pathway(ids));
    const misses = ids.slice(0, 150).map((id) => `${id}z`);
    const guesses = misses.map((miss) => suggestId(map, miss, ['stage']));
    expect(guesses.slice(0, 100)).toEqual(ids.slice(0, 100));
    expect(guesses.slice(100).every((guess) => guess === undefined)).toBe(true);
    expect(suggestId(map, misses[7], ['stage'])).toBe(ids[7]);
  });
});
