/**
 * The engine's public data shapes: what a school enters (`CaseInput`) and what the engine
 * works out from it (`Evaluation`, `Summary`). Plain data only, so it can be saved,
 * compared, sent and printed.
 */
import type { AnswerValue, Band, Duration, ExceptionEffect, Force, Outcome, Pathway, Severity } from './schema-types.js';
import type { ResolvedJourney } from './journey.js';

// ---------------------------------------------------------------------------------------
// Input

/** A measure as entered: a percentage, session counts, or a plain value. */
export type MeasureInput =
  | { percentage: number }
  /** For attendance percentages: sessions the pupil could attend and did attend. */
  | { possibleSessions: number; attendedSessions: number }
  /** For absence percentages: sessions the pupil could attend and missed. */
  | { possibleSessions: number; absentSessions: number }
  /** For counts and other numbers. */
  | { value: number }
  /** For date measures (format 1.1): YYYY-MM-DD, e.g. the first day of absence. */
  | { date: string };

/** An earlier reading of a measure (format 1.1), for rules about change: the figure and when it was taken. */
export type BaselineInput = MeasureInput & {
  /** When the earlier reading was taken (YYYY-MM-DD). */
  date?: string;
  /** The period it covers, in words, e.g. "autumn term 2024". */
  period?: string;
};

/** The school's confirmation that it holds a piece of evidence. */
export interface EvidenceState {
  confirmed: boolean;
  /** Where the document is, or what it shows. Stays on the device unless submitted. */
  note?: string;
}

/** Everything the school has entered for one pupil. Every part is optional. */
export interface CaseInput {
  /** By measure id. */
  measures?: Record<string, MeasureInput | undefined>;
  /** Ids of the pupil circumstances (cohorts) the school ticked. */
  cohorts?: string[];
  /** By question id. */
  answers?: Record<string, AnswerValue | undefined>;
  /** By evidence id (stage, question, route and referral "include" items). */
  evidence?: Record<string, EvidenceState | undefined>;
  /** Referral field values by field id (child's name, date of birth, school…). Personal data. */
  details?: Record<string, string | undefined>;
  /** Today's date (YYYY-MM-DD) for "time since" rules. Without it those rules are not met. */
  asOf?: string;
  /** The stage the school is working at, where it differs from the placement (e.g. overlapping bands). */
  stage?: string;
  /** Earlier readings of measures, by measure id (format 1.1): what "improved" and "declined" compare with. */
  baselines?: Record<string, BaselineInput | undefined>;
  /** Ids of the routes chosen (format 1.1). */
  routes?: string[];
  /** Ids of outcomes that have happened, e.g. "not improved at the review" (format 1.1). */
  outcomes?: string[];
}

// ---------------------------------------------------------------------------------------
// Results

/** A plain-English line with a machine-readable code, so a UI can translate it. */
export interface Reason {
  code: string;
  text: string;
  params?: Record<string, string | number>;
}

export interface MeasureResult {
  measureId: string;
  title: string;
  /**
   * missing: nothing entered. invalid: the figures cannot be right. tooEarly: fewer possible
   * sessions than the pathway's minimum. notHappened (format 1.1): a date left blank where blank
   * means the event has not happened (`ifBlank`), a known fact: `display` and `reason` give the
   * author's words.
   */
  status: 'ok' | 'missing' | 'invalid' | 'tooEarly' | 'notHappened';
  /** The value compared with bands: rounded to the measure's decimal places (half away from zero). */
  value?: number;
  /** The unrounded value. */
  exact?: number;
  /** How to show it, e.g. "88.2%" or "12 sessions". */
  display: string;
  /**
   * Why the figures are invalid or too early; for a usable count of events after an event whose
   * date is not entered (format 1.1), a warning saying so.
   */
  reason?: Reason;
  /**
   * For a date measure (format 1.1), the date entered (YYYY-MM-DD); for an earlier reading
   * (`Evaluation.baselines`), the date it was taken, when given.
   */
  date?: string;
  /**
   * For a date measure: the date as a day number (days since 1970-01-01, see durations.ts).
   * A date measure has no `value`, so nothing shows it or compares it as a figure.
   */
  day?: number;
  /** For an earlier reading: the period it covers, in words, as entered. */
  periodText?: string;
  /** For a count of events after an event (a measure with `from`, format 1.1): the period the count covers. */
  period?: MeasurePeriod;
}

/** The period a count of events after an event covers: "since 3 March 2025", "3 March – 28 April 2025". */
export interface MeasurePeriod {
  /** The first day, YYYY-MM-DD: the date it is counted from. */
  from: string;
  /** The last day, YYYY-MM-DD, when the measure has a window. */
  to?: string;
  text: string;
}

export interface BandMatch {
  band: Band;
  measureId: string;
  value: number;
  /** e.g. "88% is 90% and under". */
  reason: Reason;
}

export interface PlacedStage {
  stageId: string;
  title: string;
  /** "outcome" (format 1.1): entered because an earlier recorded outcome leads here. */
  via: 'band' | 'entry' | 'universal' | 'outcome';
  reasons: Reason[];
}

/** Where a case is when nothing places it (format 1.1): the pathway's starting stage, else a stage for every pupil. */
export interface PlacementFallback {
  stageId: string;
  title: string;
  via: 'start' | 'universal';
  reason: Reason;
}

/** A stage the user may choose (`entry.byChoice`, format 1.1). */
export interface ChoosableStage {
  stageId: string;
  title: string;
  /** The case's `stage` is this one. */
  chosen: boolean;
  /** "You may choose …; otherwise the case is at …". */
  reason: Reason;
}

export interface Placement {
  /** Stages whose band or entry rule matches, in pathway order (universal stages excluded). */
  stages: PlacedStage[];
  /** Stages that apply to every pupil. */
  universal: PlacedStage[];
  /** The most intensive matching stage (the last in pathway order). */
  primary?: string;
  /** More than one stage matched. */
  overlap: boolean;
  /** A measure was entered that no stage's band covers. */
  gap: boolean;
  /** Named bands the pupil falls in (the pathway's classifications), e.g. persistent absence. */
  classifications: BandMatch[];
  /** The placement in plain words, one line each, including gaps and overlaps. */
  reasons: Reason[];
  /**
   * Format 1.1: where the case is when no band, entry rule or recorded outcome places the pupil:
   * the pathway's `start`, or (in a format 1.1 pathway) its first universal stage.
   */
  fallback?: PlacementFallback;
}

export type ItemState = 'met' | 'unmet' | 'missing' | 'notApplicable';

/** One question, evidence item or referral field, and where it stands. */
export interface ItemStatus {
  kind: 'question' | 'evidence' | 'field';
  id: string;
  /** The stage (or referral) it belongs to. */
  ownerId: string;
  ownerTitle: string;
  /** The question, the evidence title or the field label. */
  text: string;
  state: ItemState;
  severity: Severity;
  required: boolean;
  reason: Reason;
  /** The pathway's advice when unmet. */
  advice?: string;
  /** "requirement" for an item written once in a pathway requirement (format 1.1): `ownerId`/`ownerTitle` then name the requirement. */
  ownerKind?: 'requirement';
}

export interface GateResult {
  id: string;
  title: string;
  holds: boolean;
  severity: Severity;
  /** Why it holds or not, one line per rule that decided it. */
  reasons: Reason[];
  advice?: string;
  /** Format 1.1: it does not hold only because something its rule reads is not entered yet. */
  unknown?: true;
  /**
   * It holds, but not through anything the school answered, confirmed or entered (a figure, a
   * date), although its rule reads such an entry (e.g. "consulted, or none of these
   * circumstances"): not needed for this pupil. A gate met by an entry is met, never this.
   */
  notNeeded?: true;
}

export interface AppliedException {
  id: string;
  title: string;
  effect: ExceptionEffect;
  message: string;
  /** Stage ids it changes (all stages when the exception names none). */
  stages: string[];
  referrals: string[];
  /** Route ids it changes (format 1.1), only when it names any: "block" closes those routes. */
  routes?: string[];
  redirectTo?: { stage?: string; referral?: string; contact?: string };
  lead?: string;
  /** Its rule holds only while it is no more than a time since a date: the last day it applies ("20 March 2026"). */
  until?: string;
}

export interface OutcomeStatus {
  id: string;
  title: string;
  kind: Outcome['kind'];
  to?: string;
  referral?: string;
  open: boolean;
  reason: Reason;
  /** Opened by a time limit (format 1.1): its monitoring period was breached, or it ran out. */
  triggeredBy?: { timeLimit: string; event: 'breach' | 'expiry' };
  /** The case records that this outcome happened (`CaseInput.outcomes`, format 1.1). */
  recorded?: true;
  /**
   * "referral" (format 1.1): a referral's outcome, which can only happen after the referral is
   * made; never a next step now.
   */
  after?: 'referral';
  /** The route it belongs to, for a route someone chooses (format 1.1). */
  routeId?: string;
  /** Not known because these measures' earlier readings (baselines) are not entered: their ids. */
  needsBaseline?: string[];
}

/** A time limit, review period or monitoring period of a stage or route, worked out for the case (format 1.1). */
export interface TimeLimitStatus {
  id: string;
  title: string;
  kind: 'limit' | 'review' | 'support' | 'notice' | 'monitoring';
  /** The route it belongs to, when it is a route's. */
  routeId?: string;
  /** The length in words: "6 weeks", "2 to 3 weeks", "about 6 weeks", "immediately", "8 weeks (as agreed)". */
  duration: string;
  /** The whole limit in words, as the summary shows it. */
  text: string;
  /**
   * The date that starts the clock (`startsFrom`), when the time limit names one; `notHappened`
   * when it is left blank and blank means the event has not happened (the period has not started).
   */
  startsFrom?: { id: string; name: string; date?: string; notHappened?: boolean };
  /** When it ends, YYYY-MM-DD: the start plus the length (the upper end of a range). A review's: the next review on or after today. */
  end?: string;
  /** A review's last date before today, YYYY-MM-DD, once one has fallen due. */
  lastDue?: string;
  /** The latest it can end with an extension: the start plus `extension.total`, or the end plus `extension.duration`. */
  latestEnd?: string;
  /** Format 1.1: its extension has been agreed for this pupil (`extension.agreedWhen` holds); `end` is then the extended end. */
  extended?: boolean;
  /** Today (`asOf`) is after the end. Never for a review: it recurs. */
  passed?: boolean;
  /** For a monitoring period with `onBreach`: whether the breach rule holds during the period. */
  breach?: { breached: boolean; description: string; outcome?: string; reasons: Reason[] };
  /** The dates and states above, in plain words. */
  reasons: Reason[];
}

export interface RouteStatus {
  id: string;
  title: string;
  /**
   * The route is in effect for this case: its items are asked and its outcomes can follow. A
   * route without `chosenBy`: its rule holds. A route chosen in the journey: chosen and
   * `available`. A route decided later: never (it is not this journey's to take).
   */
  open: boolean;
  reason: Reason;
  /** Format 1.1: the route can be taken: its rule holds and no exception closes it. */
  available?: boolean;
  /**
   * Format 1.1. "user": chosen in this journey (its `chosenBy` is the journey's role); "later":
   * decided later by someone else ("The Local Authority will decide between …"); "rule": no
   * `chosenBy`, open whenever its rule holds (as in 1.0; its items count toward the stage).
   */
  choice?: 'user' | 'later' | 'rule';
  /** Chosen in `CaseInput.routes` (a "rule" route: open). */
  chosen?: boolean;
  /** For "later": the title of the role who decides. */
  decidedBy?: string;
  /** The route's own questions and evidence, for a route someone chooses ("rule" routes' items are the stage's). */
  questions?: ItemStatus[];
  evidence?: ItemStatus[];
  /** The route's own gates: they count toward this route and its referrals only. */
  gates?: GateResult[];
  /**
   * Chosen (or, for "rule", open), the stage available and ready, and nothing blocking of the
   * route's own outstanding. Never true for a route that is not open.
   */
  ready?: boolean;
  /** What this route still needs: the stage's missing items and gates, then the route's own. */
  missing?: { blocking: ItemStatus[]; advisory: ItemStatus[]; gates: GateResult[] };
  /** The route's referrals, ready only when the route is chosen and ready. */
  referrals?: ReferralEvaluation[];
  /** The route's outcomes; open only when the route is chosen (or open, for "rule") and their rule holds. */
  outcomes?: OutcomeStatus[];
  /** Exceptions that name this route. */
  exceptions?: AppliedException[];
  /** The route's own time limits, worked out for the case (format 1.1; only when it has any). */
  timeLimits?: TimeLimitStatus[];
}

/** A gate a duty waits for (format 1.1): the gate's result, or a gate this stage does not have. */
export interface DutyGate extends GateResult {
  /** False when no gate with this id is found at the stage, its routes, its referrals or the pathway's requirements. */
  found: boolean;
}

/** When a duty is due (format 1.1). */
export interface DutyDue {
  /** In words: "Within 5 school days of “Date of the first absence”", "Immediately", "By “Date of the panel meeting”". */
  text: string;
  /** The parts of `text`, one reason each, for translation. */
  terms: Reason[];
  /** The date it is due by (YYYY-MM-DD), when its start date or its "due by" date is known. */
  date?: string;
  /** The due date has passed (the case's `asOf` is after it). Never true for an approximate length ("about 6 weeks"). */
  overdue: boolean;
  /** The due date in words (due on, overdue), or why it is not known. */
  reason?: Reason;
}

/**
 * One duty (format 1.1): an action of an action group, with who does it, how strongly, whether
 * it applies to this pupil, the gates it waits for, when it is due and how often.
 */
export interface DutyStatus {
  /** The action's id, when it has one. */
  id?: string;
  /** Where it is written: a stage, one of its routes, a requirement written once, or the pathway (standing duties). */
  source: { kind: 'stage' | 'route' | 'requirement' | 'pathway'; id: string; title: string };
  /** The group's heading as written, else one made from its role and strength ("The school must:"). */
  heading: string;
  /** Ids of the roles who do it: the action's own roles, else its group's role. */
  roleIds: string[];
  /** Their titles, e.g. ["The school", "Education welfare officer"]. */
  roles: string[];
  /** The action's strength, else its group's; absent when neither says (the engine never invents one). */
  force?: Force;
  text: string;
  /** False when its rule (or its route's or requirement's) does not hold for this pupil. */
  applies: boolean;
  /** Why it applies or not. */
  reason: Reason;
  /** The gates that must hold first, in the order written. */
  gates: DutyGate[];
  /** A gate it names does not hold (or is not found), whatever the gate's severity at the stage. */
  waiting: boolean;
  due?: DutyDue;
  /** How often, in words: "Every 2 weeks", "Every term". */
  every?: Reason;
}

export interface ReferralEvaluation {
  referralId: string;
  title: string;
  status: 'available' | 'blocked' | 'redirected';
  exceptions: AppliedException[];
  fields: ItemStatus[];
  include: ItemStatus[];
  gates: GateResult[];
  /** Nothing blocking is missing and every blocking criterion holds. */
  ready: boolean;
  /** What can happen after the referral (format 1.1), each marked `after: "referral"`; only when it has outcomes. */
  outcomes?: OutcomeStatus[];
  /** The routes it is made on (format 1.1): it is ready only when one of them is chosen and ready. */
  routes?: string[];
  /**
   * Reached only by a "redirect" exception's `redirectTo.referral`: the referrals of the stage it
   * is made instead of (empty when a redirected stage has none). It is the referral
   * to make, ready on its own details and criteria: what the stage asks was for the ones it replaces.
   */
  insteadOf?: string[];
  /** It can be made at any time (the referral's `anytime`): ready on its own details and criteria, never waiting for the stage. */
  anytime?: true;
}

/** A stage's exit rule for the case: the pupil can leave the stage when it holds (advice; placement is unchanged). */
export interface StageExit {
  holds: boolean;
  /** The rule cannot be decided yet: something it needs is not entered (the reasons say what). */
  unknown?: true;
  /** Why it holds or not, one line per rule that decided it. */
  reasons: Reason[];
  /** The exit in the council's words (`exit.description`). */
  description?: string;
}

export interface StageEvaluation {
  stageId: string;
  title: string;
  /** skipped or blocked by an exception, else available. */
  status: 'available' | 'skipped' | 'blocked';
  /**
   * Whether the stage is offered to this pupil, the one word every reader takes: `status`, or
   * "redirected" when it is available but a "redirect" exception applies to it here (with or
   * without a `redirectTo`: the pupil goes elsewhere instead). Anything but "available" means
   * the stage offers nothing to do: no routes, outcomes or referrals, and its items are not needed.
   */
  standing: 'available' | 'redirected' | 'skipped' | 'blocked';
  exceptions: AppliedException[];
  /** This stage's questions, those of its open routes, and those of the earlier stages it requires, in order. */
  questions: ItemStatus[];
  /** Evidence of the stage, its questions, open routes, and required earlier stages. */
  evidence: ItemStatus[];
  gates: GateResult[];
  routes: RouteStatus[];
  outcomes: OutcomeStatus[];
  referrals: ReferralEvaluation[];
  /** Unmet or missing items and unheld gates, blocking first. */
  missing: { blocking: ItemStatus[]; advisory: ItemStatus[]; gates: GateResult[] };
  /** Available, nothing blocking missing or unmet, and every blocking gate holds. */
  ready: boolean;
  progress: { answered: number; total: number };
  /** Who leads: the lead role's title, or who takes over under a "reassign" exception. */
  lead?: string;
  /**
   * Where two or more "reassign" exceptions apply to this pupil here and name different leads:
   * each lead, in pathway order, and no `lead` (the pathway does not say which one leads).
   */
  leads?: string[];
  /**
   * Every duty at this stage (format 1.1): the stage's, its routes' and its requirements', each
   * with its strength, roles, whether it applies, gates and due date. Only when there are any.
   */
  duties?: DutyStatus[];
  /** The stage's time limits and those of its open routes, worked out for the case (only when there are any). */
  timeLimits?: TimeLimitStatus[];
  /** The stage's exit rule (`exit.when`) for this case, only when the stage has one. */
  exit?: StageExit;
}

export interface Evaluation {
  pathway: { id: string; version: string; title: string };
  measures: MeasureResult[];
  placement: Placement;
  /** The stage being worked on: the input's `stage` if valid, else the placement's primary, else its fallback (format 1.1). */
  stageId?: string;
  current?: StageEvaluation;
  /** Every stage, in pathway order. */
  stages: StageEvaluation[];
  /** Every exception that applies to this pupil. */
  exceptions: AppliedException[];
  /**
   * Stages the user may choose (`entry.byChoice`, format 1.1), with the stage that applies
   * otherwise (`otherwiseStageId`). Only when the pathway has any.
   */
  choosableStages?: ChoosableStage[];
  /** The stage that applies when none is chosen: the placement's primary, else its fallback. */
  otherwiseStageId?: string;
  /** Whose journey it is and what its end is called (format 1.1; defaults applied). */
  journey?: ResolvedJourney;
  /** The pathway's standing duties, not about one pupil (format 1.1), e.g. termly meetings. Only when there are any. */
  standingDuties?: DutyStatus[];
  /**
   * Earlier readings (format 1.1), by measure id, for each measure the pathway asks an earlier
   * reading for or compares in a change rule: the figure, and `date` when it was taken. Only
   * when the pathway has such measures.
   */
  baselines?: Record<string, MeasureResult>;
  /**
   * The measures whose earlier reading a form should ask for: the pathway asks for it
   * (`baseline`) and a change rule uses it. Only when there are any.
   */
  baselineMeasures?: string[];
  /** Of those, the ones whose reading's date a change rule needs (`over`, `within`): a form asks for it. */
  baselineDateMeasures?: string[];
  /**
   * Answers given to questions the stage worked on does not ask, that the engine read to place
   * the pupil or judge the stage (entry rules, exceptions, requirements, the stage's gates and
   * exit): what decided the stage, so the record keeps them. Only when there are any.
   */
  decidingAnswers?: ItemStatus[];
}

// ---------------------------------------------------------------------------------------
// Summary: what the widget prints, downloads and submits.

export interface SummaryAnswer {
  stageId: string;
  stageTitle: string;
  questionId: string;
  question: string;
  answer: AnswerValue | null;
  /** "Yes", "No", "Not applicable", the option's label, a formatted number or date, or "Not answered". */
  answerText: string;
  state: ItemState;
}

export interface SummaryReferral {
  id: string;
  title: string;
  target: { name: string; kind: string; description?: string };
  channel: { kind: string; email?: string; url?: string; phone?: string; instructions?: string };
  fields: { id: string; label: string; value?: string; required: boolean }[];
  /** Each item to include; `recency`: how recent it must be, as the pathway says it. */
  include: { id: string; title: string; confirmed: boolean; recency?: Duration; note?: string }[];
  /** Its criteria (format 1.1 `gates`), each held or not, with why. */
  gates: { id: string; title: string; holds: boolean; reasons: string[] }[];
  /** Its blocking fields and items to include not yet given or confirmed. */
  missing: { id: string; text: string; reason: string }[];
  response?: string;
  outcomes: { id: string; title: string; description?: string }[];
  status: ReferralEvaluation['status'];
  ready: boolean;
  /** Made instead of these referrals, by a "redirect" exception (their ids; empty when a redirected stage has none). */
  insteadOf?: string[];
}

/** A route of the stage as the summary states it (format 1.1), only for stages with routes someone chooses. */
export interface SummaryRoute {
  id: string;
  title: string;
  choice: NonNullable<RouteStatus['choice']>;
  chosen: boolean;
  open: boolean;
  ready: boolean;
  /** For a route decided later: who decides. */
  decidedBy?: string;
  /** Why it stands as it does, in words. */
  reason: string;
  /** What the route still needs, by title. */
  missing: string[];
}

/** A duty as the summary states it (format 1.1). */
export interface SummaryDuty {
  id?: string;
  /** Where it is written: the stage, a route, a requirement or the pathway. */
  source: { kind: DutyStatus['source']['kind']; id: string; title: string };
  heading: string;
  roles: string[];
  force?: Force;
  text: string;
  /** When it is due, in words, with the date when known. */
  due?: string;
  dueDate?: string;
  overdue?: boolean;
  /** How often, in words. */
  every?: string;
  /** Titles of the gates it still waits for. */
  waitingFor?: string[];
}

/** The part of the summary that says what the stage involves: who does what, and its time limits (`summariseStage`). */
export type StageSummary = Pick<Summary, 'actions' | 'timeLimits'>;

export interface Summary {
  format: 'pathway-summary/1';
  pathway: { id: string; version: string; title: string; authority: string };
  /** ISO timestamp, passed in so the summary is deterministic. */
  generatedAt: string;
  /** The day the rules were worked out for (YYYY-MM-DD): the case's `asOf`, when it has one. Time limits and dues are counted to it. */
  asOf?: string;
  measures: { id: string; title: string; display: string; status: MeasureResult['status'] }[];
  cohorts: { id: string; title: string }[];
  classifications: string[];
  placement: { reasons: string[]; stages: { id: string; title: string }[] };
  stage?: { id: string; title: string; subtitle?: string; lead?: string; leads?: string[]; description?: string };
  /** The stage is offered to the pupil (not redirected elsewhere) and nothing it needs is missing. */
  ready: boolean;
  answers: SummaryAnswer[];
  /** The evaluation's `decidingAnswers`: answers outside the stage's questions that decided it. Only when there are any. */
  decidingAnswers?: SummaryAnswer[];
  evidence: { id: string; title: string; confirmed: boolean; recency?: Duration; note?: string; state: ItemState }[];
  missing: { blocking: { id: string; text: string; reason: string }[]; advisory: { id: string; text: string; reason: string }[] };
  gates: { id: string; title: string; holds: boolean; reasons: string[] }[];
  exceptions: { id: string; title: string; effect: string; message: string }[];
  /** What to do now, in plain words: outcomes whose own rule holds, referrals to make, redirects. */
  nextSteps: string[];
  /**
   * What can happen next at this stage, only when something can: its outcomes open with no rule
   * of their own (an escalation, a legal action). Never a step to take now, nor a referral's outcome.
   */
  canHappen?: string[];
  /** The stage's exit rule, only when it has one: whether the pupil can leave the stage, and why. */
  exit?: { holds: boolean; description?: string; reasons: string[] };
  actions: {
    role: string;
    heading: string;
    items: string[];
    /** The route the group belongs to, when it is an open route's, not the stage's own. */
    route?: { id: string; title: string };
  }[];
  timeLimits: {
    id: string;
    title: string;
    text: string;
    /** Format 1.1, when the time limit starts from a date that is entered: when it ends (YYYY-MM-DD). */
    end?: string;
    /** The latest it can end with an extension (YYYY-MM-DD). */
    latestEnd?: string;
    /** Its extension has been agreed: `end` is the extended end. */
    extended?: boolean;
    /** It has run out. */
    passed?: boolean;
    /** Its monitoring period has been breached. */
    breached?: boolean;
    /** The route it belongs to, when it is an open route's, not the stage's own (format 1.1). */
    route?: { id: string; title: string };
  }[];
  /** Earlier readings the pathway compares with (format 1.1), only when it asks for any. */
  baselines?: { id: string; title: string; display: string; status: MeasureResult['status']; date?: string }[];
  /** Each with its description where it has one (often a phone number: "Tel: 0161 …"). */
  resources: { title: string; url?: string; description?: string }[];
  /**
   * Each with what they help with where it says (often when they can be reached: "Monday to Friday, 8.30am to 4.30pm"):
   * the stage's own and those an exception sends the pupil to, then the pathway's general contacts
   * (`general`: no stage or exception names them, so they are for any stage).
   */
  contacts: { name: string; email?: string; phone?: string; url?: string; description?: string; general?: true }[];
  referrals: SummaryReferral[];
  /** Whose journey it is and what its end is called (format 1.1; defaults applied). */
  journey?: ResolvedJourney;
  /** The duties that apply to this pupil at the stage (its own, its open routes' and its requirements'), with strength and roles (format 1.1). */
  duties?: SummaryDuty[];
  /** The pathway's standing duties, in every summary (format 1.1). Only when there are any. */
  standingDuties?: SummaryDuty[];
  /** The stage's routes when someone chooses between them (format 1.1): chosen or not, decided later, ready. */
  routes?: SummaryRoute[];
  /**
   * The engine's reasons behind the sentences above, as `Reason` objects (code, params and the
   * English text), so a reader of the JSON can say them in another language. Beside the strings,
   * never instead of them; only in summaries of a stage (and the placement's without one).
   */
  reasons?: SummaryReasons;
}

/** The `Reason` objects behind a summary's sentences, each list matching its part by id. */
export interface SummaryReasons {
  /** Behind `placement.reasons`, in the same order. */
  placement: Reason[];
  /** Behind `missing.blocking` and `missing.advisory` lines: why each item is missing or unmet. */
  missing: { id: string; reason: Reason }[];
  /** Behind each gate's `reasons`. */
  gates: { id: string; reasons: Reason[] }[];
  /** Behind each time limit's states (end, passed, breach). */
  timeLimits: { id: string; reasons: Reason[] }[];
  /** Behind each route's `reason` (format 1.1). */
  routes?: { id: string; reason: Reason }[];
  /** Behind `exit.reasons`, only when the stage has an exit rule. */
  exit?: Reason[];
  /** Behind each duty's `due` and `every` (format 1.1), by the duty's position in `duties`. */
  duties?: { index: number; due?: Reason[]; every?: Reason }[];
}

// ---------------------------------------------------------------------------------------
// The façade

/**
 * The model without `summarise`: what `createEngine` gives, for a UI that loads the summary
 * (`summarise(engine, …)`) only when it is needed.
 */
export interface PathwayEngine {
  readonly definition: Pathway;
  /** Works out one measure from what was entered. Never throws. */
  measure(measureId: string, input: MeasureInput | undefined): MeasureResult;
  /** Which stage or stages apply for the given measures and circumstances, and why. */
  place(input: CaseInput): Placement;
  /** Everything about one stage: answered, missing, gates, exceptions, outcomes, referrals. */
  evaluateStage(stageId: string, input: CaseInput): StageEvaluation | undefined;
  /** Placement plus every stage's evaluation. */
  evaluate(input: CaseInput): Evaluation;
}

export interface PathwayModel extends PathwayEngine {
  /** The summary to print, download or submit, stamped with the pathway's id and version. */
  summarise(input: CaseInput, options?: { generatedAt?: string }): Summary;
}
