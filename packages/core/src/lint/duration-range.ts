/**
 * duration-range: durations as councils write them. A range given upside down ("6 to 4
 * weeks") is an error (a length agreed per case taken from anything but a number question is
 * dangling-reference's, by the schema's `x-number`). A duration with both an amount and a length from an answer uses the
 * amount, which is worth a warning: the answer would be asked for nothing. A time limit
 * "extendable to a total of" no more than its own length contradicts itself, usually a slip
 * of the unit ("6 school weeks, extendable to a total of 12 days"): a warning, whatever the
 * units, where the comparison is certain. Units that convert exactly are compared exactly
 * (sessions, school days and school weeks; days and weeks; months and years); across those,
 * by the calendar days each can span: a school day is at least a day, so a school week (5 school
 * days) at least 5; a month 28 to 31 days, a year 365 or 366. The time limit's shortest length
 * is compared with the total's longest, and a term, or a school-time total beside a calendar
 * limit, is never certainly shorter, so nothing is said of them. An extension "by up to 0"
 * extends nothing and is not offered to schools: a warning.
 */
import type { Duration, Problem, TimeLimit, TimeUnit } from '@pathway/schema';
import type { Question } from '@pathway/schema';
import { finding, type LintRule } from './report.js';
import { entitiesOfKind } from './lookup.js';
import { describeAmount, describeDuration, durationAmount } from '../durations.js';
import { isNoTime } from '../extension.js';

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

/** The calendar days one of a unit can span, at least and at most (undefined: no bound is certain). */
const calendarDays: Record<TimeUnit, [least: number, most: number | undefined] | undefined> = {
  sessions: [0.5, undefined],
  schoolDays: [1, undefined],
  schoolWeeks: [5, undefined],
  days: [1, 1],
  weeks: [7, 7],
  months: [28, 31],
  years: [365, 366],
  terms: undefined,
};

/** How the time limit's shortest length compares with the total's longest, where that is certain. */
function compare(duration: Duration, total: Duration): { shorter: boolean; converted: string; totalConverted: string } | undefined {
  const own = commonAmount(duration, 'lower');
  const most = commonAmount(total, 'upper');
  if (own !== undefined && most !== undefined && own.unit === most.unit) {
    if (most.amount > own.amount) return undefined;
    return { shorter: most.amount < own.amount, converted: duration.unit === own.unit ? '' : describeAmount(own.amount, own.unit), totalConverted: '' };
  }
  const ownDays = Object.hasOwn(calendarDays, duration.unit) ? calendarDays[duration.unit] : undefined;
  const totalDays = Object.hasOwn(calendarDays, total.unit) ? calendarDays[total.unit] : undefined;
  const ownAmount = durationAmount(duration, 'lower');
  const totalAmount = durationAmount(total, 'upper');
  if (ownDays === undefined || totalDays?.[1] === undefined || ownAmount === undefined || totalAmount === undefined) return undefined;
  const least = ownAmount * ownDays[0];
  const longest = totalAmount * totalDays[1];
  if (longest > least) return undefined;
  // Each side in days, unless it is in days already.
  const inDays = (unit: TimeUnit, bounds: [number, number | undefined], days: number, bound: string) =>
    unit === 'days' ? '' : `${bounds[0] === bounds[1] ? '' : `${bound} `}${describeAmount(days, 'days')}`;
  return {
    shorter: longest < least,
    converted: inDays(duration.unit, ownDays, least, 'at least'),
    totalConverted: inDays(total.unit, totalDays, longest, 'at most'),
  };
}

/** The warning for an extension's total that is not longer than the time limit it extends, if it is not. */
function totalNotLonger(timeLimit: TimeLimit): string | undefined {
  const total = timeLimit.extension?.total;
  if (total === undefined) return undefined;
  const found = compare(timeLimit.duration, total);
  if (found === undefined) return undefined;
  const converted = found.converted === '' ? '' : ` (${found.converted})`;
  const totalConverted = found.totalConverted === '' ? '' : ` (${found.totalConverted})`;
  // The lengths compared, without "up to" or "about": "the up to 6 weeks it extends" reads badly.
  const plain = (duration: Duration) => describeDuration({ ...duration, qualifier: undefined, approximate: undefined });
  return `the total of ${plain(total)}${totalConverted} is ${found.shorter ? 'shorter than' : 'no longer than'} the ${plain(timeLimit.duration)}${converted} it extends, so the extension adds no time: check the numbers and their units`;
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
    // A length from anything but a number question: dangling-reference (the schema's x-number).
    const question = entitiesOfKind(map, fromAnswer, 'question')[0]?.node as Question | undefined;
    // The question as the author wrote it, not its id (the id only when it names nothing).
    const named = typeof question?.text === 'string' && question.text.trim() !== '' ? question.text : fromAnswer;
    if (typeof amount === 'number') {
      problems.push(finding(pathway, 'duration-range', 'warning', node.pointer,
        `has both an amount (${amount}) and a length from the answer to "${named}": the amount is used, so the answer changes nothing`));
    }
  }
  for (const node of map.outline.nodesOf('TimeLimit')) {
    const timeLimit = node.value as unknown as TimeLimit;
    const by = timeLimit.extension?.duration;
    // "By up to 0" reads "can be extended by immediately": nothing is offered (core's offeredExtension).
    if (by !== undefined && isNoTime(by)) {
      problems.push(finding(pathway, 'duration-range', 'warning', `${node.pointer}/extension/duration`,
        `extends it by nothing (${describeAmount(0, by.unit)}), so schools are not told of it: give the longest extension, or remove it`));
    }
    const detail = totalNotLonger(timeLimit);
    if (detail !== undefined) problems.push(finding(pathway, 'duration-range', 'warning', `${node.pointer}/extension/total`, detail));
  }
  return problems;
};
