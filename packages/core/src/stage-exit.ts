/**
 * A stage's exit rule (`exit.when`): when the pupil can leave the stage. It is advice to the
 * school, never a move: placement stays with bands, entry rules and recorded outcomes. A rule
 * that needs something not entered is not known, and so does not hold (conditions.ts).
 */
import type { Condition, Stage } from './schema-types.js';
import type { Reason, StageExit, Summary } from './types.js';
import type { EvaluationContext } from './context.js';
import { joinReasons, message, reason } from './messages.js';
import { quote } from './text.js';

/**
 * The stage's exit for this case, when the stage has an exit rule. A rule met while the stage's
 * entry rule still holds on the pupil's figures does not hold: the pupil would be placed straight
 * back (entered on 10 unauthorised sessions at 97%, with an exit at 95% and above). Bands and
 * rules on other things (dates, answers, outcomes) do not hold it back: a band may take in every
 * pupil on the plan, and a date once passed stays passed, so the exit could never be met.
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

/** Whether a rule reads a figure ("10 unauthorised sessions or more"), anywhere inside it. */
function readsFigure(condition: Condition): boolean {
  if ('measure' in condition) return true;
  if ('all' in condition) return condition.all.some(readsFigure);
  if ('any' in condition) return condition.any.some(readsFigure);
  if ('not' in condition) return readsFigure(condition.not);
  return false;
}

/** Why the stage still applies by its entry rule on the pupil's figures, when that rule holds. */
function stillEntered(stage: Stage, ctx: EvaluationContext): Reason | undefined {
  const when = stage.entry?.when;
  if (when === undefined || !readsFigure(when)) return undefined;
  const entry = ctx.condition(when);
  return entry.holds ? reason('exit.stillEntered', { stage: quote(stage.title), because: joinReasons(entry.reasons) }) : undefined;
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
