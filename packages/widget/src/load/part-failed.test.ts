/**
 * A part of the widget (a chunk beside its script) that cannot be downloaded is reported to the
 * page as `pathway-error` (`part-failed`), and mid-journey the journey stays: the user is told
 * this part could not be downloaded, with Try again and Back, and nothing entered is lost.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { seeds } from '../testing/fixtures.js';
import { loadPart, replaceImporter } from './parts.js';

const lost = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

// The widget's script asks for the journey part as it runs (early-journey.ts), before any
// element connects: so the part is lost before the script is imported, and the helpers that
// import it are imported after.
let journeyRequests = 0;
let restore: (() => void) | undefined = replaceImporter('journey', () => {
  journeyRequests += 1;
  return lost();
});
const { byId, cleanup, headingOf, mountWidget, recordEvents, settle, textOf } = await import('../testing/mount.js');
const { continueOn, throughMeasures } = await import('../testing/journey.js');

afterEach(() => {
  cleanup();
  restore?.();
  restore = undefined;
});

describe('a part that cannot be downloaded', () => {
  // First: the journey part has been lost once already, by the script's own early request.
  it('before the journey: the early request fails quietly, the element asks again, then pathway-error, and Try again brings the pathway', async () => {
    const real = () => import('../pages/journey-pages.js');
    expect(journeyRequests).toBe(1);
    const errors = recordEvents(document.body, 'pathway-error');
    const widget = await mountWidget({ pathway: seeds.wigan, until: 'none' });
    await vi.waitFor(() => expect(errors.map((event) => event.detail.code)).toEqual(['part-failed']));
    expect(journeyRequests).toBe(2);
    await settle(widget);
    expect(textOf(widget)).toContain('Part of this page could not be downloaded. Check your connection and try again. What you entered is kept.');
    restore!();
    restore = replaceImporter('journey', real);
    await page.getByRole('button', { name: 'Try again' }).click();
    await settle(widget);
    expect(headingOf(widget)).toContain(seeds.wigan.title);
    expect(widget.shadowRoot!.querySelector('.button--start')).not.toBeNull();
  });

  it('mid-journey: pathway-error, then Try again and Back, with the answers kept', async () => {
    // The journey part is here; the end pages' chunk is lost (a CDN deploy mid-visit).
    await loadPart('journey');
    const real = () => loadPart('journey').then((journey) => journey.loadEndPages());
    restore = replaceImporter('end', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const widget = await mountWidget({ pathway: seeds.wigan });
    const errors = recordEvents(widget, 'pathway-error');
    await throughMeasures(widget, '88', ['child-in-need']);
    await continueOn(widget);
    await continueOn(widget);

    expect(headingOf(widget)).toBe('This part could not be downloaded');
    await vi.waitFor(() => expect(widget.shadowRoot!.activeElement?.id).toBe('page-heading'));
    expect(textOf(widget)).toContain('This part of the pathway could not be downloaded. Check your connection and try again. Your answers are kept.');
    expect(textOf(widget)).not.toContain('cannot be shown');
    expect(errors.map((event) => event.detail)).toEqual([
      { code: 'part-failed', message: 'This part of the pathway could not be downloaded. Check your connection and try again. Your answers are kept.' },
    ]);

    // Back: the page before, as the user left it.
    await page.getByRole('link', { name: 'Back' }).click();
    await settle(widget);
    expect(headingOf(widget)).toBe('Identify and Understand Questions and evidence');
    await page.getByRole('link', { name: 'Back' }).click();
    await settle(widget);
    await page.getByRole('link', { name: 'Back' }).click();
    await settle(widget);
    expect(byId<HTMLInputElement>(widget, 'm-attendance-percentage').value).toBe('88');
    await continueOn(widget);
    await continueOn(widget);
    await continueOn(widget);
    expect(headingOf(widget)).toBe('This part could not be downloaded');

    // Try again, with the network back.
    restore();
    restore = replaceImporter('end', real);
    await page.getByRole('button', { name: 'Try again' }).click();
    await settle(widget);
    expect(headingOf(widget)).toBe('Check your answers');
  });
});
