/**
 * What people type, before it becomes data: raw strings for figures, numbers and dates, and
 * the rules that turn them into engine input or a plain-English reason why not. The raw text
 * is kept beside the data so a half-typed date or "88,5" stays on screen to be corrected.
 */
import type { MeasureInput } from '@pathway/core';
import type { Measure } from '@pathway/schema';
import type { WidgetStrings } from '../i18n/strings.js';

/** How a percentage measure is entered. */
export type MeasureMode = 'percentage' | 'sessions';

export interface MeasureEntry {
  mode: MeasureMode;
  percentage: string;
  possible: string;
  /** Sessions attended (attendance measures) or missed (absence measures). */
  counted: string;
  /** For counts and other numbers. */
  value: string;
  /** For date measures (format 1.1): the day, month and year boxes. */
  day?: string;
  month?: string;
  year?: string;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyMeasureEntry = (): MeasureEntry => ({ mode: 'percentage', percentage: '', possible: '', counted: '', value: '' });
export const emptyDateParts = (): DateParts => ({ day: '', month: '', year: '' });

/** A date measure (format 1.1): a named date in the case, entered as day, month and year. */
export function isDateMeasure(measure: Measure): boolean {
  return (measure.kind as string) === 'date';
}

export function isPercentageMeasure(measure: Measure): boolean {
  return measure.kind === 'attendancePercentage' || measure.kind === 'absencePercentage';
}

/** Reads a number as people type it: "88.5", "88.5%", " 1,234 ". Undefined if it is not one. */
export function parseNumber(raw: string): number | undefined {
  let text = raw.trim().replace(/%$/, '').trim();
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function parseWhole(raw: string): number | undefined {
  const text = raw.trim().replace(/,/g, '');
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** The entry's figures as engine input; `error` says what to fix; nothing typed gives neither. */
export function parseMeasureEntry(
  measure: Measure,
  entry: MeasureEntry,
  strings: WidgetStrings,
): { input?: MeasureInput; error?: string } {
  if (isDateMeasure(measure)) {
    const parsed = parseDateParts({ day: entry.day ?? '', month: entry.month ?? '', year: entry.year ?? '' });
    if (parsed.date) return { input: { date: parsed.date } };
    if (parsed.problem === 'incomplete') return { error: strings.dateIncomplete(measure.title) };
    return parsed.problem === 'invalid' ? { error: strings.dateInvalid(measure.title) } : {};
  }
  if (!isPercentageMeasure(measure)) {
    if (entry.value.trim() === '') return {};
    const whole = measure.kind === 'sessionCount' || measure.kind === 'dayCount';
    const value = whole ? parseWhole(entry.value) : parseNumber(entry.value);
    if (value === undefined) {
      return { error: whole ? strings.measureNotWholeNumber(measure.title) : strings.measureNotNumber(measure.title) };
    }
    return { input: { value } };
  }
  if (entry.mode === 'percentage') {
    if (entry.percentage.trim() === '') return {};
    const percentage = parseNumber(entry.percentage);
    return percentage === undefined ? { error: strings.measureNotNumber(measure.title) } : { input: { percentage } };
  }
  if (entry.possible.trim() === '' && entry.counted.trim() === '') return {};
  const possible = parseWhole(entry.possible);
  if (possible === undefined) return { error: strings.measureNotWholeNumber(strings.measurePossibleLabel) };
  const countedLabel = measure.kind === 'absencePercentage' ? strings.measureAbsentLabel : strings.measureAttendedLabel;
  const counted = parseWhole(entry.counted);
  if (counted === undefined) return { error: strings.measureNotWholeNumber(countedLabel) };
  return measure.kind === 'absencePercentage'
    ? { input: { possibleSessions: possible, absentSessions: counted } }
    : { input: { possibleSessions: possible, attendedSessions: counted } };
}

/** The raw entry that shows a saved figure again. */
export function entryFromInput(input: MeasureInput | undefined): MeasureEntry {
  const entry = emptyMeasureEntry();
  if (!input) return entry;
  if ('percentage' in input) entry.percentage = String(input.percentage);
  else if ('possibleSessions' in input) {
    entry.mode = 'sessions';
    entry.possible = String(input.possibleSessions);
    entry.counted = String('attendedSessions' in input ? input.attendedSessions : input.absentSessions);
  } else if ('value' in input) entry.value = String(input.value);
  else if ('date' in input) Object.assign(entry, datePartsFrom(input.date));
  return entry;
}

/** A date from three boxes, as YYYY-MM-DD, or what is wrong with it. Empty boxes give neither. */
export function parseDateParts(parts: DateParts): { date?: string; problem?: 'incomplete' | 'invalid' } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return {};
  if (day === '' || month === '' || year === '') return { problem: 'incomplete' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { problem: 'invalid' };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const moment = new Date(Date.UTC(y, m - 1, d));
  if (moment.getUTCFullYear() !== y || moment.getUTCMonth() !== m - 1 || moment.getUTCDate() !== d) {
    return { problem: 'invalid' };
  }
  return { date: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** The boxes that show a saved YYYY-MM-DD date again. */
export function datePartsFrom(value: string | undefined): DateParts {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] } : emptyDateParts();
}

export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

export function isPhoneNumber(text: string): boolean {
  return /^\+?[0-9 ()-]{6,20}$/.test(text.trim()) && /\d{6,}/.test(text.replace(/\D/g, ''));
}
