/**
 * A person's first answer on a long questions page ran code no earlier page had run: the
 * engine evaluating a changed answer, the rows' models compared, the readiness panel worked
 * out again. At 500 questions it took about 5 ms longer than the answers after it, which is the
 * one a school notices. So once per pathway, when the browser is idle after the questions page
 * is first drawn, the page is worked out for a made-up answer (the first unanswered question's
 * first option) and thrown away: that code is compiled before anyone clicks.
 *
 * Nothing of it is kept, shown, saved, announced or sent; the journey and the page are not
 * touched, and a failure is swallowed (the real answer reports it as usual).
 */
import { possibleAnswers } from '@pathway/core';
import type { TemplateResult } from 'lit';
import { caseInput } from '../journey/journey-state.js';
import type { PageContext } from './page-context.js';

/** Definitions (by their index) whose questions page has been rehearsed already. */
const rehearsed = new WeakSet<object>();

/** On idle; on a page that is never idle (a council's page busy with its own work), after this long anyway. */
const AT_THE_LATEST_MS = 2000;
// Safari has no requestIdleCallback: there it runs after the deadline.
const whenIdle = (run: () => void) =>
  'requestIdleCallback' in globalThis ? requestIdleCallback(run, { timeout: AT_THE_LATEST_MS }) : setTimeout(run, AT_THE_LATEST_MS);

/** Schedules one rehearsal of `render` for this pathway, if its page has a question a click answers (yes / no, a choice). */
export function rehearseFirstAnswer(ctx: PageContext, render: (ctx: PageContext) => TemplateResult): void {
  if (rehearsed.has(ctx.index)) return;
  rehearsed.add(ctx.index);
  whenIdle(() => {
    try {
      for (const item of ctx.evaluation.current?.questions ?? []) {
        const question = ctx.index.questions.get(item.id);
        const value = item.state === 'missing' && question && possibleAnswers(question)?.[0];
        if (!value) continue;
        const state = { ...ctx.state, answers: { ...ctx.state.answers, [item.id]: value } };
        render({ ...ctx, state, evaluation: ctx.model.evaluate(caseInput(ctx.index, state, ctx.strings, ctx.today!)) });
        return;
      }
    } catch {
      // Only a rehearsal: the real answer will meet, and report, whatever went wrong here.
    }
  });
}
