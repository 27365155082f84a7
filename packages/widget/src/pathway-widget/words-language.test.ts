/**
 * The widget's own words are marked with the language they are in, not the element's `lang`
 * (which sets how numbers and dates are written): `lang="cy"` with no Welsh table must not have
 * a screen reader read the English words as Welsh, and nor must a partial Welsh table, whose
 * entries left out are shown in English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { en, reasonCodes } from '../i18n/strings.js';
import type { WidgetStrings } from '../i18n/strings.js';
import { seeds } from '../testing/fixtures.js';
import { cleanup, mountWidget, textOf } from '../testing/mount.js';
import { start } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(cleanup);

const marked = (widget: PathwayWidget) =>
  ['.container', '#stage-announcement', '#update-announcement'].map((selector) => widget.shadowRoot!.querySelector(selector)!.getAttribute('lang'));

/** A table that gives every entry and every reason (here the English words under another name: what is checked is that nothing is left out). */
const whole = (lang?: string): Partial<WidgetStrings> => ({
  ...Object.fromEntries(Object.entries(en).filter(([key]) => key !== 'lang')),
  reasons: Object.fromEntries(reasonCodes().map((code) => [code, () => 'Rheswm'])),
  ...(lang !== undefined ? { lang } : {}),
});

describe("the widget's words are marked with their own language", () => {
  it('English when the page gives no table, whatever the element says', async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { lang: 'cy' } });
    expect(marked(widget)).toEqual(['en', 'en', 'en']);
  });

  it("a whole table's own language when it says one", async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { lang: 'cy' }, properties: { strings: whole('cy') } });
    expect(marked(widget)).toEqual(['cy', 'cy', 'cy']);
    await start(widget);
    expect(marked(widget)).toEqual(['cy', 'cy', 'cy']);
  });

  it('English for a partial table, whatever it says: the words it leaves out are English', async () => {
    const partial = { lang: 'cy', startButton: 'Dechrau nawr', back: 'Yn ôl', continue: 'Parhau', yes: 'Ydy', no: 'Nac ydy' };
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { lang: 'cy' }, properties: { strings: partial } });
    expect(textOf(widget)).toContain('Dechrau nawr');
    expect(marked(widget)).toEqual(['en', 'en', 'en']);
    // Every entry but one engine reason still leaves English words to show.
    const reasons = Object.fromEntries(reasonCodes().slice(1).map((code) => [code, () => 'Rheswm']));
    const almost = await mountWidget({ pathway: seeds.wigan, properties: { strings: { ...whole('cy'), reasons } } });
    expect(marked(almost)).toEqual(['en', 'en', 'en']);
  });

  it("the element's language for a whole table that does not say", async () => {
    const widget = await mountWidget({ pathway: seeds.wigan, attributes: { lang: 'cy' }, properties: { strings: whole() } });
    expect(marked(widget)).toEqual([null, null, null]);
  });
});
