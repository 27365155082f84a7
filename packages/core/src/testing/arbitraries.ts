/**
 * fast-check generators of schema-valid pathways and of case inputs, for property tests.
 *
 * Pathways draw their ids from small pools, so rules mostly point at things that exist and
 * sometimes at things that do not ("ghost"), ids repeat now and then (schema-valid, lint's
 * business), and "constructor" is a valid id too. Every condition kind is generated, nested.
 * Cases include hostile values: unknown ids, NaN, negative and fractional counts, objects where
 * strings belong, and whole inputs that are not objects at all (cast through unknown).
 */
import fc from 'fast-check';
import type {
  ActionGroup,
  AnswerValue,
  Band,
  Bound,
  Condition,
  Contact,
  Duration,
  Evidence,
  Exception,
  Gate,
  Journey,
  Link,
  Measure,
  Outcome,
  Pathway,
  Question,
  Referral,
  Requirement,
  Route,
  Stage,
  TimeLimit,
} from '../schema-types.js';
import type { CaseInput } from '../types.js';
import { outlinePathway } from '../outline/outline.js';
import { fitsReference, unresolvedReferences } from '../outline/unresolved.js';

export const STAGE_IDS = ['s1', 's2', 's3', 's4', 'ghost'] as const;
export const QUESTION_IDS = ['q1', 'q2', 'q3', 'q4', 'q5', 'constructor', 'ghost'] as const;
export const EVIDENCE_IDS = ['e1', 'e2', 'e3', 'ghost'] as const;
export const MEASURE_IDS = ['attendance', 'absence', 'sessions', 'days', 'figure', 'ghost'] as const;
export const COHORT_IDS = ['cla', 'ehcp', 'cin', 'ghost'] as const;
export const REFERRAL_IDS = ['r1', 'r2', 'ghost'] as const;
export const CONTACT_IDS = ['c1', 'c2', 'ghost'] as const;
export const ROLE_IDS = ['school', 'la', 'ghost'] as const;
export const ROUTE_IDS = ['rt1', 'rt2', 'ghost'] as const;
export const OUTCOME_IDS = ['o1', 'o2', 'o3', 'ghost'] as const;
export const FIELD_IDS = ['name', 'dob', 'school'] as const;
const OPTION_VALUES = ['a', 'b', 'c'] as const;

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Plain text: usually short, sometimes long enough to be cut short, sometimes beyond the BMP. */
const shortText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 81, maxLength: 140 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }) },
  { weight: 1, arbitrary: pick(['Have you met the family?', 'Persistent absence (90% and under)', '😀'.repeat(90)]) },
);
const longText = shortText;
const url = pick(['https://example.gov.uk/toolkit', 'mailto:team@example.gov.uk', 'guidance/page.html', 'https://example.gov.uk/a']);
const date = pick(['2024-09-01', '2025-01-06', '2025-02-28', '2024-02-29', '1999-12-31']);

const finite = fc.oneof(
  fc.integer({ min: -10, max: 120 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  pick([0, 50, 89.95, 90, 100]),
);
const answerValue: fc.Arbitrary<AnswerValue> = fc.oneof(
  pick(['yes', 'no', 'na', 'Yes', 'a', 'b', '2025-01-06', 'maybe', '12']),
  finite,
);

const duration: fc.Arbitrary<Duration> = fc.record(
  {
    amount: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }) },
      { weight: 1, arbitrary: fc.double({ min: 0.01, max: 1000, noNaN: true }) },
    ),
    unit: pick(['sessions', 'schoolDays', 'schoolWeeks', 'days', 'weeks', 'months', 'terms', 'years'] as const),
    qualifier: pick(['exactly', 'upTo', 'atLeast'] as const),
  },
  { requiredKeys: ['amount', 'unit'] },
);

/**
 * Durations as councils write them (format 1.1), where they meet dates: immediately (0), ranges
 * (sometimes upside down, lint's business), "about", and a length agreed per case (an answer).
 */
const writtenDuration: fc.Arbitrary<Duration> = fc.oneof(
  { weight: 3, arbitrary: duration },
  { weight: 1, arbitrary: pick(['days', 'schoolDays', 'weeks', 'sessions'] as const).map((unit) => ({ amount: 0, unit })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), pick(['weeks', 'schoolWeeks', 'months', 'terms', 'years'] as const), fc.boolean())
      .map(([amount, to, unit, approximate]) => ({ amount, to, unit, ...(approximate ? { approximate } : {}) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(pick(QUESTION_IDS), pick(['weeks', 'schoolDays', 'months'] as const), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }))
      .map(([fromAnswer, unit, to]) => ({ fromAnswer, unit, ...(to === undefined ? {} : { to }) })),
  },
);
/** A date a rule names (format 1.1): a question or a measure, some of them not dates, some missing. */
const dateRef = fc.oneof(pick(QUESTION_IDS), pick(MEASURE_IDS), pick(['first-day']));

const bound: fc.Arbitrary<Bound> = fc.record({ value: finite, inclusive: fc.boolean() });

/** At least one of two optional keys. */
function oneOrBoth<A, B>(a: fc.Arbitrary<A>, b: fc.Arbitrary<B>): fc.Arbitrary<{ lower?: A; upper?: B }> {
  return fc.oneof(
    a.map((lower) => ({ lower })),
    b.map((upper) => ({ upper })),
    fc.tuple(a, b).map(([lower, upper]) => ({ lower, upper })),
  );
}

const leafCondition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record(
    {
      answer: pick(QUESTION_IDS),
      in: fc.array(answerValue, { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[AnswerValue, ...AnswerValue[]]>,
      answered: fc.boolean(),
      atLeast: finite,
      atMost: finite,
    },
    { requiredKeys: ['answer'] },
  ),
  fc.tuple(pick(MEASURE_IDS), oneOrBoth(bound, bound)).map(([measure, bounds]) => ({ measure, ...bounds })),
  pick(COHORT_IDS).map((cohort) => ({ cohort })),
  pick(EVIDENCE_IDS).map((evidence) => ({ evidence })),
  pick(STAGE_IDS).map((stageComplete) => ({ stageComplete })),
  fc
    .tuple(pick(QUESTION_IDS), oneOrBoth(duration, duration))
    .map(([since, { lower, upper }]) => ({ since, ...(lower ? { atLeast: lower } : {}), ...(upper ? { atMost: upper } : {}) })),
  // Format 1.1: time between a date and today or a second date, dates being questions or measures.
  fc
    .tuple(dateRef, fc.option(dateRef, { nil: undefined }), oneOrBoth(writtenDuration, writtenDuration))
    .map(([since, until, { lower, upper }]) => ({
      since,
      ...(until === undefined ? {} : { until }),
      ...(lower ? { atLeast: lower } : {}),
      ...(upper ? { atMost: upper } : {}),
    })),
  // Format 1.1: change since an earlier reading.
  fc.record(
    {
      change: pick(MEASURE_IDS),
      direction: pick(['improved', 'declined'] as const),
      atLeast: fc.oneof(fc.double({ min: 0.01, max: 100, noNaN: true }), pick([1, 5, 10])),
      unit: pick(['points', 'percent'] as const),
      over: writtenDuration,
      within: writtenDuration,
    },
    { requiredKeys: ['change', 'direction'] },
  ),
  // Format 1.1: a route chosen, an outcome recorded.
  pick(ROUTE_IDS).map((route) => ({ route })),
  pick(OUTCOME_IDS).map((outcome) => ({ outcome })),
);

/** Conditions of every kind, nested up to three levels of all / any / not. */
export const conditionArbitrary: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'condition' },
    leafCondition,
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all) => ({ all }) as Condition),
    fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any) => ({ any }) as Condition),
    tie('condition').map((not) => ({ not })),
  ),
})).condition;

const link: fc.Arbitrary<Link> = fc.record({ title: shortText, url, description: longText }, { requiredKeys: ['title'] });
const links = fc.array(link, { maxLength: 2 });

const measure: fc.Arbitrary<Measure> = fc.record(
  {
    id: pick(MEASURE_IDS.slice(0, 5)),
    title: shortText,
    kind: pick(['attendancePercentage', 'absencePercentage', 'sessionCount', 'dayCount', 'number', 'date'] as const),
    unit: shortText,
    window: writtenDuration,
    from: dateRef,
    better: pick(['higher', 'lower'] as const),
    baseline: fc.record({ title: shortText, description: longText }, { requiredKeys: ['title'] }),
    decimals: fc.integer({ min: 0, max: 3 }),
    minimumPossibleSessions: fc.integer({ min: 0, max: 200 }),
    minimum: finite,
    maximum: finite,
  },
  { requiredKeys: ['id', 'title', 'kind'] },
);

const band: fc.Arbitrary<Band> = fc
  .tuple(fc.record({ id: pick(['b1', 'b2']), label: shortText, measure: pick(MEASURE_IDS) }, { requiredKeys: ['label', 'measure'] }), oneOrBoth(bound, bound))
  .map(([b, bounds]) => ({ ...b, ...bounds }));

const evidence: fc.Arbitrary<Evidence> = fc.record(
  {
    id: pick(EVIDENCE_IDS.slice(0, 3)),
    title: longText,
    description: longText,
    required: fc.boolean(),
    severity: pick(['blocking', 'advisory'] as const),
    recency: duration,
    showIf: conditionArbitrary,
    resources: links,
  },
  { requiredKeys: ['id', 'title'] },
);

const question: fc.Arbitrary<Question> = fc
  .tuple(
    fc.record(
      {
        id: pick(QUESTION_IDS.slice(0, 6)),
        text: longText,
        type: pick(['yesNo', 'yesNoNa', 'text', 'date', 'number', 'choice'] as const),
        help: longText,
        required: fc.boolean(),
        severity: pick(['blocking', 'advisory'] as const),
        expect: fc.array(answerValue, { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[AnswerValue, ...AnswerValue[]]>,
        unmetMessage: longText,
        minimum: finite,
        maximum: finite,
        showIf: conditionArbitrary,
        evidence: fc.array(evidence, { maxLength: 2 }),
        resources: links,
      },
      { requiredKeys: ['id', 'text', 'type'] },
    ),
    fc.uniqueArray(fc.record({ value: pick(OPTION_VALUES), label: shortText }), { minLength: 2, maxLength: 3, selector: (o) => o.value }),
  )
  .chain(([q, options]) =>
    // Authored expectations are the exception: most questions keep the default.
    fc.nat(3).map((n) => {
      const { expect: expected, ...rest } = q;
      const withExpect = n === 0 && expected !== undefined ? { ...rest, expect: expected } : rest;
      return q.type === 'choice' ? { ...withExpect, options: options as Question['options'] } : withExpect;
    }),
  );

const gate: fc.Arbitrary<Gate> = fc.record(
  {
    id: pick(['g1', 'g2', 'g3']),
    title: shortText,
    description: longText,
    condition: conditionArbitrary,
    severity: pick(['blocking', 'advisory'] as const),
    unmetMessage: longText,
  },
  { requiredKeys: ['id', 'title', 'condition'] },
);

const outcome: fc.Arbitrary<Outcome> = fc.record(
  {
    id: pick(OUTCOME_IDS.slice(0, 3)),
    title: shortText,
    description: longText,
    // Format 1.1 adds hand back and the legal actions.
    kind: pick([
      'escalate', 'stepDown', 'close', 'continue', 'redirect', 'refer', 'handBack', 'attendanceContract', 'noticeToImprove',
      'penaltyNotice', 'educationSupervisionOrder', 'prosecution', 'court', 'parentingOrder', 'schoolAttendanceOrder',
    ] as const),
    to: pick(STAGE_IDS),
    referral: pick(REFERRAL_IDS),
    when: conditionArbitrary,
  },
  { requiredKeys: ['id', 'title', 'kind'] },
);

/** Durations as duties write them (format 1.1): immediately, ranges, "about", a length agreed per case. */
const dutyDuration: fc.Arbitrary<Duration> = fc.oneof(
  { weight: 3, arbitrary: duration },
  { weight: 1, arbitrary: pick(['days', 'schoolDays', 'weeks'] as const).map((unit) => ({ amount: 0, unit })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), pick(['weeks', 'schoolWeeks', 'months', 'terms'] as const), fc.boolean())
      .map(([amount, to, unit, approximate]) => ({ amount, to, unit, ...(approximate ? { approximate } : {}) })),
  },
  { weight: 1, arbitrary: fc.tuple(pick(QUESTION_IDS), pick(['weeks', 'schoolDays'] as const)).map(([fromAnswer, unit]) => ({ fromAnswer, unit })) },
);
/** Dates a duty counts from or is due by: questions and measures, some of them not dates, some missing. */
const dateId = fc.oneof(pick(QUESTION_IDS), pick(MEASURE_IDS), pick(['deadline']));
const FORCES = ['must', 'should', 'may', 'consider'] as const;

const actionGroup: fc.Arbitrary<ActionGroup> = fc.record(
  {
    role: pick(ROLE_IDS),
    force: pick(FORCES),
    heading: shortText,
    actions: fc.array(
      fc.record(
        {
          id: pick(['a1', 'a2']),
          text: longText,
          force: pick(FORCES),
          roles: fc.array(pick(ROLE_IDS), { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[string, ...string[]]>,
          when: conditionArbitrary,
          gates: fc.array(pick(['g1', 'g2', 'g3', 'ghost']), { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[string, ...string[]]>,
          due: dutyDuration,
          dueFrom: dateId,
          dueBy: dateId,
          every: dutyDuration,
        },
        { requiredKeys: ['text'] },
      ),
      { minLength: 1, maxLength: 3 },
    ) as fc.Arbitrary<ActionGroup['actions']>,
  },
  { requiredKeys: ['role', 'actions'] },
);

const timeLimit: fc.Arbitrary<TimeLimit> = fc.record(
  {
    id: pick(['t1', 't2']),
    title: shortText,
    kind: pick(['limit', 'review', 'support', 'notice', 'monitoring'] as const),
    duration: writtenDuration,
    starts: shortText,
    startsFrom: dateRef,
    extension: fc.oneof(
      fc.record({ duration: writtenDuration, total: writtenDuration, description: longText }, { requiredKeys: ['duration'] }),
      fc.record({ duration: writtenDuration, total: writtenDuration, description: longText }, { requiredKeys: ['total'] }),
    ),
    onExpiry: fc.record({ description: longText, outcome: pick(['o1', 'ghost']) }, { requiredKeys: ['description'] }),
    onBreach: fc.record({ when: conditionArbitrary, description: longText, outcome: pick(['o1', 'o2', 'ghost']) }, { requiredKeys: ['when', 'description'] }),
  },
  { requiredKeys: ['id', 'title', 'duration'] },
);

const route: fc.Arbitrary<Route> = fc.record(
  {
    id: pick(ROUTE_IDS.slice(0, 2)),
    title: shortText,
    description: longText,
    // Format 1.1: chosen in the journey or decided later (by role), with gates and referrals.
    chosenBy: pick(ROLE_IDS),
    gates: fc.array(gate, { maxLength: 2 }),
    referrals: fc.array(pick(REFERRAL_IDS), { maxLength: 2 }),
    when: conditionArbitrary,
    actions: fc.array(actionGroup, { maxLength: 1 }),
    questions: fc.array(question, { maxLength: 2 }),
    evidence: fc.array(evidence, { maxLength: 1 }),
    timeLimits: fc.array(timeLimit, { maxLength: 1 }),
    outcomes: fc.array(outcome, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title'] },
);

const stage: fc.Arbitrary<Stage> = fc.record(
  {
    id: pick(STAGE_IDS.slice(0, 4)),
    title: shortText,
    subtitle: shortText,
    dfeStages: fc.uniqueArray(pick(['expect', 'monitor', 'listen-and-understand', 'facilitate-support', 'formalise-support', 'enforce'] as const), { maxLength: 2 }),
    description: longText,
    guidance: fc.array(longText, { maxLength: 1 }),
    universal: fc.boolean(),
    bands: fc.array(band, { maxLength: 2 }),
    entry: fc.record({ description: longText, when: conditionArbitrary, byChoice: fc.boolean() }, { requiredKeys: [] }),
    exit: fc.record({ description: longText, when: conditionArbitrary }, { requiredKeys: [] }),
    lead: fc.record({ role: pick(ROLE_IDS), description: longText }, { requiredKeys: ['role'] }),
    requires: fc.record(
      { stages: fc.array(pick(STAGE_IDS), { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[string, ...string[]]>, description: longText },
      { requiredKeys: ['stages'] },
    ),
    actions: fc.array(actionGroup, { maxLength: 2 }),
    questions: fc.array(question, { maxLength: 4 }),
    evidence: fc.array(evidence, { maxLength: 2 }),
    gates: fc.array(gate, { maxLength: 3 }),
    routes: fc.array(route, { maxLength: 2 }),
    timeLimits: fc.array(timeLimit, { maxLength: 2 }),
    outcomes: fc.array(outcome, { maxLength: 3 }),
    referrals: fc.array(pick(REFERRAL_IDS), { maxLength: 2 }),
    resources: links,
    contacts: fc.array(pick(CONTACT_IDS), { maxLength: 2 }),
    notes: fc.array(longText, { maxLength: 1 }),
  },
  { requiredKeys: ['id', 'title'] },
);

const exception: fc.Arbitrary<Exception> = fc.record(
  {
    id: pick(['x1', 'x2', 'x3']),
    title: shortText,
    when: conditionArbitrary,
    effect: pick(['skip', 'block', 'redirect', 'reassign', 'advise'] as const),
    stages: fc.array(pick(STAGE_IDS), { maxLength: 2 }),
    referrals: fc.array(pick(REFERRAL_IDS), { maxLength: 2 }),
    routes: fc.array(pick(ROUTE_IDS), { maxLength: 2 }),
    redirectTo: fc
      .record({ stage: pick(STAGE_IDS), referral: pick(REFERRAL_IDS), contact: pick(CONTACT_IDS) }, { requiredKeys: [] })
      .filter((target) => Object.keys(target).length > 0),
    lead: longText,
    message: longText,
  },
  { requiredKeys: ['id', 'title', 'when', 'effect', 'message'] },
);

const referral: fc.Arbitrary<Referral> = fc.record(
  {
    id: pick(REFERRAL_IDS.slice(0, 2)),
    title: shortText,
    description: longText,
    target: fc.record(
      { name: shortText, kind: pick(['team', 'panel', 'meeting', 'frontDoor', 'service', 'other'] as const), description: longText },
      { requiredKeys: ['name', 'kind'] },
    ),
    channel: fc.record(
      {
        kind: pick(['email', 'portal', 'form', 'phone', 'meeting', 'other'] as const),
        email: shortText,
        url,
        phone: shortText,
        instructions: longText,
      },
      { requiredKeys: ['kind'] },
    ),
    fields: fc.array(
      fc.record(
        {
          id: pick(FIELD_IDS),
          label: shortText,
          type: pick(['text', 'date', 'email', 'phone'] as const),
          required: fc.boolean(),
          personal: fc.boolean(),
          help: longText,
        },
        { requiredKeys: ['id', 'label', 'type'] },
      ),
      { maxLength: 3 },
    ),
    include: fc.array(evidence, { maxLength: 2 }),
    gates: fc.array(gate, { maxLength: 2 }),
    response: longText,
    outcomes: fc.array(outcome, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title', 'target', 'channel'] },
);

/** Requirements written once (format 1.1): at some stages or every stage, under a rule or always. */
const requirement: fc.Arbitrary<Requirement> = fc.record(
  {
    id: pick(['rq1', 'rq2']),
    title: shortText,
    description: longText,
    when: conditionArbitrary,
    stages: fc.array(pick(STAGE_IDS), { minLength: 1, maxLength: 3 }) as fc.Arbitrary<[string, ...string[]]>,
    actions: fc.array(actionGroup, { maxLength: 2 }),
    questions: fc.array(question, { maxLength: 2 }),
    evidence: fc.array(evidence, { maxLength: 2 }),
    gates: fc.array(gate, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'title'] },
);

const journey: fc.Arbitrary<Journey> = fc.record(
  {
    audience: pick(['school', 'localAuthority', 'professional'] as const),
    role: pick(ROLE_IDS),
    end: fc.record({ kind: pick(['referral', 'request', 'review', 'plan', 'record'] as const), label: shortText }, { requiredKeys: ['kind'] }),
  },
  { requiredKeys: ['audience'] },
);

const contact: fc.Arbitrary<Contact> = fc.record(
  { id: pick(CONTACT_IDS.slice(0, 2)), name: shortText, description: longText, email: shortText, phone: shortText, url },
  { requiredKeys: ['id', 'name'] },
);

/** A schema-valid pathway with every part of the format represented. */
export const pathwayArbitrary: fc.Arbitrary<Pathway> = fc.record(
  {
    schemaVersion: pick(['1.0', '1.1'] as const),
    id: pick(['pathway', 'wigan-attendance', 'p.1']),
    version: fc.string({ minLength: 1, maxLength: 10 }),
    title: shortText,
    authority: fc.record({ name: shortText, service: shortText, url }, { requiredKeys: ['name'] }),
    summary: longText,
    introduction: fc.array(longText, { maxLength: 1 }),
    effectiveFrom: date,
    lastUpdated: date,
    reviewBy: date,
    sources: links,
    statutoryReferences: fc.array(fc.record({ title: shortText, citation: shortText, url, quote: longText }, { requiredKeys: ['title'] }), { maxLength: 1 }),
    measures: fc.array(measure, { minLength: 1, maxLength: 4 }) as fc.Arbitrary<Pathway['measures']>,
    classifications: fc.array(band, { maxLength: 2 }),
    cohorts: fc.array(fc.record({ id: pick(COHORT_IDS.slice(0, 3)), title: shortText, description: longText }, { requiredKeys: ['id', 'title'] }), { maxLength: 3 }),
    roles: fc.array(
      fc.record(
        { id: pick(ROLE_IDS.slice(0, 2)), title: shortText, kind: pick(['school', 'localAuthority', 'partner', 'leadProfessional', 'family', 'panel', 'other'] as const), description: longText },
        { requiredKeys: ['id', 'title'] },
      ),
      { maxLength: 2 },
    ),
    stages: fc.array(stage, { minLength: 1, maxLength: 4 }) as fc.Arbitrary<Pathway['stages']>,
    start: pick(STAGE_IDS),
    exceptions: fc.array(exception, { maxLength: 3 }),
    referrals: fc.array(referral, { maxLength: 2 }),
    requirements: fc.array(requirement, { maxLength: 2 }),
    actions: fc.array(actionGroup, { maxLength: 2 }),
    journey,
    resources: links,
    contacts: fc.array(contact, { maxLength: 2 }),
  },
  { requiredKeys: ['schemaVersion', 'id', 'version', 'title', 'authority', 'measures', 'stages'] },
);

/**
 * `pathway` (a copy) with every reference that names nothing of its kind pointed at something
 * that is of it, or undefined when some reference has nothing to point at. The widget refuses a
 * pathway with such references (as lint does), so its walks of random pathways need these.
 */
export function withResolvedReferences(pathway: Pathway): Pathway | undefined {
  const copy = JSON.parse(JSON.stringify(pathway)) as Pathway;
  const outline = outlinePathway(copy);
  for (const reference of unresolvedReferences(outline)) {
    const fits = outline.entities.filter((entity) => reference.kinds.includes(entity.kind) && fitsReference(entity, reference));
    if (fits.length === 0) return undefined;
    const holder = reference.from.value;
    const held = holder[reference.property];
    if (Array.isArray(held)) holder[reference.property] = held.map((id) => (id === reference.id ? fits[0].id : id));
    else holder[reference.property] = fits[0].id;
  }
  return unresolvedReferences(outlinePathway(copy)).length === 0 ? copy : undefined;
}

/** Random pathways whose every reference names something of its kind (see `withResolvedReferences`). */
export const resolvedPathwayArbitrary: fc.Arbitrary<Pathway> = pathwayArbitrary
  .map(withResolvedReferences)
  .filter((pathway): pathway is Pathway => pathway !== undefined);

// ---------------------------------------------------------------------------------------
// Cases

const hostileValue = fc.oneof(
  pick([null, true, false, Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, '', ' ', 'maybe', '__proto__'] as unknown[]),
  fc.constant([] as unknown),
  fc.constant({ nested: { deeper: 1 } } as unknown),
);

const measureInput = fc.oneof(
  { weight: 4, arbitrary: fc.record({ percentage: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), pick([50, 89.95, 90, 95, 100])) }) },
  fc.record({ percentage: fc.oneof(finite, pick([Number.NaN, -5, 101, 89.95])) }),
  fc.record({ possibleSessions: fc.integer({ min: -2, max: 400 }), attendedSessions: fc.integer({ min: -2, max: 400 }) }),
  fc.record({ possibleSessions: fc.oneof(fc.integer({ min: 0, max: 400 }), pick([0, 1.5])), absentSessions: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ value: fc.oneof(finite, pick([Number.NaN, -1])) }),
  // Format 1.1: date measures.
  fc.record({ date: fc.oneof(date as fc.Arbitrary<unknown>, pick(['2025-02-30', 'today', '', '2025-3-3']), hostileValue) }),
  hostileValue,
);

/** Earlier readings (format 1.1): a measure input with a date and a period, or anything at all. */
const baselineInput = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(measureInput, fc.oneof(date as fc.Arbitrary<unknown>, pick(['2025-02-30', undefined]), hostileValue), shortText)
    .map(([input, when, period]) => (typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...input, date: when, period } : input)) as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: hostileValue },
);

const answerInput = fc.oneof(
  { weight: 6, arbitrary: pick(['yes', 'yes', 'no', 'na', 'a', '2024-09-01']) as fc.Arbitrary<unknown> },
  { weight: 3, arbitrary: answerValue as fc.Arbitrary<unknown> },
  { weight: 2, arbitrary: pick(['yes', 'no', 'na', 'a', 'b', 'c', '2025-01-06', '2025-02-30', '2024-09-01']) as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: hostileValue },
);

/** Everything a school might enter, and much it should not: never throws, whatever it holds. */
export const caseInputArbitrary: fc.Arbitrary<CaseInput> = fc.oneof(
  { weight: 12, arbitrary: fc.record(
    {
      measures: fc.dictionary(pick(MEASURE_IDS), measureInput, { maxKeys: 4 }),
      cohorts: fc.array(fc.oneof(pick(COHORT_IDS) as fc.Arbitrary<unknown>, hostileValue), { maxLength: 3 }),
      answers: fc.dictionary(pick(QUESTION_IDS), answerInput, { maxKeys: 7 }),
      evidence: fc.dictionary(
        pick(EVIDENCE_IDS),
        fc.oneof(fc.record({ confirmed: fc.boolean(), note: shortText }, { requiredKeys: ['confirmed'] }) as fc.Arbitrary<unknown>, hostileValue),
        { maxKeys: 4 },
      ),
      details: fc.dictionary(pick(FIELD_IDS), fc.oneof(shortText as fc.Arbitrary<unknown>, date, pick(['2025-02-30']), hostileValue), { maxKeys: 3 }),
      asOf: fc.oneof(date as fc.Arbitrary<unknown>, pick(['2026-06-30', 'today', '2025-13-01']), hostileValue),
      stage: fc.oneof(pick(STAGE_IDS) as fc.Arbitrary<unknown>, hostileValue),
      // Format 1.1: chosen routes and recorded outcomes, known, unknown and hostile.
      routes: fc.oneof(fc.array(fc.oneof(pick(ROUTE_IDS) as fc.Arbitrary<unknown>, hostileValue), { maxLength: 3 }) as fc.Arbitrary<unknown>, hostileValue),
      outcomes: fc.oneof(fc.array(fc.oneof(pick(OUTCOME_IDS) as fc.Arbitrary<unknown>, hostileValue), { maxLength: 3 }) as fc.Arbitrary<unknown>, hostileValue),
      baselines: fc.oneof(fc.dictionary(pick(MEASURE_IDS), baselineInput, { maxKeys: 4 }) as fc.Arbitrary<unknown>, hostileValue),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<unknown> },
  { weight: 1, arbitrary: hostileValue },
) as fc.Arbitrary<CaseInput>;
