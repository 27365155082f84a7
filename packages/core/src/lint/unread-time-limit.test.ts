import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const eastmere = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/guide-authored/eastmere.json', import.meta.url), 'utf8')) as Pathway;
const hallamford = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/guide-authored/hallamford-days-events.json', import.meta.url), 'utf8')) as Pathway;
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

  it('Hallamford: the deadline to apply to the family court is the step\'s own, with its own consequence in words: no warning to close the order', () => {
    const pathway = hallamford();
    const eso = pathway.stages.find((stage) => stage.id === 'formal')?.routes?.find((route) => route.id === 'eso-route');
    expect(eso?.timeLimits?.[0]).toMatchObject({ title: 'Apply to the family court', kind: 'limit', onExpiry: { description: 'If no application has been made, the panel reviews the case again.' } });
    expect(eso?.outcomes?.[0]?.kind).toBe('educationSupervisionOrder');
    expect(unread(pathway)).toEqual([]);
    // Without those words nothing says what follows, and the warning is back.
    delete eso!.timeLimits![0].onExpiry;
    expect(unread(pathway).map((p) => p.pointer)).toEqual(['/stages/6/routes/0/timeLimits/0']);
  });

  it('words that say the step can no longer be taken are a limitation period: without the rule, the warning stays (Hallamford\'s prosecution)', () => {
    const pathway = hallamford();
    const prosecution = pathway.stages.find((stage) => stage.id === 'formal')?.routes?.find((route) => route.id === 'prosecution-route');
    expect(prosecution?.timeLimits?.[0]?.onExpiry?.description).toMatch(/can no longer be prosecuted/);
    delete prosecution!.outcomes![0].when;
    const [warning, ...others] = unread(pathway);
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ pointer: '/stages/6/routes/1/timeLimits/0' });
    expect(warning?.message).toContain('give it the "Open when" rule "The time from "Date of the most recent unauthorised absence" to today is no more than 6 months"');
  });
});
