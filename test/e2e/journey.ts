/**
 * Drives <pathway-widget> through a whole journey the way a person would: by the accessible
 * roles and names of its controls (Playwright locators pierce shadow DOM), never by authored
 * text, so the same driver works for the seed pathways and for hostile ones.
 *
 * The widget's own words are copied from packages/widget/src/i18n/strings.ts (English).
 */
import type { Locator } from 'playwright-core';

export const UI = {
  start: 'Start now',
  continue: 'Continue',
  toSummary: 'Continue to summary',
  measuresHeading: "The pupil's attendance",
  // A pathway with date or count measures as well as attendance asks for "figures and dates".
  measuresHeadingMixed: "The pupil's figures and dates",
  stageHeading: 'Which stage applies',
  questionsHeading: 'Questions and evidence',
  detailsHeading: 'Pupil details',
  checkHeading: 'Check your answers',
  summaryHeading: 'Summary',
  percentage: 'Percentage',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  submit: 'Submit summary',
  submitSuccess: 'Your summary has been sent.',
  submitHttpFailed: (status: number) =>
    `Your summary could not be sent (the server answered ${status}). Your answers are still here. Try again, or print or download the summary instead.`,
  retry: 'Try again',
} as const;

export type JourneyPage = 'start' | 'measures' | 'stage' | 'questions' | 'details' | 'check' | 'summary';

export interface JourneyOptions {
  /** What to type as each percentage measure. */
  attendance: string;
  /** What to type into other figures (counts, numbers). */
  otherFigures?: string;
  /** Tick every circumstance, or none. */
  cohorts?: 'all' | 'none';
  /** Which radio to choose for each question: the first offered, or the one with this accessible name. */
  answer?: { first: true } | { name: string };
  /** Confirm every evidence item ("We hold this") and write a note in each note box. */
  evidenceNote?: string;
  /** Called on arrival at every page, before anything is done there. */
  onPage?: (page: JourneyPage) => Promise<void>;
  /** Per-step limit. */
  stepTimeoutMs?: number;
  /**
   * Fill each page and press its button inside the page, with click() and input events (one
   * round trip per page instead of several per control), for tests that run hundreds of
   * journeys. The default drives every control through Playwright by role and name.
   */
  fast?: boolean;
}

/**
 * The in-page step behind `fast`: the same choices as the Playwright path (first radio of each
 * group, every circumstance and evidence box ticked, figures and details typed), made with
 * click() and input/change events so the widget sees what a person's input produces; then the
 * page's button is pressed and the page change awaited, all in one round trip.
 */
async function fastAdvance(
  widget: Locator,
  page: JourneyPage,
  options: { attendance: string; otherFigures: string; cohorts: 'all' | 'none'; evidenceNote?: string },
  timeoutMs: number,
): Promise<void> {
  const labels = { start: UI.start, continue: UI.continue, toSummary: UI.toSummary };
  // No named helpers inside: the function is serialised into the page, and some TypeScript
  // runners wrap named functions in a helper that does not exist there.
  const outcome = await widget.evaluate(
    async (element, { page, options, labels, timeoutMs }) => {
      const root = element.shadowRoot!;
      const typed: [HTMLInputElement | HTMLTextAreaElement, string][] = [];
      const clicked: HTMLInputElement[] = [];
      if (page === 'measures') {
        // Dates are left blank (not entered, or "has not happened"), as on the Playwright path.
        for (const box of root.querySelectorAll<HTMLInputElement>('input[type="text"][data-measure]:not([data-date-measure] input)')) {
          typed.push([box, box.dataset.part === 'percentage' ? options.attendance : options.otherFigures]);
        }
        if (options.cohorts === 'all') clicked.push(...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not(:checked)'));
      }
      if (page === 'stage' && !root.querySelector('input[name="stage"]:checked')) {
        const first = root.querySelector<HTMLInputElement>('input[type="radio"][name="stage"]');
        if (first) clicked.push(first);
      }
      if (page === 'questions') {
        const scope = root.querySelector('[data-questions]') ?? root;
        const seen = new Set<string>();
        for (const radio of scope.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
          if (!seen.has(radio.name)) clicked.push(radio);
          seen.add(radio.name);
        }
        if (options.evidenceNote !== undefined) {
          clicked.push(...scope.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not(:checked)'));
          for (const note of scope.querySelectorAll('textarea')) typed.push([note, options.evidenceNote]);
        }
      }
      if (page === 'details') {
        for (const box of root.querySelectorAll<HTMLInputElement>('input[data-detail]')) {
          const id = box.id;
          typed.push([
            box,
            id.endsWith('-day') ? '27' : id.endsWith('-month') ? '3' : id.endsWith('-year') ? '2014'
              : box.type === 'email' ? 'school.office@example.org' : box.type === 'tel' ? '01632 960001' : 'Alex Example',
          ]);
        }
      }
      for (const box of clicked) box.click();
      for (const [input, value] of typed) {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }
      await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      const label = page === 'start' ? labels.start : page === 'check' ? labels.toSummary : labels.continue;
      const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);
      if (!button) return `there is no "${label}" button`;
      const before = root.querySelector('#page-heading')?.textContent ?? '';
      button.click();
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        const summary = root.querySelector<HTMLElement>('[part~="error-summary"]');
        if (summary && summary.offsetParent !== null) return `the widget refused to continue: ${(summary.textContent ?? '').replace(/\s+/g, ' ').trim()}`;
        const heading = root.querySelector('#page-heading')?.textContent ?? '';
        if (heading !== '' && heading !== before) return undefined;
      }
      return `the page did not change after pressing "${label}"`;
    },
    { page, options, labels, timeoutMs },
  );
  if (outcome !== undefined) throw new Error(`On the ${page} page, ${outcome}`);
}

interface PageState {
  page: JourneyPage | undefined;
  heading: string;
  /** The error summary's words, when it shows. */
  refusal: string | undefined;
}

/**
 * Which page the widget shows, in one round trip. The start page is known by its Start button
 * (its heading is the pathway's own title, which may be anything).
 */
async function pageState(widget: Locator): Promise<PageState> {
  const raw = await widget.evaluate(
    (element, start) => {
      // No named helpers in here: the function is serialised into the page (see fastAdvance).
      const root = element.shadowRoot;
      const startButton = root ? [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === start) : undefined;
      const summary = root?.querySelector<HTMLElement>('[part~="error-summary"]');
      return {
        start: !!startButton && startButton.offsetParent !== null,
        heading: (root?.querySelector('#page-heading')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        refusal: summary && summary.offsetParent !== null ? (summary.textContent ?? '').replace(/\s+/g, ' ').trim() : undefined,
      };
    },
    UI.start,
  );
  const endings: [string, JourneyPage][] = [
    [UI.measuresHeading, 'measures'],
    [UI.measuresHeadingMixed, 'measures'],
    [UI.stageHeading, 'stage'],
    [UI.questionsHeading, 'questions'],
    [UI.detailsHeading, 'details'],
    [UI.checkHeading, 'check'],
    [UI.summaryHeading, 'summary'],
  ];
  const page = raw.start ? 'start' : endings.find(([ending]) => raw.heading.endsWith(ending))?.[1];
  return { page, heading: raw.heading, refusal: raw.refusal };
}

/** Which page the widget shows, if it is one the journey knows. */
export async function currentPage(widget: Locator): Promise<JourneyPage | undefined> {
  return (await pageState(widget)).page;
}

/** Clicks a button and waits for another page; fails with the error summary's words if it shows instead. */
export async function clickAndWaitForNextPage(widget: Locator, button: Locator, timeoutMs: number): Promise<void> {
  const before = await pageState(widget);
  await button.click({ timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await pageState(widget);
    if (now.refusal !== undefined) throw new Error(`The widget refused to continue: ${now.refusal}`);
    if (now.page !== undefined && (now.page !== before.page || now.heading !== before.heading)) return;
    if (Date.now() > deadline) throw new Error(`The page did not change after clicking (still ${before.page}: "${before.heading}")`);
    await widget.page().waitForTimeout(10);
  }
}

/** Chooses one radio in every radio group under `scope`. */
export async function answerRadioGroups(scope: Locator, choice: JourneyOptions['answer'] = { first: true }): Promise<number> {
  const radios = scope.getByRole('radio');
  const names = [...new Set(await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name)))];
  for (const name of names) {
    const group = scope.locator(`input[type="radio"][name=${JSON.stringify(name)}]`);
    const target = 'name' in choice
      ? scope.getByRole('radio', { name: choice.name, exact: true }).and(group)
      : group.first();
    const pick = (await target.count()) > 0 ? target.first() : group.first();
    await pick.check();
  }
  return names.length;
}

async function fillMeasures(widget: Locator, options: JourneyOptions): Promise<void> {
  for (const box of await widget.getByRole('textbox', { name: UI.percentage, exact: true }).all()) await box.fill(options.attendance);
  // Counts and other figures are labelled with the measure's own (authored) name. Dates (a
  // notice issued) are left blank: not entered, or "has not happened".
  for (const box of await widget.locator('input[type="text"]:not([data-date-measure] input)').all()) {
    if ((await box.inputValue()) === '') await box.fill(options.otherFigures ?? '3');
  }
  if (options.cohorts === 'all') {
    for (const box of await widget.getByRole('checkbox').all()) await box.check();
  }
}

async function fillDetails(widget: Locator): Promise<void> {
  for (const [name, value] of [[UI.day, '27'], [UI.month, '3'], [UI.year, '2014']] as const) {
    for (const box of await widget.getByRole('textbox', { name, exact: true }).all()) await box.fill(value);
  }
  for (const box of await widget.locator('input[data-detail]:not([data-part])').all()) {
    const type = await box.getAttribute('type');
    const value = type === 'email' ? 'school.office@example.org' : type === 'tel' ? '01632 960001' : 'Alex Example';
    if ((await box.inputValue()) === '') await box.fill(value);
  }
}

/** Runs the journey from wherever the widget is to the summary; returns the pages visited in order. */
export async function completeJourney(widget: Locator, options: JourneyOptions): Promise<JourneyPage[]> {
  const timeout = options.stepTimeoutMs ?? 15_000;
  const visited: JourneyPage[] = [];
  const next = widget.getByRole('button', { name: UI.continue, exact: true });
  const fastOptions = {
    attendance: options.attendance,
    otherFigures: options.otherFigures ?? '3',
    cohorts: options.cohorts ?? 'none',
    evidenceNote: options.evidenceNote,
  };
  for (let step = 0; step < 12; step += 1) {
    const page = await waitForKnownPage(widget, timeout);
    visited.push(page);
    await options.onPage?.(page);
    if (page === 'summary') return visited;
    if (options.fast) {
      await fastAdvance(widget, page, fastOptions, timeout);
      continue;
    }
    switch (page) {
      case 'start':
        await clickAndWaitForNextPage(widget, widget.getByRole('button', { name: UI.start, exact: true }), timeout);
        break;
      case 'measures':
        await fillMeasures(widget, options);
        await clickAndWaitForNextPage(widget, next, timeout);
        break;
      case 'stage': {
        const stageChoices = widget.getByRole('radio').and(widget.locator('input[name="stage"]'));
        if ((await stageChoices.count()) > 0 && (await widget.locator('input[name="stage"]:checked').count()) === 0) {
          await stageChoices.first().check();
        }
        await clickAndWaitForNextPage(widget, next, timeout);
        break;
      }
      case 'questions': {
        const questions = widget.locator('[data-questions]');
        await answerRadioGroups(questions, options.answer);
        if (options.evidenceNote !== undefined) {
          for (const box of await questions.getByRole('checkbox').all()) await box.check();
          for (const note of await questions.locator('textarea').all()) await note.fill(options.evidenceNote);
        }
        await clickAndWaitForNextPage(widget, next, timeout);
        break;
      }
      case 'details':
        await fillDetails(widget);
        await clickAndWaitForNextPage(widget, next, timeout);
        break;
      case 'check':
        await clickAndWaitForNextPage(widget, widget.getByRole('button', { name: UI.toSummary, exact: true }), timeout);
        break;
    }
  }
  throw new Error(`The journey did not reach the summary; pages: ${visited.join(' → ')}`);
}

async function waitForKnownPage(widget: Locator, timeoutMs: number): Promise<JourneyPage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await currentPage(widget);
    if (page) return page;
    if (Date.now() > deadline) {
      const text = (await widget.evaluate((element) => element.shadowRoot?.textContent ?? '').catch(() => ''))
        .replace(/\s+/g, ' ')
        .slice(0, 300);
      throw new Error(`The widget shows no page the journey knows. It says: "${text}"`);
    }
    await widget.page().waitForTimeout(20);
  }
}

/** Waits for the widget's start page (its Start button). */
export async function waitForStart(widget: Locator, timeoutMs = 15_000): Promise<void> {
  await widget.getByRole('button', { name: UI.start, exact: true }).waitFor({ state: 'visible', timeout: timeoutMs });
}
