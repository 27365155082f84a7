/**
 * Every lint code, with its severity and what it finds, in one place: each rule's findings take
 * their code from here (`finding` accepts only these names), `lintRules` must have a rule for
 * each, and the CLI README's "Lint rules" table is checked against it word for word
 * (packages/cli/src/readme-codes.test.ts), so a new rule cannot go undocumented.
 */
export interface LintCode {
  severity: 'error' | 'warning' | 'error / warning';
  /** What the rule finds, in one line, as a council author reads it. */
  finds: string;
}

export const lintCodes = {
  'duplicate-id': {
    severity: 'error',
    finds: 'Two things with the same id. Stages, questions, evidence, gates, measures, circumstances, roles, referrals, exceptions, outcomes, routes, time limits and contacts share one set of ids. A referral field may reuse another referral\'s field id (it is the same information, asked once).',
  },
  'dangling-reference': {
    severity: 'error',
    finds: 'An id that names nothing, or the wrong kind of thing (a rule about an answer naming an evidence requirement; "time since" naming a question that is not a date), with up to two ids of the right kind the author may have meant: one spelt nearly the same (`tier3` → `tier-3`), one of the same family (starting with the same word: `ewo-referral` → `ewo-request`), the id it is made of plus words (`mash-referal` → `mash`) or the id it is the start of (`q-plan-meeting` → `q-plan-meeting-date`).',
  },
  'undefined-cohort': { severity: 'error', finds: 'A rule about a pupil circumstance that is not defined under Pupil circumstances.' },
  'unreachable-stage': { severity: 'error', finds: 'A stage with no band, entry rule, outcome or redirect leading to it.' },
  'band-bounds': {
    severity: 'error / warning',
    finds: 'A band or measure rule that nothing can fall into, such as a lower bound above the upper (swap the two numbers) (error); a percentage bound outside 0–100 (warning).',
  },
  'band-coverage': {
    severity: 'warning',
    finds: 'Parts of 0–100 no stage\'s band covers, saying where a pupil there is, and bands of different stages that overlap, pair by pair, each with where (only a pile-up of ten or more stages on the same figures is reported once, naming them). Also a value two neighbouring stages\' bands leave between them that only another stage\'s wider band covers (`59.9% to 50.1%` beside `below 50%` leaves 50% to `89% and under`). Real pathways have gaps and overlaps, so these are warnings. In a format 1.1 pathway with a starting stage (`start`, or a universal stage), a pupil no band places is at that stage, so a gap at the end where attendance is best (up to 100% attendance, or down to 0% absence) is not warned of; a gap between bands, or at the other end, still is. Bands of universal stages place no one and cover nothing.',
  },
  'band-shadowed': {
    severity: 'warning',
    finds: 'A stage whose bands never place a pupil: every figure in them is also in a band of a stage listed after it, and where bands overlap the later stage is used ("Letter 1: below 90%" before "Letter 2: 89.9 to 80" and "Letter 3: less than 80%"). Figures are compared as the measure rounds them.',
  },
  'unsafe-link': {
    severity: 'error / warning',
    finds: 'A link that is not `https:`, `mailto:` or relative (error); an email address that cannot be right, or a relative address that starts like a site\'s name (`www.council.gov.uk/help`: write `https://` before it) (warning).',
  },
  expectation: { severity: 'error', finds: 'Expected answers, or answers tested in rules, that the question can never be given.' },
  'change-baseline': {
    severity: 'error',
    finds: 'A "change" rule on a measure with no "Earlier reading", so no school is ever asked for one, or a date said to have "improved" (1.1).',
  },
  'duration-range': {
    severity: 'error / warning',
    finds: 'A duration range written upside down, or a length agreed per case taken from a question that is not a number question (error); an amount given as well as that answer, or a time limit extendable to a total no longer than itself, in whatever units, where that is certain: a school day is at least a day, a school week at least 5 days, a month 28 to 31 days (warning).',
  },
  'route-choice': {
    severity: 'warning',
    finds: 'Beside routes someone chooses, a route nobody chooses and with no rule (it applies to every pupil alongside the chosen one), or a role with only one route to choose (1.1).',
  },
  'unused-input': { severity: 'warning', finds: 'A date measure no rule, count, time limit or duty uses, or an earlier reading no rule compares with: schools are asked for a figure that changes nothing (1.1).' },
  'date-measure': {
    severity: 'error',
    finds: 'A band or a figure rule on a date measure (it never matches: use a "time since" rule), a percentage "counted from" a date, or a change rule whose "over" is longer than its "within" (1.1).',
  },
  'duty-timing': {
    severity: 'error / warning',
    finds: 'A duty waiting for a gate its stage, routes, referrals and requirements do not have (error); a duty "counted from" a date with no "due within" and no "every", or "every" 0 (warning) (1.1).',
  },
  'journey-end': { severity: 'warning', finds: 'A journey that ends in a referral in a pathway with no referrals (1.1).' },
  'empty-requirement': { severity: 'warning', finds: 'A requirement written once with no duties, questions, evidence or gates (1.1).' },
  'unlisted-contact': { severity: 'warning', finds: "A contact no stage or exception lists: schools see it at every stage, among the pathway's general contacts." },
  'empty-exception': {
    severity: 'error / warning',
    finds: 'An exception whose list of stages is empty and that names no referral or route: an empty list names no stage (leaving the list out means every stage), so it never applies; removing the last stage an exception named leaves one (warning). A redirect with nowhere to send the pupil (error).',
  },
  'gate-question': {
    severity: 'warning',
    finds: 'A stage\'s (or its route\'s) gate, or its exit rule, or an outcome\'s, a route\'s or a duty\'s rule, a time limit\'s "breached when" or "agreed when", or a question\'s "ask only if", that reads a question the stage never asks (not its own, its routes\', a required earlier stage\'s or a requirement\'s): a school working at that stage can never meet it, and the exit, outcome, route or duty never opens there. Where the question is asked at a later stage, the advice is to move it, not to require that stage. A referral\'s rules are checked at the stages that offer it; an exception\'s or requirement\'s rule, which may read an answer given at an earlier stage, only for a question asked after every stage it applies to.',
  },
  'requires-routes-only': {
    severity: 'warning',
    finds: 'A stage requires an earlier stage whose questions and evidence are all in routes someone chooses: a chosen route\'s items count only toward that route, so requiring the stage asks nothing of it.',
  },
  'unread-time-limit': {
    severity: 'warning',
    finds: 'A legal outcome beside a "must happen within" time limit that names no outcome for when it runs out and whose start date no rule of the outcome reads: the outcome is still offered after the limit has run out (1.1). Not a limit whose "When it runs out" says in words what follows instead (the deadline for a step, such as applying to the court, with a consequence of its own), unless those words say the step can no longer be taken.',
  },
  'review-outcome': {
    severity: 'warning',
    finds: 'A review (a time limit that recurs) whose "when it runs out" outcome moves the case on but has no "Open when" rule, so it is offered at every review whatever the figures; lint suggests a rule from the stage\'s band (1.1).',
  },
  'not-applicable': {
    severity: 'warning',
    finds: 'A setting that means nothing where it is (a lowest value on a question that is not a number question, options on one that is not "One of a list", "If blank" on something that is not a date, "Who leads instead" on an exception that does not reassign): the engine ignores it.',
  },
  'format-version': {
    severity: 'error / warning',
    finds: 'A file that says format 1.0 but uses a part 1.1 added, once for each part (warning); an "Outcome recorded" rule in such a file, which can never hold (error).',
  },
  'cohort-thresholds': {
    severity: 'warning',
    finds: 'Stages entered by thresholds that each need a circumstance ticked ("Primary, below 95%", "Secondary, below 94%") on a measure no band covers, with no rule placing a pupil with none ticked at those figures: such a pupil is placed by none of them.',
  },
  'complete-asks-nothing': {
    severity: 'warning',
    finds: 'A "Stage complete" rule about a stage that asks nothing that must be done (no blocking questions, evidence or gates), so it holds for every pupil, one placed straight at the later stage included.',
  },
  'outcome-direction': {
    severity: 'warning',
    finds: 'An "escalate" outcome to a stage listed before its own, an outcome leading back to its own stage, or a "step down" to a stage listed after its own that figures or a rule can place (stages are listed from least to most intensive).',
  },
  'entry-question': {
    severity: 'warning',
    finds: 'A stage entered by the answer to a question only that stage asks: a pupil at another stage is never asked it, so that way in never opens.',
  },
  'lead-conflict': {
    severity: 'warning',
    finds: 'Two exceptions that reassign the lead at the same stage for a pupil who can meet both rules, naming different leads: the pathway does not say who leads.',
  },
  'nowhere-to-go': {
    severity: 'warning',
    finds: 'An exception that blocks or skips a stage for pupils whose figures no other stage places, with no starting stage or stage for every pupil: their case stays at the stage they are not offered, with nothing to do (exceptions that leave the same pupils there are told of once, naming them all).',
  },
  'referral-beside-routes': {
    severity: 'warning',
    finds: 'A stage\'s referral offered beside routes opened by rules that lead to different legal actions, so a school is told "Ready to refer" when the open route forbids it: list the referral on the routes it belongs to.',
  },
  'referral-before-limit': {
    severity: 'warning',
    finds: 'A stage\'s referral that the stage\'s "refer" outcomes make only when a time limit runs out, with no gate on a time since a date: it is offered as soon as the stage is ready, before the limit runs out. If it must wait, give it the gate lint writes out.',
  },
  'same-outcome-title': {
    severity: 'warning',
    finds: 'Two outcomes of one stage (its own and its routes\') with the same title, regardless of case or spacing: a school cannot tell which happened.',
  },
  'band-label': {
    severity: 'warning',
    finds: 'A band whose label states a figure its bounds do not ("Below 90%" on a band up to 92%): the engine places by the bounds, and schools read the label.',
  },
  'lead-role-id': {
    severity: 'warning',
    finds: 'An exception\'s "Who leads instead" that is a role\'s id ("eh-lead"), not words: the results and the JSON download carry it as written; it offers the role\'s title.',
  },
} as const satisfies Record<string, LintCode>;

/** A lint rule's name: its code without "lint.". */
export type LintRuleName = keyof typeof lintCodes;
