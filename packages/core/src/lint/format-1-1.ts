/**
 * What format 1.1 added, in one table: each part a file may use only when it declares
 * `"schemaVersion": "1.1"`, found by the schema definition of the object that uses it (the
 * outline's names: "Action", "TimeLimit.extension", "Condition"…). The lint rule
 * format-version reads this table and nothing else; the guide's list "What 1.1 added"
 * (schemas/README.md) is tested against it, so the two cannot drift.
 *
 * Left out on purpose: the changelog (the designer writes it when a pathway is published,
 * whatever its format), and a "time since" rule on a date measure (the date measure is already
 * reported).
 */

export interface FormatFeature {
  /** What an author knows it as, in the editor's words: the guide lists exactly these. */
  readonly title: string;
  /** The anchor of the guide's section about it. */
  readonly section: string;
  /** The definitions whose objects can use it; '*' for any object. */
  readonly in: readonly string[] | '*';
  /** The property that uses it… */
  readonly property: string;
  /** …with one of these values (any value, when not given)… */
  readonly values?: readonly (string | number)[];
  /** …or by leaving it out. */
  readonly absent?: true;
  /** Where the schema labels the values (`enumLabel`), and what a value is, to name the one used ("The outcome kind" "Penalty notice"). */
  readonly labels?: { readonly enum: string; readonly noun: string };
  /**
   * Why, for a part that cannot work at all in a 1.0 file (an error, not a warning): said after
   * the finding. Most parts are read whatever the version; these go by it.
   */
  readonly neverIn10?: string;
}

const duties = 'duties-as-councils-write-them-11';
const durations = 'durations-as-councils-write-them-11';
const dates = 'dates-and-events-11';
const change = 'change-over-time-11';
const start = 'where-a-case-starts-11';
const routes = 'routes-that-someone-chooses-11';

export const format11Features: readonly FormatFeature[] = [
  { title: 'A journey ("Whose journey")', section: 'whose-journey-11', in: ['Pathway'], property: 'journey' },
  { title: 'A starting stage', section: start, in: ['Pathway'], property: 'start' },
  { title: 'A requirement written once', section: 'requirements-written-once-11', in: ['Pathway'], property: 'requirements' },
  { title: 'A list of standing duties', section: 'requirements-written-once-11', in: ['Pathway'], property: 'actions' },
  { title: 'A measure that is a date', section: dates, in: ['Measure'], property: 'kind', values: ['date'], labels: { enum: 'Measure.kind', noun: 'The measure kind' } },
  { title: 'A count "Counted from" a date', section: dates, in: ['Measure'], property: 'from' },
  { title: 'A "time since" rule\'s "To date"', section: dates, in: ['Condition'], property: 'until' },
  { title: '"If left blank" on a date', section: 'a-date-that-may-not-have-happened-11', in: ['Measure', 'Question'], property: 'ifBlank' },
  { title: 'A measure\'s "Better when"', section: change, in: ['Measure'], property: 'better' },
  { title: 'A measure\'s "Earlier reading"', section: change, in: ['Measure'], property: 'baseline' },
  { title: 'A "Change" rule', section: change, in: ['Condition'], property: 'change' },
  { title: 'A list of duties with no strength', section: duties, in: ['ActionGroup'], property: 'force', absent: true },
  { title: 'The strength "May"', section: duties, in: ['ActionGroup', 'Action'], property: 'force', values: ['may'], labels: { enum: 'Force', noun: 'The strength' } },
  { title: 'A duty\'s "Done by"', section: duties, in: ['Action'], property: 'roles' },
  { title: 'A duty\'s "Only after gates"', section: duties, in: ['Action'], property: 'gates' },
  { title: 'A duty\'s "Counted from"', section: duties, in: ['Action'], property: 'dueFrom' },
  { title: 'A duty\'s "Due by"', section: duties, in: ['Action'], property: 'dueBy' },
  { title: 'A duty\'s "How often"', section: duties, in: ['Action'], property: 'every' },
  { title: 'A length of 0 ("immediately")', section: durations, in: ['Duration'], property: 'amount', values: [0] },
  { title: 'A range of lengths ("Up to (range)")', section: durations, in: ['Duration'], property: 'to' },
  { title: 'An "Approximate" length', section: durations, in: ['Duration'], property: 'approximate' },
  { title: 'A length agreed per case ("Length from answer")', section: durations, in: ['Duration'], property: 'fromAnswer' },
  { title: 'A notice or monitoring period', section: durations, in: ['TimeLimit'], property: 'kind', values: ['notice', 'monitoring'], labels: { enum: 'TimeLimit.kind', noun: 'The time limit kind' } },
  { title: 'A time limit\'s "Starts on"', section: durations, in: ['TimeLimit'], property: 'startsFrom' },
  { title: 'A time limit\'s "If breached"', section: durations, in: ['TimeLimit'], property: 'onBreach' },
  { title: 'An extension "Up to a total of"', section: durations, in: ['TimeLimit.extension'], property: 'total' },
  { title: 'An extension\'s "Agreed when"', section: 'time-limits', in: ['TimeLimit.extension'], property: 'agreedWhen' },
  {
    title: 'The outcome "Hand back to the school" and the legal actions',
    section: 'outcomes-11',
    in: ['Outcome'],
    property: 'kind',
    values: ['handBack', 'attendanceContract', 'noticeToImprove', 'penaltyNotice', 'educationSupervisionOrder', 'prosecution', 'court', 'parentingOrder', 'schoolAttendanceOrder'],
    labels: { enum: 'Outcome.kind', noun: 'The outcome kind' },
  },
  { title: 'An "Outcome recorded" rule', section: start, in: ['Condition'], property: 'outcome',
    neverIn10: 'in a 1.0 file the widget never asks which outcomes were recorded, so this rule can never hold' },
  { title: 'A stage that "Can be chosen"', section: start, in: ['Stage.entry'], property: 'byChoice' },
  { title: 'A route\'s "Chosen by"', section: routes, in: ['Route'], property: 'chosenBy' },
  { title: 'A route\'s "Gates"', section: routes, in: ['Route'], property: 'gates' },
  { title: 'A route\'s "Referrals"', section: routes, in: ['Route'], property: 'referrals' },
  { title: 'A "Route chosen" rule', section: routes, in: ['Condition'], property: 'route' },
  { title: 'An exception\'s "Routes affected"', section: routes, in: ['Exception'], property: 'routes' },
  { title: 'A referral that "Can be made at any time"', section: 'referrals', in: ['Referral'], property: 'anytime' },
  { title: 'An authors\' note', section: 'authors-notes-11', in: '*', property: 'authorNote' },
];

/** Whether an object of this definition uses the feature. */
export function usesFeature(feature: FormatFeature, definition: string, value: Readonly<Record<string, unknown>>): boolean {
  if (feature.in !== '*' && !feature.in.includes(definition)) return false;
  const has = Object.hasOwn(value, feature.property);
  if (feature.absent === true) return !has;
  if (!has) return false;
  const used = value[feature.property];
  return feature.values === undefined || feature.values.includes(used as string | number);
}
