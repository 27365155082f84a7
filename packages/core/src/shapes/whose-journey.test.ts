/**
 * Whose journey (format 1.1), on an invented council's pathway for attendance officers working a
 * case after a school's request: who uses it and what its end is called, resolved once with its
 * defaults and carried by every evaluation and summary, so nothing says "referral" where the
 * pathway has none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePathway } from '@pathway/schema';
import type { Pathway } from '../schema-types.js';
import type { CaseInput } from '../types.js';
import { createPathway } from '../create-pathway.js';
import { resolveJourney } from '../journey.js';

const definition = JSON.parse(readFileSync(new URL('../../fixtures/shapes/whose-journey.json', import.meta.url), 'utf8')) as Pathway;
const westfield = createPathway(definition);

/** Every string value in a result, keys left out. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) strings(item, out);
  return out;
}

const referral = {
  id: 'la-team',
  title: 'Request for support',
  target: { name: 'Attendance Support Team', kind: 'team' as const },
  channel: { kind: 'email' as const, email: 'team@example.gov.uk' },
};

describe('whose journey', () => {
  it('is a valid 1.1 pathway', () => {
    expect(validatePathway(definition), JSON.stringify(validatePathway.errors?.slice(0, 3))).toBe(true);
    expect(definition.schemaVersion).toBe('1.1');
  });

  it('resolves the pathway’s own journey, and puts it in every evaluation and summary', () => {
    const expected = {
      audience: 'localAuthority',
      role: 'attendance-officer',
      end: { kind: 'review', label: 'legal planning review', labelFromPathway: true },
    };
    expect(resolveJourney(definition)).toEqual(expected);
    for (const input of [{}, { measures: { unauthorised: { value: 12 } } }] as CaseInput[]) {
      expect(westfield.evaluate(input).journey).toEqual(expected);
      expect(westfield.summarise(input).journey).toEqual(expected);
    }
  });

  it('gives each result its own copy', () => {
    const first = westfield.evaluate({});
    first.journey!.end.label = 'changed';
    expect(westfield.evaluate({}).journey?.end.label).toBe('legal planning review');
  });

  it('defaults to a school’s journey ending in a referral when the pathway has referrals', () => {
    const withReferrals = { ...structuredClone(definition), referrals: [referral] };
    delete withReferrals.journey;
    expect(validatePathway(withReferrals)).toBe(true);
    expect(createPathway(withReferrals).summarise({}).journey).toEqual({
      audience: 'school',
      end: { kind: 'referral', label: 'referral', labelFromPathway: false },
    });
  });

  it('defaults to a record, never a referral, when the pathway has none', () => {
    const plain = structuredClone(definition);
    delete plain.journey;
    expect(createPathway(plain).evaluate({}).journey).toEqual({
      audience: 'school',
      end: { kind: 'record', label: 'record', labelFromPathway: false },
    });
  });

  it('names each kind of end in plain words when the pathway gives no label', () => {
    const labels = (['referral', 'request', 'review', 'plan', 'record'] as const).map(
      (kind) => resolveJourney({ journey: { audience: 'professional', end: { kind } } }).end.label,
    );
    expect(labels).toEqual(['referral', 'request', 'case review', 'plan', 'record']);
    // A pathway with referrals may still end in something else.
    expect(resolveJourney({ journey: { audience: 'school', end: { kind: 'request' } }, referrals: [referral] }).end.kind).toBe('request');
    // Without `end`, the default follows the referrals.
    expect(resolveJourney({ journey: { audience: 'professional' }, referrals: [referral] })).toEqual({
      audience: 'professional',
      end: { kind: 'referral', label: 'referral', labelFromPathway: false },
    });
  });

  it('never throws, whatever it is given', () => {
    for (const garbage of [null, undefined, {}, { journey: 5 }, { journey: { audience: 'pupil', end: { kind: 'x', label: '' } } }, { referrals: 'x' }]) {
      expect(resolveJourney(garbage as never)).toEqual({ audience: 'school', end: { kind: 'record', label: 'record', labelFromPathway: false } });
    }
  });

  it('says nothing about a referral anywhere in the results of a pathway that has none', () => {
    const inputs: CaseInput[] = [
      {},
      { measures: { attendance: { percentage: 70 }, unauthorised: { value: 14 } } },
      {
        measures: { unauthorised: { value: 14 } },
        answers: { 'school-evidence-complete': 'yes', 'family-visited': 'yes', 'warning-issued': 'yes' },
        evidence: { chronology: { confirmed: true } },
      },
    ];
    for (const input of inputs) {
      const evaluation = westfield.evaluate(input);
      const summary = westfield.summarise(input, { generatedAt: '2025-01-01T00:00:00.000Z' });
      const said = [...strings(evaluation), ...strings(summary)].filter((text) => /referr/i.test(text));
      expect(said).toEqual([]);
    }
    // The officer's own duties and the review are what the summary carries.
    const ready = westfield.summarise(inputs[2]);
    expect(ready.ready).toBe(true);
    expect(ready.journey?.end.label).toBe('legal planning review');
    expect(ready.referrals).toEqual([]);
  });

  it('leaves 1.0 pathways’ journey to the defaults', () => {
    for (const name of ['wigan', 'norfolk', 'county-chronic-non-attendance']) {
      const seed = JSON.parse(readFileSync(new URL(`../../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway;
      const hasReferrals = (seed.referrals ?? []).length > 0;
      expect(createPathway(seed).evaluate({}).journey?.end.kind).toBe(seed.journey?.end?.kind ?? (hasReferrals ? 'referral' : 'record'));
    }
  });
});
