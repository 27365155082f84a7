/**
 * A count "within N school weeks after" an event whose date is left blank where blank means the
 * event has not happened (`ifBlank`): nothing can ever be counted after it, so the pages never
 * ask for the count ("Not entered", "Not known yet") and a rule on it is not met, in the
 * author's words. Any pathway: the rule is the engine's (conditions.ts) and the check page's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Pathway } from '@pathway/schema';
import { downloadsOf, headingsToSummary, pressOn, sectionText } from '../testing/driver.js';
import { cleanup, headingOf, mountWidget, textOf } from '../testing/mount.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const NO_LETTER = 'No warning letter has been sent';

const pathway: Pathway = {
  schemaVersion: '1.1',
  id: 'count-after-no-event',
  version: '1',
  title: 'Warning letters',
  authority: { name: 'Test Council' },
  measures: [
    { id: 'letter', title: 'Date the warning letter was sent', kind: 'date', ifBlank: NO_LETTER },
    {
      id: 'after-letter',
      title: 'Unauthorised sessions in the 4 school weeks after the letter',
      kind: 'sessionCount',
      from: 'letter',
      window: { amount: 4, unit: 'schoolWeeks' },
    },
  ],
  stages: [
    {
      id: 'penalty',
      title: 'Penalty notice',
      universal: true,
      gates: [
        {
          id: 'further-absence',
          title: 'Further unauthorised absence within 4 school weeks of the letter',
          condition: { measure: 'after-letter', lower: { value: 1, inclusive: true } },
        },
      ],
    },
  ],
};

describe('a count after an event that has not happened', () => {
  it('says why it is not counted, and its rule is not met (never "not known yet"), on the summary and both downloads', async () => {
    const { widget } = await headingsToSummary(pathway, { measures: {} }, '2025-06-02');
    const figures = sectionText(widget, 'measures');
    expect(figures).toContain('Unauthorised sessions in the 4 school weeks after the letter is not counted: ' + NO_LETTER);
    expect(figures).not.toMatch(/after the letter Not entered/);
    const gates = sectionText(widget, 'gates');
    expect(gates).toMatch(/^Conditions Not met Further unauthorised absence within 4 school weeks of the letter/);
    expect(gates).toContain(NO_LETTER);
    const page = textOf(widget.shadowRoot!.querySelector('#summary-document')!);
    expect(page).not.toMatch(/not known yet/i);
    const { json, web } = await downloadsOf(widget);
    expect(JSON.stringify(json)).not.toMatch(/not known yet/i);
    expect(web).not.toMatch(/not known yet/i);
    expect(web).toContain('is not counted: ' + NO_LETTER);
  });

  it('the check page says why, not "Not entered"', async () => {
    const widget = await mountWidget({ pathway, attributes: { 'as-of': '2025-06-02' }, properties: { case: { measures: {} } } });
    for (let step = 0; step < 6 && headingOf(widget) !== 'Check your answers'; step++) await pressOn(widget);
    expect(headingOf(widget)).toBe('Check your answers');
    const text = textOf(widget.shadowRoot!.querySelector('main') ?? widget.shadowRoot!.firstElementChild!);
    expect(text).toContain('Unauthorised sessions in the 4 school weeks after the letter is not counted: ' + NO_LETTER);
    expect(text).not.toMatch(/after the letter Not entered/);
  });

  it('"no further absence since the letter" (`not` of the count) is not met either when no letter was sent: the summary, readiness and downloads', async () => {
    const calm: Pathway = {
      ...pathway,
      stages: [
        {
          ...pathway.stages[0],
          gates: [{ id: 'no-further', title: 'No further absence since the letter', condition: { not: { measure: 'after-letter', lower: { value: 1, inclusive: true } } } }],
        },
      ],
    };
    const { widget } = await headingsToSummary(calm, { measures: {} }, '2025-06-02');
    const gates = sectionText(widget, 'gates');
    expect(gates).toMatch(/^Conditions Not met No further absence since the letter/);
    expect(gates).toContain('is not counted: ' + NO_LETTER);
    const { json, web } = await downloadsOf(widget);
    expect(JSON.stringify(json)).not.toMatch(/"ready":true/);
    expect(web).toMatch(/Not met<\/strong> No further absence since the letter/);
    // Dated, with nothing counted after it, it is met.
    const dated = await headingsToSummary(calm, { measures: { letter: { date: '2025-03-03' }, 'after-letter': { value: 0 } } }, '2025-06-02');
    expect(sectionText(dated.widget, 'gates')).toMatch(/^Conditions Met No further absence since the letter/);
  });

  it('with the letter dated, the count is asked for and decides the rule as usual', async () => {
    const { widget } = await headingsToSummary(pathway, { measures: { letter: { date: '2025-03-03' } } }, '2025-06-02');
    expect(sectionText(widget, 'measures')).toMatch(/after the letter Not entered/);
    expect(sectionText(widget, 'gates')).toMatch(/^Conditions Not known yet Further unauthorised absence/);
  });
});
