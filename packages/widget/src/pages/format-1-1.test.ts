/**
 * What the pages say about format 1.1 (issue 8 items 3 and 9, issue 7 shapes 1, 2, 3, 5, 6, 7, 8),
 * as rules that hold on any pathway, checked on the 1.1 shape fixtures and the seeds:
 * routes (who chooses, what each involves, a closed route never picked silently, readiness per
 * route, the summary and both downloads), duties (force, roles, due, how often, when, gates;
 * standing duties), whose journey (no "referral" without one; the end named), date measures,
 * earlier readings, counts after an event and time limits (end, passed, breach).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createPathway } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import chosenRoutesJson from '@pathway/core/fixtures/shapes/chosen-routes.json';
import dutiesJson from '@pathway/core/fixtures/shapes/duties.json';
import whoseJourneyJson from '@pathway/core/fixtures/shapes/whose-journey.json';
import changeOverTimeJson from '@pathway/core/fixtures/shapes/change-over-time.json';
import datesJson from '@pathway/core/fixtures/shapes/dates-and-events.json';
import durationsJson from '@pathway/core/fixtures/shapes/durations.json';
import requirementsJson from '@pathway/core/fixtures/shapes/requirements-written-once.json';
import whereACaseStartsJson from '@pathway/core/fixtures/shapes/where-a-case-starts.json';
import { buildDraft, reconcile } from '../drafts/draft-envelope.js';
import { en } from '../i18n/strings.js';
import { draftContent, journeyFromDraft } from '../journey/journey-state.js';
import { indexPathway } from '../journey/pathway-index.js';
import { axeViolations, deepActiveElement, hasId, tabTo } from '../testing/accessibility.js';
import { copyOf, seeds } from '../testing/fixtures.js';
import { answer, chooseStage, clickButton, clickField, continueOn, enterPercentage, fillField, start, throughMeasures, tickCohort } from '../testing/journey.js';
import { downloadsOf, summaryFor } from '../testing/driver.js';
import { cleanup, headingOf, mountWidget, recordEvents, settle, textOf } from '../testing/mount.js';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const routesPathway = chosenRoutesJson as unknown as Pathway;
const query = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<T>(selector);
const queryAll = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => [
  ...widget.shadowRoot!.querySelectorAll<T>(selector),
];
const radio = (widget: PathwayWidget, id: string) => query<HTMLInputElement>(widget, `#${CSS.escape(id)}`)!;

async function toSummary(widget: PathwayWidget): Promise<void> {
  for (let i = 0; i < 6 && headingOf(widget) !== 'Check your answers'; i++) await continueOn(widget);
  await clickButton(widget, 'Continue to summary');
}

async function noAxe(widget: PathwayWidget): Promise<void> {
  expect(await axeViolations(widget)).toEqual([]);
}

describe('routes (issue 8 item 3, issue 7 shape 3)', () => {
  it('each route with its description, who chooses it, what it involves and its status; chosen with the keyboard and recorded', async () => {
    const widget = await mountWidget({ pathway: routesPathway, attributes: { 'as-of': '2025-03-01' } });
    const changes = recordEvents(widget, 'pathway-change');
    await throughMeasures(widget, '55');
    expect(headingOf(widget)).toBe('Which stage applies');
    const choice = query(widget, '[data-route-choice="formal"]')!;
    expect(textOf(choice)).toContain('Which route will you take?');
    expect(textOf(choice)).toContain('Where the family would benefit from whole-family support.');
    expect(textOf(choice)).toContain('Where support has been offered and refused or not engaged with.');
    expect(textOf(query(widget, '[data-route="legal"]')!)).toContain('Not chosen');
    // What the legal route involves: its own questions, evidence, condition, referral, outcomes.
    const involves = query(widget, '[data-route-involves="legal"]')!;
    expect(textOf(involves)).toContain('Have you consulted the attendance officer about legal action?');
    expect(textOf(involves)).toContain('Copy of the formal warning letter');
    expect(textOf(involves)).toContain('The support plan has run for at least 6 weeks');
    expect(textOf(involves)).toContain('Ashcombe attendance legal team');
    await noAxe(widget);

    // Keyboard only: Tab to the first route, arrow to the second.
    await tabTo(hasId('r-early-help'), 'the first route');
    await userEvent.keyboard(' ');
    await settle(widget);
    await userEvent.keyboard('{ArrowDown}');
    await settle(widget);
    expect((deepActiveElement() as HTMLElement).id).toBe('r-legal');
    expect(radio(widget, 'r-legal').checked).toBe(true);
    expect(changes.at(-1)!.detail.routes).toEqual(['legal']);
    expect(query(widget, '[data-route="legal"] [data-route-status]')!.dataset.routeStatus).toBe('chosen');
    await noAxe(widget);

    await continueOn(widget);
    // The route's questions are grouped under the route; the other route's are not asked.
    const headings = queryAll(widget, 'h3.group-heading').map((node) => textOf(node));
    expect(headings).toContain('Route 2: Legal intervention request');
    expect(query(widget, '[data-question="family-consents"]')).toBeNull();
    // Readiness per route: the stage's items and the route's own, never mixed.
    const stageGroup = textOf(query(widget, '[data-readiness-group="stage"]')!);
    expect(stageGroup).toContain('Has the attendance support plan been reviewed');
    expect(stageGroup).not.toContain('consulted the attendance officer');
    const routeGroup = textOf(query(widget, '[data-readiness-group="route:legal"]')!);
    // A route titled "Route 2: …" is not called "the route “Route 2: …”" (the word said twice).
    expect(routeGroup).toContain('Needed for “Route 2: Legal intervention request”');
    expect(routeGroup).not.toMatch(/the route “Route/i);
    expect(routeGroup).toContain('consulted the attendance officer');
    // Waiting on a question not answered yet: said as the gate's tag says it, not "not met".
    expect(routeGroup).toContain('The support plan has run for at least 6 weeks: not answered yet');
    // The stage done, the referral waits for the route, and says so.
    await answer(widget, 'plan-reviewed', 'yes');
    expect(textOf(query(widget, '[data-status="stage"]')!)).toContain('Nothing blocking is missing at this stage.');
    expect(textOf(query(widget, '[data-status="referral:legal-request"]')!)).toContain(
      'First complete what “Route 2: Legal intervention request” needs.',
    );
    expect(query(widget, '[data-status="route:legal"]')!.dataset.ready).toBe('false');
    await noAxe(widget);

    await toSummary(widget);
    const routes = query(widget, '[data-section="routes"]')!;
    expect(textOf(routes)).toContain('Route chosen: Route 2: Legal intervention request.');
    expect(query(widget, '[data-summary-route="early-help"]')!.dataset.status).toBe('not-chosen');
    expect(query(widget, '[data-summary-route="legal"]')!.dataset.status).toBe('chosen');
    await noAxe(widget);
    const { json, web } = await downloadsOf(widget);
    const jsonRoutes = json.routes as { id: string; chosen: boolean; choice: string }[];
    expect(jsonRoutes.map((route) => [route.id, route.chosen, route.choice])).toEqual([
      ['early-help', false, 'user'],
      ['legal', true, 'user'],
    ]);
    expect(web).toContain('Route chosen: Route 2: Legal intervention request.');
  });

  it('a route that is not open cannot be picked: disabled with its reason; one chosen before says so and stops Continue', async () => {
    const widget = await mountWidget({ pathway: routesPathway });
    await throughMeasures(widget, '65');
    const legal = radio(widget, 'r-legal');
    expect(legal.disabled).toBe(true);
    expect(textOf(query(widget, '[data-route="legal"]')!)).toMatch(/Not open.*Attendance is 65%/);
    expect(radio(widget, 'r-early-help').disabled).toBe(false);
    await noAxe(widget);

    // An exception closing the route: its message is the reason.
    cleanup();
    const looked = await mountWidget({ pathway: routesPathway });
    await start(looked);
    await enterPercentage(looked, '55');
    await tickCohort(looked, 'looked-after');
    await continueOn(looked);
    expect(radio(looked, 'r-legal').disabled).toBe(true);
    expect(textOf(looked.shadowRoot!.querySelector('[data-route="legal"]')!)).toContain('speak to the Virtual School instead');

    // A case that chose it: still shown, checked, with an error on Continue, never taken silently.
    cleanup();
    const seeded = await mountWidget({ pathway: routesPathway, properties: { case: { measures: { attendance: { percentage: 65 } }, routes: ['legal'] } } });
    await start(seeded);
    await continueOn(seeded);
    expect(radio(seeded, 'r-legal').checked).toBe(true);
    expect(textOf(seeded.shadowRoot!.querySelector('[data-route="legal"]')!)).toContain('Chosen, but not open');
    await continueOn(seeded);
    expect(headingOf(seeded)).toBe('Which stage applies');
    expect(textOf(seeded.shadowRoot!.querySelector('.error-summary')!)).toContain('There is a problem “Route 2: Legal intervention request” is not open for this pupil (');
    await noAxe(seeded);
    await clickField(seeded, 'r-early-help');
    await continueOn(seeded);
    expect(headingOf(seeded)).not.toBe('Which stage applies');
  });

  it('a route whose rule reads answers on the next page is not judged "not open" before they are given', async () => {
    const pathway = copyOf(routesPathway) as unknown as { stages: { routes?: { id: string; when?: unknown }[] }[] };
    pathway.stages[1].routes![1].when = { answer: 'plan-reviewed', in: ['yes'] };
    const widget = await mountWidget({ pathway });
    await throughMeasures(widget, '65');
    expect(radio(widget, 'r-legal').disabled).toBe(false);
    expect(query(widget, '[data-route="legal"] [data-route-status]')!.dataset.routeStatus).toBe('waits');
    await clickField(widget, 'r-legal');
    await continueOn(widget);
    expect(query(widget, '[data-route-closed]')).toBeNull();
    await answer(widget, 'plan-reviewed', 'no');
    expect(textOf(query(widget, '[data-route-closed="legal"]')!)).toContain('is not open for this pupil');
    await noAxe(widget);
    await answer(widget, 'plan-reviewed', 'yes');
    expect(query(widget, '[data-route-closed]')).toBeNull();
    await noAxe(widget);
  });

  it('routes decided later: "The Local Authority will decide between …", each with what it involves, in the summary too', async () => {
    const widget = await mountWidget({ pathway: routesPathway });
    await throughMeasures(widget, '55');
    await chooseStage(widget, 'la-review');
    const later = query(widget, '[data-routes-later]')!;
    expect(textOf(later)).toContain('The Local Authority will decide between Attendance contract and Penalty notice.');
    expect(textOf(query(widget, '[data-route-involves="contract"]')!)).toContain('Does the parent agree to sign an attendance contract?');
    expect(query(widget, '[data-route-choice]')).toBeNull();
    await noAxe(widget);
    await toSummary(widget);
    expect(textOf(query(widget, '[data-section="routes"]')!)).toContain('The Local Authority will decide between Attendance contract and Penalty notice.');
    // Each route says who decides once, in its tag.
    for (const row of queryAll(widget, '[data-summary-route]')) expect(textOf(row).match(/will decide/g)).toHaveLength(1);
    const { json, web } = await downloadsOf(widget);
    expect((json.routes as { decidedBy?: string }[]).map((route) => route.decidedBy)).toEqual(['The Local Authority', 'The Local Authority']);
    expect(web).toContain('The Local Authority will decide between Attendance contract and Penalty notice.');
  });

  it('a stage redirected for the pupil leaves no route for anyone to decide: the stage page, the summary and the downloads say the routes are not open', async () => {
    const redirected = copyOf(routesPathway);
    redirected.contacts = [{ id: 'virtual-school', name: 'Virtual School', phone: '01632 960199' }];
    redirected.exceptions = [
      { id: 'cla-la-review', title: 'Child looked after', when: { cohort: 'looked-after' }, effect: 'redirect', stages: ['la-review'],
        redirectTo: { contact: 'virtual-school' }, message: 'We do not take legal action for children looked after: speak to the Virtual School.' },
    ];
    const widget = await mountWidget({ pathway: redirected });
    await throughMeasures(widget, '55', ['looked-after']);
    await chooseStage(widget, 'la-review');
    const routes = query(widget, '[data-stage-routes]')!;
    expect(textOf(routes)).not.toMatch(/will decide/);
    // The tag says "Not open"; the reason beside it says why, once.
    expect(textOf(query(widget, '[data-route="contract"]')!)).toMatch(/^Attendance contract Not open This stage is redirected elsewhere for this pupil/);
    await toSummary(widget);
    expect(textOf(query(widget, '[data-section="routes"]')!)).not.toMatch(/will decide/);
    expect(query(widget, '[data-summary-route="contract"]')!.dataset.status).toBe('closed');
    expect(textOf(query(widget, '[data-summary-route="contract"]')!)).toContain('Not open This stage is redirected elsewhere for this pupil');
    const { json, web } = await downloadsOf(widget);
    expect((json.nextSteps as string[]).join(' ')).not.toMatch(/will decide/);
    expect(web).not.toMatch(/will decide/);
    expect(web).toContain('Instead: contact Virtual School.');
  });

  it('a case sets the routes; a new case that leaves them alone keeps the user\'s choice', async () => {
    const widget = await mountWidget({ pathway: routesPathway, properties: { case: { measures: { attendance: { percentage: 55 } }, routes: ['early-help'], asOf: '2025-03-01' } } });
    await start(widget);
    await continueOn(widget);
    expect(radio(widget, 'r-early-help').checked).toBe(true);
    await clickField(widget, 'r-legal');
    widget.case = { measures: { attendance: { percentage: 55 } }, routes: ['early-help'], asOf: '2025-03-02' };
    await settle(widget);
    expect(radio(widget, 'r-legal').checked).toBe(true);
    widget.case = { measures: { attendance: { percentage: 55 } }, routes: ['early-help'], asOf: '2025-03-02', outcomes: [] };
    await settle(widget);
    expect(radio(widget, 'r-legal').checked).toBe(true);
  });

  it('a changed pathway keeps the chosen route while it exists, and says when it goes', async () => {
    const widget = await mountWidget({ pathway: routesPathway });
    await throughMeasures(widget, '55');
    await clickField(widget, 'r-legal');
    const changes = recordEvents(widget, 'pathway-change');
    const renamed = copyOf(routesPathway) as unknown as { stages: { routes?: { title: string }[] }[] };
    renamed.stages[1].routes![1].title = 'Route 2: Legal action';
    widget.pathway = renamed;
    await settle(widget);
    expect(radio(widget, 'r-legal').checked).toBe(true);
    const removed = copyOf(routesPathway) as unknown as { stages: { routes?: unknown[] }[]; exceptions: unknown[]; referrals: unknown[] };
    removed.stages[1].routes = removed.stages[1].routes!.slice(0, 1);
    removed.exceptions = [];
    (removed.stages[1] as { outcomes?: unknown[] }).outcomes = [];
    widget.pathway = removed;
    await settle(widget);
    expect(query(widget, '#r-legal')).toBeNull();
    expect(changes.at(-1)?.detail.routes).toBeUndefined();
    expect(changes.length).toBeGreaterThan(0);
  });

  it('chosen routes are kept in drafts and survive reconciliation; unknown ones are dropped', () => {
    const index = indexPathway(routesPathway);
    const state = journeyFromDraft(index, { answers: {}, measures: {}, cohorts: [], evidence: {}, routes: ['legal', 'gone'] });
    expect(state.extra.routes).toEqual(['legal', 'gone']);
    const content = draftContent(index, state, en);
    expect(content.routes).toEqual(['legal']);
    const { content: back } = reconcile(buildDraft(index, content), index);
    expect(back.routes).toEqual(['legal']);
  });
});

describe('duties (issue 8 item 9, issue 7 shape 5)', () => {
  it('each duty with its own force (never inferred), roles, due date and overdue, how often, whether it applies and its gates', async () => {
    const widget = await mountWidget({ pathway: dutiesJson, attributes: { 'as-of': '2025-03-01' } });
    await start(widget);
    await enterPercentage(widget, '55');
    // A date measure is a GOV.UK date input, not a number box.
    expect(query(widget, '[data-date-measure="panel-date"] fieldset legend')).not.toBeNull();
    await fillField(widget, 'm-panel-date-day', '1');
    await fillField(widget, 'm-panel-date-month', '2');
    await fillField(widget, 'm-panel-date-year', '2025');
    await noAxe(widget);
    await continueOn(widget);
    const duty = (id: string) => query(widget, `[data-stage-duties] [data-duty="${id}"]`)!;
    expect(duty('first-day-contact').dataset.force).toBe('must');
    expect(textOf(duty('first-day-contact'))).toMatch(/^Must Contact the family/);
    expect(duty('share-plan').dataset.force).toBe('may');
    expect(textOf(duty('share-plan'))).toMatch(/^May /);
    // No force given: no force word, whatever the heading says.
    expect(duty('record-keeping').dataset.force).toBe('none');
    expect(textOf(duty('record-keeping'))).toMatch(/^Keep a record/);
    expect(textOf(duty('consider-prosecution'))).toMatch(/^Consider Prosecution/);
    expect(textOf(duty('review-meetings'))).toContain('By: The school, the education welfare officer');
    expect(textOf(duty('review-meetings'))).toContain('How often: Every 2 weeks.');
    expect(duty('notice-to-improve').dataset.overdue).toBe('true');
    expect(textOf(duty('notice-to-improve'))).toContain('Overdue');
    expect(duty('start-plan').dataset.applies).toBe('false');
    expect(textOf(duty('start-plan'))).toContain('Does not apply now');
    expect(textOf(duty('consider-prosecution'))).toContain('Waits for: The Education Welfare Service has been consulted; A chronology has been sent to the panel.');
    // A route's duty is the route's, not the stage's.
    expect(query(widget, '[data-stage-duties] [data-duty="review-contract"]')).toBeNull();
    await noAxe(widget);
    await toSummary(widget);
    const summaryDuties = query(widget, '[data-section="duties"]')!;
    expect(summaryDuties.querySelector<HTMLElement>('[data-duty="consider-prosecution"]')!.dataset.force).toBe('consider');
    await noAxe(widget);
  });

  it('a gate the pupil does not need is not counted among the conditions met', async () => {
    // The consultation is not needed for a pupil in a circumstance that makes it irrelevant: it
    // holds without the school doing it. (A gate held by a figure the school entered is met:
    // core's gate-met-by-figure.test.ts.)
    const text = JSON.stringify(dutiesJson).replace(
      '"condition":{"answer":"la-consulted","in":["yes"]}',
      '"condition":{"any":[{"answer":"la-consulted","in":["yes"]},{"cohort":"home-educated"}]}',
    );
    expect(text).toContain('"cohort":"home-educated"');
    const pathway = { ...JSON.parse(text), cohorts: [{ id: 'home-educated', title: 'Electively home educated' }] };
    const widget = await mountWidget({ pathway, attributes: { 'as-of': '2025-03-01' } });
    await start(widget);
    await enterPercentage(widget, '55');
    await tickCohort(widget, 'home-educated');
    await fillField(widget, 'm-panel-date-day', '1');
    await fillField(widget, 'm-panel-date-month', '2');
    await fillField(widget, 'm-panel-date-year', '2025');
    await continueOn(widget);
    await continueOn(widget);
    await answer(widget, 'q-chronology-sent', 'yes');
    await toSummary(widget);
    const duty = textOf(query(widget, '[data-section="duties"] [data-duty="consider-prosecution"]')!);
    expect(duty).toContain('Its conditions are met: A chronology has been sent to the panel. Not needed for this pupil: The Education Welfare Service has been consulted.');
    expect(duty).not.toMatch(/met: [^.]*Education Welfare Service/);
  });

  it('standing duties at the start page and in every summary', async () => {
    const widget = await mountWidget({ pathway: requirementsJson });
    const standing = query(widget, '[data-section="standing-duties"]')!;
    expect(textOf(standing)).toContain('Meet your attendance officer every term');
    expect(textOf(standing)).toContain('By: The school, the attendance advice line');
    expect(standing.querySelector<HTMLElement>('[data-duty="advice-line"]')!.dataset.force).toBe('may');
    await noAxe(widget);
    await start(widget);
    await enterPercentage(widget, '95');
    await toSummary(widget);
    expect(textOf(query(widget, '#summary-document [data-section="standing-duties"]')!)).toContain('Call the attendance advice line');
    await noAxe(widget);
  });

  it('on every seed, the stage with duties shows them (1.0 groups, or 1.1 duties each with its own force)', async () => {
    let tested = 0;
    for (const pathway of Object.values(seeds)) {
      const stage = pathway.stages.find((item) => (item.actions?.length ?? 0) > 0);
      if (!stage) continue;
      tested++;
      const widget = await mountWidget({ pathway });
      await throughMeasures(widget, '60');
      await chooseStage(widget, stage.id);
      expect(queryAll(widget, '[data-stage-duties] details').length, pathway.id).toBeGreaterThan(0);
      // A duty's force word is its own: a duty marked "consider" never reads as "Must".
      for (const duty of queryAll(widget, '[data-duty]')) {
        if (duty.dataset.force === 'consider') expect(textOf(duty)).toMatch(/^Consider /);
        if (duty.dataset.force === 'none') expect(textOf(duty)).not.toMatch(/^(Must|Should|May|Consider) /);
      }
      await noAxe(widget);
      cleanup();
    }
    expect(tested).toBeGreaterThan(0);
  });
});

describe('whose journey (issue 7 shape 8)', () => {
  it('nothing says "referral" where the pathway has none, and readiness names the end', async () => {
    const widget = await mountWidget({ pathway: whoseJourneyJson });
    const seen: string[] = [];
    const look = () => seen.push(textOf(widget.shadowRoot!));
    look();
    await start(widget);
    await fillField(widget, 'm-attendance-percentage', '50');
    await fillField(widget, 'm-unauthorised-value', '12');
    look();
    await continueOn(widget);
    look();
    await continueOn(widget);
    look();
    const status = textOf(query(widget, '[data-status="stage"]')!);
    expect(status).toContain('Not ready for the legal planning review yet.');
    for (const id of [...queryAll<HTMLInputElement>(widget, 'input[type="radio"][value="yes"]')].map((node) => node.name.slice(2))) {
      await answer(widget, id, 'yes');
    }
    await toSummary(widget);
    look();
    for (const text of seen) expect(text).not.toMatch(/referr/i);
    await noAxe(widget);
  });
});

describe('1.1 inputs (issue 7 shapes 1, 2, 6)', () => {
  it('earlier readings are asked only for the measures the engine names, kept in the case, events, drafts and the summary', async () => {
    const widget = await mountWidget({ pathway: changeOverTimeJson });
    const changes = recordEvents(widget, 'pathway-change');
    await start(widget);
    const asked = queryAll(widget, '[data-baseline]').map((node) => node.dataset.baseline);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).not.toContain('late');
    expect(textOf(query(widget, '[data-baseline="attendance"]')!)).toContain('Attendance when the support plan started');
    await noAxe(widget);
    await enterPercentage(widget, '70');
    // A figure that is not one, and a half-typed date, are errors with links to their boxes.
    await fillField(widget, 'b-attendance-value', 'eighty');
    await continueOn(widget);
    expect(textOf(query(widget, '.error-summary')!)).toContain('enter a number');
    await noAxe(widget);
    await fillField(widget, 'b-attendance-value', '85');
    await fillField(widget, 'b-attendance-day', '3');
    await fillField(widget, 'b-attendance-month', '3');
    await fillField(widget, 'b-attendance-year', '2025');
    expect(changes.at(-1)!.detail.baselines).toEqual({ attendance: { percentage: 85, date: '2025-03-03' } });
    await continueOn(widget);
    // Attendance fell from 85% to 70%: down by more than a tenth, so the formal stage applies.
    expect(textOf(query(widget, '[data-current-stage]')!)).toContain(String(changeOverTimeJson.stages[2].title));
    await toSummary(widget);
    expect(textOf(query(widget, '[data-summary-baseline="attendance"]')!)).toContain('85%, on 3 March 2025');
    await noAxe(widget);

    const index = indexPathway(changeOverTimeJson as unknown as Pathway);
    const state = journeyFromDraft(index, { answers: {}, measures: {}, cohorts: [], evidence: {}, baselines: { attendance: { percentage: 85, date: '2025-03-03' } } });
    expect(draftContent(index, state, en).baselines).toEqual({ attendance: { percentage: 85, date: '2025-03-03' } });
  });

  it('date measures are day/month/year; a count after an event shows the period it covers', async () => {
    const widget = await mountWidget({ pathway: datesJson, attributes: { 'as-of': '2025-05-01' } });
    await start(widget);
    expect(query(widget, '#m-warning-issued-day')).not.toBeNull();
    expect(query(widget, '#m-warning-issued-value')).toBeNull();
    // A count after an event says which period it covers: after that date, never "the last …".
    expect(textOf(query(widget, '#m-unauthorised-after-meeting-hint')!)).toBe('Count in the 8 school weeks after date of the attendance meeting.');
    expect(textOf(query(widget, '#m-unauthorised-since-warning-hint')!)).toBe('Count from date the penalty notice warning was issued.');
    await fillField(widget, 'm-warning-issued-day', '3');
    await fillField(widget, 'm-warning-issued-month', '3');
    await fillField(widget, 'm-warning-issued-year', '2025');
    await fillField(widget, 'm-unauthorised-since-warning-value', '4');
    // An incomplete date is an error, not a silent blank.
    await fillField(widget, 'm-first-day-absent-day', '3');
    await continueOn(widget);
    expect(textOf(query(widget, '.error-summary')!)).toContain('enter the day, month and year');
    await noAxe(widget);
    await fillField(widget, 'm-first-day-absent-month', '4');
    await fillField(widget, 'm-first-day-absent-year', '2025');
    await toSummary(widget);
    const measures = textOf(query(widget, '[data-section="measures"]')!);
    expect(measures).toContain('3 March 2025');
    expect(measures).toMatch(/4 sessions \(since 3 March 2025/);
  });

  it('time limits show their end, "Time limit passed" and a breach', async () => {
    const widget = await mountWidget({ pathway: durationsJson, attributes: { 'as-of': '2025-06-01' } });
    await start(widget);
    await enterPercentage(widget, '55');
    await fillField(widget, 'm-unauthorised-during-contract-value', '3');
    await continueOn(widget);
    const monitoring = query(widget, '[data-time-limit="monitoring"]')!;
    expect(monitoring.dataset.breached).toBe('true');
    expect(textOf(monitoring)).toContain('Breached');
    expect(textOf(monitoring)).toContain('If breached: Any unauthorised absence during the monitoring period');
    // Breached, it did not run out clean: what follows running out is not said as if it may still happen.
    const expiry = 'Review the contract with the family';
    expect(textOf(monitoring)).not.toContain(expiry);
    // A review says how often it falls ("reviewed every …"), not "review 2 to 3 weeks".
    expect(textOf(query(widget, '[data-time-limit="first-review"]')!)).toMatch(/^First review: reviewed every 2 to 3 weeks\./);
    // An extension given only as a total says the total, never "extended by ." with nothing.
    expect(textOf(monitoring)).toContain('Can be extended to a total of 8 weeks. if the family is engaging');
    expect(textOf(monitoring)).not.toContain('extended by');
    // A route's time limit is shown with its route, not as the stage's.
    expect(query(widget, '[data-stage-routes] [data-time-limit="parenting-review"], [data-route-involves] [data-time-limit="parenting-review"]') ?? null).not.toBe(
      undefined,
    );
    expect(queryAll(widget, 'section.stage-banner > ul > [data-time-limit="parenting-review"]')).toEqual([]);
    await noAxe(widget);
    await toSummary(widget);
    expect(textOf(query(widget, '[data-time-limit="monitoring"]')!)).toContain('Breached');
    expect(textOf(query(widget, '[data-time-limit="monitoring"]')!)).not.toContain(expiry);
    const { json, web } = await downloadsOf(widget);
    expect(JSON.stringify(json)).toContain('if breached: Any unauthorised absence during the monitoring period');
    expect(JSON.stringify(json)).not.toContain(expiry);
    expect(web).toContain('If breached: Any unauthorised absence during the monitoring period');
    expect(web).not.toContain(expiry);
  });
});

describe('an extension agreed for the pupil (format 1.1 extension.agreedWhen)', () => {
  const extendable = (): Pathway => {
    const pathway = copyOf(durationsJson as unknown as Pathway);
    const contract = pathway.stages.find((stage) => stage.id === 'contract')!;
    contract.questions!.push({ id: 'extended', text: 'Has the monitoring period been extended?', type: 'yesNo', required: false });
    contract.timeLimits!.find((limit) => limit.id === 'monitoring')!.extension!.agreedWhen = { answer: 'extended', in: ['yes'] };
    return pathway;
  };
  const monitoringAt = async (extended: string) => {
    const pupil = { measures: { attendance: { percentage: 80 } }, answers: { 'contract-start': '2025-03-03', 'contract-weeks': 10, extended } };
    const widget = await summaryFor(extendable(), pupil, '2025-04-01');
    return query(widget, '[data-section="time-limits"] [data-time-limit="monitoring"]')!;
  };

  it('runs to its extended end, is not passed, and is not offered an extension again', async () => {
    const monitoring = await monitoringAt('yes');
    expect(monitoring.dataset.passed).toBe('false');
    expect(textOf(monitoring)).toContain('28 April 2025');
    expect(textOf(monitoring)).toContain('The extension has been agreed.');
    expect(textOf(monitoring)).not.toMatch(/Can be extended|With an extension|Time limit passed/);
  });

  it('not agreed: it ran out on its own end, and says how far it could have been extended', async () => {
    const monitoring = await monitoringAt('no');
    expect(monitoring.dataset.passed).toBe('true');
    expect(textOf(monitoring)).toContain('Can be extended to a total of 8 weeks.');
    expect(textOf(monitoring)).not.toContain('The extension has been agreed.');
  });
});

describe('outcomes recorded (issue 7 shapes 4 and 9)', () => {
  it('a stage entered by an outcome its own rule reads too gives that reason once', async () => {
    const pathway = JSON.parse(JSON.stringify(whereACaseStartsJson)) as Pathway;
    const formal = pathway.stages.find((stage) => stage.id === 'formal-support')!;
    formal.entry = { when: { outcome: 'not-improved-at-review' } };
    const widget = await mountWidget({ pathway });
    await start(widget);
    await enterPercentage(widget, '97');
    await clickField(widget, 'o-not-improved-at-review');
    await continueOn(widget);
    expect(query(widget, '[data-current-stage]')!.dataset.currentStage).toBe('formal-support');
    await toSummary(widget);
    const why = textOf(query(widget, '[data-section="placement"]')!);
    expect(why.match(/Not improved at the review/g)).toHaveLength(1);
  });

  it('a pupil nothing places is where the pathway starts: the summary says so, never "you chose this stage"', async () => {
    const widget = await mountWidget({ pathway: whereACaseStartsJson });
    await throughMeasures(widget, '97');
    expect(query(widget, '[data-current-stage]')!.dataset.currentStage).toBe('first-day-contact');
    await toSummary(widget);
    const why = textOf(query(widget, '[data-section="placement"]')!);
    expect(why).toContain('Nothing else places the pupil, so the case is at "Day 1: first-day contact", where a case starts');
    expect(why).not.toContain('You chose this stage');
  });

  it('a referral\'s outcome that leads to a stage is offered like a stage\'s, says what it is an outcome of, and places the pupil', async () => {
    const pathway = JSON.parse(JSON.stringify(whereACaseStartsJson)) as Pathway & { referrals?: unknown[] };
    pathway.referrals = [
      {
        id: 'support-panel',
        title: 'Attendance support panel',
        target: { name: 'Attendance support panel', kind: 'panel' },
        channel: { kind: 'email', email: 'panel@example.gov.uk' },
        outcomes: [{ id: 'panel-agrees-formal', title: 'The panel agrees formal support', kind: 'handBack', to: 'formal-support' }],
      },
    ];
    expect(createPathway(pathway).evaluate({ measures: {}, outcomes: ['panel-agrees-formal'] }).placement.primary).toBe('formal-support');
    const widget = await mountWidget({ pathway });
    await start(widget);
    const offered = textOf(query(widget, '#recorded-outcomes')!);
    expect(offered).toContain('The panel agrees formal support');
    expect(offered).toContain('An outcome of Attendance support panel');
    // A stage's outcome says which stage it is an outcome of, not where it leads.
    expect(offered).toContain('An outcome of Attendance meeting');
    await enterPercentage(widget, '97');
    await clickField(widget, 'o-panel-agrees-formal');
    await continueOn(widget);
    expect(query(widget, '[data-current-stage]')!.dataset.currentStage).toBe('formal-support');
  });

  it('an outcome already recorded can be ticked, decides the stage, and is kept in the case, events, drafts and summary', async () => {
    const pathway = JSON.parse(JSON.stringify(whereACaseStartsJson)) as Pathway;
    const widget = await mountWidget({ pathway });
    const changes = recordEvents(widget, 'pathway-change');
    await start(widget);
    expect(textOf(query(widget, '#recorded-outcomes')!)).toContain('Not improved at the review');
    await noAxe(widget);
    await enterPercentage(widget, '85');
    await clickField(widget, 'o-not-improved-at-review');
    expect(changes.at(-1)!.detail.outcomes).toEqual(['not-improved-at-review']);
    await continueOn(widget);
    expect(query(widget, '[data-current-stage]')!.dataset.currentStage).toBe('formal-support');
    await toSummary(widget);
    expect(textOf(query(widget, '[data-section="outcomes-recorded"]')!)).toContain('Not improved at the review');
    await noAxe(widget);
    const index = indexPathway(pathway);
    const state = journeyFromDraft(index, { answers: {}, measures: {}, cohorts: [], evidence: {}, outcomes: ['not-improved-at-review', 'gone'] });
    expect(draftContent(index, state, en).outcomes).toEqual(['not-improved-at-review']);
  });
});

describe('1.1 pages translate (issue 8 item 14)', () => {
  /** Every English reason text in an engine result, and the duty headings it made up. */
  function engineEnglish(result: unknown, authored: Set<string>, codes: Set<string>): string[] {
    const found = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) for (const item of value) walk(item);
      else if (value && typeof value === 'object') {
        const record = value as { code?: unknown; text?: unknown; heading?: unknown; roleIds?: unknown };
        if (typeof record.code === 'string' && typeof record.text === 'string') {
          found.add(record.text);
          codes.add(record.code);
        }
        if (Array.isArray(record.roleIds) && typeof record.heading === 'string') found.add(record.heading);
        for (const item of Object.values(value)) walk(item);
      }
    };
    walk(result);
    return [...found].filter((text) => !authored.has(text) && text.trim().split(/\s+/).length >= 3);
  }

  function authoredTexts(pathway: unknown): Set<string> {
    const found = new Set<string>();
    const walk = (value: unknown) => {
      if (typeof value === 'string') found.add(value);
      else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item);
    };
    walk(pathway);
    return found;
  }

  function pseudoStrings(codes: Set<string>): Partial<typeof en> {
    const rot = (text: string) =>
      text.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c === c.toLowerCase() ? 97 : 65)));
    const table: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(en)) {
      if (typeof value === 'string') table[key] = rot(value);
      else if (typeof value === 'function') table[key] = (...args: unknown[]) => rot(String((value as (...a: unknown[]) => unknown)(...args)));
    }
    const reasons: Record<string, (params: Record<string, unknown>) => string> = {};
    for (const code of codes) reasons[code] = (params) => rot(`${code}: ${Object.values(params).join(', ')}`);
    table.reasons = reasons;
    return table as Partial<typeof en>;
  }

  it('routes, duties and time limits: no English sentence from the engine on the stage page or the summary', async () => {
    const cases = [
      { pathway: dutiesJson as unknown, figure: '55', input: { measures: { attendance: { percentage: 55 } }, asOf: '2025-03-01' } },
      { pathway: routesPathway as unknown, figure: '65', input: { measures: { attendance: { percentage: 65 } }, asOf: '2025-03-01' } },
      { pathway: durationsJson as unknown, figure: '55', input: { measures: { attendance: { percentage: 55 } }, asOf: '2025-03-01' } },
    ];
    for (const { pathway, figure, input } of cases) {
      const codes = new Set<string>();
      const english = engineEnglish(createPathway(pathway as Pathway).evaluate(input), authoredTexts(pathway), codes);
      const strings = pseudoStrings(codes);
      expect(english.length).toBeGreaterThan(0);
      const widget = await mountWidget({ pathway, attributes: { lang: 'cy', 'as-of': '2025-03-01' }, properties: { strings } });
      await clickButton(widget, strings.startButton as string);
      await fillField(widget, 'm-attendance-percentage', figure);
      await clickButton(widget, strings.continue as string);
      const stagePage = textOf(widget.shadowRoot!);
      for (const sentence of english) expect(stagePage, `"${sentence}" on the stage page`).not.toContain(sentence);
      for (let i = 0; i < 6 && !query(widget, '#summary-document'); i++) {
        queryAll<HTMLButtonElement>(widget, '.button-group button.button').at(0)!.click();
        await settle(widget);
      }
      const summary = textOf(query(widget, '#summary-document')!);
      for (const sentence of english) expect(summary, `"${sentence}" in the summary`).not.toContain(sentence);
      cleanup();
    }
  });
});
