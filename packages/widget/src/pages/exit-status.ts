/**
 * Where the stage's exit rule (`exit.when`) stands for this pupil, said as gates are: met, not
 * yet (with the engine's reasons, "…; that will be on 10 April 2026"), or not known yet (what to
 * enter). A figure reached but not held long enough is not silence.
 */
import type { TemplateResult } from 'lit';
import { html } from 'lit';
import { reasonText } from '../i18n/strings.js';
import type { PageContext } from './page-context.js';
import { tag } from './shared.js';

/** The exit's state and the reasons that decided it, or undefined when the stage has no exit rule. */
export function exitStatus(ctx: PageContext): { state: 'met' | 'notYet' | 'notKnown'; because: string } | undefined {
  const exit = ctx.evaluation.current?.exit;
  if (exit === undefined) return undefined;
  const because = exit.reasons.map((reason) => reasonText(ctx.strings, reason)).join('; ');
  return { state: exit.holds ? 'met' : exit.unknown === true ? 'notKnown' : 'notYet', because };
}

/** The exit's tag and reasons, for the stage page beside the council's description. */
export function renderExitStatus(ctx: PageContext): TemplateResult | undefined {
  const status = exitStatus(ctx);
  if (status === undefined) return undefined;
  const { strings } = ctx;
  const word = status.state === 'met' ? strings.met : status.state === 'notKnown' ? strings.gateNotKnown : strings.exitNotYet;
  return html`<p data-exit-status=${status.state}>${tag(word, status.state === 'met' ? 'green' : 'grey')} ${status.because}</p>`;
}

/** The summary's line when the pupil cannot leave the stage yet, or undefined. */
export function exitNotYetLine(ctx: PageContext, stageTitle: string): string | undefined {
  const status = exitStatus(ctx);
  if (status === undefined || status.state === 'met') return undefined;
  return ctx.strings.exitNotYetLine(stageTitle, status.because, status.state === 'notKnown');
}
