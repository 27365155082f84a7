/**
 * The widget's own words are marked with the language they are in, not the element's `lang`
 * (which sets how numbers and dates are written): `lang="cy"` with no Welsh table must not have
 * a screen reader read the English words as Welsh.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seeds } from '../testing/fixtures.js';
import { cleanup, mountWidget } from '../testing/mount.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(cleanup);

const marked = (widget: PathwayWidget) =>
  ['.container', '#stage-announcement', '#update-announcement'].map((selector) => widget.shadowRoot!.querySelector(selector)!.getAttribute('lang'));

describe("the widget's words are marked with their own language", () => {
  it('English when the page gives no table, whatever the element says', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { lang: 'cy' } });
    expect(marked(widget)).toEqual(['en', 'en', 'en']);
  });

  it("a table's own language when it says one", async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { lang: 'cy' }, properties: { strings: { lang: 'cy', startButton: 'Dechrau nawr' } } });
    expect(marked(widget)).toEqual(['cy', 'cy', 'cy']);
  });

  it("the element's language for a table that does not say", async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { lang: 'cy' }, properties: { strings: { startButton: 'Dechrau nawr' } } });
    expect(marked(widget)).toEqual([null, null, null]);
  });
});
