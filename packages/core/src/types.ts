/**
 * The engine's public data shapes: what a school enters (`CaseInput`) and what the engine
 * works out from it (`Evaluation`, `Summary`). Plain data only, so it can be saved,
 * compared, sent and printed.
 */
import type { AnswerValue, Band, ExceptionEffect, Force, Outcome, Pathway, Severity } from './schema-types.js';
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
  /** missing: nothing entered. invalid: the figures cannot be right. tooEarly: fewer possible sessions than the pathway's minimum. */
  status: 'ok' | 'missing' | 'invalid' | 'tooEarly';
  /** The value compared with bands: rounded to the measure's decimal places (half away from zero). */
  value?: number;
  /** The unrounded value. */
  exact?: number;
  /** How to show it, e.g. "88.2%" or "12 sessions". */
  display: string;
  /** Why the figures are invalid or too early. */
  reason?: Reason;
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
  via: 'band' | 'entry' | 'universal';
  reasons: Reason[];
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
}

export interface AppliedException {
  id: string;
  title: string;
  effect: ExceptionEffect;
  message: string;
  /** Stage ids it changes (all stages when the exception names none). */
  stages: string[];
  referrals: string[];
  redirectTo?: { stage?: string; referral?: string; contact?: string };
  lead?: string;
}

export interface OutcomeStatus {
  id: string;
  title: string;
  kind: Outcome['kind'];
  to?: string;
  referral?: string;
  open: boolean;
  reason: Reason;
}

export interface RouteStatus {
  id: string;
  title: string;
  open: boolean;
  reason: Reason;
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
}

export interface StageEvaluation {
  stageId: string;
  title: string;
  /** skipped or blocked by an exception, else available. */
  status: 'available' | 'skipped' | 'blocked';
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
   * Every duty at this stage (format 1.1): the stage's, its routes' and its requirements', each
   * with its strength, roles, whether it applies, gates and due date. Only when there are any.
   */
  duties?: DutyStatus[];
}

export interface Evaluation {
  pathway: { id: string; version: string; title: string };
  measures: MeasureResult[];
  placement: Placement;
  /** The stage being worked on: the input's `stage` if valid, else the placement's primary. */
  stageId?: string;
  current?: StageEvaluation;
  /** Every stage, in pathway order. */
  stages: StageEvaluation[];
  /** Every exception that applies to this pupil. */
  exceptions: AppliedException[];
  /** Whose journey it is and what its end is called (format 1.1; defaults applied). */
  journey?: ResolvedJourney;
  /** The pathway's standing duties, not about one pupil (format 1.1), e.g. termly meetings. Only when there are any. */
  standingDuties?: DutyStatus[];
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
  include: { id: string; title: string; confirmed: boolean; note?: string }[];
  response?: string;
  outcomes: { id: string; title: string; description?: string }[];
  status: ReferralEvaluation['status'];
  ready: boolean;
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

export interface Summary {
  format: 'pathway-summary/1';
  pathway: { id: string; version: string; title: string; authority: string };
  /** ISO timestamp, passed in so the summary is deterministic. */
  generatedAt: string;
  measures: { id: string; title: string; display: string; status: MeasureResult['status'] }[];
  cohorts: { id: string; title: string }[];
  classifications: string[];
  placement: { reasons: string[]; stages: { id: string; title: string }[] };
  stage?: { id: string; title: string; subtitle?: string; lead?: string; description?: string };
  ready: boolean;
  answers: SummaryAnswer[];
  evidence: { id: string; title: string; confirmed: boolean; note?: string; state: ItemState }[];
  missing: { blocking: { id: string; text: string; reason: string }[]; advisory: { id: string; text: string; reason: string }[] };
  gates: { id: string; title: string; holds: boolean; reasons: string[] }[];
  exceptions: { id: string; title: string; effect: string; message: string }[];
  /** Open outcomes, redirects and what to do next, in plain words. */
  nextSteps: string[];
  actions: { role: string; heading: string; items: string[] }[];
  timeLimits: { id: string; title: string; text: string }[];
  resources: { title: string; url?: string }[];
  contacts: { name: string; email?: string; phone?: string; url?: string }[];
  referrals: SummaryReferral[];
  /** Whose journey it is and what its end is called (format 1.1; defaults applied). */
  journey?: ResolvedJourney;
  /** The duties that apply to this pupil at the stage (its own, its open routes' and its requirements'), with strength and roles (format 1.1). */
  duties?: SummaryDuty[];
  /** The pathway's standing duties, in every summary (format 1.1). Only when there are any. */
  standingDuties?: SummaryDuty[];
}

// ---------------------------------------------------------------------------------------
// The façade

export interface PathwayModel {
  readonly definition: Pathway;
  /** Works out one measure from what was entered. Never throws. */
  measure(measureId: string, input: MeasureInput | undefined): MeasureResult;
  /** Which stage or stages apply for the given measures and circumstances, and why. */
  place(input: CaseInput): Placement;
  /** Everything about one stage: answered, missing, gates, exceptions, outcomes, referrals. */
  evaluateStage(stageId: string, input: CaseInput): StageEvaluation | undefined;
  /** Placement plus every stage's evaluation. */
  evaluate(input: CaseInput): Evaluation;
  /** The summary to print, download or submit, stamped with the pathway's id and version. */
  summarise(input: CaseInput, options?: { generatedAt?: string }): Summary;
}
