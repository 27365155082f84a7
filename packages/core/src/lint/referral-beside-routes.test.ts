import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/guide-authored/${name}.json`, import.meta.url), 'utf8')) as Pathway;
const warnings = (pathway: Pathway) => lintPathway(pathway).filter((p) => p.code === 'lint.referral-beside-routes');

/** Ashby as its author first wrote it: the penalty-notice request on the stage, not on the two notice routes. */
function ashbyDraft(): Pathway {
  const pathway = load('ashby-consult-penalty');
  const stage = pathway.stages.find((s) => s.id === 'stage-3')!;
  for (const route of stage.routes ?? []) delete route.referrals;
  stage.referrals = ['pn-request'];
  return pathway;
}

describe('referral-beside-routes: a stage\'s referral beside routes opened by rules that lead to different actions', () => {
  it('Ashby\'s first draft: the request is offered beside "No third notice", and the warning names the routes to move it to', () => {
    const [warning, ...others] = warnings(ashbyDraft());
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ severity: 'warning', pointer: '/stages/2' });
    expect(warning?.detail).toBe(
      'lists the referral "Penalty notice request", so it is offered whichever of its routes is open, ' +
        '"No third notice within 3 years: consider other action" included, which does not lead to a penalty notice. ' +
        'If only some routes make the referral, list it on those routes ("First penalty notice (£80 if paid within 21 days, £160 within 28 days)" ' +
        'and "Second penalty notice within 3 years (£160, no reduction)") instead of on the stage',
    );
  });

  it('is silent once the referral is on the routes that make it (Ashby as fixed), and where every route leads to the action (Marlow)', () => {
    expect(warnings(load('ashby-consult-penalty'))).toEqual([]);
    expect(warnings(load('marlow-penalty'))).toEqual([]);
  });

  it('is silent for routes that can be open together, which lint cannot tell apart', () => {
    const pathway = ashbyDraft();
    const third = pathway.stages[2].routes!.find((route) => route.id === 'no-third-notice')!;
    // Two years, beside the notice routes' three: nothing lint can read keeps them apart any more.
    third.when = { since: 'earlier-pn-date', atMost: { amount: 2, unit: 'years' } };
    expect(warnings(pathway)).toEqual([]);
  });

  it('is silent for a referral whose own outcomes are no legal action, such as an Early Help request', () => {
    const pathway = ashbyDraft();
    pathway.referrals![0].outcomes = [{ id: 'eh-accepted', title: 'Early Help accepts the case', kind: 'continue' }];
    expect(warnings(pathway)).toEqual([]);
  });

  it('names the action from the referral\'s own outcomes before its title', () => {
    const pathway = ashbyDraft();
    pathway.referrals![0].title = 'Request to the Attendance Team';
    pathway.referrals![0].outcomes = [{ id: 'pn-issued', title: 'A notice is issued', kind: 'penaltyNotice' }];
    expect(warnings(pathway).map((p) => p.detail)).toEqual([
      expect.stringContaining('"No third notice within 3 years: consider other action" included, which does not lead to a penalty notice.'),
    ]);
  });
});
