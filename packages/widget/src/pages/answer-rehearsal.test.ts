import { afterEach, describe, expect, it } from 'vitest';
import { createPathway } from '@pathway/core';
import type { Pathway } from '@pathway/schema';
import { createFormatter } from '../i18n/format.js';
import { en } from '../i18n/strings.js';
import { emptyMeasureEntry } from '../journey/entries.js';
import { caseInput, emptyJourney } from '../journey/journey-state.js';
import { indexPathway } from '../journey/pathway-index.js';
import { copyOf, tiers } from '../testing/fixtures.js';
import { continueOn, throughMeasures } from '../testing/journey.js';
import { cleanup, mountWidget, recordEvents, textOf } from '../testing/mount.js';
import { rehearseFirstAnswer } from './answer-rehearsal.js';
import type { PageContext } from './page-context.js';

const TODAY = '2026-03-02';
/** After the next idle period, or at the latest after the rehearsal's own deadline has passed (a page in a shared test run is not always idle). */
const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 }));

/** The questions page's context at tier 2 (88%), nothing answered. */
function questionsPageContext(pathway: unknown = tiers): PageContext {
  const definition = copyOf(pathway) as Pathway;
  const model = createPathway(definition);
  const index = indexPathway(definition);
  const state = emptyJourney();
  state.measureEntries.attendance = { ...emptyMeasureEntry(), percentage: '88' };
  const evaluation = model.evaluate(caseInput(index, state, en, TODAY));
  return { index, model, state, evaluation, strings: en, format: createFormatter('en-GB', en), today: TODAY } as unknown as PageContext;
}

describe('rehearseFirstAnswer', () => {
  afterEach(cleanup);

  it('works the page out once, on idle, for the first unanswered question answered with its first option, and changes nothing', async () => {
    const ctx = questionsPageContext();
    expect(ctx.evaluation.current?.stageId).toBe('tier-2');
    const rehearsals: PageContext[] = [];
    rehearseFirstAnswer(ctx, (rehearsal) => {
      rehearsals.push(rehearsal);
      return undefined as never;
    });
    expect(rehearsals).toHaveLength(0);
    await idle();
    expect(rehearsals).toHaveLength(1);
    const [rehearsal] = rehearsals;
    expect(rehearsal.state.answers).toEqual({ 'met-family': 'yes' });
    expect(rehearsal.evaluation.current?.questions.find((q) => q.id === 'met-family')?.state).toBe('met');
    // The journey's own state and evaluation are untouched.
    expect(ctx.state.answers).toEqual({});
    expect(ctx.evaluation.current?.questions.find((q) => q.id === 'met-family')?.state).toBe('missing');

    // Once per pathway: the page drawn again (an answer) does not rehearse again.
    rehearseFirstAnswer(ctx, (again) => {
      rehearsals.push(again);
      return undefined as never;
    });
    await idle();
    expect(rehearsals).toHaveLength(1);
  });

  it('skips a page with nothing a click answers, and swallows a failure', async () => {
    const typedOnly = copyOf(tiers) as { stages: { id: string; questions?: { type: string }[] }[] };
    for (const stage of typedOnly.stages) stage.questions = stage.questions?.filter((question) => question.type === 'date');
    const calls: string[] = [];
    rehearseFirstAnswer(questionsPageContext(typedOnly), () => {
      calls.push('typed');
      return undefined as never;
    });
    const failing = questionsPageContext();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    rehearseFirstAnswer(failing, () => {
      calls.push('failing');
      throw new Error('a page that cannot be drawn');
    });
    await idle();
    await idle();
    window.removeEventListener('error', onError);
    expect(calls).toEqual(['failing']);
    expect(errors).toEqual([]);
  });

  it('in the widget: after the questions page is drawn and the browser is idle, nothing is answered, announced or sent', async () => {
    const widget = await mountWidget({ pathway: copyOf(tiers), attributes: { 'as-of': TODAY } });
    await throughMeasures(widget, '88');
    await continueOn(widget);
    const readiness = widget.shadowRoot!.querySelector('[part="readiness"]')!;
    const before = textOf(readiness);
    const changes = recordEvents(widget, 'pathway-change');
    await idle();
    await idle();
    await widget.updateComplete;
    expect(changes).toEqual([]);
    expect(widget.shadowRoot!.querySelectorAll('input[type="radio"]:checked')).toHaveLength(0);
    expect(textOf(readiness)).toBe(before);
    expect(widget.shadowRoot!.querySelector('#readiness-announcement')?.textContent?.trim()).toBe('');
  });
});
