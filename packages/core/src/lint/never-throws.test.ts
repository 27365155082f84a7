/**
 * Lint must never throw on a schema-valid pathway, however odd. Pathways are generated with
 * ids drawn from a small pool, so duplicates, dangling references, wrong kinds, empty and
 * overlapping bands and self-referring outcomes all turn up; every one is checked against
 * the full validator first, so only schema-valid input reaches lint.
 *
 * On a schema-invalid document only the reference checks run (./well-formed-parts.ts): the
 * same pathways, with a few values anywhere replaced by anything, must not make them throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByDocumentOrder, validatePathway, type Pathway } from '@pathway/schema';
import { lintPathway } from './index.js';
import { checkPathway } from '../check.js';
import { mapPathway } from './pathway-map.js';

const long = Boolean(process.env.PATHWAY_LONG);
const runs = long ? 10_000 : 200;
/**
 * The work is bounded by runs, not by time: the timeout only catches a hang, so it is far above
 * what any run takes, however loaded the machine (200 runs once took 28 s under `npm test` on 2 cores).
 */
const timeout = long ? 3_600_000 : 300_000;

const id = fc.constantFrom('a', 'b', 'tier-1', 'q1', 'attendance', 'cla', 'x.y', 'r_1');
const text = fc.constantFrom('Tier 1', 'Has a plan been agreed?', 'x', 'A'.repeat(90));
const answerValue = fc.oneof(fc.constantFrom('yes', 'no', 'na', 'maybe', '2024-09-01', 'a'), fc.integer({ min: -5, max: 500 }));
const bound = fc.record({ value: fc.constantFrom(-10, 0, 49.95, 50, 80, 90, 90.05, 100, 120), inclusive: fc.boolean() });
const duration = fc.record({ amount: fc.integer({ min: 1, max: 20 }), unit: fc.constantFrom('schoolWeeks' as const, 'months' as const) });
const url = fc.constantFrom('https://example.gov.uk', 'http://x', 'java\tscript:1', '/rel', 'mailto:a@b.c', ' data:x', 'a:b');
const link = fc.record({ title: text, url }, { requiredKeys: ['title'] });

const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ answer: id, in: fc.array(answerValue, { minLength: 1, maxLength: 3 }), atLeast: fc.integer(), atMost: fc.integer(), answered: fc.boolean() }, { requiredKeys: ['answer'] }),
    fc.record({ measure: id, lower: bound, upper: bound }, { requiredKeys: ['measure', 'lower'] }),
    fc.record({ cohort: id }),
    fc.record({ evidence: id }),
    fc.record({ stageComplete: id }),
    fc.record({ since: id, atLeast: duration }),
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));

const band = fc.record({ label: text, measure: id, lower: bound, upper: bound }, { requiredKeys: ['label', 'measure', 'upper'] });
const evidence = fc.record({ id, title: text, showIf: condition }, { requiredKeys: ['id', 'title'] });
const question = fc.oneof(
  fc.record(
    { id, text, type: fc.constantFrom('yesNo', 'yesNoNa', 'text', 'date', 'number'), expect: fc.array(answerValue, { minLength: 1, maxLength: 3 }), minimum: fc.integer(), maximum: fc.integer(), showIf: condition, evidence: fc.array(evidence, { maxLength: 2 }), resources: fc.array(link, { maxLength: 2 }) },
    { requiredKeys: ['id', 'text', 'type'] },
  ),
  fc.record({ id, text, type: fc.constant('choice'), options: fc.array(fc.record({ value: id, label: text }), { minLength: 2, maxLength: 3 }), expect: fc.array(answerValue, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['id', 'text', 'type', 'options'] }),
);
const outcome = fc.record({ id, title: text, kind: fc.constantFrom('escalate', 'stepDown', 'refer', 'close'), to: id, referral: id, when: condition }, { requiredKeys: ['id', 'title', 'kind'] });
const gate = fc.record({ id, title: text, condition });
const timeLimit = fc.record({ id, title: text, duration, onExpiry: fc.record({ description: text, outcome: id }, { requiredKeys: ['description'] }) }, { requiredKeys: ['id', 'title', 'duration'] });
const actions = fc.array(fc.record({ role: id, force: fc.constantFrom('must', 'should'), actions: fc.array(fc.record({ text, when: condition }, { requiredKeys: ['text'] }), { minLength: 1, maxLength: 2 }) }), { maxLength: 2 });
const route = fc.record({ id, title: text, when: condition, actions, questions: fc.array(question, { maxLength: 2 }), evidence: fc.array(evidence, { maxLength: 2 }), timeLimits: fc.array(timeLimit, { maxLength: 1 }), outcomes: fc.array(outcome, { maxLength: 2 }) }, { requiredKeys: ['id', 'title'] });
const stage = fc.record(
  {
    id,
    title: text,
    universal: fc.boolean(),
    bands: fc.array(band, { maxLength: 3 }),
    entry: fc.record({ when: condition }),
    exit: fc.record({ when: condition }),
    lead: fc.record({ role: id }),
    requires: fc.record({ stages: fc.array(id, { minLength: 1, maxLength: 2 }) }),
    actions,
    questions: fc.array(question, { maxLength: 3 }),
    evidence: fc.array(evidence, { maxLength: 2 }),
    gates: fc.array(gate, { maxLength: 2 }),
    routes: fc.array(route, { maxLength: 2 }),
    timeLimits: fc.array(timeLimit, { maxLength: 2 }),
    outcomes: fc.array(outcome, { maxLength: 3 }),
    referrals: fc.array(id, { maxLength: 2 }),
    contacts: fc.array(id, { maxLength: 2 }),
    resources: fc.array(link, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title'] },
);
const referral = fc.record(
  {
    id,
    title: text,
    target: fc.record({ name: text, kind: fc.constant('panel') }),
    channel: fc.record({ kind: fc.constant('email'), email: fc.constantFrom('a@b.gov.uk', 'bad@', 'x'), url }, { requiredKeys: ['kind'] }),
    fields: fc.array(fc.record({ id, label: text, type: fc.constant('text') }), { maxLength: 3 }),
    include: fc.array(evidence, { maxLength: 2 }),
    gates: fc.array(gate, { maxLength: 2 }),
    outcomes: fc.array(outcome, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title', 'target', 'channel'] },
);
const pathway = fc.record(
  {
    schemaVersion: fc.constant('1.0'),
    id,
    version: fc.constant('1'),
    title: text,
    authority: fc.record({ name: text, url }, { requiredKeys: ['name'] }),
    sources: fc.array(link, { maxLength: 2 }),
    measures: fc.array(fc.record({ id, title: text, kind: fc.constantFrom('attendancePercentage', 'absencePercentage', 'sessionCount'), decimals: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: ['id', 'title', 'kind'] }), { minLength: 1, maxLength: 3 }),
    classifications: fc.array(band, { maxLength: 2 }),
    cohorts: fc.array(fc.record({ id, title: text }), { maxLength: 2 }),
    roles: fc.array(fc.record({ id, title: text }), { maxLength: 2 }),
    stages: fc.array(stage, { minLength: 1, maxLength: 4 }),
    exceptions: fc.array(fc.record({ id, title: text, when: condition, effect: fc.constant('redirect'), stages: fc.array(id, { maxLength: 2 }), redirectTo: fc.record({ stage: id, referral: id, contact: id }, { requiredKeys: ['stage'] }), message: text }, { requiredKeys: ['id', 'title', 'when', 'effect', 'message'] }), { maxLength: 2 }),
    referrals: fc.array(referral, { maxLength: 2 }),
    contacts: fc.array(fc.record({ id, name: text, email: fc.constantFrom('a@b.gov.uk', 'nope'), url }, { requiredKeys: ['id', 'name'] }), { maxLength: 2 }),
  },
  { requiredKeys: ['schemaVersion', 'id', 'version', 'title', 'authority', 'measures', 'stages'] },
);

describe('lintPathway on generated pathways', () => {
  it('generates schema-valid pathways (so the property below means something)', () => {
    const samples = fc.sample(pathway, 200);
    const valid = samples.filter((doc) => validatePathway(doc));
    expect(valid.length).toBeGreaterThan(150);
  }, timeout);

  it('never throws on a schema-valid pathway, and every finding is well formed', () => {
    fc.assert(
      fc.property(pathway, (doc) => {
        fc.pre(validatePathway(doc));
        const problems = lintPathway(doc as Pathway);
        for (const p of problems) {
          expect(p.code).toMatch(/^lint\.[a-z-]+$/);
          expect(['error', 'warning']).toContain(p.severity);
          expect(p.message).toBe(p.where ? `${p.where}: ${p.detail}` : p.detail);
          expect(p.pointer.startsWith('/')).toBe(true);
        }
        // Deterministic: the same pathway always gives the same findings.
        expect(lintPathway(doc as Pathway)).toEqual(problems);
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('never throws on a schema-invalid document, and checks only references there', () => {
    /** The document with the values at some places (counted in document order) replaced. */
    const damage = (doc: unknown, changes: [number, unknown][]): unknown => {
      const copy = structuredClone(doc);
      for (const [at, value] of changes) {
        const slots: [Record<string, unknown> | unknown[], string | number][] = [];
        const pending: unknown[] = [copy];
        while (pending.length > 0) {
          const node = pending.pop();
          if (typeof node !== 'object' || node === null) continue;
          for (const [key, child] of Object.entries(node)) {
            slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
            pending.push(child);
          }
        }
        if (slots.length === 0) continue;
        const [parent, key] = slots[at % slots.length];
        (parent as Record<string | number, unknown>)[key] = value;
      }
      return copy;
    };
    const changes = fc.array(fc.tuple(fc.nat(), fc.oneof(fc.anything(), id, fc.constant(null), fc.constant([]), fc.constant({}))), { minLength: 1, maxLength: 3 });
    let invalid = 0;
    let found = 0;
    fc.assert(
      fc.property(pathway, changes, (valid, damages) => {
        const doc = damage(valid, damages);
        const result = checkPathway(doc, { validate: validatePathway });
        if (result.pathway !== undefined) return;
        invalid++;
        for (const p of result.problems.filter((problem) => problem.code.startsWith('lint.'))) {
          found++;
          expect(['lint.dangling-reference', 'lint.undefined-cohort']).toContain(p.code);
          expect(p.pointer.startsWith('/')).toBe(true);
          expect(p.message).toBe(p.where ? `${p.where}: ${p.detail}` : p.detail);
        }
        expect(checkPathway(doc, { validate: validatePathway })).toEqual(result);
      }),
      { numRuns: runs },
    );
    // Most damaged documents are invalid, and references are still checked in many of them.
    expect(invalid).toBeGreaterThan(runs / 2);
    expect(found).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.anything(), (doc) => {
        expect(() => checkPathway(doc, { validate: validatePathway })).not.toThrow();
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('lists entities in document order, whatever order the file writes its keys in (duplicate-id relies on it)', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reversed(child)]))
          : value;
    fc.assert(
      fc.property(pathway, (doc) => {
        for (const written of [doc, reversed(doc)] as Pathway[]) {
          const { entities } = mapPathway(written);
          expect(sortByDocumentOrder(written, entities)).toEqual(entities);
        }
      }),
      { numRuns: runs },
    );
  }, timeout);
});
