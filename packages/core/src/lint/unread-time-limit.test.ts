import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const eastmere = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/guide-authored/eastmere.json', import.meta.url), 'utf8')) as Pathway;
const unread = (pathway: Pathway) => lintPathway(pathway).filter((p) => p.code === 'lint.unread-time-limit');

describe('unread-time-limit: a legal outcome after a limit nothing reads', () => {
  it('Eastmere: the 6-month limit for prosecution is read by no rule, so prosecution is offered after it; the warning says what to add', () => {
    const [warning, ...others] = unread(eastmere());
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', pointer: '/stages/3/timeLimits/0' });
    expect(warning?.message).toContain('Time limit "Time limit for laying information": nothing links it to "Prosecution under s444(1)" or "Apply for an Education Supervision Order"');
    expect(warning?.message).toContain(
      'give that one the "Open when" rule "The time from "Date of the most recent unauthorised absence" to today is no more than 6 months", so it closes when the limit runs out',
    );
  });

  it('once prosecution has that rule, the limit is read and the warning goes', () => {
    const fixed = eastmere();
    const prosecution = fixed.stages[3].outcomes?.find((o) => o.kind === 'prosecution');
    if (prosecution === undefined) throw new Error('Eastmere has no prosecution outcome');
    prosecution.when = { since: 'last-unauthorised-absence', atMost: { amount: 6, unit: 'months' } };
    expect(unread(fixed)).toEqual([]);
  });

  it('a limit naming what follows when it runs out is read', () => {
    const fixed = eastmere();
    const limit = fixed.stages[3].timeLimits?.[0];
    if (limit === undefined) throw new Error('Eastmere has no time limit at Enforce');
    limit.onExpiry = { description: 'Too late to prosecute.', outcome: 'c4-eso' };
    expect(unread(fixed)).toEqual([]);
  });
});
