/**
 * referral-before-limit: a stage's referral made by an outcome that follows only when a time
 * limit runs out is offered before it does (round 15's Eastwick fast track: the referral to Legal
 * Services "ready" in week 3 of 12), unless a gate reads a time since a date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const eastwick = JSON.parse(readFileSync(new URL('../../fixtures/guide-authored/eastwick-fast-track.json', import.meta.url), 'utf8')) as Pathway;
const warnings = (pathway: Pathway) => lintPathway(pathway).filter((p) => p.code === 'lint.referral-before-limit');

describe('referral-before-limit', () => {
  it('Eastwick: the referral to Legal Services, made when the court date runs out, is offered before it', () => {
    expect(warnings(eastwick).map((p) => p.message)).toEqual([
      'Stage "Stage 2: Fast track": lists the referral "Referral to Legal Services for prosecution", so it is offered as soon as the stage is ready, before "Court date" runs out; ' +
        'the outcome that makes it, "Attendance not improved since the start: refer to Legal Services", follows only when it does. ' +
        'If the referral must wait, give it a gate "The time from "Date of the first fast track meeting" to today is at least 12 school weeks"',
    ]);
  });

  it('is quiet once the referral has that gate, or when the outcome is not named by a time limit', () => {
    const gated = structuredClone(eastwick);
    gated.referrals![0].gates!.push({
      id: 'g-court-date-reached',
      title: 'The court date has been reached',
      condition: { since: 'fast-track-start', atLeast: { amount: 12, unit: 'schoolWeeks' } },
    });
    expect(warnings(gated)).toEqual([]);
    const untimed = structuredClone(eastwick);
    delete untimed.stages[1].timeLimits![1].onExpiry!.outcome;
    expect(warnings(untimed)).toEqual([]);
  });
});
