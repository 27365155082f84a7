/**
 * "What is still missing" changing state is said to screen-reader users (a polite live region),
 * as the stage is: when the answer that changed it is complete, once, and not for every count
 * going down. Its "Advised" list is a sibling of "Needed at this stage", at the same level.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seeds } from '../testing/fixtures.js';
import { axeViolations } from '../testing/accessibility.js';
import { byId, cleanup, mountWidget, settle, textOf } from '../testing/mount.js';
import { answer, clickLink, continueOn, questionIdsOnPage, throughMeasures } from '../testing/journey.js';
import type { PathwayWidget } from './pathway-widget.js';

afterEach(cleanup);

const said = (widget: PathwayWidget) => textOf(byId(widget, 'readiness-announcement'));

async function onQuestions(): Promise<PathwayWidget> {
  const widget = await mountWidget({ pathway: seeds.wigan });
  await throughMeasures(widget, '88');
  await continueOn(widget);
  return widget;
}

describe('what is still missing, announced', () => {
  it('is a polite live region, silent while only the count goes down, and says the new state when the last needed answer is given', async () => {
    const widget = await onQuestions();
    const region = byId(widget, 'readiness-announcement');
    expect(region.getAttribute('role')).toBe('status');
    // Arriving on the page is not news.
    expect(said(widget)).toBe('');
    const ids = questionIdsOnPage(widget);
    for (const id of ids.slice(0, -1)) {
      await answer(widget, id, 'yes');
      expect(said(widget), `after answering ${id}`).toBe('');
    }
    expect(textOf(widget.shadowRoot!.querySelector('.readiness__status')!)).not.toBe('Nothing blocking is missing at this stage.');
    await answer(widget, ids.at(-1)!, 'yes');
    expect(textOf(widget.shadowRoot!.querySelector('.readiness__status')!)).toBe('Nothing blocking is missing at this stage.');
    expect(said(widget)).toBe('Nothing blocking is missing at this stage.');
    await settle(widget);
    expect(await axeViolations(widget)).toEqual([]);

    // And back: the answer that makes something needed again says so.
    await answer(widget, ids.at(-1)!, 'no');
    expect(said(widget)).toMatch(/^1 thing is still needed at this stage\.$/);
  });

  it('a pathway changed under the page is a new baseline too: the old state is not left in the region', async () => {
    const widget = await onQuestions();
    const ids = questionIdsOnPage(widget);
    for (const id of ids) await answer(widget, id, 'yes');
    expect(said(widget)).toBe('Nothing blocking is missing at this stage.');
    // The council adds a question to this stage: something is needed again, and the update note says so.
    const next = structuredClone(seeds.wigan) as typeof seeds.wigan & { stages: { id: string; questions?: unknown[] }[] };
    const stage = next.stages.find((candidate) => (candidate.questions ?? []).some((question) => (question as { id: string }).id === ids[0]))!;
    stage.questions!.push({ id: 'q-added-later', type: 'yesNo', text: 'Has the family been told of this step?' });
    widget.pathway = next;
    await settle(widget);
    expect(textOf(widget.shadowRoot!.querySelector('.readiness__status')!)).not.toBe('Nothing blocking is missing at this stage.');
    expect(said(widget)).toBe('');
  });

  it('a page drawn anew is the baseline: coming back to it says nothing until something changes', async () => {
    const widget = await onQuestions();
    const ids = questionIdsOnPage(widget);
    for (const id of ids) await answer(widget, id, 'yes');
    expect(said(widget)).not.toBe('');
    await clickLink(widget, 'Back');
    await continueOn(widget);
    expect(said(widget)).toBe('');
  });
});

describe('the readiness lists’ headings', () => {
  it('"Advised" is at the level of "Needed at this stage", its sibling, not beneath it', async () => {
    const widget = await onQuestions();
    const group = widget.shadowRoot!.querySelector('.readiness__group')!;
    const headings = [...group.querySelectorAll('h2, h3, h4, h5, h6')].map((heading) => `${heading.tagName} ${textOf(heading).split(' (')[0]}`);
    expect(headings).toEqual(['H4 Needed at this stage', 'H4 Advised']);
  });
});
