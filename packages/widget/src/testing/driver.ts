/**
 * A driver that takes a widget from its start page to the summary knowing nothing of the
 * pathway, as a person in a hurry would: on each page it fills what is empty (a figure in each
 * box, the first open option of each group; other figures and options while the page says
 * there is a problem) and presses the page's main button. It checks, on every page, that there
 * is a heading and focus is on it (or on the problem summary) and that the error panel never
 * shows; where the pathway allows no way on, that the page says why. Used by the tests of
 * pathways nobody wrote a test for (random ones, and those written from the guide alone).
 */
import { expect, vi } from 'vitest';
import type { PathwayWidget } from '../pathway-widget/pathway-widget.js';
import type { PathwayCase } from '../journey/case-seed.js';
import { headingOf, mountWidget, textOf } from './mount.js';
import { clickButton } from './journey.js';

/** Figures to try, in turn, in a box the page says is wrong (a measure may have its own minimum or maximum). */
const OTHER_FIGURES = ['95', '150', '1000', '0', '50'];

/** What a person would type into a box, by what the box is for; on a retry, another figure. */
function entryFor(input: HTMLInputElement, attempt: number): string {
  if (attempt > 0 && input.getAttribute('aria-invalid') === 'true' && /^(value|percentage|counted|possible)$/.test(input.getAttribute('data-part') ?? '')) {
    return OTHER_FIGURES[(attempt - 1) % OTHER_FIGURES.length];
  }
  const part = input.getAttribute('data-part');
  if (part === 'percentage') return '88';
  if (part === 'possible') return '100';
  if (part === 'counted') return '12';
  if (part === 'day') return '1';
  if (part === 'month') return '3';
  if (part === 'year') return '2025';
  if (input.inputMode === 'email' || input.type === 'email') return 'school@example.org';
  if (input.inputMode === 'tel' || input.type === 'tel') return '01234 567890';
  if (input.inputMode === 'numeric' || input.inputMode === 'decimal') return '5';
  return 'Alex';
}

/**
 * Fills every empty box and picks an option in every group: the first the first time, then,
 * while the page keeps saying there is a problem, the next one in each group (a route that is
 * not open for this pupil is refused: a person chooses another).
 */
export function fillPage(root: ShadowRoot, attempt: number): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="text"], input[type="email"], input[type="tel"], input:not([type])')) {
    const wrong = attempt > 0 && input.getAttribute('aria-invalid') === 'true';
    if ((input.value !== '' && !wrong) || input.disabled) continue;
    input.value = entryFor(input, attempt);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  const groups = new Map<string, HTMLInputElement[]>();
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) groups.set(radio.name, [...(groups.get(radio.name) ?? []), radio]);
  for (const radios of groups.values()) {
    const open = radios.filter((radio) => !radio.disabled);
    if (open.length === 0 || (attempt === 0 && radios.some((radio) => radio.checked))) continue;
    open[attempt % open.length].click();
  }
}

const MAIN_BUTTON = /^(Start now|Continue|Continue to summary)$/;

/** Presses the page's main button (Start now, Continue…) and waits for the widget. */
export async function pressOn(widget: PathwayWidget): Promise<void> {
  const root = widget.shadowRoot!;
  const button = [...root.querySelectorAll('button')].find((candidate) => MAIN_BUTTON.test(candidate.textContent!.trim()));
  expect(button, `a way on from "${root.querySelector('#page-heading')?.textContent}"`).toBeDefined();
  button!.click();
  await widget.updateComplete;
}

/** Takes the widget from its start page towards the summary: the headings it passed, and whether it got there. */
export async function walkToSummary(widget: PathwayWidget): Promise<{ headings: string[]; reached: boolean; stuckOn?: string }> {
  const root = widget.shadowRoot!;
  const headings: string[] = [];
  let attempt = 0;
  for (let step = 0; step < 20; step++) {
    expect(root.querySelector('[part~="error-panel"]'), `error panel after ${headings.join(' > ')}`).toBeNull();
    const heading = root.querySelector<HTMLElement>('#page-heading');
    expect(heading, `a heading after ${headings.join(' > ')}`).not.toBeNull();
    headings.push(heading!.textContent!.replace(/\s+/g, ' ').trim());
    if (root.querySelector('#summary-document')) return { headings, reached: true };
    const again = headings.length > 1 && headings.at(-1) === headings.at(-2) && root.querySelector('.error-summary') !== null;
    attempt = again ? attempt + 1 : 0;
    fillPage(root, attempt);
    await widget.updateComplete;
    await pressOn(widget);
    // Focus moves to the new page's heading, or to the problem summary when something is missing.
    const focused = root.activeElement?.id;
    expect(['page-heading', 'error-summary'], `focus after "${headings.at(-1)}"`).toContain(focused);
  }
  // Stuck: the pathway itself allows no way on (a measure whose minimum is above its maximum,
  // no route open to anyone). The widget must say why, on the page, in its problem summary.
  const problem = root.querySelector('.error-summary');
  expect(problem, `a reason for being stuck after ${headings.join(' > ')}`).not.toBeNull();
  return { headings, reached: false, stuckOn: `${headings.at(-1)}: ${problem!.textContent!.replace(/\s+/g, ' ').trim()}` };
}

/** Every error the page logs or throws until `stop()` (the console spy is undone by afterEach). */
export function watchErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => void errors.push(event.message);
  vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
  window.addEventListener('error', onError);
  return { errors, stop: () => window.removeEventListener('error', onError) };
}

/**
 * A pupil given as the widget's `case`, taken to the summary by pressing on (nothing else is
 * filled in), with the heading of each page passed on the way.
 */
export async function headingsToSummary(pathway: unknown, pupil: PathwayCase, asOf: string): Promise<{ widget: PathwayWidget; headings: string[] }> {
  const widget = await mountWidget({ pathway, attributes: { 'as-of': asOf }, properties: { case: pupil } });
  const headings: string[] = [];
  for (let step = 0; step < 10 && !widget.shadowRoot!.querySelector('#summary-document'); step++) {
    headings.push(headingOf(widget));
    await pressOn(widget);
  }
  expect(widget.shadowRoot!.querySelector('#summary-document'), headingOf(widget)).not.toBeNull();
  return { widget, headings };
}

/** A pupil given as the widget's `case`, taken to the summary by pressing on (nothing else is filled in). */
export async function summaryFor(pathway: unknown, pupil: PathwayCase, asOf: string): Promise<PathwayWidget> {
  return (await headingsToSummary(pathway, pupil, asOf)).widget;
}

/** The words of one part of a page (`data-section`), or "" where there is none. */
export function sectionText(widget: PathwayWidget, name: string): string {
  const part = widget.shadowRoot!.querySelector<HTMLElement>(`[data-section="${name}"]`);
  return part ? textOf(part) : '';
}


/**
 * What the summary's two download buttons save, as a person would get them: the JSON, parsed,
 * and the web page's text. The browser's download is caught (no file is written).
 */
export async function downloadsOf(widget: PathwayWidget): Promise<{ json: Record<string, unknown>; web: string }> {
  const blobs: Blob[] = [];
  const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  try {
    await clickButton(widget, 'Download as JSON');
    await clickButton(widget, 'Download as a web page');
  } finally {
    created.mockRestore();
    clicked.mockRestore();
  }
  return { json: JSON.parse(await blobs[0].text()) as Record<string, unknown>, web: await blobs[1].text() };
}

/**
 * Mounts `pathway` as at `asOf` and walks a pupil the driver invents to the summary: it must get
 * there, with no error in the console or the page.
 */
export async function expectWalkToSummary(pathway: unknown, asOf: string): Promise<void> {
  const watch = watchErrors();
  try {
    const widget = await mountWidget({ pathway, attributes: { 'as-of': asOf } });
    const walk = await walkToSummary(widget);
    expect(walk.reached, `${walk.headings.join(' > ')} ${walk.stuckOn ?? ''}`).toBe(true);
    expect(watch.errors).toEqual([]);
  } finally {
    watch.stop();
  }
}
