/**
 * duration-range: durations as councils write them. A range given upside down ("6 to 4
 * weeks") is an error; so is a length agreed per case that is taken from anything but a
 * number question. A duration with both an amount and a length from an answer uses the
 * amount, which is worth a warning: the answer would be asked for nothing. A time limit
 * "extendable to a total of" no more than its own length contradicts itself, usually a slip
 * of the unit ("21 weeks, extendable to a total of 6 days"): a warning. The two are compared
 * only where their units convert (sessions, school days and school weeks; days and weeks;
 * months and years; a unit with itself) and the time limit's shortest length with the
 * total's longest; otherwise, as with school weeks against calendar weeks, nothing is said.
 */
import type { Duration, Problem, TimeLimit, TimeUnit } from '@pathway/schema';
import type { Question } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { answerTypeNames } from './question-types.js';
import { entitiesOfKind } from './lookup.js';
import { describeAmount, describeDuration, durationAmount } from '../durations.js';

/** Each unit as a number of the smallest unit it converts to exactly (a session is half a school day). */
const inCommonUnit: Record<TimeUnit, [common: TimeUnit, factor: number]> = {
  sessions: ['schoolDays', 0.5],
  schoolDays: ['schoolDays', 1],
  schoolWeeks: ['schoolDays', 5],
  days: ['days', 1],
  weeks: ['days', 7],
  months: ['months', 1],
  years: ['months', 12],
  terms: ['terms', 1],
};

/** A duration's amount (the end of a range asked for) in its unit's common unit, or undefined when it has none. */
function commonAmount(duration: Duration, end: 'lower' | 'upper'): { unit: TimeUnit; amount: number } | undefined {
  const amount = durationAmount(duration, end);
  const conversion = Object.hasOwn(inCommonUnit, duration.unit) ? inCommonUnit[duration.unit] : undefined;
  return amount === undefined || conversion === undefined ? undefined : { unit: conversion[0], amount: amount * conversion[1] };
}

/** The warning for an extension's total that is not longer than the time limit it extends, if it is not. */
function totalNotLonger(timeLimit: TimeLimit): string | undefined {
  const total = timeLimit.extension?.total;
  if (total === undefined) return undefined;
  const own = commonAmount(timeLimit.duration, 'lower');
  const most = commonAmount(total, 'upper');
  if (own === undefined || most === undefined || own.unit !== most.unit || most.amount > own.amount) return undefined;
  const converted = timeLimit.duration.unit === own.unit ? '' : ` (${describeAmount(own.amount, own.unit)})`;
  return `${describeDuration(total)} is not longer than the time limit itself, ${describeDuration(timeLimit.duration)}${converted}, so the extension adds no time: check the numbers and their units`;
}

export const durationRange: LintRule = ({ pathway, map }) => {
  const problems: Problem[] = [];
  for (const node of map.outline.nodesOf('Duration')) {
    const { amount, to, fromAnswer } = node.value;
    if (typeof amount === 'number' && typeof to === 'number' && to < amount) {
      problems.push(finding(pathway, 'duration-range', 'error', node.pointer,
        `the range is upside down (${amount} to ${to}): put the smaller number first`));
    }
    if (typeof fromAnswer !== 'string') continue;
    const question = entitiesOfKind(map, fromAnswer, 'question')[0]?.node as Question | undefined;
    // The question as the author wrote it, not its id (the id only when it names nothing).
    const named = typeof question?.text === 'string' && question.text.trim() !== '' ? question.text : fromAnswer;
    if (question !== undefined && question.type !== 'number') {
      problems.push(finding(pathway, 'duration-range', 'error', node.pointer,
        `takes its length from the answer to "${named}", which is ${answerTypeNames[question.type] ?? 'not a number question'}, not a number question`));
    }
    if (typeof amount === 'number') {
      problems.push(finding(pathway, 'duration-range', 'warning', node.pointer,
        `has both an amount (${amount}) and a length from the answer to "${named}": the amount is used, so the answer changes nothing`));
    }
  }
  for (const node of map.outline.nodesOf('TimeLimit')) {
    const detail = totalNotLonger(node.value as unknown as TimeLimit);
    if (detail !== undefined) problems.push(finding(pathway, 'duration-range', 'warning', `${node.pointer}/extension/total`, detail));
  }
  return problems;
};
