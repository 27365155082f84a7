/**
 * A stage's exit rule (`exit.when`): when the pupil can leave the stage. It is advice to the
 * school, never a move: placement stays with bands, entry rules and recorded outcomes. A rule
 * that needs something not entered is not known, and so does not hold (conditions.ts).
 */
import type { Stage } from './schema-types.js';
import type { Reason, StageExit, Summary } from './types.js';
import type { EvaluationContext } from './context.js';
import { joinReasons, message, reason } from './messages.js';
import { matchBandFor } from './placement.js';
import { quote } from './text.js';

/**
 * The stage's exit for this case, when the stage has an exit rule. A rule met while the stage's
 * own band or entry rule still places the pupil here does not hold: the pupil would be placed
 * straight back (entered on 10 unauthorised sessions at 97%, with an exit at 95% and above).
 */
export function evaluateExit(stage: Stage, ctx: EvaluationContext): StageExit | undefined {
  const when = stage.exit?.when;
  if (when === undefined) return undefined;
  const rule = ctx.condition(when);
  const still = rule.holds ? stillEntered(stage, ctx) : undefined;
  const exit: StageExit = { holds: rule.holds && still === undefined, reasons: still === undefined ? rule.reasons : [...rule.reasons, still] };
  if (rule.unknown === true) exit.unknown = true;
  const description = stage.exit?.description;
  if (description !== undefined && description.trim() !== '') exit.description = description;
  return exit;
}

/** Why the stage still applies by its own band or entry rule, when one of them holds for this case. */
function stillEntered(stage: Stage, ctx: EvaluationContext): Reason | undefined {
  const band = (stage.bands ?? []).find((b) => matchBandFor(b, ctx) !== undefined);
  const entry = band === undefined && stage.entry?.when !== undefined ? ctx.condition(stage.entry.when) : undefined;
  if (band === undefined && entry?.holds !== true) return undefined;
  const because = band !== undefined ? band.label : joinReasons(entry!.reasons);
  return reason('exit.stillEntered', { stage: quote(stage.title), because });
}

/** The next step when the exit holds: "The pupil can leave "Stage 1": <the exit in the council's words>". */
export function exitStep(stageTitle: string, exit: StageExit | undefined): string | undefined {
  if (exit === undefined || !exit.holds) return undefined;
  const stage = quote(stageTitle);
  return exit.description !== undefined
    ? message('next.exit', { stage, description: exit.description })
    : message('next.exitBecause', { stage, because: joinReasons(exit.reasons) });
}

/** The exit as the summary states it. */
export function summaryExit(exit: StageExit): NonNullable<Summary['exit']> {
  const line: NonNullable<Summary['exit']> = { holds: exit.holds, reasons: exit.reasons.map((r) => r.text) };
  if (exit.description !== undefined) line.description = exit.description;
  return line;
}
