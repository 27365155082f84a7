/**
 * What the summary says about routes someone chooses and the new kinds of outcome (format 1.1).
 *
 * Next steps: "Choose between …" while no route the user chooses is chosen; "The Local
 * Authority will decide between …" for routes decided later (grouped by who decides). Outcomes
 * of a referral (`after: "referral"`) are never next steps: the summary lists them with the
 * referral, as what can happen after it.
 */
import type { Outcome } from './schema-types.js';
import type { AppliedException, StageEvaluation, SummaryRoute } from './types.js';
import { message } from './messages.js';
import { joinWith, quote } from './text.js';

const LEGAL_KINDS = {
  attendanceContract: 'outcomeKind.attendanceContract',
  noticeToImprove: 'outcomeKind.noticeToImprove',
  penaltyNotice: 'outcomeKind.penaltyNotice',
  educationSupervisionOrder: 'outcomeKind.educationSupervisionOrder',
  prosecution: 'outcomeKind.prosecution',
  court: 'outcomeKind.court',
  parentingOrder: 'outcomeKind.parentingOrder',
  schoolAttendanceOrder: 'outcomeKind.schoolAttendanceOrder',
} as const;

/** The format's legal actions (1.1), by outcome kind. */
export const legalOutcomeKinds: ReadonlySet<string> = new Set(Object.keys(LEGAL_KINDS));

/** The sentence for a hand-back or a legal action, or undefined for the kinds of format 1.0. */
export function newKindSentence(outcome: Outcome, stageTitle: (id: string) => string): string | undefined {
  const title = outcome.title;
  if (outcome.kind === 'handBack') {
    return outcome.to ? message('next.handBackTo', { title, to: stageTitle(outcome.to) }) : message('next.handBack', { title });
  }
  const code = (LEGAL_KINDS as Record<string, (typeof LEGAL_KINDS)[keyof typeof LEGAL_KINDS] | undefined>)[outcome.kind];
  if (code === undefined) return undefined;
  const what = message(code);
  // "Issue a penalty notice" needs no ": a penalty notice" after it.
  const named = title.toLowerCase().includes(what.replace(/^(a|an) /, ''));
  if (outcome.to) return message(named ? 'next.legalNamedTo' : 'next.legalTo', { title, what, to: stageTitle(outcome.to) });
  return named ? message('next.legalNamed', { title }) : message('next.legal', { title, what });
}

/** "Choose between …" and "… will decide between …", for the stage's routes. */
export function routeNextSteps(current: StageEvaluation): string[] {
  if (current.status !== 'available') return [];
  const steps: string[] = [];
  const userRoutes = current.routes.filter((route) => route.choice === 'user' && route.available === true);
  if (userRoutes.length > 1 && !current.routes.some((route) => route.choice === 'user' && route.chosen === true)) {
    steps.push(message('next.chooseRoute', { routes: joinWith(userRoutes.map((route) => quote(route.title)), 'and') }));
  }
  const byDecider = new Map<string, string[]>();
  for (const route of current.routes) {
    if (route.choice !== 'later' || route.available !== true) continue;
    const by = route.decidedBy ?? '';
    const titles = byDecider.get(by) ?? [];
    titles.push(quote(route.title));
    byDecider.set(by, titles);
  }
  for (const [by, titles] of byDecider) {
    steps.push(
      titles.length === 1
        ? message('next.decideOn', { by, route: titles[0] as string })
        : message('next.decideBetween', { by, routes: joinWith(titles, 'and') }),
    );
  }
  return steps;
}

/** Exceptions that name the stage's routes and apply. */
export function routeExceptions(current: StageEvaluation): AppliedException[] {
  const found: AppliedException[] = [];
  for (const route of current.routes) for (const e of route.exceptions ?? []) if (!found.includes(e)) found.push(e);
  return found;
}

/** The stage's routes as the summary states them, when someone chooses between them. */
export function summaryRoutes(current: StageEvaluation): SummaryRoute[] | undefined {
  if (!current.routes.some((route) => route.choice === 'user' || route.choice === 'later')) return undefined;
  return current.routes.map((route) => {
    const line: SummaryRoute = {
      id: route.id,
      title: route.title,
      choice: route.choice ?? 'rule',
      chosen: route.chosen === true,
      open: route.open,
      ready: route.ready === true,
      reason: route.reason.text,
      missing: route.open
        ? [...(route.missing?.blocking ?? []).map((item) => item.text), ...(route.missing?.gates ?? []).filter((g) => g.severity === 'blocking').map((g) => g.title)]
        : [],
    };
    if (route.decidedBy !== undefined) line.decidedBy = route.decidedBy;
    return line;
  });
}
