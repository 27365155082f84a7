/**
 * What the engine tells a school about things the school has not done, found by a QA walk of
 * the widget: a gate the school meets by answering, held only because it is not needed for the
 * pupil; a count's period that would end after today; the same team listed as a resource and as
 * a contact. Each is a rule for any pathway; the pathways here are where it was seen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { createPathway } from './index.js';

const fixture = (name: string) =>
  createPathway(JSON.parse(readFileSync(new URL(`../fixtures/guide-authored/${name}.json`, import.meta.url), 'utf8')) as Pathway);
const seed = (name: string) => createPathway(JSON.parse(readFileSync(new URL(`../../../pathways/${name}.json`, import.meta.url), 'utf8')) as Pathway);
const AS_OF = '2026-11-30';

describe('a gate the school meets by answering or confirming', () => {
  const marlow = fixture('marlow-penalty');
  const gate = (cohorts: string[], answers: Record<string, string> = {}) =>
    marlow.evaluate({ asOf: AS_OF, measures: { 'unauthorised-10wk': { value: 12 } }, cohorts, answers }).current!.gates.find((g) => g.id === 'g-consulted')!;

  it('held on a branch with no answer (no circumstance that needs it) is not needed for this pupil, not done', () => {
    expect(gate([])).toMatchObject({ holds: true, notNeeded: true });
  });

  it('held by the answer is met, and not "not needed"', () => {
    const met = gate(['health'], { 'q-la-consulted': 'yes' });
    expect(met.holds).toBe(true);
    expect(met.notNeeded).toBeUndefined();
  });

  it('a gate whose rule reads no answer or evidence (a figure, a circumstance) is never "not needed"', () => {
    const wigan = seed('wigan');
    const gates = wigan.evaluate({ asOf: AS_OF, measures: { attendance: { percentage: 45 } } }).current!.gates;
    for (const g of gates) if (!JSON.stringify(g.reasons).match(/answer|confirm/i)) expect(g.notNeeded, g.id).toBeUndefined();
  });
});

describe("a count's period never ends after today", () => {
  const marlow = fixture('marlow-penalty');
  const count = (asOf: string) =>
    marlow.evaluate({
      asOf,
      measures: { 'unauthorised-10wk': { value: 12 }, 'nti-date': { date: '2026-11-01' }, 'unauthorised-after-nti': { value: 3 } },
    }).measures.find((m) => m.measureId === 'unauthorised-after-nti')!;

  it('a window still running is counted "since" its start, not to a future date', () => {
    const result = count(AS_OF);
    expect(result.display).toBe('3 sessions since 1 November 2026');
    expect(result.period).toEqual({ from: '2026-11-01', text: 'since 1 November 2026' });
  });

  it('a window that has ended says both ends', () => {
    expect(count('2027-01-10').display).toBe('3 sessions (1 November – 13 December 2026)');
  });
});

describe('a team that is both a resource and a contact is listed once', () => {
  it('as a contact, with the resource’s link when the contact has none', () => {
    const norfolk = seed('norfolk');
    const summary = norfolk.summarise({ asOf: AS_OF, measures: { attendance: { percentage: 80 } } });
    const contacts = summary.contacts.map((contact) => contact.name);
    expect(contacts).toEqual(expect.arrayContaining(['Attendance Team', 'CADS']));
    expect(summary.resources.map((link) => link.title)).not.toContain('Attendance Team');
    expect(summary.resources.map((link) => link.title)).not.toContain('CADS');
  });

  it('matched by the same address, email or phone, whatever the names', () => {
    const pathway = JSON.parse(readFileSync(new URL('../fixtures/guide-authored/marlow-penalty.json', import.meta.url), 'utf8')) as Pathway;
    const contact = pathway.contacts![0];
    const stage = pathway.stages.find((s) => (s.contacts ?? []).includes(contact.id))!;
    stage.resources = [
      { title: 'Email the team', url: `mailto:${contact.email}` },
      { title: 'A guide', url: 'https://example.org/guide' },
      { title: ` ${contact.name.toUpperCase()}`, url: 'https://example.org/legal-team' },
    ];
    const summary = createPathway(pathway).summarise({ asOf: AS_OF, stage: stage.id });
    expect(summary.contacts.find((c) => c.name === contact.name)).toMatchObject({ email: contact.email, url: 'https://example.org/legal-team' });
    expect(summary.resources.map((link) => link.title)).not.toContain('Email the team');
    expect(summary.resources.map((link) => link.title)).toContain('A guide');
    expect(summary.resources.map((link) => link.url)).not.toContain('https://example.org/legal-team');
  });
});

describe('an outcome not known yet', () => {
  const saltford = () => JSON.parse(readFileSync(new URL('../fixtures/guide-authored/saltford.json', import.meta.url), 'utf8')) as Pathway;
  const outcome = (pathway: Pathway, cohorts: string[]) =>
    createPathway(pathway)
      .evaluate({ asOf: AS_OF, measures: { attendance: { percentage: 85 } }, cohorts, stage: 'concern' })
      .current!.outcomes.find((o) => o.id === 'd-improved')!;

  it('says what to enter to know it', () => {
    expect(outcome(saltford(), []).reason).toMatchObject({ code: 'outcome.notKnown' });
  });

  it('at a stage not offered for the pupil, says that instead: entering the reading would not make it possible', () => {
    const pathway = saltford();
    pathway.exceptions = [...(pathway.exceptions ?? []), { id: 'x', title: 'Not here', when: { cohort: 'ebsa' }, effect: 'block', stages: ['concern'], message: 'Not offered.' }];
    expect(outcome(pathway, ['ebsa'])).toMatchObject({ open: false, reason: { code: 'outcome.stageUnavailable' } });
  });
});
