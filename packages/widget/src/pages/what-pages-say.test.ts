/**
 * What the pages say is true, as rules that hold on any pathway (issue 8): readiness belongs
 * to a stage and to each referral, never to "a referral" in general; "What is still missing"
 * is complete, counted and after the questions; next steps are what follows now; the stage
 * chosen and the one suggested are both explained, briefly; what changes everything comes
 * first; time limits that have passed are flagged; words are plural-correct, jargon-free and
 * never cut mid-word; figures are shown as entered; the summary names the pupil; long pages are
 * grouped; the summary translates; controls are GOV.UK-sized. Each rule is checked on the
 * `tiers` fixture and on the seed pathways.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { createPathway } from '@pathway/core';
import type { CaseInput, Reason } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { createFormatter } from '../i18n/format.js';
import { en } from '../i18n/strings.js';
import type { WidgetStrings } from '../i18n/strings.js';
import { copyOf, seeds, tiers } from '../testing/fixtures.js';
import type { SeedName } from '../testing/fixtures.js';
import {
  answer,
  chooseStage,
  clickButton,
  clickField,
  clickLink,
  confirmEvidence,
  continueOn,
  enterSessions,
  fillField,
  questionIdsOnPage,
  start,
  throughMeasures,
} from '../testing/journey.js';
import { byId, cleanup, headingOf, mountWidget, recordEvents, settle, textOf } from '../testing/mount.js';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const query = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => widget.shadowRoot!.querySelector<T>(selector);
const queryAll = <T extends Element = HTMLElement>(widget: PathwayWidget, selector: string) => [
  ...widget.shadowRoot!.querySelectorAll<T>(selector),
];
const texts = (nodes: Element[]) => nodes.map((node) => textOf(node));
const sectionText = (widget: PathwayWidget, id: string) => {
  const node = query(widget, `[data-section="${id}"]`);
  return node ? textOf(node) : '';
};

/** From wherever the journey is, Continue until the summary. */
async function toSummary(widget: PathwayWidget): Promise<void> {
  for (let i = 0; i < 6 && headingOf(widget) !== 'Check your answers'; i++) await continueOn(widget);
  await clickButton(widget, 'Continue to summary');
}

async function answerAll(widget: PathwayWidget, value = 'yes'): Promise<void> {
  for (const id of questionIdsOnPage(widget)) {
    if (query(widget, `input[name="q-${CSS.escape(id)}"][value="${value}"]`)) await answer(widget, id, value);
  }
}

async function confirmAll(widget: PathwayWidget, except: string[] = []): Promise<void> {
  for (const box of queryAll<HTMLInputElement>(widget, 'input[type="checkbox"][data-evidence]')) {
    const id = box.dataset.evidence!;
    if (!box.checked && !except.includes(id)) await confirmEvidence(widget, id);
  }
}

async function giveDetails(widget: PathwayWidget): Promise<void> {
  await fillField(widget, 'f-child-name-input', 'Sam Example');
  await fillField(widget, 'f-date-of-birth-day', '29');
  await fillField(widget, 'f-date-of-birth-month', '2');
  await fillField(widget, 'f-date-of-birth-year', '2012');
  await fillField(widget, 'f-school-input', 'Example Primary School');
}

/** Every readiness group's count is the length of its list (shown items plus "And N more."). */
function expectCountsMatchLists(widget: PathwayWidget): void {
  for (const group of queryAll(widget, '[data-readiness-group]')) {
    // A group lists only what it has: with nothing blocking, no heading, count or list for it.
    const list = group.querySelector('[data-readiness="blocking"]');
    if (!list) continue;
    const counted = Number(group.querySelector<HTMLElement>('h4 [data-count]')!.dataset.count);
    const more = Number(list.querySelector<HTMLElement>('[data-more]')?.dataset.more ?? 0);
    expect(list.querySelectorAll(':scope > ul > li').length + more, textOf(group)).toBe(counted);
  }
}

/**
 * Nothing says "ready" beside a blocking condition that does not hold or an item still needed:
 * a referral (or the whole) is ready only when its list and the stage's list are empty and every
 * blocking condition shown holds.
 */
function expectNoReadyBesideUnmet(widget: PathwayWidget): void {
  const readyReferrals = queryAll(widget, '[data-status^="referral:"][data-ready="true"]');
  if (readyReferrals.length === 0) return;
  const unheld = queryAll(widget, '[data-gate][data-holds="false"][data-severity="blocking"]');
  expect(texts(unheld)).toEqual([]);
  // Nothing blocking is listed for the stage or the ready referral (an empty list is not shown at all).
  expect(query(widget, '[data-readiness-group="stage"] [data-readiness="blocking"]')).toBeNull();
  for (const line of readyReferrals) {
    expect(query(widget, `[data-readiness-group="${line.dataset.status}"] [data-readiness="blocking"]`)).toBeNull();
  }
}

describe('readiness belongs to the stage and to each referral (issue 8, item 1)', () => {
  const referralWords = /referral|refer to/i;

  it('a stage with no referral says nothing about referrals, on every seed and the fixture', async () => {
    const cases: [Pathway, string, string][] = [
      [seeds.wigan, '88', 'identify-and-understand'],
      [seeds.wigan, '40', 'formalise-support'],
      [seeds.norfolk, '90', 'targeted-persistent-absence'],
      [seeds.southwark, '85', 'stage-one'],
      [seeds.county, '45', 'county-attendance-team'],
      [tiers, '80', 'tier-2'],
    ];
    for (const [pathway, figure, stageId] of cases) {
      expect(pathway.stages.find((stage) => stage.id === stageId)?.referrals ?? []).toEqual([]);
      const widget = await mountWidget({ pathway });
      await throughMeasures(widget, figure);
      await chooseStage(widget, stageId);
      await continueOn(widget);
      // The widget's own words (authored items may well mention referrals).
      const ownWords = () =>
        texts(queryAll(widget, '[data-readiness-status], [data-readiness-group] h4, [data-readiness-group] h5, .readiness > p, [data-section="stage"] [data-status]'));
      if (query(widget, '.readiness')) {
        expect(ownWords().join(' | '), `${pathway.id} ${stageId} questions`).not.toMatch(referralWords);
        expect(textOf(widget), pathway.id).not.toContain('before a referral');
      }
      await toSummary(widget);
      expect(ownWords().join(' | '), `${pathway.id} ${stageId} summary`).not.toMatch(referralWords);
      expect(ownWords().join(' | ')).not.toContain('Ready for referral');
      // "Ready" is a referral's word: a stage is complete or not.
      expect(texts(queryAll(widget, '[data-section="stage"] .tag')).join(' | ')).not.toMatch(/ready/i);
      expect(sectionText(widget, 'next-steps'), `${pathway.id} ${stageId} next steps`).not.toMatch(/refer to/);
      cleanup();
    }
  });

  it('each referral’s status names where it goes, and the stage has its own', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '40');
    await continueOn(widget);
    expect(texts(queryAll(widget, '[data-readiness-status] p'))).toEqual([
      '5 things are still needed at this stage.',
      'Not ready to refer to Attendance panel yet.',
      'Not ready to refer to Early Help hub yet.',
    ]);
    // Each group's first heading ("Advised", where there is such a list, is its sibling at the same level).
    expect(texts(queryAll(widget, '[data-readiness-group] h4:first-child'))).toEqual([
      'Needed at this stage (5 items)',
      'Needed before referring to Attendance panel (5 items)',
      'Needed before referring to Early Help hub (1 item)',
    ]);
  });

  it('never says "ready" while a condition the referral depends on is not met', async () => {
    const widget = await mountWidget({ pathway: tiers, attributes: { 'as-of': '2025-03-01' } });
    await throughMeasures(widget, '40');
    await continueOn(widget);
    await answerAll(widget);
    // Everything but the head teacher's note, which the stage's condition needs.
    await confirmAll(widget, ['head-note']);
    expectNoReadyBesideUnmet(widget);
    expect(textOf(query(widget, '[data-status="referral:early-help"]')!)).toBe(
      'Not ready to refer to Early Help hub yet. First complete what is needed at this stage.',
    );
    expect(texts(queryAll(widget, '[data-readiness-group="stage"] [data-readiness="blocking"] li'))).toEqual(["The head teacher's note", 'The head teacher agreed: not confirmed yet']);
    await continueOn(widget);
    await giveDetails(widget);
    await toSummary(widget);
    expectNoReadyBesideUnmet(widget);
    expect(query(widget, '[data-section="stage"] [data-ready]')!.dataset.ready).toBe('false');
    expect(textOf(query(widget, '[data-referral="panel"] [data-ready]')!)).toContain('Not ready to refer to Attendance panel yet.');

    // Confirm it: now, and only now, both referrals are ready.
    for (let i = 0; i < 3 && headingOf(widget) !== 'Specialist support Questions and evidence'; i++) await clickLink(widget, 'Back');
    await confirmEvidence(widget, 'head-note');
    expectNoReadyBesideUnmet(widget);
    expect(texts(queryAll(widget, '[data-readiness-status] p'))).toEqual([
      'Nothing blocking is missing at this stage.',
      'Ready to refer to Attendance panel.',
      'Ready to refer to Early Help hub.',
    ]);
  });

  it('one referral’s items never block another referral', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '40');
    await continueOn(widget);
    await answerAll(widget);
    await confirmAll(widget, ['eh-consent']);
    await continueOn(widget);
    await giveDetails(widget);
    await clickLink(widget, 'Back');
    expectNoReadyBesideUnmet(widget);
    expect(query(widget, '[data-status="referral:panel"]')!.dataset.ready).toBe('true');
    expect(query(widget, '[data-status="referral:early-help"]')!.dataset.ready).toBe('false');
    expect(texts(queryAll(widget, '[data-readiness-group="referral:early-help"] [data-readiness="blocking"] li'))).toEqual(['Family consent form']);
    expect(texts(queryAll(widget, '[data-readiness-group="referral:panel"] [data-readiness="blocking"] li'))).toEqual([]);

    await confirmEvidence(widget, 'eh-consent');
    await clickField(widget, 'e-panel-pack-confirm');
    expect(query(widget, '[data-status="referral:panel"]')!.dataset.ready).toBe('false');
    expect(query(widget, '[data-status="referral:early-help"]')!.dataset.ready).toBe('true');
  });

  it('on Wigan, the enforcement referral is "ready to refer to Attendance pathway meeting" only when all is done', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': '2025-03-01' } });
    await throughMeasures(widget, '40');
    await chooseStage(widget, 'enforcement-referral');
    await continueOn(widget);
    expectCountsMatchLists(widget);
    await answerAll(widget);
    await answer(widget, 'q-siblings-considered', 'yes');
    await confirmAll(widget);
    expectNoReadyBesideUnmet(widget);
    expect(textOf(query(widget, '[data-status="referral:enforcement-pathway-meeting"]')!)).toBe(
      'Not ready to refer to Attendance pathway meeting yet.',
    );
    await continueOn(widget);
    await giveDetails(widget);
    await toSummary(widget);
    expect(textOf(query(widget, '[data-section="stage"]')!)).toContain('Ready to refer to Attendance pathway meeting.');
    expectNoReadyBesideUnmet(widget);
    // Ready: the next step is to refer, without a condition.
    expect(sectionText(widget, 'next-steps')).toMatch(/: refer to Attendance pathway meeting\./);
    expect(sectionText(widget, 'next-steps')).not.toContain('once what is still missing is done');
  });
});

describe('"What is still missing" is complete and consistent (item 2)', () => {
  it('lists every blocking item, the conditions and those of the required earlier stage, counted', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '40');
    await continueOn(widget);
    const stage = texts(queryAll(widget, '[data-readiness-group="stage"] [data-readiness="blocking"] li'));
    // The earlier stage's questions, the stage's evidence, then the earlier stage's condition and
    // the stage's own (the advisory "no more than 6 weeks old" is advised, not blocking).
    expect(stage).toEqual([
      'Have you met the family? (Targeted support)',
      'Has a written plan been agreed with the family at a meeting that everyone involved attended in person? (Targeted support)',
      "The head teacher's note",
      // Each condition as its tag says it: waiting on an answer, or on evidence to be confirmed.
      'The plan has been reviewed: not answered yet',
      'The head teacher agreed: not confirmed yet',
    ]);
    expectCountsMatchLists(widget);
    await answer(widget, 'met-family', 'yes');
    expectCountsMatchLists(widget);
    expect(queryAll(widget, '[data-readiness-group="stage"] [data-readiness="blocking"] li')).toHaveLength(4);
  });

  it('counts match lists on every seed, long lists included', async () => {
    for (const [name, figure, stage] of [
      ['wigan', '40', 'enforcement-referral'],
      ['southwark', '85', 'stage-one'],
      ['county', '45', 'contact-lcss'],
      ['wigan', '88', 'identify-and-understand'],
    ] as [SeedName, string, string][]) {
      const widget = await mountWidget({ pathway: seeds[name] });
      await throughMeasures(widget, figure);
      await chooseStage(widget, stage);
      await continueOn(widget);
      expectCountsMatchLists(widget);
      await toSummary(widget);
      // The summary lists everything, never "And N more.".
      expect(sectionText(widget, 'missing')).not.toContain('more.');
      for (const group of queryAll(widget, '[data-section="missing"] [data-readiness-group]')) {
        if (!group.querySelector('[data-readiness="blocking"]')) continue;
        const counted = Number(group.querySelector<HTMLElement>('h4 [data-count]')!.dataset.count);
        expect(group.querySelectorAll('[data-readiness="blocking"] > ul > li').length).toBe(counted);
      }
      cleanup();
    }
  });

  it('a blocking "No" says why: the answer needed and the pathway’s advice', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '80');
    await continueOn(widget);
    await answer(widget, 'met-family', 'no');
    const line = query(widget, '[data-readiness-group="stage"] [data-missing-item="met-family"]')!;
    expect(textOf(line)).toBe('Have you met the family? Why: Answered No, but Yes is needed. Meet the family before going further.');
    // Wigan's "No" answers, which have no advice, still say what is needed.
    cleanup();
    const wigan = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(wigan, '88');
    await continueOn(wigan);
    await answer(wigan, 'q-barriers-identified', 'no');
    expect(textOf(query(wigan, '[data-missing-item="q-barriers-identified"] [data-why]')!)).toBe('Why: Answered No, but Yes is needed.');
  });

  it('comes after the questions it summarises, and says it is a summary of them', async () => {
    for (const pathway of [tiers, seeds.wigan, seeds.southwark]) {
      const widget = await mountWidget({ pathway });
      await throughMeasures(widget, pathway === seeds.southwark ? '85' : '80', pathway === seeds.southwark ? ['persistent-non-attendance'] : []);
      await continueOn(widget);
      const questions = query(widget, '[data-questions]')!;
      const readiness = query(widget, '.readiness')!;
      expect(questions.compareDocumentPosition(readiness) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(textOf(readiness)).toContain('A summary of the questions above, and of anything else still needed.');
      cleanup();
    }
  });
});

describe('next steps are what follows now (item 4)', () => {
  it('refer is the next step; the stage’s outcomes are what can happen next, the panel’s follow the referral', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '40');
    await toSummary(widget);
    const next = sectionText(widget, 'next-steps');
    // The referral is not ready yet (nothing is answered): the step says so, never a bare "refer".
    expect(textOf(query(widget, '[data-section="stage"]')!)).toContain('Not ready');
    expect(next).toContain('Ask the panel: once what is still missing is done, refer to Attendance panel.');
    expect(next).toContain('After referring to Attendance panel: The panel will write to you within 10 school days.');
    expect(next).not.toMatch(/close|closed/i);
    const possible = query(widget, '[data-section="what-next"]')!;
    expect(textOf(possible.querySelector('h3')!)).toBe('What can happen next');
    expect(textOf(possible)).toContain('Attendance back above 90%: close the case.');
    const after = query(widget, '[data-section="after-referral"]')!;
    expect(textOf(after.querySelector('h3')!)).toBe('What can happen after the referral');
    expect(textOf(after)).toContain('Case closed by the panel');
    expect(textOf(after)).not.toContain('Attendance back above 90%');
  });

  it('on every seed, no list puts "refer" beside "close the case"', async () => {
    for (const [name, figure, stage] of [
      ['wigan', '40', 'enforcement-referral'],
      ['county', '45', 'contact-lcss'],
      ['county', '45', 'early-help-lead-professional'],
      ['norfolk', '50', 'acute-severe-absence'],
    ] as [SeedName, string, string][]) {
      const widget = await mountWidget({ pathway: seeds[name] });
      await throughMeasures(widget, figure);
      await chooseStage(widget, stage);
      await toSummary(widget);
      for (const list of queryAll(widget, '[data-section="next-steps"] ul, [data-section="what-next"] ul, [data-section="after-referral"] ul')) {
        const text = textOf(list);
        expect(/refer to/.test(text) && /close the case/.test(text), `${name} ${stage}: ${text}`).toBe(false);
      }
      cleanup();
    }
  });

  it('a stage without a referral shows its outcomes as what can happen next', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '80');
    await toSummary(widget);
    expect(query(widget, '[data-section="next-steps"]')).toBeNull();
    const after = query(widget, '[data-section="what-next"]')!;
    expect(textOf(after.querySelector('h3')!)).toBe('What can happen next');
    expect(textOf(after)).toContain('Attendance improved: step down to Universal support.');
    expect(textOf(after)).toContain('No improvement: escalate to Specialist support.');
  });
});

describe('the stage chosen and the stage suggested (item 7)', () => {
  it('when the school chose another stage, the summary says so and explains both', async () => {
    const widget = await mountWidget({ pathway: seeds.norfolk });
    await throughMeasures(widget, '50');
    await chooseStage(widget, 'targeted-persistent-absence');
    await toSummary(widget);
    expect(textOf(query(widget, '[data-stage-choice]')!)).toBe(
      'You chose Targeted Persistent Absence (90% and below). The figures suggest Acute: Severe Absence 50% and below.',
    );
    const chosen = textOf(query(widget, '[data-why="chosen"]')!);
    const suggested = textOf(query(widget, '[data-why="suggested"]')!);
    expect(chosen).toContain('Targeted Persistent Absence (90% and below)');
    expect(chosen).toMatch(/50% is .*: Targeted Persistent Absence/);
    expect(suggested).toContain('Acute: Severe Absence 50% and below');
    expect(suggested).toContain('Of the 2 stages these figures match, this is the most intensive: Acute: Severe Absence 50% and below.');
  });

  it('a stage the figures do not place the pupil at is explained as the school’s choice', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '40');
    await chooseStage(widget, 'enforcement-referral');
    await toSummary(widget);
    expect(textOf(query(widget, '[data-stage-choice]')!)).toBe('You chose Enforcement Referral. The figures suggest Formalise support.');
    expect(textOf(query(widget, '[data-why="chosen"]')!)).toContain('You chose this stage: the figures alone do not place the pupil there.');
    expect(textOf(query(widget, '[data-why="suggested"]')!)).toContain('40% is severe absence (50% and under): Formalise support.');
  });

  it('"Why this stage" is short: no repeated lines, nothing the note already says, on every seed', async () => {
    for (const [name, figure] of [
      ['wigan', '40'],
      ['wigan', '88'],
      ['wigan', '95'],
      ['norfolk', '50'],
      ['southwark', '85'],
      ['county', '45'],
    ] as [SeedName, string][]) {
      const widget = await mountWidget({ pathway: seeds[name] });
      await throughMeasures(widget, figure, name === 'southwark' ? ['persistent-non-attendance'] : []);
      const reasons = texts(queryAll(widget, '[data-placement-reasons] li'));
      const notes = texts(queryAll(widget, '[data-placement-note]'));
      expect(new Set(reasons).size, `${name} ${figure}`).toBe(reasons.length);
      expect(reasons.length, `${name} ${figure}: ${reasons.join(' | ')}`).toBeLessThanOrEqual(3);
      for (const note of notes) expect(reasons.some((reason) => note.includes(reason) || reason.includes(note))).toBe(false);
      if (figure === '95') {
        // The stage for every pupil, preselected: its note is the whole explanation.
        expect(notes).toHaveLength(1);
        expect(reasons).toEqual([]);
      }
      await toSummary(widget);
      const why = queryAll(widget, '[data-section="placement"] li');
      expect(why.length, `${name} ${figure} summary`).toBeLessThanOrEqual(3);
      cleanup();
    }
  });
});

describe('circumstances that change everything come first (item 8)', () => {
  it('a child at immediate risk of harm: the first thing on the stage page, the questions page and the summary', async () => {
    const widget = await mountWidget({ pathway: seeds.county });
    await throughMeasures(widget, '45', ['immediate-risk-of-harm']);
    const firstAfterHeading = () => byId(widget, 'page-heading').nextElementSibling;
    expect(firstAfterHeading()?.matches('[data-important-exceptions]')).toBe(true);
    const important = textOf(query(widget, '[data-important-exceptions]')!);
    expect(important).toContain('Immediate risk of harm');
    expect(important).toContain('If the child is at immediate risk of harm you should contact the MASH.');
    // What it changes is said once per name, as a sentence of its own.
    expect(important).not.toMatch(/Contact LCSS, Contact LCSS/);
    expect(textOf(query(widget, '[data-important-exceptions] [data-changes]')!)).toBe('This changes: Contact LCSS.');
    await continueOn(widget);
    expect(firstAfterHeading()?.matches('[data-important-exceptions]')).toBe(true);
    await toSummary(widget);
    const summary = query(widget, '#summary-document')!;
    const important2 = summary.querySelector('[data-important-exceptions]')!;
    const stage = summary.querySelector('[data-section="stage"]')!;
    expect(important2.compareDocumentPosition(stage) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(textOf(summary)).not.toMatch(/Contact LCSS, Contact LCSS/);
  });

  it('on the fixture: the redirect says what to do instead; advice is not labelled "Warning"', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '80', ['risk-of-harm', 'family-plan']);
    const important = query(widget, '[data-important-exceptions]')!;
    expect(textOf(important.querySelector('[data-instead]')!)).toBe('Instead: contact Multi-Agency Safeguarding Hub.');
    const advice = query(widget, '[data-exception="plan-advice"]')!;
    expect(advice.dataset.effect).toBe('advise');
    expect(textOf(advice)).not.toContain('Warning');
    expect(textOf(advice)).toBe('Advice: The family already has a plan Work within the existing plan.');
    await toSummary(widget);
    expect(textOf(query(widget, '[data-exception="plan-advice"]')!)).not.toContain('Warning');
    expect(sectionText(widget, 'next-steps')).toContain('Immediate risk of harm: contact Multi-Agency Safeguarding Hub instead.');
  });

  it('the referral the pupil is sent away from says so, with no "not ready" and none of its criteria', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '40', ['risk-of-harm']);
    await toSummary(widget);
    expect(query(widget, '[data-section="stage"] [data-status="referral:panel"] .tag')).toBeNull();
    expect(textOf(query(widget, '[data-section="stage"] [data-status="referral:panel"]')!)).toBe(
      'Request the attendance panel: this pupil is directed elsewhere instead.',
    );
    expect(query(widget, '[data-gate="panel-met"]')).toBeNull();
    expect(sectionText(widget, 'next-steps')).not.toContain('refer to Attendance panel');
  });

  it('Southwark’s advice is advice, on the stage page and in the summary', async () => {
    const widget = await mountWidget({ pathway: seeds.southwark });
    await throughMeasures(widget, '85', ['persistent-non-attendance', 'first-language-not-english']);
    for (const node of queryAll(widget, '[data-effect="advise"]')) expect(textOf(node)).not.toContain('Warning');
    expect(queryAll(widget, '[data-effect="advise"]').length).toBeGreaterThan(0);
    await toSummary(widget);
    for (const node of queryAll(widget, '[data-effect="advise"]')) expect(textOf(node)).not.toContain('Warning');
  });

  it('a change of lead is said as one, not as advice or a warning', async () => {
    const widget = await mountWidget({ pathway: seeds.southwark });
    await throughMeasures(widget, '85', ['persistent-non-attendance', 'open-to-social-care']);
    const reassigned = queryAll(widget, '[data-effect="reassign"]');
    expect(reassigned.length).toBeGreaterThan(0);
    for (const node of reassigned) {
      expect(textOf(node)).toMatch(/^Change of lead: /);
      expect(textOf(node)).not.toMatch(/Advice|Warning/);
    }
  });
});

describe('time (item 10)', () => {
  it('a condition whose time limit has run out is flagged', async () => {
    const widget = await mountWidget({ pathway: tiers, attributes: { 'as-of': '2025-03-01' } });
    await throughMeasures(widget, '80');
    await continueOn(widget);
    await fillField(widget, 'q-plan-date-day', '6');
    await fillField(widget, 'q-plan-date-month', '1');
    await fillField(widget, 'q-plan-date-year', '2025');
    const gate = query(widget, '[data-gate="plan-recent"]')!;
    expect(gate.dataset.holds).toBe('false');
    expect(textOf(gate)).toContain('Time limit passed');
    await fillField(widget, 'q-plan-date-month', '2');
    expect(textOf(query(widget, '[data-gate="plan-recent"]')!)).not.toContain('Time limit passed');
  });

  it('a time limit that has passed is flagged, where the engine works out its end (format 1.1)', async () => {
    const pathway = copyOf(tiers) as unknown as { schemaVersion: string; stages: Record<string, unknown>[] };
    pathway.schemaVersion = '1.1';
    pathway.stages[1].timeLimits = [
      { id: 'plan-review', title: 'Review the plan', kind: 'limit', duration: { amount: 6, unit: 'weeks' }, startsFrom: 'plan-date' },
    ];
    const widget = await mountWidget({ pathway, attributes: { 'as-of': '2025-03-01' } });
    await throughMeasures(widget, '80');
    await continueOn(widget);
    await fillField(widget, 'q-plan-date-day', '6');
    await fillField(widget, 'q-plan-date-month', '1');
    await fillField(widget, 'q-plan-date-year', '2025');
    await toSummary(widget);
    const limit = query(widget, '[data-section="time-limits"] [data-time-limit="plan-review"]')!;
    expect(limit.dataset.passed).toBe('true');
    expect(textOf(limit)).toContain('Time limit passed');
    expect(textOf(limit)).toContain('It ran out on 17 February 2025.');
    // With no words of its own for its start, it says which date it counts from, by that date's name.
    expect(textOf(limit)).toContain("Counted from “When was the plan agreed?”.");
  });

  /** The file names and the JSON of both downloads from the summary page. */
  async function downloads(widget: PathwayWidget): Promise<{ names: string[]; json: Record<string, unknown>; web: string }> {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await clickButton(widget, 'Download as JSON');
    await clickButton(widget, 'Download as a web page');
    vi.restoreAllMocks();
    return { names, json: JSON.parse(await blobs[0].text()), web: await blobs[1].text() };
  }

  it('made on the day the rules were worked out for: the page, both files and their names give the moment it was made', async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const now = new Date();
    const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': today } });
    await throughMeasures(widget, '88');
    await toSummary(widget);
    const { names, json, web } = await downloads(widget);
    const made = new Date(json.generatedAt as string);
    expect(json.asOf).toBe(today);
    const day = `${made.getFullYear()}-${pad(made.getMonth() + 1)}-${pad(made.getDate())}-${pad(made.getHours())}${pad(made.getMinutes())}`;
    expect(names).toEqual([`${seeds.wigan.id}-summary-${day}.json`, `${seeds.wigan.id}-summary-${day}.html`]);
    const shown = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(made);
    expect(textOf(query(widget, '[data-generated]')!)).toContain(`Summary made on ${shown}`);
    expect(web).toContain(`Summary made on ${shown}`);
  });

  it('worked out as at another day (as-of): that one day on the page, in both files and their names, never today’s', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { 'as-of': '2024-01-10' } });
    await throughMeasures(widget, '88');
    await toSummary(widget);
    const line = textOf(query(widget, '[data-generated]')!);
    expect(line).toBe('Worked out as at 10 January 2024.');
    expect(line).not.toContain('Summary made on');
    const { names, json, web } = await downloads(widget);
    expect(names).toEqual([`${seeds.wigan.id}-summary-2024-01-10.json`, `${seeds.wigan.id}-summary-2024-01-10.html`]);
    expect(json.asOf).toBe('2024-01-10');
    expect(web).toContain('Worked out as at 10 January 2024.');
    expect(web).not.toContain('Summary made on');
  });
});

describe('words (item 11)', () => {
  it('plurals: British English needs no Intl object; other languages use Intl.PluralRules, made only when first needed', () => {
    const Real = Intl.PluralRules;
    let made = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Intl.PluralRules>) {
        super(...args);
        made++;
      }
    }
    const intl = Intl as { PluralRules: typeof Intl.PluralRules };
    intl.PluralRules = Counting as typeof Intl.PluralRules;
    try {
      const format = createFormatter('en-GB', en);
      expect(made).toBe(0);
      expect(format.count(1, 'days')).toBe('1 day');
      expect(format.count(2, 'days')).toBe('2 days');
      expect(format.count(1, 'sessions')).toBe('1 session');
      expect(format.duration({ amount: 1, unit: 'schoolWeeks' })).toBe('1 school week');
      expect(format.duration({ amount: 1.5, unit: 'weeks' })).toBe('1.5 weeks');
      // English has two forms, written without Intl (format.test.ts holds them to Intl's).
      expect(made).toBe(0);
      // A language with more forms gets its own categories, from Intl, made on first use.
      const polish = createFormatter('pl', { ...en, measureCount: (amount, _unit, plural) => `${amount} ${plural}` } as WidgetStrings);
      expect(made).toBe(0);
      expect(polish.count(1, 'days')).toBe('1 one');
      expect(made).toBe(1);
    } finally {
      intl.PluralRules = Real;
    }
    const polish = createFormatter('pl', { ...en, measureCount: (amount, _unit, plural) => `${amount} ${plural}` } as WidgetStrings);
    expect(polish.count(3, 'days')).toBe('3 few');
    expect(polish.count(5, 'days')).toBe('5 many');
  });

  it('a count of one is singular on the pages', async () => {
    const pathway = copyOf(seeds.wigan) as unknown as { measures: unknown[] };
    pathway.measures.push({ id: 'days-absent', title: 'Days absent in a row', kind: 'dayCount' });
    const widget = await mountWidget({ pathway });
    await start(widget);
    await fillField(widget, 'm-attendance-percentage', '88');
    await fillField(widget, 'm-days-absent-value', '1');
    await toSummary(widget);
    expect(sectionText(widget, 'measures')).toContain('Days absent in a row 1 day');
    expect(sectionText(widget, 'measures')).not.toContain('1 days');
  });

  it('no engine jargon on any page, on every seed and figure', async () => {
    for (const [name, figure] of [
      ['wigan', '95'],
      ['norfolk', '100'],
      ['county', '99'],
      ['southwark', '99'],
    ] as [SeedName, string][]) {
      const widget = await mountWidget({ pathway: seeds[name] });
      await throughMeasures(widget, figure);
      expect(textOf(widget), name).not.toMatch(/band or entry rule/);
      cleanup();
    }
  });

  it('reasons quoting long questions end at a whole word', async () => {
    const widget = await mountWidget({ pathway: tiers });
    await throughMeasures(widget, '80');
    await continueOn(widget);
    const question = tiers.stages[1].questions![1].text;
    const reasons = texts(queryAll(widget, '[data-gate="plan-reviewed"] .gate-reasons li'));
    const quoted = reasons.join(' ').match(/"([^"]*)…"/);
    expect(quoted, reasons.join(' ')).not.toBeNull();
    const shown = quoted![1];
    expect(question.startsWith(shown)).toBe(true);
    expect(question[shown.length]).toBe(' ');
  });

  it('attendance entered as session counts is shown as entered, worded as the JSON download words it: check your answers, summary, print and download', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await start(widget);
    await enterSessions(widget, '180', '150');
    await continueOn(widget);
    await continueOn(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    expect(textOf(widget)).toContain('83.3% (150 of 180 sessions)');
    await clickButton(widget, 'Continue to summary');
    expect(sectionText(widget, 'measures')).toBe('Attendance Attendance 83.3% (150 of 180 sessions)');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await clickButton(widget, 'Download as a web page');
    expect(await blobs[0].text()).toContain('83.3% (150 of 180 sessions)');
  });

  it('a stage with no questions shows no empty questions page', async () => {
    for (const [pathway, figure, stageId] of [
      [seeds.norfolk, '90', 'targeted-persistent-absence'],
      [tiers, '95', 'tier-1'],
      [seeds.county, '45', 'early-help-assessment'],
    ] as [Pathway, string, string][]) {
      const widget = await mountWidget({ pathway });
      await throughMeasures(widget, figure);
      await chooseStage(widget, stageId);
      await continueOn(widget);
      expect(headingOf(widget), `${pathway.id} ${stageId}`).toBe('Check your answers');
      await clickLink(widget, 'Back');
      expect(headingOf(widget)).toBe('Which stage applies');
      cleanup();
    }
  });
});

describe('the summary names the pupil (item 12)', () => {
  async function summaryWithPupil(widget: PathwayWidget): Promise<void> {
    await throughMeasures(widget, '40');
    await continueOn(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Pupil details');
    await giveDetails(widget);
    await toSummary(widget);
  }

  it('at the top, on screen, in print and in both downloads; never in events or the address', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const widget = await mountWidget({ pathway: tiers });
    const events = recordEvents(widget, 'pathway-change', 'pathway-stage-change');
    await summaryWithPupil(widget);
    const document = query(widget, '#summary-document')!;
    const pupil = document.querySelector<HTMLElement>('[data-section="pupil"]')!;
    expect(textOf(pupil)).toBe("Pupil Child's name Sam Example Date of birth 29 February 2012 School Example Primary School");
    // First after the heading and the line saying what and when.
    expect(pupil.previousElementSibling?.matches('p.secondary')).toBe(true);
    expect(pupil.compareDocumentPosition(document.querySelector('[data-section="stage"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await clickButton(widget, 'Download as JSON');
    await clickButton(widget, 'Download as a web page');
    const json = JSON.parse(await blobs[0].text());
    expect(Object.keys(json).slice(0, 2)).toEqual(['format', 'pupil']);
    expect(json.pupil).toEqual([
      { id: 'child-name', label: "Child's name", value: 'Sam Example' },
      { id: 'date-of-birth', label: 'Date of birth', value: '2012-02-29' },
      { id: 'school', label: 'School', value: 'Example Primary School' },
    ]);
    const web = await blobs[1].text();
    expect(web.indexOf('Sam Example')).toBeGreaterThan(0);
    expect(web.indexOf('Sam Example')).toBeLessThan(web.indexOf('Specialist support'));

    expect(JSON.stringify(events.map((event) => event.detail))).not.toMatch(/Sam Example|Example Primary|2012-02-29/);
    expect(fetches).not.toHaveBeenCalled();
    expect(window.location.href).not.toMatch(/Sam|Example/);
  });

  it('on Wigan too', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '40');
    await chooseStage(widget, 'enforcement-referral');
    await continueOn(widget);
    await continueOn(widget);
    await giveDetails(widget);
    await toSummary(widget);
    expect(sectionText(widget, 'pupil')).toBe(
      "Pupil Child's name Sam Example Date of birth 29 February 2012 The school they are on roll at Example Primary School",
    );
  });
});

describe('long pages are grouped by stage (item 13)', () => {
  it('headings with what is left, links to each group, and nothing lost moving between them', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '40');
    await chooseStage(widget, 'enforcement-referral');
    await continueOn(widget);
    const links = texts(queryAll(widget, '[data-group-links] li'));
    expect(links).toHaveLength(6);
    expect(links[1]).toBe('Identify and Understand (7 of 7 still to do)');
    expect(textOf(query(widget, '[data-group-links] p')!)).toBe('This page has 6 parts. Go to a part:');
    await answer(widget, 'q-reasons-listened-to', 'yes');
    expect(texts(queryAll(widget, '[data-group-links] li'))[1]).toBe('Identify and Understand (6 of 7 still to do)');
    expect(texts(queryAll(widget, '[data-group-progress]'))[1]).toBe('6 of 7 still to do');

    // Go to the last group and back: the answer is still there.
    await page.getByRole('link', { name: 'Formalise support.' }).click();
    await settle(widget);
    expect((widget.shadowRoot!.activeElement as HTMLElement).textContent?.trim()).toBe('Formalise support.');
    await answer(widget, 'q-strategies-exhausted', 'no');
    await page.getByRole('link', { name: 'Identify and Understand' }).first().click();
    await settle(widget);
    expect((widget.shadowRoot!.activeElement as HTMLElement).textContent?.trim()).toBe('Identify and Understand');
    expect(query<HTMLInputElement>(widget, 'input[name="q-q-reasons-listened-to"][value="yes"]')!.checked).toBe(true);
    expect(query<HTMLInputElement>(widget, 'input[name="q-q-strategies-exhausted"][value="no"]')!.checked).toBe(true);
  });

  /** A stage that requires an earlier one, and a referral asking for a printout and, optionally, the pupil's views. */
  const grouped: Pathway = {
    schemaVersion: '1.1', id: 'group-progress', version: '1', title: 'Group progress', authority: { name: 'Example Council' },
    measures: [{ id: 'attendance', title: 'Attendance', kind: 'attendancePercentage' }],
    cohorts: [{ id: 'looked-after', title: 'Child looked after' }],
    contacts: [{ id: 'virtual-school', name: 'Virtual School', phone: '01632 960199' }],
    stages: [
      { id: 'support', title: 'Support', bands: [{ label: '90% and under', measure: 'attendance', upper: { value: 90, inclusive: true } }],
        questions: [{ id: 'met-family', text: 'Have you met the family?', type: 'yesNo' }] },
      { id: 'formal', title: 'Formal support', bands: [{ label: 'below 80%', measure: 'attendance', upper: { value: 80, inclusive: false } }],
        requires: { stages: ['support'] }, questions: [{ id: 'officer', text: 'Have you spoken to your attendance officer?', type: 'yesNo' }], referrals: ['la'] },
    ],
    exceptions: [{ id: 'cla', title: 'Child looked after', when: { cohort: 'looked-after' }, effect: 'redirect', stages: ['formal'], referrals: ['la'],
      redirectTo: { contact: 'virtual-school' }, message: 'Speak to the Virtual School instead.' }],
    referrals: [{ id: 'la', title: 'Referral to the attendance team', target: { name: 'Attendance team', kind: 'team' }, channel: { kind: 'email', email: 'attendance@example.gov.uk' },
      include: [{ id: 'printout', title: 'Attendance printout' }, { id: 'pupil-views', title: "The pupil's views", required: false }] }],
  };

  it('an optional item is not "still to do": a group with only it left is done, beside "Ready to refer"', async () => {
    const widget = await mountWidget({ pathway: copyOf(grouped) });
    await throughMeasures(widget, '70');
    await continueOn(widget);
    await answer(widget, 'met-family', 'yes');
    await answer(widget, 'officer', 'yes');
    await confirmEvidence(widget, 'printout');
    expect(texts(queryAll(widget, '[data-group-links] li'))).toEqual(['Support (Done)', 'Formal support (Done)', 'Include in the referral: Referral to the attendance team (Done)']);
    expect(textOf(query(widget, '.readiness')!)).toContain('Ready to refer to Attendance team.');
  });

  it('at a stage the pupil is sent away from, nothing is "still to do": each group says it is not needed', async () => {
    const widget = await mountWidget({ pathway: copyOf(grouped) });
    await throughMeasures(widget, '70', ['looked-after']);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('Formal support Questions and evidence');
    expect(texts(queryAll(widget, '[data-group-links] li'))).toEqual(['Support (Not needed for this pupil)', 'Formal support (Not needed for this pupil)']);
    expect(textOf(query(widget, '.readiness')!)).toContain('What this stage asks is not needed: this pupil is directed elsewhere instead (see above).');
  });

  it('a page with one group has no group list', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan });
    await throughMeasures(widget, '88');
    await continueOn(widget);
    expect(query(widget, '[data-group-links]')).toBeNull();
  });
});

/** Every string the pathway's authors wrote: shown as written, in whatever language they wrote it. */
function authoredTexts(pathway: Pathway): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.add(value);
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  walk(pathway);
  return found;
}

/** Every reason (code, English text, params) anywhere in an engine result. */
function reasonsIn(result: unknown): Reason[] {
  const found: Reason[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object') {
      const reason = value as Partial<Reason>;
      if (typeof reason.code === 'string' && typeof reason.text === 'string') found.push(reason as Reason);
      for (const item of Object.values(value)) walk(item);
    }
  };
  walk(result);
  return found;
}

/** Every English sentence the engine writes for a case: its reasons and the summary's own lines. */
function engineSentences(pathway: Pathway, input: CaseInput): string[] {
  const model = createPathway(pathway);
  const authored = authoredTexts(pathway);
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value && typeof value === 'object') {
      const reason = value as Partial<Reason>;
      if (typeof reason.code === 'string' && typeof reason.text === 'string') found.add(reason.text);
      for (const item of Object.values(value)) walk(item);
    }
  };
  walk(model.evaluate(input));
  const summary = model.summarise(input);
  for (const line of [
    ...summary.nextSteps,
    ...summary.placement.reasons,
    ...summary.timeLimits.map((limit) => limit.text),
    ...summary.missing.blocking.map((item) => item.reason),
    ...summary.missing.advisory.map((item) => item.reason),
    ...summary.gates.flatMap((gate) => gate.reasons),
  ]) {
    found.add(line);
  }
  // Sentences of two words or more: single words ("Confirmed") are too common to tell apart.
  return [...found].filter((sentence) => !authored.has(sentence) && sentence.trim().split(/\s+/).length >= 3);
}

/**
 * A stand-in translation: every word of the widget's own table changed (ROT13), and a sentence
 * of its own for every reason code the engine gives for the case, as a real translation has.
 */
function pseudoStrings(codes: Iterable<string>): Partial<WidgetStrings> {
  const rot = (text: string) => text.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c === c.toLowerCase() ? 97 : 65)));
  const table: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(en)) {
    if (key === 'reasons') continue;
    if (typeof value === 'string') table[key] = rot(value);
    else if (typeof value === 'function') table[key] = (...args: unknown[]) => rot(String((value as (...a: unknown[]) => unknown)(...args)));
  }
  const reasons: Record<string, (params: Record<string, string | number>) => string> = {};
  for (const code of codes) reasons[code] = (params) => rot(`${code}: ${Object.values(params).join(', ')}`);
  table.reasons = reasons;
  return table as Partial<WidgetStrings>;
}

describe('the summary translates (item 14)', () => {
  it('the engine gives every reason with a code and params, so a table can say it in any language', () => {
    for (const pathway of [...Object.values(seeds), tiers]) {
      const model = createPathway(pathway);
      for (const percentage of [100, 95, 88, 60, 45, 20]) {
        for (const cohorts of [[], (pathway.cohorts ?? []).map((cohort) => cohort.id)]) {
          for (const stage of pathway.stages) {
            for (const reason of reasonsIn(model.evaluate({ measures: { attendance: { percentage } }, cohorts, stage: stage.id, asOf: '2025-03-01' }))) {
              expect(reason.code, reason.text).toMatch(/^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/);
              expect(reason.params === undefined || typeof reason.params === 'object').toBe(true);
            }
          }
        }
      }
    }
  });

  it('a translated widget’s summary, on screen and downloaded, has no English sentence from the engine', async () => {
    const cases: { pathway: Pathway; figure: string; cohorts: string[]; stage?: string; input: CaseInput }[] = [
      {
        pathway: tiers,
        figure: '40',
        cohorts: ['risk-of-harm', 'family-plan'],
        input: { measures: { attendance: { percentage: 40 } }, cohorts: ['risk-of-harm', 'family-plan'], asOf: '2025-03-01' },
      },
      {
        pathway: seeds.wigan,
        figure: '40',
        cohorts: ['looked-after'],
        stage: 'enforcement-referral',
        input: { measures: { attendance: { percentage: 40 } }, cohorts: ['looked-after'], stage: 'enforcement-referral', asOf: '2025-03-01' },
      },
      {
        pathway: seeds.county,
        figure: '45',
        cohorts: ['immediate-risk-of-harm'],
        stage: 'early-help-lead-professional',
        input: {
          measures: { attendance: { percentage: 45 } },
          cohorts: ['immediate-risk-of-harm'],
          stage: 'early-help-lead-professional',
          asOf: '2025-03-01',
        },
      },
    ];
    for (const { pathway, figure, cohorts, stage, input } of cases) {
      const codes = new Set(reasonsIn(createPathway(pathway).evaluate(input)).map((reason) => reason.code));
      const strings = pseudoStrings(codes);
      const widget = await mountWidget({ pathway, attributes: { lang: 'cy', 'as-of': '2025-03-01' }, properties: { strings } });
      await clickButton(widget, strings.startButton as string);
      await fillField(widget, 'm-attendance-percentage', figure);
      for (const cohort of cohorts) await clickField(widget, `c-${cohort}`);
      await clickButton(widget, strings.continue as string);
      if (stage) await chooseStage(widget, stage);
      for (let i = 0; i < 6 && !query(widget, '#summary-document'); i++) {
        const next = queryAll<HTMLButtonElement>(widget, '.button-group button.button').at(0)!;
        next.click();
        await settle(widget);
      }
      const summary = textOf(query(widget, '#summary-document')!);
      const blobs: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      });
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      await clickButton(widget, strings.downloadHtml as string);
      const web = (await blobs[0].text()).replace(/\s+/g, ' ');
      for (const sentence of engineSentences(pathway, input)) {
        expect(summary, `${pathway.id}: "${sentence}" on screen`).not.toContain(sentence);
        expect(web, `${pathway.id}: "${sentence}" in the download`).not.toContain(sentence);
      }
      cleanup();
      vi.restoreAllMocks();
    }
  });
});

describe('look (item 15)', () => {
  it('radios and checkboxes are 40px targets', async () => {
    const widget = await mountWidget({ pathway: tiers });
    const check = () => {
      const inputs = queryAll<HTMLInputElement>(widget, 'input[type="radio"], input[type="checkbox"]');
      expect(inputs.length).toBeGreaterThan(0);
      for (const input of inputs) {
        const box = input.getBoundingClientRect();
        expect(box.width, input.id).toBeGreaterThanOrEqual(40);
        expect(box.height, input.id).toBeGreaterThanOrEqual(40);
      }
    };
    await start(widget);
    check();
    await fillField(widget, 'm-attendance-percentage', '40');
    await continueOn(widget);
    check();
    await continueOn(widget);
    check();
  });
});

describe('error messages quote long questions to a whole word (item 11)', () => {
  it('the error summary cuts a long label at a word', async () => {
    const pathway = copyOf(tiers) as unknown as { stages: { questions?: unknown[] }[] };
    const text = 'How many sessions has the pupil missed since the last review meeting with the family and the school?';
    pathway.stages[1].questions = [...(pathway.stages[1].questions ?? []), { id: 'missed', text, type: 'number', maximum: 380 }];
    const widget = await mountWidget({ pathway });
    await throughMeasures(widget, '80');
    await continueOn(widget);
    await fillField(widget, 'q-missed-input', '400');
    await continueOn(widget);
    const message = texts(queryAll(widget, '#error-summary li')).find((item) => item.endsWith('380 or less')) ?? '';
    const shown = message.slice(0, message.indexOf('…'));
    expect(text.startsWith(shown)).toBe(true);
    expect(text[shown.length]).toBe(' ');
    expect(message.endsWith(': enter 380 or less')).toBe(true);
  });
});
