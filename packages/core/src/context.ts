/**
 * One evaluation of one case: the pathway's index, the case as read, and memos so that each
 * answer, measure, exception and stage is worked out once however many rules ask about it.
 * A context lives for a single call (place, evaluate, summarise…), so results never leak
 * between cases and every call is a pure function of (pathway, case).
 */
import type { Condition, Exception, Measure, Stage } from './schema-types.js';
import type { AppliedException, MeasureResult } from './types.js';
import type { InterpretedAnswer } from './answers.js';
import type { NormalisedCase } from './case-input.js';
import type { ConditionContext, ConditionResult } from './conditions.js';
import type { CompiledQuestion, PathwayIndex } from './pathway-index.js';
import type { StageCore, StageItems } from './stage-core.js';
import { interpretAnswer } from './answers.js';
import { evidenceConfirmed } from './case-input.js';
import { evaluateCondition } from './conditions.js';
import { computeMeasure } from './measures.js';
import { computeBaseline } from './change.js';
import { withEventPeriod } from './events.js';
import { reason } from './messages.js';
import { computeStageCore, computeStageItems } from './stage-core.js';
import { own, quote } from './text.js';

export class EvaluationContext implements ConditionContext {
  /** Answers by question ordinal; ids the pathway lacks (named in rules) by id. */
  private readonly answers: (InterpretedAnswer | undefined)[];
  private readonly otherAnswers = new Map<string, InterpretedAnswer>();
  private readonly measures = new Map<string, MeasureResult>();
  private readonly baselines = new Map<string, MeasureResult>();
  private readonly cores = new Map<Stage, StageCore>();
  private readonly items = new Map<Stage, StageItems>();
  private readonly completeness = new Map<string, ConditionResult>();
  private readonly routeChoices = new Map<string, 'chosen' | 'closed'>();
  private readonly routesInProgress = new Set<string>();
  private readonly inProgress = new Set<Stage>();
  private applied: AppliedException[] | undefined;

  constructor(
    readonly index: PathwayIndex,
    readonly kase: NormalisedCase,
  ) {
    this.answers = new Array<InterpretedAnswer | undefined>(index.questionCount);
  }

  get asOf(): number | undefined {
    return this.kase.asOf;
  }

  condition(condition: Condition): ConditionResult {
    return evaluateCondition(condition, this);
  }

  question(id: string): CompiledQuestion | undefined {
    return this.index.questionById.get(id)?.compiled;
  }

  answer(id: string): InterpretedAnswer {
    const question = this.question(id);
    if (question !== undefined) return this.answerTo(question);
    let answer = this.otherAnswers.get(id);
    if (answer === undefined) {
      answer = interpretAnswer(undefined, own(this.kase.answers, id));
      this.otherAnswers.set(id, answer);
    }
    return answer;
  }

  /** The answer to a compiled question, read once per evaluation. */
  answerTo(question: CompiledQuestion): InterpretedAnswer {
    let answer = this.answers[question.ordinal];
    if (answer === undefined) {
      answer = interpretAnswer(question.spec, own(this.kase.answers, question.id));
      this.answers[question.ordinal] = answer;
    }
    return answer;
  }

  measureDefinition(id: string): Measure | undefined {
    return this.index.measureById.get(id);
  }

  measure(id: string): MeasureResult | undefined {
    const definition = this.index.measureById.get(id);
    if (definition === undefined) return undefined;
    let result = this.measures.get(id);
    if (result === undefined) {
      result = computeMeasure(definition, own(this.kase.measures, id));
      // A count of events after an event states the period it covers (format 1.1).
      if (definition.from !== undefined) result = withEventPeriod(definition, result, this);
      this.measures.set(id, result);
    }
    return result;
  }

  /** The earlier reading of a measure (format 1.1), with its date, read once per evaluation. */
  baseline(id: string): MeasureResult | undefined {
    const definition = this.index.measureById.get(id);
    if (definition === undefined) return undefined;
    let result = this.baselines.get(id);
    if (result === undefined) {
      result = computeBaseline(definition, own(this.kase.baselines, id));
      this.baselines.set(id, result);
    }
    return result;
  }

  cohortTicked(id: string): boolean {
    return this.kase.cohorts.has(id);
  }

  cohortTitle(id: string): string {
    return this.index.cohortById.get(id)?.title ?? id;
  }

  evidenceConfirmed(id: string): boolean {
    return evidenceConfirmed(this.kase, id);
  }

  evidenceTitle(id: string): string {
    return this.index.evidenceById.get(id)?.evidence.title ?? id;
  }

  /**
   * Format 1.1: the route is chosen in `CaseInput.routes` and can be taken ("chosen"), chosen but
   * not takeable ("closed": its rule does not hold or an exception closes it), or not chosen.
   * A rule about a route that (through other rules) asks about itself sees it as not takeable.
   */
  routeChosen(id: string): 'chosen' | 'closed' | 'no' {
    if (!this.kase.routes.has(id)) return 'no';
    const memo = this.routeChoices.get(id);
    if (memo !== undefined) return memo;
    if (this.routesInProgress.has(id)) return 'closed';
    this.routesInProgress.add(id);
    const route = this.index.choices.routeById.get(id);
    let takeable = route !== undefined && (route.when === undefined || this.condition(route.when).holds);
    if (takeable && this.index.choices.routesNamedByExceptions.has(id)) {
      takeable = !this.appliedExceptions().some((e) => (e.effect === 'block' || e.effect === 'skip') && e.routes?.includes(id) === true);
    }
    this.routesInProgress.delete(id);
    const chosen = takeable ? 'chosen' : 'closed';
    this.routeChoices.set(id, chosen);
    return chosen;
  }

  routeTitle(id: string): string {
    return this.index.choices.routeById.get(id)?.title ?? id;
  }

  /** The case records that the outcome happened (`CaseInput.outcomes`, format 1.1). */
  outcomeRecorded(id: string): boolean {
    return this.kase.outcomes.has(id);
  }

  outcomeTitle(id: string): string {
    return this.index.choices.outcomeById.get(id)?.title ?? id;
  }

  /**
   * A stage's own questions, evidence and routes, worked out once per evaluation and shared by
   * every stage that requires it. Requiring never recurses: a stage that requires another
   * reads only that stage's own items, never its required stages' (those are followed through
   * in the index already), so stages requiring each other are harmless.
   */
  ownItems(stage: Stage): StageItems {
    let items = this.items.get(stage);
    if (items === undefined) {
      items = computeStageItems(stage, this);
      this.items.set(stage, items);
    }
    return items;
  }

  /** The stage's items, gates and completeness, worked out once per evaluation. */
  core(stage: Stage): StageCore {
    let core = this.cores.get(stage);
    if (core === undefined) {
      this.inProgress.add(stage);
      core = computeStageCore(stage, this);
      this.inProgress.delete(stage);
      this.cores.set(stage, core);
    }
    return core;
  }

  stageComplete(id: string): ConditionResult {
    const memo = this.completeness.get(id);
    if (memo !== undefined) return memo;
    const stage = this.index.stageById.get(id);
    let result: ConditionResult;
    if (stage === undefined) {
      result = { holds: false, reasons: [reason('condition.unknownStage', { id })] };
    } else if (this.index.selfDependentStages.has(id) || this.inProgress.has(stage)) {
      // The static check catches every cycle; the in-progress guard is a second line of defence.
      result = { holds: false, reasons: [reason('condition.stageCycle', { stage: quote(stage.title) })] };
    } else {
      const core = this.core(stage);
      result = core.outstanding === 0
        ? { holds: true, reasons: [reason('condition.stageComplete', { stage: quote(stage.title) })] }
        : { holds: false, reasons: [reason('condition.stageIncomplete', { stage: quote(stage.title), count: core.outstanding })] };
    }
    this.completeness.set(id, result);
    return result;
  }

  /** Every exception whose rule holds for this case, in pathway order. */
  appliedExceptions(): AppliedException[] {
    if (this.applied === undefined) {
      this.applied = [];
      for (const exception of this.index.exceptions) {
        const rule = this.condition(exception.when);
        if (!rule.holds) continue;
        const applied = this.describeException(exception);
        // Held by one "no more than N since a date": it lasts until that runs out, said as gates say when.
        const within = rule.reasons.filter((why) => why.code === 'condition.elapsedWithin' && typeof why.params?.until === 'string');
        if (within.length === 1) applied.until = String(within[0].params?.until);
        this.applied.push(applied);
      }
    }
    return this.applied;
  }

  /**
   * An exception changes the stages it names. Naming none means every stage, except when it
   * names referrals: then it changes only those referrals (an exception written for one
   * referral must not block the whole pathway).
   */
  private describeException(exception: Exception): AppliedException {
    const referrals = exception.referrals ?? [];
    const routes = exception.routes ?? [];
    // Naming referrals or routes (format 1.1) and no stages changes only those.
    const stages = exception.stages ?? (referrals.length > 0 || routes.length > 0 ? [] : this.index.stageIds);
    const applied: AppliedException = {
      id: exception.id,
      title: exception.title,
      effect: exception.effect,
      message: exception.message,
      stages: [...stages],
      referrals: [...referrals],
    };
    if (routes.length > 0) applied.routes = [...routes];
    if (exception.redirectTo !== undefined) applied.redirectTo = { ...exception.redirectTo };
    if (exception.lead !== undefined) applied.lead = exception.lead;
    return applied;
  }
}
