/**
 * Pathways nobody wrote a test for: random schema-valid documents of every shape the format
 * allows (core's `pathwayArbitrary`: dangling references, exceptions, routes, requirements,
 * referrals with fields, format 1.0 and 1.1), each taken from the start page to the summary by
 * a driver that knows nothing of the pathway. On each page it fills what is empty (a figure in
 * each box, the first open option of each group; other figures and options while the page
 * says there is a problem) and presses the page's main button. On every page there is a
 * heading and focus is on it (or on the problem summary), even when the page's part arrives
 * after Continue; the error panel never shows for a valid pathway; nothing throws or logs an
 * error; where the pathway itself allows no way on, the page says why.
 */
import { afterEach, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { pathwayArbitrary } from '@pathway/core/testing/arbitraries.js';
import type { PathwayWidget } from './pathway-widget.js';
import { cleanup, mountWidget } from '../testing/mount.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

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
function fillPage(root: ShadowRoot, attempt: number): void {
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
async function pressOn(widget: PathwayWidget): Promise<void> {
  const root = widget.shadowRoot!;
  const button = [...root.querySelectorAll('button')].find((candidate) => MAIN_BUTTON.test(candidate.textContent!.trim()));
  expect(button, `a way on from "${root.querySelector('#page-heading')?.textContent}"`).toBeDefined();
  button!.click();
  await widget.updateComplete;
}

/** Takes the widget from its start page towards the summary: the headings it passed, and whether it got there. */
async function walkToSummary(widget: PathwayWidget): Promise<{ headings: string[]; reached: boolean; stuckOn?: string }> {
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
function watchErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => void errors.push(event.message);
  vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
  window.addEventListener('error', onError);
  return { errors, stop: () => window.removeEventListener('error', onError) };
}

it('takes random pathways of every shape from Start now to the summary, with no error', async () => {
  const watch = watchErrors();
  try {
    // A fixed seed: the same pathways on every run, so a failure repeats.
    const outcomes: string[] = [];
    const pathways = fc.sample(pathwayArbitrary, { numRuns: 24, seed: 20261130 });
    for (const [i, pathway] of pathways.entries()) {
      const widget = await mountWidget({ pathway, attributes: { 'as-of': '2025-03-10' } });
      const walk = await walkToSummary(widget);
      outcomes.push(walk.reached ? 'summary' : `stuck on ${walk.stuckOn}`);
      expect(watch.errors, `pathway ${i}: ${walk.headings.join(' > ')}`).toEqual([]);
      cleanup();
    }
    // With this seed, 20 of the 24 reach the summary; the other four are pathways that allow no
    // way on for the figures the driver tries (impossible limits), and say so on the page.
    expect(outcomes.filter((outcome) => outcome === 'summary').length, outcomes.join('\n')).toBeGreaterThanOrEqual(20);
  } finally {
    watch.stop();
  }
}, 240_000);

it('keeps the journey going when the definition changes part way (as in the editor’s preview), on random pathways', async () => {
  const watch = watchErrors();
  try {
    const pathways = fc.sample(pathwayArbitrary, { numRuns: 16, seed: 20261201 });
    let reached = 0;
    for (const [i, pathway] of pathways.entries()) {
      const widget = await mountWidget({ pathway, attributes: { 'as-of': '2025-03-10' } });
      const root = widget.shadowRoot!;
      // Two or three pages in, the next random pathway replaces this one.
      for (let step = 0; step < 2 + (i % 2); step++) {
        fillPage(root, 0);
        await widget.updateComplete;
        await pressOn(widget);
      }
      widget.pathway = pathways[(i + 1) % pathways.length];
      await widget.updateComplete;
      expect(root.querySelector('[part~="error-panel"]'), `pathway ${i}: error panel after the change`).toBeNull();
      expect(root.querySelector('#page-heading'), `pathway ${i}: a heading after the change`).not.toBeNull();
      if ((await walkToSummary(widget)).reached) reached += 1;
      expect(watch.errors, `pathway ${i}`).toEqual([]);
      cleanup();
    }
    // With this seed all 16 reach the summary after the change.
    expect(reached).toBe(pathways.length);
  } finally {
    watch.stop();
  }
}, 240_000);
