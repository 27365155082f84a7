/**
 * unread-time-limit (warning): a time limit ("must happen within", kind `limit`) beside a legal
 * outcome in the same stage (a prosecution, a penalty notice, …: the format's legal kinds), when
 * nothing reads the limit: it names no outcome for when it runs out or is breached, and no
 * "Open when" rule of those outcomes (or of their routes) reads the date it starts on. The engine
 * then cannot know the limit has run out, and keeps offering the legal outcome after it. The
 * format's way to close an outcome when a limit runs out is the outcome's own rule on the
 * limit's start date ("no more than 6 months since …"): the message says which, in words.
 *
 * Not every limit beside a legal outcome decides it. One whose "When it runs out" says in words
 * what follows instead is the deadline for a step, with a consequence of its own: "Apply to the
 * family court" within 20 school days of the panel's decision, "If no application has been made,
 * the panel reviews the case again". The application is late, not barred, and the order can still
 * follow, so closing the outcome would be wrong: such a limit is read (its words are shown to the
 * school when it runs out). Words that say the step can no longer be taken ("these absences can
 * no longer be prosecuted") are a limitation period in words, which still needs the rule.
 */
import type { Condition, Outcome, Problem, Route, TimeLimit } from '@pathway/schema';
import { describeCondition } from '../describe-condition.js';
import { legalOutcomeKinds } from '../route-summary.js';
import { finding, joinOr, quote, type LintContext, type LintRule } from './report.js';

/** Deeper than any real rule: a hostile nesting is not walked further. */
const MAX_DEPTH = 60;

/** The dates a rule reads with "time since" (`since`, `until`). */
function datesRead(rule: unknown, into: Set<string>, depth = 0): Set<string> {
  if (depth > MAX_DEPTH || rule === null || typeof rule !== 'object') return into;
  if (Array.isArray(rule)) {
    for (const part of rule) datesRead(part, into, depth + 1);
    return into;
  }
  const record = rule as Record<string, unknown>;
  if (typeof record.since === 'string') into.add(record.since);
  if (typeof record.until === 'string') into.add(record.until);
  for (const key of ['all', 'any', 'not']) if (key in record) datesRead(record[key], into, depth + 1);
  return into;
}

interface LegalOutcome {
  outcome: Outcome;
  /** The rules that close it: its own, and its route's. */
  rules: (Condition | undefined)[];
}

function legalOutcomes(outcomes: readonly Outcome[] | undefined, route?: Route): LegalOutcome[] {
  const found: LegalOutcome[] = [];
  for (const outcome of outcomes ?? []) if (legalOutcomeKinds.has(outcome.kind)) found.push({ outcome, rules: [outcome.when, route?.when] });
  return found;
}

/** "When it runs out" words that say the step is barred once it has: a limitation period. */
const BARRED = /\b(no longer|can ?not|can['’]t|too late|out of time|(time[- ])?barred)\b/iu;

function isUnread(limit: TimeLimit, legal: readonly LegalOutcome[]): boolean {
  if ((limit.kind ?? 'limit') !== 'limit') return false;
  if (limit.onExpiry?.outcome !== undefined || limit.onBreach?.outcome !== undefined) return false;
  // A deadline with its own consequence, said in words (see above): read, unless the words bar the step.
  const words = limit.onExpiry?.description?.trim();
  if (words && !BARRED.test(words)) return false;
  const start = limit.startsFrom;
  if (typeof start !== 'string') return true;
  return !legal.some(({ rules }) => rules.some((rule) => datesRead(rule, new Set()).has(start)));
}

/**
 * What to add, in words. Lint cannot tell whether the outcome must happen within the limit
 * (close it when the limit runs out: its own rule on the start date) or follows when it runs out
 * (name it in "When it runs out"), so it says both.
 */
function advice(context: LintContext, limit: TimeLimit, legal: readonly LegalOutcome[]): string {
  const named = joinOr(legal.map(({ outcome }) => quote(outcome.title)));
  const one = legal.length === 1;
  const start = limit.startsFrom;
  const target = one ? named : 'that one';
  const within =
    typeof start === 'string'
      ? `give ${one ? 'it' : 'that one'} the "Open when" rule "${describeCondition({ since: start, atMost: limit.duration } as Condition, context.map.outline)}"`
      : `give the time limit the date it starts on ("Starts on") and give ${target} an "Open when" rule on that date`;
  return (
    `nothing links it to ${named}: it names no outcome for when it runs out, and no rule of ${one ? named : 'theirs'} reads the date it starts on, ` +
    `so ${one ? 'it is' : 'they are'} still offered after the limit has run out. ` +
    `If ${one ? named : 'one of them'} must happen within the limit, ${within}, so it closes when the limit runs out; ` +
    `if ${one ? 'it' : 'one'} follows when the limit runs out, name it in the limit's "When it runs out"`
  );
}

export const unreadTimeLimit: LintRule = (context) => {
  const { pathway } = context;
  const problems: Problem[] = [];
  pathway.stages.forEach((stage, s) => {
    const own = legalOutcomes(stage.outcomes);
    const routes = (stage.routes ?? []).map((route) => legalOutcomes(route.outcomes, route));
    const check = (limits: readonly TimeLimit[] | undefined, at: string, legal: readonly LegalOutcome[]) => {
      if (legal.length === 0) return;
      (limits ?? []).forEach((limit, l) => {
        if (isUnread(limit, legal)) problems.push(finding(pathway, 'unread-time-limit', 'warning', `${at}/timeLimits/${l}`, advice(context, limit, legal)));
      });
    };
    // A stage's limit is beside every legal outcome of the stage; a route's, beside its own and the stage's.
    check(stage.timeLimits, `/stages/${s}`, [...own, ...routes.flat()]);
    (stage.routes ?? []).forEach((route, r) => check(route.timeLimits, `/stages/${s}/routes/${r}`, [...own, ...routes[r]]));
  });
  return problems;
};
