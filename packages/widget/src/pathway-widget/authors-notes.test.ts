/**
 * Authors' notes (format 1.1) are for the people who write the pathway: the widget never shows
 * them, on any page, in the summary or in either download.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mountWidget, shadowOf, textOf } from '../testing/mount.js';
import notes from '@pathway/core/fixtures/shapes/authors-notes.json';
import { answer, continueOn, throughMeasures } from '../testing/journey.js';

afterEach(cleanup);

describe("authors' notes in the widget", () => {
  it('are never shown, from the start page to the summary', async () => {
    const widget = await mountWidget({ pathway: notes });
    const seen: string[] = [textOf(shadowOf(widget))];
    await throughMeasures(widget, '85', ['looked-after']);
    seen.push(textOf(shadowOf(widget)));
    for (let page = 0; page < 8; page++) {
      if (shadowOf(widget).querySelector('[name="q-meeting"]') !== null) await answer(widget, 'q-meeting', 'yes');
      seen.push(textOf(shadowOf(widget)));
      const buttons = [...shadowOf(widget).querySelectorAll('button')].map((b) => b.textContent?.trim() ?? '');
      if (!buttons.includes('Continue')) break;
      await continueOn(widget);
    }
    seen.push(textOf(shadowOf(widget)));
    const all = seen.join('\n');
    expect(all).toContain('Hollinsford attendance pathway');
    expect(all).not.toMatch(/NOTE-[A-Z]+/);
  });
});
