/* eslint-disable */
// Generated from schemas/pathway.schema.json by `npm run generate`: TypeScript types for a pathway definition. Do not edit.

/**
 * The unit of time. School days and school weeks count Monday to Friday; a session is half a school day.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "TimeUnit".
 */
export type TimeUnit = "sessions" | "schoolDays" | "schoolWeeks" | "days" | "weeks" | "months" | "terms" | "years";
/**
 * A stage of 'Working together to improve school attendance' (DfE, 2024).
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "DfeStage".
 */
export type DfeStage =
  "expect" | "monitor" | "listen-and-understand" | "facilitate-support" | "formalise-support" | "enforce";
/**
 * A rule that is true or false for a pupil: about answers, measures and how they changed, circumstances, evidence, stages, routes, outcomes or time. Combine rules with all of, any of and not.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | AnswerCondition
  | MeasureCondition
  | CohortCondition
  | EvidenceCondition
  | StageCompleteCondition
  | ElapsedCondition
  | ChangeCondition
  | OutcomeCondition
  | RouteCondition;
/**
 * An answer: "yes", "no", "na" (not applicable), an option's value, a number or a date.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "AnswerValue".
 */
export type AnswerValue = string | number;
/**
 * How strongly the duty applies: Must (is expected to, will), Should, May or Consider.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Force".
 */
export type Force = "must" | "should" | "may" | "consider";
/**
 * Blocking: progress to referral is stopped until this is met. Advisory: the school is warned but can continue.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Severity".
 */
export type Severity = "blocking" | "advisory";
/**
 * A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * Plain text on one line. No HTML: it is shown exactly as written.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "ShortText".
 */
export type ShortText = string;
/**
 * Plain text. No HTML: it is shown exactly as written.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "LongText".
 */
export type LongText = string;
/**
 * A calendar date written as YYYY-MM-DD, e.g. 2024-09-01.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Date".
 */
export type Date = string;
/**
 * An https: address, a mailto: address, or an address relative to the page the pathway is shown on.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Url".
 */
export type Url = string;
/**
 * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "AuthorNote".
 */
export type AuthorNote = string;

/**
 * A council's staged intervention pathway for school attendance: its stages, thresholds, duties, reflective questions, gates, exceptions, time limits, resources and referrals.
 */
export interface Pathway {
  /**
   * Optional. Lets JSON editors find this schema. Pathway ignores it.
   */
  $schema?: string;
  /**
   * The version of the Pathway format this file is written in: 1.1 (or 1.0 for files written before 1.1; every 1.0 file is also valid 1.1).
   */
  schemaVersion: "1.0" | "1.1";
  /**
   * A short, permanent name for this pathway, e.g. "wigan-attendance". Saved answers are matched to the pathway by it, so do not change it once schools use the pathway.
   */
  id: string;
  /**
   * Your own version label for this edition of the pathway, e.g. "2024.1" or "3". Change it whenever you publish a change, so that schools with saved answers are told.
   */
  version: string;
  /**
   * The pathway's name as your council publishes it, e.g. "A pathway for supporting non-attendance".
   */
  title: string;
  authority: Authority;
  /**
   * One or two sentences saying what this pathway is for and who should use it.
   */
  summary?: string;
  journey?: Journey;
  /**
   * Paragraphs shown before the first question: the pathway's purpose, principles and the guidance it should be read alongside.
   *
   * Items: Plain text. No HTML: it is shown exactly as written.
   */
  introduction?: string[];
  /**
   * The date from which this pathway applies (YYYY-MM-DD).
   */
  effectiveFrom?: string;
  /**
   * The date the source document was last updated (YYYY-MM-DD).
   */
  lastUpdated?: string;
  /**
   * The date by which your council plans to review this pathway (YYYY-MM-DD).
   */
  reviewBy?: string;
  /**
   * What changed in each published version, newest first, written by the designer when you publish. Schools with saved answers from an earlier version are shown these words.
   */
  changelog?: ChangelogEntry[];
  /**
   * The published documents this pathway was written from, each with its title and web address.
   */
  sources?: Link[];
  /**
   * Legislation and national guidance the pathway relies on, e.g. "Working together to improve school attendance (DfE, 2024)".
   */
  statutoryReferences?: StatutoryReference[];
  /**
   * The figures a school enters for a pupil, such as attendance percentage or unauthorised sessions in the last 10 school weeks. Bands and conditions refer to them by id.
   *
   * @minItems 1
   */
  measures: [Measure, ...Measure[]];
  /**
   * Named bands that describe a pupil without placing them in a stage, e.g. "Persistent absence (90% and under)". Shown in the summary.
   */
  classifications?: Band[];
  /**
   * Circumstances a school can tick for a pupil, e.g. "Child looked after" or "Has an EHCP". Exceptions, questions and actions can depend on them.
   */
  cohorts?: Cohort[];
  /**
   * Who does what: schools, the local authority, partners, lead professionals, panels.
   */
  roles?: Role[];
  /**
   * The stages (tiers, levels or steps) of the pathway, in order from least to most intensive.
   *
   * @minItems 1
   */
  stages: [Stage, ...Stage[]];
  /**
   * The stage a case starts at, e.g. the first step of a pathway whose first steps have no thresholds. A pupil whose figures match no band is placed here (or, without it, at the stage that applies to every pupil).
   */
  start?: string;
  /**
   * Duties, questions, evidence and gates that apply wherever a rule holds, e.g. "every pupil at 88% and below: the school completes a support plan form", instead of copies in several stages.
   */
  requirements?: Requirement[];
  /**
   * Duties that are not about one pupil, e.g. termly attendance meetings between a school and its LA contact, or an advice line. Shown at the start and in every summary.
   */
  actions?: ActionGroup[];
  /**
   * Rules that change the pathway for some pupils: skip or block a stage, redirect elsewhere, pass responsibility to another lead, or add advice. E.g. "We do not proceed to legal enforcement for children looked after".
   */
  exceptions?: Exception[];
  /**
   * Where cases can be referred (a team, panel, meeting or front door), how, what the referral must contain, and what can come of it.
   */
  referrals?: Referral[];
  /**
   * Guidance, toolkits and templates that apply to the whole pathway.
   */
  resources?: Link[];
  /**
   * Teams and services schools can contact, with email, phone or web address.
   */
  contacts?: Contact[];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * The council or partnership that publishes the pathway.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Authority".
 */
export interface Authority {
  /**
   * E.g. "Wigan Council".
   */
  name: string;
  /**
   * The team or service that owns the pathway, e.g. "Attendance Support Team".
   */
  service?: string;
  /**
   * The authority's or service's web address.
   */
  url?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * Who uses this pathway and what the end of their journey is called. The widget's wording follows from it: it never says "referral" where the pathway has none.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Journey".
 */
export interface Journey {
  /**
   * A school working with a pupil (the default); a local authority officer working a case after a referral; or another professional, e.g. an Early Help lead practitioner.
   */
  audience: "school" | "localAuthority" | "professional";
  /**
   * The role who uses it, e.g. the school. Routes chosen by this role are chosen in the journey; others are decided later.
   */
  role?: string;
  /**
   * What the journey leads to.
   */
  end?: {
    /**
     * A referral (the default when the pathway has referrals), a request (e.g. for a panel), a case review, an agreed plan, or a record of what was done.
     */
    kind: "referral" | "request" | "review" | "plan" | "record";
    /**
     * The end in your pathway's words, e.g. "request for a pathway meeting" or "case review".
     */
    label?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * One published version of the pathway and what changed in it.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "ChangelogEntry".
 */
export interface ChangelogEntry {
  /**
   * The version label it was published as, e.g. "2.0".
   */
  version: string;
  /**
   * The date it was published (YYYY-MM-DD).
   */
  published: string;
  /**
   * Major change: schools with saved answers should check them again. Minor change: wording and details; saved answers stand.
   */
  kind?: "major" | "minor";
  /**
   * What this version means for schools, in a sentence.
   */
  summary?: string;
  /**
   * Each change in plain English, e.g. "Stage \"Tier 2\": lower threshold changed from 92% to 90%".
   *
   * Items: Plain text. No HTML: it is shown exactly as written.
   */
  changes: string[];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A document, web page or email address with a title. Leave the address out where the source names a document without giving its address.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Link".
 */
export interface Link {
  /**
   * What the link says, e.g. "Attendance Toolkit".
   */
  title: string;
  /**
   * Where the link goes: https:, mailto: or a relative address.
   */
  url?: string;
  /**
   * A sentence on what the reader will find there.
   */
  description?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * Legislation or national guidance the pathway relies on.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "StatutoryReference".
 */
export interface StatutoryReference {
  /**
   * E.g. "Working together to improve school attendance".
   */
  title: string;
  /**
   * Who published it and when, or the section, e.g. "DfE, 2024" or "s444 Education Act 1996".
   */
  citation?: string;
  /**
   * Where to read it.
   */
  url?: string;
  /**
   * The passage your pathway quotes, word for word.
   */
  quote?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A figure the school enters for the pupil.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Measure".
 */
export interface Measure {
  /**
   * E.g. "attendance".
   */
  id: string;
  /**
   * E.g. "Attendance this academic year".
   */
  title: string;
  /**
   * How the school should work the figure out.
   */
  description?: string;
  /**
   * Attendance percentage: entered as a percentage or as possible and attended sessions. Absence percentage: likewise, for absence. Number of sessions: e.g. unauthorised sessions in a window. Number of days: e.g. consecutive days absent. Another number: any other figure, with its unit. A date: a date in the case, such as the first day of absence or the date a notice was issued.
   */
  kind: "attendancePercentage" | "absencePercentage" | "sessionCount" | "dayCount" | "number" | "date";
  /**
   * For a measure of another number, what it counts, e.g. "percentage points".
   */
  unit?: string;
  window?: Duration;
  /**
   * For a count of events after an event: the date it is counted from (a date question or date measure), e.g. unauthorised sessions since the warning notice was issued. With a window, the count covers that long after the date ("within 8 school weeks after the meeting").
   */
  from?: string;
  /**
   * For a date measure. For a date that may never have happened, e.g. the date of the last penalty notice (if any): what a blank date means, in your words, e.g. "No earlier penalty notice has been recorded". With it, the school is told it may leave the date blank, and a blank date means the event has not happened: no time has passed since it ("no more than 3 years since" and "at least 15 school days since" are both false; write "none in the last 3 years" as not "no more than 3 years since"), a time limit that starts from it has not started, and a count from it is not counted. Rules give your words as the reason. Without it, a blank date is not known yet, and rules that need it wait for it.
   */
  ifBlank?: string;
  /**
   * Which way is an improvement. When not given: higher is better for attendance; lower is better for absence, counts and other numbers.
   */
  better?: "higher" | "lower";
  /**
   * Ask for an earlier reading of this measure (a baseline, with its date), so rules can compare the figure now with it, e.g. "attendance at the start of the plan".
   */
  baseline?: {
    /**
     * How the earlier reading is asked for, e.g. "Attendance when the support plan started".
     */
    title: string;
    /**
     * Which earlier figure to enter, and from when.
     */
    description?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * How many decimal places a percentage is rounded to (half away from zero) before it is compared with bands. Default 1.
   */
  decimals?: number;
  /**
   * Below this many possible sessions, a percentage worked out from session counts is too early to act on: it is shown with a warning, but places the pupil in no band or classification and rules reading it are not known, so the pupil is at the starting or universal stage, or one the school chooses.
   */
  minimumPossibleSessions?: number;
  /**
   * The lowest value a school may enter, for a measure of another number.
   */
  minimum?: number;
  /**
   * The highest value a school may enter, for a measure of another number.
   */
  maximum?: number;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A length of time, e.g. 10 school weeks, up to 6 months, 2 to 3 weeks, about 6 weeks, or immediately (amount 0). The amount can instead come from an answer, for a length agreed per case.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Duration".
 */
export interface Duration {
  /**
   * How many units, e.g. 10. 0 means immediately. For a range ("2 to 3 weeks") this is the lower end.
   */
  amount?: number;
  /**
   * For a range such as "2 to 3 weeks" or "10–16 weeks": the upper end (3, 16). Must not be below the amount.
   */
  to?: number;
  unit: TimeUnit;
  /**
   * Exactly this long (the default), Up to this long, or At least this long.
   */
  qualifier?: "exactly" | "upTo" | "atLeast";
  /**
   * For "about 6 weeks" or "around a month": the length is a guide, not a deadline.
   */
  approximate?: boolean;
  /**
   * For a length agreed per case: the number question whose answer is the amount, e.g. "How many weeks does the contract run for?".
   */
  fromAnswer?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A range of one measure, e.g. attendance 90% and under. Leave out the lower or upper bound for an open-ended band.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Band".
 */
export interface Band {
  /**
   * Optional short name for this band.
   */
  id?: string;
  /**
   * The band in your own words, e.g. "90% and under" or "Persistent absence (90% and below)".
   */
  label: string;
  /**
   * The figure this band is a range of, e.g. attendance.
   */
  measure: string;
  lower?: Bound;
  upper?: Bound;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * One end of a band: a value and whether the value itself is inside the band.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Bound".
 */
export interface Bound {
  /**
   * The figure at this end of the band, e.g. 90.
   */
  value: number;
  /**
   * Whether the value itself is in the band: it is for "90% and under" or "50% or lower", and is not for "below 80%" or "less than 50%".
   */
  inclusive: boolean;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A circumstance a school can tick for a pupil.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Cohort".
 */
export interface Cohort {
  /**
   * E.g. "looked-after".
   */
  id: string;
  /**
   * E.g. "Child looked after (CLA)".
   */
  title: string;
  /**
   * What it means and when to tick it.
   */
  description?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * Someone who acts in the pathway.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Role".
 */
export interface Role {
  /**
   * E.g. "school".
   */
  id: string;
  /**
   * E.g. "Schools", "The Local Authority", "Lead professional".
   */
  title: string;
  /**
   * What sort of actor this is.
   */
  kind?: "school" | "localAuthority" | "partner" | "leadProfessional" | "family" | "panel" | "other";
  /**
   * Who this is in your area.
   */
  description?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * One stage (tier, level or step) of the pathway.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Stage".
 */
export interface Stage {
  /**
   * A permanent short name, e.g. "identify-and-understand".
   */
  id: string;
  /**
   * The stage's name in your pathway, e.g. "Identify and Understand".
   */
  title: string;
  /**
   * A second label, e.g. "TARGETTED GROUP/INDIVIDUAL".
   */
  subtitle?: string;
  /**
   * The stages of 'Working together to improve school attendance' this stage corresponds to.
   */
  dfeStages?: DfeStage[];
  /**
   * What this stage is, in your own words.
   */
  description?: string;
  /**
   * Further paragraphs shown with the stage, e.g. "Responses to need".
   *
   * Items: Plain text. No HTML: it is shown exactly as written.
   */
  guidance?: string[];
  /**
   * A universal stage, for all pupils whatever their figures. When no band matches, it is the stage a pupil is placed at (unless the pathway names a starting stage).
   */
  universal?: boolean;
  /**
   * The ranges of a measure that place a pupil at this stage, e.g. attendance 90% and below. A pupil is placed here if any band matches.
   */
  bands?: Band[];
  /**
   * Other ways a pupil enters this stage, besides its bands: a rule (e.g. completing an earlier stage, an earlier outcome, time since a date), or the user's choice. A stage an earlier recorded outcome leads to is entered too.
   */
  entry?: {
    /**
     * When a pupil enters this stage, e.g. "when the EHA/TAF is not effective".
     */
    description?: string;
    when?: Condition;
    /**
     * The person using the pathway may choose this stage even when no band or rule places the pupil here.
     */
    byChoice?: boolean;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * When a pupil leaves this stage, e.g. attendance back above 95%.
   */
  exit?: {
    /**
     * When the stage ends.
     */
    description?: string;
    when?: Condition;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * Who leads at this stage.
   */
  lead?: {
    /**
     * The role that leads.
     */
    role: string;
    /**
     * E.g. "The lead professional must ensure they meet with the parent or carer".
     */
    description?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * Stages whose questions and evidence must also be met before this stage's escalation or referral.
   */
  requires?: {
    /**
     * The earlier stages.
     *
     * @minItems 1
     *
     * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
     */
    stages: [string, ...string[]];
    /**
     * E.g. "When all elements of the process above have been undertaken and clearly evidenced".
     */
    description?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * Who does what at this stage, grouped by role.
   */
  actions?: ActionGroup[];
  /**
   * Questions the school answers at this stage.
   */
  questions?: Question[];
  /**
   * Documents and records needed at this stage.
   */
  evidence?: Evidence[];
  /**
   * Conditions that must hold before escalating or referring from this stage.
   */
  gates?: Gate[];
  /**
   * Alternatives within this stage.
   */
  routes?: Route[];
  /**
   * Time limits and review periods at this stage.
   */
  timeLimits?: TimeLimit[];
  /**
   * What this stage can lead to.
   */
  outcomes?: Outcome[];
  /**
   * The referrals made from this stage.
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  referrals?: string[];
  /**
   * Suggested resources for this stage.
   */
  resources?: Link[];
  /**
   * Who schools can contact at this stage.
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  contacts?: string[];
  /**
   * Anything else the school should know at this stage.
   *
   * Items: Plain text. No HTML: it is shown exactly as written.
   */
  notes?: string[];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * True when every rule in the list is true.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "AllCondition".
 */
export interface AllCondition {
  /**
   * Rules that must all be true.
   *
   * @minItems 1
   */
  all: [Condition, ...Condition[]];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * True when at least one rule in the list is true.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "AnyCondition".
 */
export interface AnyCondition {
  /**
   * Rules of which at least one must be true.
   *
   * @minItems 1
   */
  any: [Condition, ...Condition[]];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * True when the rule inside is false.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "NotCondition".
 */
export interface NotCondition {
  not: Condition;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * About the answer to a question: that it was given, that it is one of some values, or that a number is within limits.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "AnswerCondition".
 */
export interface AnswerCondition {
  /**
   * The question whose answer this rule looks at.
   */
  answer: string;
  /**
   * The answers that make this true, such as Yes.
   *
   * @minItems 1
   */
  in?: [AnswerValue, ...AnswerValue[]];
  /**
   * Whether the question has any answer at all (yes) or none (no).
   */
  answered?: boolean;
  /**
   * For a number question: the answer is this or more.
   */
  atLeast?: number;
  /**
   * For a number question: the answer is this or less.
   */
  atMost?: number;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * About a measure: that it lies within bounds, e.g. attendance below 50%.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "MeasureCondition".
 */
export interface MeasureCondition {
  /**
   * The figure this rule looks at.
   */
  measure: string;
  lower?: Bound;
  upper?: Bound;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * True when the school has ticked this circumstance for the pupil.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "CohortCondition".
 */
export interface CohortCondition {
  /**
   * The pupil circumstance, e.g. child looked after.
   */
  cohort: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * True when the school has confirmed it holds this evidence.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "EvidenceCondition".
 */
export interface EvidenceCondition {
  /**
   * The evidence this rule looks at.
   */
  evidence: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * True when every blocking question, evidence item and gate of a stage is met.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "StageCompleteCondition".
 */
export interface StageCompleteCondition {
  /**
   * The stage this rule looks at.
   */
  stageComplete: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * About the time between a date and today (or a second date), e.g. at least 6 school weeks since the review meeting, or no more than 3 months between the printout and the meeting.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "ElapsedCondition".
 */
export interface ElapsedCondition {
  /**
   * The date question or date measure to count from, e.g. the date of the review meeting.
   */
  since: string;
  /**
   * A second date question or date measure to count to. Leave out to count to today.
   */
  until?: string;
  atLeast?: Duration;
  atMost?: Duration;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * About how a measure has changed since its earlier reading: improved or declined, by at least an amount, in percentage points or per cent. E.g. "no improvement since the plan" is "has improved" with Not ticked.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "ChangeCondition".
 */
export interface ChangeCondition {
  /**
   * A figure that has an earlier reading.
   */
  change: string;
  /**
   * Improved or Declined (which way is better comes from the measure).
   */
  direction: "improved" | "declined";
  /**
   * The smallest change that counts. Leave out for any change at all.
   */
  atLeast?: number;
  /**
   * Points: percentage points or the measure's own units (the default); or Per cent of the earlier reading.
   */
  unit?: "points" | "percent";
  over?: Duration;
  within?: Duration;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * True when the case records that this outcome happened, e.g. "not improved at the review".
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "OutcomeCondition".
 */
export interface OutcomeCondition {
  /**
   * The outcome the case has recorded.
   */
  outcome: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * True when this route was chosen for the case.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "RouteCondition".
 */
export interface RouteCondition {
  /**
   * The route.
   */
  route: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * What one role does, e.g. "Schools are expected to:" and a list.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "ActionGroup".
 */
export interface ActionGroup {
  /**
   * Who does this.
   */
  role: string;
  force?: Force;
  /**
   * Your wording, e.g. "Schools are expected to:".
   */
  heading?: string;
  /**
   * The list of actions.
   *
   * @minItems 1
   */
  actions: [Action, ...Action[]];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * One thing a role does at this stage.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Action".
 */
export interface Action {
  /**
   * Optional short name.
   */
  id?: string;
  /**
   * What is done, in your own words.
   */
  text: string;
  force?: Force;
  /**
   * The roles who do this, where it is not only the group's role, e.g. the school with the education welfare officer.
   *
   * @minItems 1
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  roles?: [string, ...string[]];
  when?: Condition;
  /**
   * The gates that must be met before this is done, e.g. "consult the LA" before considering prosecution.
   *
   * @minItems 1
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  gates?: [string, ...string[]];
  due?: Duration;
  /**
   * The date the "due within" is counted from. Leave out when it runs from the start of the stage.
   */
  dueFrom?: string;
  /**
   * A date by which it must be done: choose a date question or date measure.
   */
  dueBy?: string;
  every?: Duration;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A reflective question the school answers before escalating or referring.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Question".
 */
export interface Question {
  /**
   * A permanent short name: saved answers are kept by it.
   */
  id: string;
  /**
   * The question, in your pathway's own words.
   */
  text: string;
  /**
   * What kind of answer the question takes: Yes / No; Yes / No / Not applicable; Text; Date; Number; or One of a list.
   */
  type: "yesNo" | "yesNoNa" | "text" | "date" | "number" | "choice";
  /**
   * Shown under the question to explain what is being asked.
   */
  help?: string;
  /**
   * Whether the question must be answered. It must unless you say otherwise.
   */
  required?: boolean;
  severity?: Severity;
  /**
   * The answers that count as met. When not given: Yes for a Yes / No question; Yes or Not applicable for a Yes / No / Not applicable question; any answer for other types.
   *
   * @minItems 1
   */
  expect?: [AnswerValue, ...AnswerValue[]];
  /**
   * Shown when the answer is not one of the expected answers, e.g. "Put interventions in place before escalating".
   */
  unmetMessage?: string;
  /**
   * The choices, for a question answered with one of a list.
   *
   * @minItems 2
   */
  options?: [Option, Option, ...Option[]];
  /**
   * For a number question: the lowest answer allowed.
   */
  minimum?: number;
  /**
   * For a number question: the highest answer allowed.
   */
  maximum?: number;
  /**
   * For a date question. For a date that may never have happened, e.g. the date of the last penalty notice (if any): what a blank date means, in your words, e.g. "No earlier penalty notice has been recorded". With it, the school is told it may leave the date blank (a blank answer counts as answered), and a blank date means the event has not happened: no time has passed since it ("no more than 3 years since" and "at least 15 school days since" are both false; write "none in the last 3 years" as not "no more than 3 years since"), a time limit that starts from it has not started, and a count from it is not counted. Rules give your words as the reason. Without it, a blank date is not known yet, and rules that need it wait for it.
   */
  ifBlank?: string;
  showIf?: Condition;
  /**
   * Documents that back up the answer.
   */
  evidence?: Evidence[];
  /**
   * Guidance that helps answer the question.
   */
  resources?: Link[];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * One choice of a single-choice question.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Option".
 */
export interface Option {
  /**
   * What is stored when this option is chosen.
   */
  value: string;
  /**
   * What the school sees.
   */
  label: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A document or record the school must hold (and confirm it holds) before escalating, e.g. a chronology or meeting minutes.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * E.g. "A chronology of your engagement with the family".
   */
  title: string;
  /**
   * What it should contain or show.
   */
  description?: string;
  /**
   * Whether it must be confirmed. It must unless you say otherwise.
   */
  required?: boolean;
  severity?: Severity;
  recency?: Duration;
  showIf?: Condition;
  /**
   * Templates or guidance for producing it.
   */
  resources?: Link[];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A condition that must hold before escalation or referral, e.g. "management oversight is evidenced".
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Gate".
 */
export interface Gate {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * The gate in plain words, shown to schools.
   */
  title: string;
  /**
   * Why this must hold.
   */
  description?: string;
  condition: Condition;
  severity?: Severity;
  /**
   * What the school should do while the gate does not hold.
   */
  unmetMessage?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * One of several alternatives inside a stage, e.g. "Route 1: Penalty Notice Warning". A route can be chosen by the person using the pathway (with the choice recorded), decided by someone else later ("the LA will decide between …"), or simply open when its rule holds.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Route".
 */
export interface Route {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * The route's name.
   */
  title: string;
  /**
   * When to take this route.
   */
  description?: string;
  /**
   * The role who chooses this route among the stage's routes, such as the school or the local authority. Leave out for a route that applies whenever its rule holds.
   */
  chosenBy?: string;
  when?: Condition;
  /**
   * Who does what on this route.
   */
  actions?: ActionGroup[];
  /**
   * Reflective questions for this route.
   */
  questions?: Question[];
  /**
   * Evidence needed on this route.
   */
  evidence?: Evidence[];
  /**
   * Conditions that must hold before this route's action or referral.
   */
  gates?: Gate[];
  /**
   * The referrals made on this route.
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  referrals?: string[];
  /**
   * Time limits on this route.
   */
  timeLimits?: TimeLimit[];
  /**
   * What this route can lead to.
   */
  outcomes?: Outcome[];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A time limit, review period or length of support, and what happens when it runs out.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "TimeLimit".
 */
export interface TimeLimit {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * E.g. "Early Help intervention".
   */
  title: string;
  /**
   * Must happen within; Reviewed every; Support lasts for; Notice period; or Monitoring period, during which attendance is watched.
   */
  kind?: "limit" | "review" | "support" | "notice" | "monitoring";
  duration: Duration;
  /**
   * What starts the clock, e.g. "the date of the review meeting".
   */
  starts?: string;
  /**
   * The date that starts the clock: choose a date question or date measure. With it the end date is worked out and a time limit that has passed is flagged.
   */
  startsFrom?: string;
  /**
   * How far it can be extended, and when: by up to a length, or up to a total ("4 weeks, extendable to 8").
   */
  extension?: {
    duration?: Duration;
    total?: Duration;
    /**
     * When an extension may be agreed.
     */
    description?: string;
    agreedWhen?: Condition;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * What happens at the end.
   */
  onExpiry?: {
    /**
     * In plain words.
     */
    description: string;
    /**
     * The outcome open to the case once the period runs out (without a breach, where breaches are looked for); for a review, once a review falls due.
     */
    outcome?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * For a monitoring period: what counts as a breach during it, and what that leads to, e.g. "any unauthorised absence during the monitoring period: penalty notice".
   */
  onBreach?: {
    when: Condition;
    /**
     * In plain words.
     */
    description: string;
    /**
     * The outcome open to the case once the period is breached (its "Breached when" rule holds), e.g. a penalty notice.
     */
    outcome?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A result of a stage, route or referral and where it leads. A case can record that an outcome happened; a stage an outcome leads to is then entered.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Outcome".
 */
export interface Outcome {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * E.g. "Attendance improved".
   */
  title: string;
  /**
   * What it means and what follows.
   */
  description?: string;
  /**
   * Escalate to a more intensive stage, step down to a less intensive one, hand back to the school, close the case (add "Open when" for a closure with a condition), continue at this stage, redirect elsewhere, refer, or a legal action: attendance contract, notice to improve, penalty notice, education supervision order, prosecution, court, parenting order or school attendance order.
   */
  kind:
    | "escalate"
    | "stepDown"
    | "handBack"
    | "close"
    | "continue"
    | "redirect"
    | "refer"
    | "attendanceContract"
    | "noticeToImprove"
    | "penaltyNotice"
    | "educationSupervisionOrder"
    | "prosecution"
    | "court"
    | "parentingOrder"
    | "schoolAttendanceOrder";
  /**
   * The stage this outcome moves the case to.
   */
  to?: string;
  /**
   * For Refer: the referral made.
   */
  referral?: string;
  when?: Condition;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * Duties, questions, evidence and gates written once, that apply at every stage where a rule holds.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Requirement".
 */
export interface Requirement {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * E.g. "Support plan at 88% and below".
   */
  title: string;
  /**
   * What it is and why.
   */
  description?: string;
  when?: Condition;
  /**
   * The stages it applies at. Leave out for every stage.
   *
   * @minItems 1
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  stages?: [string, ...string[]];
  /**
   * Who does what.
   */
  actions?: ActionGroup[];
  /**
   * Questions asked wherever it applies.
   */
  questions?: Question[];
  /**
   * Evidence needed wherever it applies.
   */
  evidence?: Evidence[];
  /**
   * Conditions that must hold before escalating or referring wherever it applies.
   */
  gates?: Gate[];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A rule that changes the pathway for some pupils.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Exception".
 */
export interface Exception {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * E.g. "Children looked after".
   */
  title: string;
  when: Condition;
  /**
   * Skip: the stage does not apply. Block: the stage (or referral) must not be used. Redirect: go elsewhere instead. Reassign: someone else leads. Advise: add advice to the stage.
   */
  effect: "skip" | "block" | "redirect" | "reassign" | "advise";
  /**
   * The stages it changes. Leave out to affect every stage, unless the exception names referrals or routes: then it changes only those.
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  stages?: string[];
  /**
   * The referrals it changes.
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  referrals?: string[];
  /**
   * The routes it changes, e.g. block the legal route for children looked after.
   *
   * Items: A short name used to refer to this item from elsewhere in the pathway: letters, digits, hyphens, underscores and full stops, starting with a letter or digit.
   */
  routes?: string[];
  /**
   * For the Redirect effect: the stage, referral or contact to use instead. Give at least one.
   */
  redirectTo?: {
    /**
     * A stage.
     */
    stage?: string;
    /**
     * A referral.
     */
    referral?: string;
    /**
     * A contact.
     */
    contact?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * For the Reassign effect: who takes responsibility, e.g. "the case responsible officer".
   */
  lead?: string;
  /**
   * What the school is told, in plain words, e.g. "We do not proceed to legal enforcement for children looked after; escalate within children's social care."
   */
  message: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * Somewhere a case can be referred, and how.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Referral".
 */
export interface Referral {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * E.g. "Referral to enforcement action".
   */
  title: string;
  /**
   * When and why to refer.
   */
  description?: string;
  /**
   * The team, panel, meeting or front door that receives it.
   */
  target: {
    /**
     * E.g. "Attendance pathway meeting".
     */
    name: string;
    /**
     * What sort of place it is.
     */
    kind: "team" | "panel" | "meeting" | "frontDoor" | "service" | "other";
    /**
     * Who they are.
     */
    description?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * How the referral is made: by email, through a portal or form, by phone.
   */
  channel: {
    /**
     * The channel.
     */
    kind: "email" | "portal" | "form" | "phone" | "meeting" | "other";
    /**
     * For email referrals.
     */
    email?: string;
    /**
     * For a portal or online form.
     */
    url?: string;
    /**
     * For phone referrals.
     */
    phone?: string;
    /**
     * How to make the referral, in your own words.
     */
    instructions?: string;
    /**
     * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
     */
    authorNote?: string;
  };
  /**
   * The details the referral must contain, e.g. child's name, date of birth, school.
   */
  fields?: ReferralField[];
  /**
   * Things the referral should cover or attach; the school confirms each.
   */
  include?: Evidence[];
  /**
   * Yes for a referral that must never wait for the rest of the stage, e.g. a safeguarding referral to the MASH: it is ready once its own details, inclusions and criteria are in, whatever the stage's questions, evidence and gates still need. Exceptions still apply to it.
   */
  anytime?: boolean;
  /**
   * Conditions that must all hold before referring.
   */
  gates?: Gate[];
  /**
   * What the school can expect after referring, e.g. "A time and date will be emailed to you".
   */
  response?: string;
  /**
   * What can come of the referral.
   */
  outcomes?: Outcome[];
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A piece of information the referral needs, e.g. the child's name. Asked only when this referral applies.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "ReferralField".
 */
export interface ReferralField {
  /**
   * A short name. Referrals that need the same information use the same id, so it is asked once.
   */
  id: string;
  /**
   * E.g. "Child's name".
   */
  label: string;
  /**
   * Text, Date, Email address or Phone number.
   */
  type: "text" | "date" | "email" | "phone";
  /**
   * Whether the referral must include it. It must unless you say otherwise.
   */
  required?: boolean;
  /**
   * Whether this identifies a child or family; it does unless you say otherwise. Personal data stays on the school's device unless the page is set up to submit it.
   */
  personal?: boolean;
  /**
   * Shown under the field.
   */
  help?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
/**
 * A team or service schools can contact.
 *
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "Contact".
 */
export interface Contact {
  /**
   * A permanent short name.
   */
  id: string;
  /**
   * E.g. "Attendance Team".
   */
  name: string;
  /**
   * What they help with.
   */
  description?: string;
  /**
   * E.g. attendance@example.gov.uk.
   */
  email?: string;
  /**
   * As it should be dialled.
   */
  phone?: string;
  /**
   * A page about the team or a contact form.
   */
  url?: string;
  /**
   * A note for the people who write and check this pathway, e.g. "the source does not say whether both triggers are needed". Kept in the file and shown in the editor, never shown to schools.
   */
  authorNote?: string;
}
